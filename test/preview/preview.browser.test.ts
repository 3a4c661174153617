// npm run kb:preview -- --all, loaded in a real headless Chromium (Debian's, driven by playwright-core):
// the page loads clean, holds every entry of the knowledge, and every message on it, read back from the
// DOM, is within Discord's limits. Screenshots go to test-results/ for a person to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { Engine } from '../../src/engine/answer.ts';
import { KNOWLEDGE_CHECKS } from '../../src/startup.ts';
import { pageHtml } from '../../src/preview/html.ts';
import { previewOne } from '../../src/preview/build.ts';
import { ButtonStyle, ComponentType } from 'discord.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The machine's network is closed: without these Chromium keeps trying Google's services at start.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RESULTS = resolve('test-results');
const PAGE = resolve(RESULTS, 'preview/all.html');

const engine = new Engine(loadKnowledgeOrThrow('knowledge', KNOWLEDGE_CHECKS));
const { KNOWLEDGE_DIR: _dir, ...env } = process.env;

const kbPreview = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb-preview.ts', ...args], { env, encoding: 'utf8' });

interface Problems {
  console: string[];
}

/** Opens a page and records what would show in its console as an error. */
async function open(browser: Browser, url: string | { html: string }): Promise<{ page: Page } & Problems> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 2000 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (typeof url === 'string') await page.goto(url, { waitUntil: 'load' });
  else await page.setContent(url.html, { waitUntil: 'load' });
  return { page, console: errors };
}

// What each message on the page holds, read back from the DOM: the payload's strings (data-raw, what
// Discord counts) and the text as rendered.
interface ShownEmbed {
  title?: string;
  description?: string;
  fields: { name: string; value: string }[];
  footer?: string;
  author?: string;
  rendered: { raw: string; text: string }[];
}
interface ShownMessage {
  screen: string;
  embeds: ShownEmbed[];
  rows: { buttons: string[]; selects: { placeholder: string; options: string[] }[] }[];
}

function readMessages(page: Page): Promise<ShownMessage[]> {
  return page.$$eval('figure.screen', (screens) =>
    screens.map((screen) => {
      const raw = (root: Element, sel: string) => root.querySelector(sel)?.getAttribute('data-raw') ?? undefined;
      return {
        screen: screen.id,
        embeds: [...screen.querySelectorAll('.embed')].map((e) => ({
          title: raw(e, '.embed-title'),
          description: raw(e, '.embed-description'),
          fields: [...e.querySelectorAll('.embed-field')].map((f) => ({
            name: raw(f, '.embed-field-name') ?? '',
            value: raw(f, '.embed-field-value') ?? '',
          })),
          footer: raw(e, '.embed-footer-text'),
          author: raw(e, '.embed-author'),
          rendered: [...e.querySelectorAll('[data-raw]')].map((el) => ({
            raw: el.getAttribute('data-raw') ?? '',
            text: el.textContent ?? '',
          })),
        })),
        rows: [...screen.querySelectorAll('.action-row')].map((r) => ({
          buttons: [...r.querySelectorAll('.button')].map((b) => b.textContent ?? ''),
          selects: [...r.querySelectorAll('.select')].map((s) => ({
            placeholder: s.querySelector('.select-placeholder')?.textContent ?? '',
            options: [...s.querySelectorAll('.option-label')].map((o) => o.textContent ?? ''),
          })),
        })),
      };
    }),
  );
}

/** What in a message is over Discord's limits. */
function limitProblems(m: ShownMessage): string[] {
  const p: string[] = [];
  const over = (what: string, text: string | undefined, max: number) => {
    if ((text?.length ?? 0) > max) p.push(`${m.screen}: ${what} is ${text?.length} characters (limit ${max})`);
  };
  let total = 0;
  for (const e of m.embeds) {
    over('title', e.title, 256);
    over('description', e.description, 4096);
    over('footer', e.footer, 2048);
    over('author', e.author, 256);
    if (e.fields.length > 25) p.push(`${m.screen}: ${e.fields.length} fields (limit 25)`);
    for (const f of e.fields) {
      over(`field name "${f.name.slice(0, 30)}"`, f.name, 256);
      over(`field "${f.name.slice(0, 30)}"`, f.value, 1024);
    }
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.length ?? 0) +
      (e.author?.length ?? 0) +
      e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    // The rendering only takes away (markdown marks), it never adds text.
    for (const r of e.rendered)
      if (r.text.length > r.raw.length)
        p.push(`${m.screen}: rendered "${r.text.slice(0, 40)}" is longer than its text`);
  }
  if (total > 6000) p.push(`${m.screen}: embeds hold ${total} characters (limit 6000)`);
  if (m.rows.length > 5) p.push(`${m.screen}: ${m.rows.length} action rows (limit 5)`);
  for (const [i, r] of m.rows.entries()) {
    if (r.buttons.length > 5) p.push(`${m.screen}: row ${i + 1} has ${r.buttons.length} buttons (limit 5)`);
    if (r.selects.length && (r.selects.length > 1 || r.buttons.length))
      p.push(`${m.screen}: row ${i + 1} has a select menu beside other components`);
    for (const b of r.buttons) over(`button "${b.slice(0, 30)}"`, b, 80);
    for (const s of r.selects) {
      over('placeholder', s.placeholder, 150);
      if (s.options.length > 25 || s.options.length < 1)
        p.push(`${m.screen}: a select menu has ${s.options.length} options (1 to 25)`);
      for (const o of s.options) over(`option "${o.slice(0, 30)}"`, o, 100);
    }
  }
  return p;
}

describe('the knowledge preview in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (Debian), or set CHROMIUM_PATH`);
    mkdirSync(RESULTS, { recursive: true });
    const run = kbPreview(['--all', '--out', PAGE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every entry, every step and every Details, within Discord limits, and loads clean', async () => {
    const { page, console } = await open(browser, pathToFileURL(PAGE).href);

    // Every entry, once, with its index link.
    const ids = engine.kb.entries.map((e) => e.id).sort();
    const sections = await page.$$eval('section.entry', (s) => s.map((x) => x.getAttribute('data-entry-id') ?? ''));
    expect(sections).toHaveLength(engine.kb.entries.length);
    expect([...sections].sort()).toEqual(ids);
    const index = await page.$$eval('#index a', (a) => a.map((x) => x.getAttribute('href') ?? ''));
    expect([...index].sort()).toEqual(ids.map((id) => `#entry-${id}`).sort());

    // A guide shows each of its steps; an entry with more than its first screen has Details.
    const screens = await page.$$eval('section.entry', (s) =>
      s.map((x) => ({
        id: x.getAttribute('data-entry-id') ?? '',
        kinds: [...x.querySelectorAll('figure.screen')].map((f) => f.getAttribute('data-screen') ?? ''),
      })),
    );
    for (const { id, kinds } of screens) {
      const answer = engine.open(id)!;
      expect(kinds[0], id).toBe('first');
      expect(
        kinds.filter((k) => k === 'step'),
        id,
      ).toHaveLength(answer.card.kind === 'fix' ? answer.card.steps.length : 0);
      expect(kinds.includes('details'), id).toBe(Boolean(answer.card.details?.length));
    }

    // Every message, as rendered, fits Discord.
    const messages = await readMessages(page);
    expect(messages.length).toBe(screens.reduce((n, s) => n + s.kinds.length, 0));
    expect(messages.flatMap(limitProblems)).toEqual([]);

    // Buttons and menus lead somewhere on the page, never nowhere.
    const broken = await page.$$eval('a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href')!).filter((h) => !document.getElementById(h.slice(1))),
    );
    expect(broken).toEqual([]);
    expect(await page.locator('.select-option a').count()).toBeGreaterThan(0);

    expect(console).toEqual([]);

    // For a person to look at: the top of the page, its index and first entries.
    await page.screenshot({ path: resolve(RESULTS, 'preview.png') });
    await page.close();
  }, 120_000);

  // One entry's own page (what `npm run kb:preview -- <id>` writes), whole, for a person to look at:
  // a guide with each step, and an error with its Start button and its menu.
  it.each([
    ['guide', engine.kb.get('reset-update-components') ?? engine.kb.ofKind('fix')[0]!],
    ['error', engine.kb.get('error-0x80070422') ?? engine.kb.ofKind('error')[0]!],
  ])(
    'shows one %s on a page of its own',
    async (name, entry) => {
      const preview = previewOne(engine, entry.id);
      const file = resolve(RESULTS, `preview/${preview.slug}.html`);
      writeFileSync(file, preview.html);
      const { page, console } = await open(browser, pathToFileURL(file).href);
      expect(await page.$$eval('section.entry', (s) => s.map((x) => x.getAttribute('data-entry-id')))).toEqual([
        entry.id,
      ]);
      expect((await readMessages(page)).flatMap(limitProblems)).toEqual([]);
      expect(console).toEqual([]);
      await page.screenshot({ path: resolve(RESULTS, `preview-${name}.png`), fullPage: true });
      await page.close();
    },
    60_000,
  );

  it('shows payload text as text: markup in the knowledge cannot run or load anything', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>"\'&';
    const html = pageHtml({
      title: hostile,
      sections: [
        {
          anchor: 'x"><script>alert(3)</script>',
          entryId: hostile,
          kind: 'error',
          title: hostile,
          meta: [hostile],
          text: hostile,
          textCall: hostile,
          screens: [
            {
              anchor: 'first',
              caption: hostile,
              call: hostile,
              kind: 'first',
              ephemeral: true,
              message: {
                content: hostile,
                embeds: [
                  {
                    title: hostile,
                    description: `**${hostile}** \`${hostile}\`\n\`\`\`html\n</code></pre>${hostile}\n\`\`\` https://example.com/"><script>alert(4)</script>`,
                    fields: [{ name: hostile, value: `*${hostile}*` }],
                    footer: { text: hostile },
                    author: { name: hostile },
                    color: 0xd13438,
                  },
                ],
                components: [
                  {
                    type: ComponentType.ActionRow,
                    components: [
                      { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: hostile, label: hostile },
                      {
                        type: ComponentType.Button,
                        style: ButtonStyle.Link,
                        url: 'javascript:alert(5)',
                        label: hostile,
                      },
                    ],
                  },
                  {
                    type: ComponentType.ActionRow,
                    components: [
                      {
                        type: ComponentType.StringSelect,
                        custom_id: hostile,
                        placeholder: hostile,
                        options: [{ label: hostile, value: hostile, description: hostile }],
                      },
                    ],
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const { page, console } = await open(browser, { html });
    expect(await page.locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.embed-title').textContent()).toBe(hostile);
    expect(await page.locator('.embed-footer-text').textContent()).toBe(hostile);
    expect(await page.locator('.button-label').first().textContent()).toBe(hostile);
    expect(await page.locator('.option-label').textContent()).toBe(hostile);
    expect(await page.locator('.plain-text').textContent()).toBe(hostile);
    expect(await page.locator('.code-block').textContent()).toBe(`</code></pre>${hostile}`);
    expect(await page.title()).toBe(hostile);
    expect(console).toEqual([]);
    await page.close();
  }, 60_000);
});
