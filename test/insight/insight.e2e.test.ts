// End to end, through the fake Discord, once with the SQLite file and once with a real PostgreSQL:
// questions, a "Not helpful" with the modal's text, a decline, then `npm run report` shows them;
// /wu privacy, /wu-stats, leaving a server, --forget-guild, and SIGTERM writing what was queued.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, type FakeDiscord } from '../fake-discord/index.ts';
import { Bots, type BotProcess } from '../fake-discord/bot-process.ts';
import { decodeFeedback } from '../../src/discord/feedback-id.ts';
import { startPostgres, type TestPostgres } from './postgres-server.ts';
import {
  body,
  byLabel,
  createDatabase,
  EPHEMERAL,
  MANAGER,
  reportJson,
  reportUntil,
  runReport,
  text,
  type Callback,
} from './helpers.ts';

const OTHER_GUILD = '100000000000000333';
const OTHER_USER = '100000000000000555';

let server: TestPostgres | undefined;

afterAll(async () => {
  await server?.destroy();
});

describe.each(['sqlite', 'postgres'] as const)('insight with the %s store', (kind) => {
  const bots = new Bots();
  let discord: FakeDiscord;
  let bot: BotProcess;
  let dataDir: string;
  let env: Record<string, string>;
  let message = 300000000000001000n;
  const nextMessage = () => String(++message);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `wu-insight-${kind}-`));
    env = { DATA_DIR: dataDir };
    if (kind === 'postgres') {
      server ??= await startPostgres();
      env.DATABASE_URL = await createDatabase(server.url);
      env.INSIGHT_SECRET = 'shared by every replica of the test';
    }
    ({ discord, bot } = await bots.start(env));
    await bot.waitForOutput(/insight: store open/);
  }, 60_000);

  afterAll(async () => {
    await bots.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Clicks a button of an answer, as the user (or another member). */
  const click = async (answer: Callback, label: string, messageId: string, user?: string) => {
    const b = byLabel(answer, label);
    expect(b?.custom_id, `${label} in ${JSON.stringify(answer.data.components)}`).toBeTruthy();
    const payload = discord.button(b!.custom_id!, { id: messageId, components: answer.data.components });
    if (user) (payload.member as { user: { id: string } }).user.id = user;
    return body(await discord.interact(payload));
  };

  it('keeps a question, a Not helpful with what they were looking for, a decline; npm run report shows them', async () => {
    const asked = body(
      await discord.interact(
        discord.command('wu', 'ask', { question: 'what does the update orchestrator service do' }),
      ),
    );
    expect(text(asked)).toMatch(/UsoSvc/);
    expect(byLabel(asked, 'Helpful')).toBeTruthy();
    const answerMessage = nextMessage();

    // Not helpful opens the modal; its text comes back as a MODAL_SUBMIT.
    const modal = await click(asked, 'Not helpful', answerMessage);
    expect(modal.type).toBe(9);
    expect(modal.data.title).toMatch(/not helpful/i);
    expect(decodeFeedback(modal.data.custom_id!)).toMatchObject({ type: 'comment', entry: 'usosvc' });
    const thanks = body(
      await discord.interact(
        discord.modalSubmit(
          modal.data.custom_id!,
          { wanted: 'how to stop it restarting my PC at night' },
          { id: answerMessage },
        ),
      ),
    );
    expect(thanks.type).toBe(4);
    expect(thanks.data.flags).toBe(EPHEMERAL);
    expect(text(thanks)).toMatch(/thanks/i);

    // Another member found it helpful.
    const helped = await click(asked, 'Helpful', answerMessage, OTHER_USER);
    expect(helped.data.flags).toBe(EPHEMERAL);

    // One vote per user per answer: a second click changes it.
    const bits = body(await discord.interact(discord.command('wu', 'explain', { topic: 'bits' })));
    const bitsMessage = nextMessage();
    await click(bits, 'Helpful', bitsMessage);
    expect((await click(bits, 'Not helpful', bitsMessage)).type).toBe(9);

    // A decline (private, no feedback buttons), an unsure answer, a guide that worked, the message menu.
    const declined = body(
      await discord.interact(discord.command('wu', 'ask', { question: 'how do I bake sourdough bread' })),
    );
    expect(declined.data.flags).toBe(EPHEMERAL);
    expect(byLabel(declined, 'Helpful')).toBeUndefined();
    await discord.interact(discord.command('wu', 'ask', { question: 'update problem stuck' }));
    const guide = body(await discord.interact(discord.command('wu', 'fix', { problem: 'reset components' })));
    await click(guide, 'It worked', nextMessage());
    await discord.interact(discord.messageCommand('Ask WU Helper', { content: 'update fails with 0x80070422' }));

    const r = await reportUntil(
      [],
      env,
      (x) => x.totals.declines >= 1 && x.notHelpful.length >= 1 && x.totals.helpful >= 2,
    );
    expect(r.totals).toMatchObject({ declines: 1, helpful: 2, notHelpful: 2 });
    expect(r.totals.unsure).toBeGreaterThanOrEqual(1);
    expect(r.totals.interactions).toBeGreaterThanOrEqual(6);
    expect(r.totals.users).toBe(1);
    const sourdough = r.troubles.find((g) => g.examples.includes('how do I bake sourdough bread'));
    expect(sourdough).toMatchObject({ declined: 1, users: 1, words: expect.arrayContaining(['sourdough']) });
    // Nothing of ours is near bread; an unsure question lists the entries nearest to it.
    expect(sourdough!.nearest).toEqual([]);
    const stuck = r.troubles.find((g) => g.examples.includes('update problem stuck'));
    expect(stuck).toMatchObject({ unsure: 1 });
    expect(stuck!.nearest.map((n) => n.id)).toContain('update-stuck-downloading');
    expect(r.notHelpful).toContainEqual(
      expect.objectContaining({
        id: 'usosvc',
        questions: ['what does the update orchestrator service do'],
        comments: ['how to stop it restarting my PC at night'],
      }),
    );
    expect(r.worst).toContainEqual(expect.objectContaining({ id: 'bits', helpful: 0, notHelpful: 1 }));
    expect(r.worst).toContainEqual(expect.objectContaining({ id: 'usosvc', helpful: 1, notHelpful: 1 }));
    expect(r.used.map((u) => u.id)).toEqual(expect.arrayContaining(['usosvc', 'bits', 'reset-update-components']));
    expect(r.days.at(-1)).toMatchObject({ day: new Date().toISOString().slice(0, 10) });

    const plain = await runReport(['--since', '7d'], env);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/Most often declined or unsure[\s\S]*sourdough/);
    expect(plain.out).toMatch(/wanted: "how to stop it restarting my PC at night"/);
    expect(plain.out).toMatch(/Per day/);
  });

  it('says what is kept with /wu privacy, and lets only Manage Server turn text off', async () => {
    const said = body(await discord.interact(discord.command('wu', 'privacy')));
    expect(said.data.flags).toBe(EPHEMERAL);
    expect(text(said)).toMatch(/keyed hash/);
    expect(text(said)).toMatch(/question text is \*\*kept\*\*/);

    const refused = body(await discord.interact(discord.command('wu', 'privacy', { text: 'off' })));
    expect(text(refused)).toMatch(/Manage Server/);

    const manager = discord.command('wu', 'privacy', { text: 'off' });
    (manager.member as { permissions: string }).permissions = MANAGER;
    expect(text(body(await discord.interact(manager)))).toMatch(/question text is \*\*not kept\*\*/);

    // No text now: not for a decline, and Not helpful opens no box.
    await discord.interact(discord.command('wu', 'ask', { question: 'knitting patterns for a scarf' }));
    const answer = body(await discord.interact(discord.command('wu', 'explain', { topic: 'wuauserv' })));
    const noBox = await click(answer, 'Not helpful', nextMessage());
    expect(noBox.type).toBe(4);
    const r = await reportUntil(['--guild', IDS.guild], env, (x) => x.totals.declines >= 2);
    const texts = JSON.stringify(r.troubles);
    expect(texts).not.toMatch(/knitting/);
    // Turning text off also deleted what was kept.
    expect(texts).not.toMatch(/sourdough/);
    expect(JSON.stringify(r.notHelpful)).not.toMatch(/restarting my PC/);
    expect(r.totals.withoutText).toBeGreaterThanOrEqual(2);

    const on = discord.command('wu', 'privacy', { text: 'on' });
    (on.member as { permissions: string }).permissions = MANAGER;
    expect(text(body(await discord.interact(on)))).toMatch(/question text is \*\*kept\*\*/);
  });

  it('shows /wu-stats privately to Manage Server only', async () => {
    const stats = (permissions?: string) => {
      const p = discord.command('wu-stats', '', {});
      (p.data as { options: unknown[] }).options = [];
      if (permissions) (p.member as { permissions: string }).permissions = permissions;
      return p;
    };
    const refused = body(await discord.interact(stats()));
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(text(refused)).toMatch(/Manage Server/);

    const p = stats(MANAGER);
    const deferred = body(await discord.interact(p));
    expect(deferred.type).toBe(5);
    expect(deferred.data.flags).toBe(EPHEMERAL);
    const edit = await discord.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${IDS.app}/${String(p.token)}`),
    );
    const embed = JSON.stringify(edit.body);
    expect(embed).toMatch(/WU Helper here, the last 30 days/);
    expect(embed).toMatch(/interactions from \d+ people/);
    expect(embed).toMatch(/Most used/);
  });

  it('forgets a server when the bot leaves it (not when it is only unavailable), and on --forget-guild', async () => {
    await discord.interact(discord.command('wu', 'explain', { topic: 'bits' }, { guild_id: OTHER_GUILD }));
    await reportUntil(['--guild', OTHER_GUILD], env, (x) => x.totals.interactions === 1);
    discord.guildDelete(IDS.guild, true);
    discord.guildDelete(OTHER_GUILD);
    await bot.waitForOutput(/left a server, its data deleted/);
    expect((await reportJson(['--guild', OTHER_GUILD], env)).totals.interactions).toBe(0);
    expect((await reportJson(['--guild', IDS.guild], env)).totals.interactions).toBeGreaterThan(5);

    const forgot = await runReport(['--forget-guild', IDS.guild], env);
    expect(forgot.code).toBe(0);
    expect(forgot.out).toMatch(/Deleted everything kept about server 100000000000000003/);
    expect((await reportJson([], env)).totals.interactions).toBe(0);
  });

  it('writes what is still queued when it gets SIGTERM, and exits 0', async () => {
    await discord.interact(discord.command('wu', 'ask', { question: 'my parrot will not stop singing' }));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toMatch(/insight: queue flushed/);
    const r = await reportJson([], env);
    expect(r.troubles.flatMap((g) => g.examples)).toContain('my parrot will not stop singing');
  });
});
