// End to end: the real bot process (npm start), the real discord.js client, a fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { IDS, userObject, type FakeDiscord, type RecordedRequest } from '../fake-discord/index.ts';
import { Bots, TEST_TOKEN, type BotProcess } from '../fake-discord/bot-process.ts';
import { commandDefinitions } from '../../src/discord/registry.ts';
import { decode } from '../../src/discord/custom-id.ts';

interface Callback {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: {
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components?: {
      type: number;
      components: {
        type: number;
        custom_id?: string;
        label?: string;
        url?: string;
        style?: number;
        disabled?: boolean;
        options?: { value: string }[];
      }[];
    }[];
    allowed_mentions?: { parse?: string[]; users?: string[] };
    choices?: { name: string; value: string }[];
  };
}

const EPHEMERAL = 64;
const bots = new Bots();
let discord: FakeDiscord;
let bot: BotProcess;

const body = (r: RecordedRequest) => r.body as Callback;
const embedText = (c: Callback) => JSON.stringify(c.data.embeds ?? []);
const customIds = (c: Callback) =>
  (c.data.components ?? []).flatMap((r) => r.components.map((x) => x.custom_id).filter((x): x is string => Boolean(x)));
const buttonByLabel = (c: Callback, label: RegExp) =>
  (c.data.components ?? []).flatMap((r) => r.components).find((x) => x.label && label.test(x.label));

beforeAll(async () => {
  // npm start, as a user runs it.
  ({ discord, bot } = await bots.start({ RATE_LIMIT_PER_MINUTE: '0' }, 'npm'));
});

afterAll(() => bots.stopAll());

describe('the bot on Discord', () => {
  it('explains the orchestrator publicly, with sources as link buttons and mentions locked down', async () => {
    const r = body(await discord.interact(discord.command('wu', 'explain', { topic: 'orchestrator' })));
    expect(r.type).toBe(4);
    expect(r.data.flags ?? 0).toBe(0);
    expect(embedText(r)).toMatch(/UsoSvc/);
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    expect((r.data.components ?? []).flatMap((x) => x.components).some((b) => b.url?.startsWith('https://'))).toBe(
      true,
    );
  });

  it('mentions only the member being helped, and answers privately with a Share button when asked', async () => {
    const helped = '100000000000000099';
    const pub = body(await discord.interact(discord.command('wu', 'explain', { topic: 'wuauserv', user: helped })));
    expect(pub.data.content).toContain(`<@${helped}>`);
    expect(pub.data.allowed_mentions).toEqual({ users: [helped] });

    const priv = body(
      await discord.interact(discord.command('wu', 'explain', { topic: 'wuauserv', private: true, user: helped })),
    );
    expect(priv.data.flags).toBe(EPHEMERAL);
    expect(priv.data.content ?? '').not.toContain('<@');
    const share = buttonByLabel(priv, /share in channel/i);
    expect(share?.custom_id).toBeTruthy();

    const shared = body(await discord.interact(discord.button(share!.custom_id!, { flags: EPHEMERAL })));
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(embedText(shared)).toMatch(/wuauserv/);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('pages a fix guide a step at a time and offers the next fix when it did not help', async () => {
    const first = body(
      await discord.interact(discord.command('wu', 'fix', { problem: 'restart the update services' })),
    );
    expect(embedText(first)).toMatch(/services\.msc/i);
    const stepByStep = customIds(first)
      .map(decode)
      .find((a) => a?.type === 'page');
    expect(stepByStep).toEqual({ type: 'page', id: expect.any(String), step: expect.any(Number) });
    const fixId = (stepByStep as { id: string }).id;

    const step1 = body(
      await discord.interact(discord.button(customIds(first).find((id) => decode(id)?.type === 'page')!)),
    );
    expect(step1.type).toBe(7);
    expect(step1.data.embeds?.[0]?.title).toMatch(/step \d+ of \d+/);

    const no = body(await discord.interact(discord.button(`wu1:n:${fixId}`)));
    expect(no.type).toBe(7);
    expect(no.data.embeds?.[0]?.title).not.toBe(first.data.embeds?.[0]?.title);

    const yes = body(await discord.interact(discord.button(`wu1:y:${fixId}`)));
    expect(yes.data.embeds?.[0]?.title).toMatch(/glad/i);
    expect(yes.data.components).toEqual([]);
  });

  it('goes from an error to its first fix in one click, opens what the answer names, and comes back', async () => {
    const err = body(await discord.interact(discord.command('wu', 'error', { code: '0x80070422' })));
    const start = buttonByLabel(err, /^Start: /);
    expect(start?.style).toBe(1); // primary
    expect(start?.label).toMatch(/Start: Turn a disabled update service back on/);

    // Start opens the guide's first step in the same message (an update, type 7), with Back.
    const step1 = body(await discord.interact(discord.button(start!.custom_id!)));
    expect(step1.type).toBe(7);
    expect(step1.data.embeds?.[0]?.title).toMatch(/step 1 of \d+/);
    expect(buttonByLabel(step1, /^previous$/i)?.disabled).toBe(true);
    const back = buttonByLabel(step1, /^Back$/);
    expect(back).toBeTruthy();
    // Paging keeps the way back.
    const step2 = body(await discord.interact(discord.button(buttonByLabel(step1, /^Next$/)!.custom_id!)));
    expect(step2.data.embeds?.[0]?.title).toMatch(/step 2 of \d+/);
    expect(buttonByLabel(step2, /^Back$/)?.custom_id).toBe(back!.custom_id);

    const again = body(await discord.interact(discord.button(back!.custom_id!)));
    expect(again.type).toBe(7);
    expect(again.data.embeds?.[0]?.title).toBe(err.data.embeds?.[0]?.title);

    // "Open a related topic" lists what the answer names (within Discord's limits) and opens each.
    const menu = (err.data.components ?? []).flatMap((r) => r.components).find((c) => c.type === 3);
    const options = menu?.options ?? [];
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.length).toBeLessThanOrEqual(25);
    for (const o of options) {
      const opened = body(await discord.interact(discord.select(menu!.custom_id!, [o.value])));
      expect(opened.type).toBe(7);
      expect(opened.data.embeds?.[0]?.title).toBeTruthy();
      // Under its title, each option says what the topic is about: the start of what opening it shows.
      const { description = '' } = o as { description?: string };
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(100);
      expect(opened.data.embeds?.[0]?.description).toContain(description.replace(/…$/, ''));
      const backFromTopic = buttonByLabel(opened, /^Back$/);
      expect(decode(backFromTopic!.custom_id!)).toEqual({ type: 'code', code: '0x80070422' });
    }
  });

  it('keeps the first screen short and puts the rest behind Details, keeping privacy and Share', async () => {
    const r = body(await discord.interact(discord.command('wu', 'explain', { topic: 'usosvc', private: true })));
    const first = r.data.embeds?.[0];
    const size = (e: typeof first) =>
      (e?.title?.length ?? 0) +
      (e?.description?.length ?? 0) +
      (e?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(size(first)).toBeLessThan(2000);
    const details = buttonByLabel(r, /^Details$/);
    const more = body(await discord.interact(discord.button(details!.custom_id!, { flags: EPHEMERAL })));
    expect(more.type).toBe(7);
    expect(size(more.data.embeds?.[0])).toBeGreaterThan(size(first));
    expect(buttonByLabel(more, /share in channel/i)).toBeTruthy();
    expect(buttonByLabel(more, /^Back$/)).toBeTruthy();
  });

  it('answers "hi" and "help" with a short help card, not a decline', async () => {
    for (const q of ['hi', 'help', 'what can you do']) {
      const r = body(await discord.interact(discord.command('wu', 'ask', { question: q })));
      expect(r.data.embeds?.[0]?.title).toMatch(/what I can help with/);
      expect(embedText(r)).toMatch(/\/wu error/);
    }
  });

  it('answers thanks with a short reply, and a bare "that didn\'t work" by asking what was tried', async () => {
    const thanks = body(await discord.interact(discord.command('wu', 'ask', { question: 'thanks, that fixed it!' })));
    expect(thanks.data.embeds?.[0]?.title).toMatch(/glad that helped/i);
    const again = body(await discord.interact(discord.command('wu', 'ask', { question: 'still not working' })));
    expect(again.data.embeds?.[0]?.title).toMatch(/tell me a little more/i);
    expect(embedText(again)).toMatch(/error code/i);
  });

  it('looks up an error code in any spelling', async () => {
    const r = body(await discord.interact(discord.command('wu', 'error', { code: '80070422' })));
    expect(embedText(r)).toMatch(/0x80070422/);
    expect(embedText(r)).toMatch(/disabled/i);
  });

  it('answers free text and declines what is not about Windows Update, privately', async () => {
    const r = body(
      await discord.interact(discord.command('wu', 'ask', { question: 'how do I reset windows update components' })),
    );
    expect(embedText(r)).toMatch(/SoftwareDistribution/);
    const d = body(await discord.interact(discord.command('wu', 'ask', { question: 'how do I bake sourdough bread' })));
    expect(d.data.flags).toBe(EPHEMERAL);
    expect(embedText(d)).toMatch(/Windows Update/);
  });

  it('autocompletes topics and fixes within Discord limits', async () => {
    const r = body(await discord.interact(discord.autocomplete('wu', 'explain', 'topic', 'orch')));
    expect(r.type).toBe(8);
    expect(r.data.choices?.[0]?.value).toBe('usosvc');
    const all = body(await discord.interact(discord.autocomplete('wu', 'fix', 'problem', '')));
    expect(all.data.choices!.length).toBeGreaterThan(0);
    expect(all.data.choices!.length).toBeLessThanOrEqual(25);
    for (const c of all.data.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
    const codes = body(await discord.interact(discord.autocomplete('wu', 'error', 'code', '0x8007042')));
    expect(codes.data.choices?.map((c) => c.value)).toContain('0x80070422');
    for (const c of codes.data.choices!) expect(c.value.startsWith('0x8007042')).toBe(true);
  });

  it('completes a half-typed topic, and answers the choice picked, of whatever kind', async () => {
    const troub = body(await discord.interact(discord.autocomplete('wu', 'fix', 'problem', 'troub')));
    expect(troub.data.choices?.[0]?.value).toBe('run-update-troubleshooter');
    // SetupDiag is a guide, offered by /wu explain as what that name is; picking it answers it.
    const diag = body(await discord.interact(discord.autocomplete('wu', 'explain', 'topic', 'setupd')));
    const picked = diag.data.choices?.[0]?.value;
    expect(picked).toBe('run-setupdiag');
    const r = body(await discord.interact(discord.command('wu', 'explain', { topic: picked! })));
    expect(embedText(r)).toMatch(/SetupDiag/);
  });

  it('browses topics by kind with select menus', async () => {
    const r = body(await discord.interact(discord.command('wu', 'topics')));
    const kindSelect = r.data.components?.[0]?.components[0];
    expect(kindSelect?.type).toBe(3);
    const list = body(await discord.interact(discord.select(kindSelect!.custom_id!, ['service'])));
    expect(list.type).toBe(7);
    const entrySelect = list.data.components?.[0]?.components[0];
    expect(entrySelect?.options?.map((o) => o.value)).toContain('wuauserv');
    const opened = body(await discord.interact(discord.select(entrySelect!.custom_id!, ['bits'])));
    expect(embedText(opened)).toMatch(/Background Intelligent Transfer/);
  });

  it('answers a message from the context menu, mentioning its author but nobody named in it', async () => {
    const author = userObject('100000000000000077', 'carol');
    const r = body(
      await discord.interact(
        discord.messageCommand('Ask WU Helper', {
          content: '@everyone <@&100000000000000055> help, update fails with 0x80070005',
          author,
          mention_everyone: true,
        }),
      ),
    );
    expect(r.data.flags ?? 0).toBe(0);
    expect(r.data.content).toContain('<@100000000000000077>');
    expect(r.data.allowed_mentions).toEqual({ users: ['100000000000000077'] });
    expect(embedText(r)).toMatch(/0x80070005/);
  });

  it('reads a pasted log that Discord turned into a message.txt attachment, never echoing it', async () => {
    const log = `${'2026-11-30 10:00:00, Info CBS Loaded Servicing Stack v10.0.26100.1 with Core\n'.repeat(80)}2026-11-30 10:00:05, Error CBS Failed to resolve package [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]\n<script>alert(1)</script>`;
    const r = body(
      await discord.interact(
        discord.messageCommand('Ask WU Helper', {
          content: 'update fails, log attached',
          author: userObject('100000000000000078', 'dave'),
          attachments: [discord.attachment('message.txt', log, { contentType: 'text/plain; charset=utf-8' })],
        }),
      ),
    );
    expect(embedText(r)).toMatch(/0x800F0831/i);
    expect(embedText(r)).not.toMatch(/<script>|Loaded Servicing Stack/);
  });

  it('answers from the words when an attachment is too slow to fetch, within the deadline', async () => {
    const started = Date.now();
    const r = body(
      await discord.interact(
        discord.messageCommand('Ask WU Helper', {
          content: 'windows update error 0x80070422, log attached',
          author: userObject('100000000000000079', 'erin'),
          attachments: [discord.attachment('CBS.log', 'Error 0x800f081f', { delayMs: 5000 })],
        }),
      ),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(embedText(r)).toMatch(/0x80070422/);
  });

  it('pings no one when a question contains @everyone and a role mention', async () => {
    const r = body(
      await discord.interact(
        discord.command('wu', 'ask', {
          question: '@everyone <@&100000000000000055> @here windows update error 0x80070422',
        }),
      ),
    );
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    expect(r.data.content ?? '').not.toMatch(/@everyone|@here|<@&/);
  });

  it('answers a stale or forged button with a friendly private message', async () => {
    const r = body(await discord.interact(discord.button('wu1:p:no-such-fix:3')));
    expect(r.type).toBe(4);
    expect(r.data.flags).toBe(EPHEMERAL);
    const forged = body(await discord.interact(discord.button('evil:../../etc/passwd')));
    expect(forged.data.flags).toBe(EPHEMERAL);
  });

  it('logs one JSON line per interaction with its kind, entry and latency, and never the token', async () => {
    await bot.waitForOutput(/"customId":"wu1:p:no-such-fix:3"/);
    const lines = bot
      .output()
      .split('\n')
      .filter((l) => l.includes('"msg":"interaction"'))
      .map((l) => JSON.parse(l) as { kind: string; entry?: string; ms: number });
    expect(lines.length).toBeGreaterThan(10);
    expect(lines).toContainEqual(
      expect.objectContaining({ kind: 'command', command: 'wu explain', entry: 'usosvc', ms: expect.any(Number) }),
    );
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });

  it('apologises privately with a reference when a reply fails, and keeps serving', async () => {
    let failed = false;
    discord.onCallback = () =>
      failed ? undefined : ((failed = true), { status: 400, body: { code: 50035, message: 'Invalid Form Body' } });
    const apology = body(await discord.interact(discord.command('wu', 'explain', { topic: 'bits' })));
    discord.onCallback = undefined;
    expect(apology.data.flags).toBe(EPHEMERAL);
    const ref = /reference: `([0-9a-f]{8})`/.exec(embedText(apology))?.[1];
    expect(ref).toBeTruthy();
    await bot.waitForOutput(new RegExp(`"ref":"${ref}"`));
    expect(embedText(body(await discord.interact(discord.command('wu', 'explain', { topic: 'bits' }))))).toMatch(
      /BITS/,
    );
  });
});

describe('deploy-commands', () => {
  it("registers exactly the registry's commands in the guild", async () => {
    // Not spawnSync: the fake Discord runs in this process and must keep answering meanwhile.
    const child = spawn('npm', ['run', '--silent', 'deploy-commands'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_GUILD_ID: IDS.guild,
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(out).toMatch(new RegExp(`Registered ${commandDefinitions().length} command`));
    expect(code).toBe(0);
    const put = await discord.waitFor((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${IDS.guild}/commands`));
    expect(put.path).toContain(`/applications/${IDS.app}/`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
  });
});
