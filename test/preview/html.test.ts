// The payload-to-HTML renderer and the kb:preview command, without a browser: Discord's markdown rules,
// escaping, and the command's files and usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType } from 'discord.js';
import { escapeHtml, markdownHtml } from '../../src/preview/markdown.ts';
import { componentsHtml, embedHtml } from '../../src/preview/html.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { Engine } from '../../src/engine/answer.ts';
import { previewAll, previewOne } from '../../src/preview/build.ts';
import { answerView, fixView } from '../../src/discord/view.ts';

describe('Discord markdown as HTML', () => {
  it('renders bold, italic, underline, strikethrough and inline code', () => {
    expect(markdownHtml('**b** *i* _j_ __u__ ~~s~~ `c`')).toBe(
      '<strong>b</strong> <em>i</em> <em>j</em> <u>u</u> <s>s</s> <code>c</code>',
    );
  });

  it('renders a code block with its language, as a block of its own', () => {
    expect(markdownHtml('Run:\n```powershell\nGet-Service wuauserv\n```\nThen restart.')).toBe(
      'Run:<pre class="code-block" data-lang="powershell"><code>Get-Service wuauserv</code></pre>Then restart.',
    );
    expect(markdownHtml('```\nno language\n```')).toBe('<pre class="code-block"><code>no language</code></pre>');
  });

  it('follows Discord where it surprises: escapes eat the backslash, wildcards and snake_case stay plain', () => {
    expect(markdownHtml('%SystemDrive%\\$Windows.~bt and C:\\Windows')).toBe(
      '%SystemDrive%$Windows.~bt and C:\\Windows',
    );
    expect(markdownHtml('allow *.windowsupdate.com, *.delivery.mp.microsoft.com')).toBe(
      'allow *.windowsupdate.com, *.delivery.mp.microsoft.com',
    );
    expect(markdownHtml('WU_E_PT_ENDPOINT_UNREACHABLE')).toBe('WU_E_PT_ENDPOINT_UNREACHABLE');
  });

  it('links bare http(s) addresses without the punctuation after them', () => {
    expect(markdownHtml('see https://aka.ms/do-fix).')).toBe(
      'see <a href="https://aka.ms/do-fix" rel="noreferrer noopener">https://aka.ms/do-fix</a>).',
    );
  });

  it('escapes every character that means something in HTML, inside and outside code', () => {
    const evil = `<b onclick="x">'&'</b>`;
    const escaped = escapeHtml(evil);
    expect(escaped).toBe('&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    for (const text of [evil, `**${evil}**`, `\`${evil}\``, `\`\`\`html\n${evil}\n\`\`\``, `*${evil}*`])
      expect(markdownHtml(text)).not.toMatch(/<b|"x"/);
  });
});

describe('payloads as HTML', () => {
  it('draws the embed with its colour, keeping each string as sent for the limit checks', () => {
    const html = embedHtml({
      title: 'T',
      description: '**d**',
      color: 0x107c10,
      fields: [
        { name: 'a', value: '1', inline: true },
        { name: 'b', value: '2', inline: true },
        { name: 'c', value: '3' },
      ],
      footer: { text: 'Sources: *2*' },
    });
    expect(html).toContain('border-left-color: #107c10');
    expect(html).toContain('data-raw="**d**"><strong>d</strong>');
    expect(html).toContain('grid-column: 1 / 7');
    expect(html).toContain('grid-column: 7 / 13');
    expect(html).toContain('grid-column: 1 / 13');
    // Discord does not render markdown in footers.
    expect(html).toContain('>Sources: *2*</span>');
  });

  it('draws each button style, disabled buttons, link buttons and select menus with their options', () => {
    const html = componentsHtml([
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: 'a', label: 'Next' },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: 'b', label: 'Back', disabled: true },
          { type: ComponentType.Button, style: ButtonStyle.Success, custom_id: 'c', label: 'Yes' },
          { type: ComponentType.Button, style: ButtonStyle.Danger, custom_id: 'd', label: 'No' },
          { type: ComponentType.Button, style: ButtonStyle.Link, url: 'https://learn.microsoft.com/', label: 'Source' },
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: 'e',
            placeholder: 'Open a related topic',
            options: [
              { label: 'One', value: 'one' },
              { label: 'Two', value: 'two', description: 'the second' },
            ],
          },
        ],
      },
    ]);
    for (const style of ['primary', 'secondary disabled', 'success', 'danger', 'link'])
      expect(html).toContain(`class="button ${style}"`);
    expect(html).toContain('href="https://learn.microsoft.com/"');
    expect(html).toContain('>Open a related topic</span>');
    expect(html.match(/class="select-option"/g)).toHaveLength(2);
    expect(html).toContain('>the second</span>');
  });
});

describe('what the preview shows', () => {
  const engine = new Engine(loadKnowledgeOrThrow('test/fixtures/good'));

  it('is the views the bot sends: the first screen, each step of a guide, Details', () => {
    const fix = engine.kb.ofKind('fix').find((f) => f.steps.length > 1)!;
    const { sections, slug } = previewOne(engine, fix.id);
    expect(slug).toBe(fix.id);
    const [section] = sections;
    const answer = engine.open(fix.id)!;
    expect(section!.screens.map((s) => s.kind)).toEqual([
      'first',
      ...fix.steps.map(() => 'step'),
      ...(answer.card.details?.length ? ['details'] : []),
    ]);
    expect(section!.screens[0]!.message).toEqual(answerView(answer, { ephemeral: false }));
    expect(section!.screens[2]!.message).toEqual(fixView(answer.card, 1, { ephemeral: false }));
  });

  it('answers a question when no entry has that id, privately for a decline, as the bot does', () => {
    const p = previewOne(engine, 'How do I bake sourdough bread?');
    expect(p.slug).toBe('how-do-i-bake-sourdough-bread');
    expect(p.sections[0]!.screens[0]!.ephemeral).toBe(true);
    expect(p.html).toContain('Only you can see this');
  });

  it('holds every entry once, with an index, and links buttons to their screens', () => {
    const p = previewAll(engine);
    expect(p.sections.map((s) => s.entryId).sort()).toEqual(engine.kb.entries.map((e) => e.id).sort());
    for (const e of engine.kb.entries) expect(p.html).toContain(`<a href="#entry-${e.id}">`);
    const fix = engine.kb.ofKind('fix').find((f) => f.steps.length > 1)!;
    expect(p.html).toMatch(new RegExp(`<a class="button primary"[^>]*href="#entry-${fix.id}-step-2"`));
  });
});

describe('npm run kb:preview', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-preview-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb-preview.ts', ...args], {
      env: { ...process.env, KNOWLEDGE_DIR: 'test/fixtures/good' },
      encoding: 'utf8',
    });

  it('writes one entry, or the whole knowledge, where --out says', () => {
    const one = run(['wuauserv', '--out', join(dir, 'one.html')]);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/written to file:/);
    expect(readFileSync(join(dir, 'one.html'), 'utf8')).toContain('data-entry-id="wuauserv"');
    const all = run(['--all', '--out', join(dir, 'all.html')]);
    expect(all.status).toBe(0);
    expect(readFileSync(join(dir, 'all.html'), 'utf8')).toContain('id="index"');
  });

  it('says how to use it when given nothing, or both an entry and --all', () => {
    for (const args of [[], ['--all', 'wuauserv']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage/);
    }
  });
});
