// What real deployments meet: a dropped gateway, failing callbacks, bursts, SIGTERM, hot reload.
// Each test starts its own bot process against its own fake Discord, and stops both.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../fake-discord/index.ts';
import { Bots, TEST_TOKEN, type BotProcess } from '../fake-discord/bot-process.ts';

const bots = new Bots();
const temps: string[] = [];

/** Waits until the bot's log has a line matching re (the bot logs JSON lines). */
const logged = (bot: BotProcess, re: RegExp) => bot.waitForOutput(re);

const title = (r: RecordedRequest) =>
  (r.body as { data?: { embeds?: { title?: string }[] } }).data?.embeds?.[0]?.title ?? '';

afterEach(async () => {
  await bots.stopAll();
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('faults', () => {
  it('resumes after the gateway connection drops and answers the next interaction', async () => {
    const { discord } = await bots.start();
    discord.dropGateway();
    const r = await discord.interact(discord.command('wu', 'error', { code: '0x80070422' }));
    expect(title(r)).toMatch(/0x80070422/);
    expect(discord.resumes).toBeGreaterThanOrEqual(1);
  });

  it('still delivers the reply when the callback fails once with 500', async () => {
    const { discord } = await bots.start();
    let failed = 0;
    discord.onCallback = () => (failed++ === 0 ? { status: 500 } : undefined);
    const payload = discord.command('wu', 'explain', { topic: 'bits' });
    const r = await discord.interact(payload);
    expect(title(r)).toMatch(/BITS|Background Intelligent/);
    expect(discord.callbacksFor(String(payload.id))).toHaveLength(2);
  });

  it('waits out a 429 with Retry-After on the callback and then replies', async () => {
    const { discord } = await bots.start();
    let limited = 0;
    discord.onCallback = () =>
      limited++ === 0
        ? {
            status: 429,
            headers: { 'retry-after': '1' },
            body: { message: 'You are being rate limited.', retry_after: 1, global: false },
          }
        : undefined;
    const payload = discord.command('wu', 'explain', { topic: 'wuauserv' });
    const r = await discord.interact(payload);
    expect(title(r)).toMatch(/wuauserv|Windows Update/);
    expect(discord.callbacksFor(String(payload.id)).filter((c) => !c.fault)).toHaveLength(1);
  });

  it('answers a burst of 500 interactions from 50 users exactly once each, with rate-limit notices', async () => {
    // One question each at once, and the next a minute later: the burst is well inside that minute.
    const { discord } = await bots.start({ RATE_LIMIT_BURST: '1', RATE_LIMIT_PER_MINUTE: '1', LOG_LEVEL: 'warn' });
    const payloads = Array.from({ length: 500 }, (_, i) => {
      const user = `${900000000000000000n + BigInt(i % 50)}`;
      const p = discord.command('wu', 'ask', { question: i % 2 ? 'update stuck at 0%' : '0x80070005' });
      (p.member as { user: { id: string } }).user.id = user;
      return p;
    });
    const replies = await Promise.all(payloads.map((p) => discord.interact(p)));
    expect(replies).toHaveLength(500);
    for (const p of payloads) expect(discord.callbacksFor(String(p.id))).toHaveLength(1);
    const notices = replies.filter((r) => /ask again <t:\d+:R>/.test(JSON.stringify(r.body)));
    expect(notices).toHaveLength(450);
    for (const n of notices) expect((n.body as { data: { flags: number } }).data.flags).toBe(64);
  });

  it('finishes the reply in flight on SIGTERM, disconnects and exits 0 within 5 s', async () => {
    const { discord, bot } = await bots.start();
    const reply = discord.interact(discord.command('wu', 'fix', { problem: 'reset components' }));
    await discord.waitFor((r) => r.path.includes('/interactions/'));
    const sent = Date.now();
    bot.child.kill('SIGTERM');
    expect(title(await reply)).toMatch(/Reset/i);
    expect(await bot.exited).toBe(0);
    expect(Date.now() - sent).toBeLessThan(5000);
    await bot.waitForOutput(/"msg":"stopped"/);
  });

  it('never writes the token to its log', async () => {
    const { discord, bot } = await bots.start({ LOG_LEVEL: 'trace' });
    await discord.interact(discord.command('wu', 'ask', { question: `is my token ${TEST_TOKEN} leaked?` }));
    await bot.waitForOutput(/"command":"wu ask"/);
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });
});

describe('knowledge hot reload', () => {
  function knowledgeCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'wu-live-'));
    temps.push(dir);
    cpSync('knowledge', dir, { recursive: true });
    return dir;
  }

  it('serves a valid edit at once when KNOWLEDGE_WATCH=1, and keeps serving through a broken one', async () => {
    const dir = knowledgeCopy();
    const { discord, bot } = await bots.start({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: '1' });
    const file = join(dir, 'services/bits.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^title: .*$/m, 'title: BITS, freshly edited'));
    await logged(bot, /knowledge reloaded/);
    expect(title(await discord.interact(discord.command('wu', 'explain', { topic: 'bits' })))).toBe(
      'BITS, freshly edited',
    );

    writeFileSync(file, original.replace(/^kind: service$/m, 'kind: servce'));
    await logged(bot, /knowledge reload failed/);
    expect(bot.output()).toMatch(/services\/bits\.yaml:\d+:\d+: kind/);
    expect(title(await discord.interact(discord.command('wu', 'explain', { topic: 'bits' })))).toBe(
      'BITS, freshly edited',
    );
  });

  it('reloads on SIGHUP', async () => {
    const dir = knowledgeCopy();
    const { discord, bot } = await bots.start({ KNOWLEDGE_DIR: dir });
    const file = join(dir, 'services/wuauserv.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Windows Update, after SIGHUP'));
    bot.child.kill('SIGHUP');
    await logged(bot, /knowledge reloaded/);
    expect(title(await discord.interact(discord.command('wu', 'explain', { topic: 'wuauserv' })))).toBe(
      'Windows Update, after SIGHUP',
    );
  });
});
