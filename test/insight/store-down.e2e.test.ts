// With the store stopped or unwritable, every answer still goes out: an unwritable data folder, a
// PostgreSQL that is not there at start-up, and one stopped while the bot runs (what was queued is
// written once it is back).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../fake-discord/index.ts';
import { Bots } from '../fake-discord/bot-process.ts';
import { freePort } from '../fake-discord/free-port.ts';
import { startPostgres, type TestPostgres } from './postgres-server.ts';
import { body, byLabel, createDatabase, EPHEMERAL, reportUntil, text } from './helpers.ts';

const bots = new Bots();
const temps: string[] = [];
let server: TestPostgres | undefined;

afterEach(() => bots.stopAll());

afterAll(async () => {
  await server?.destroy();
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'wu-down-'));
  temps.push(d);
  return d;
}

const QUESTIONS = [
  'what does the update orchestrator service do',
  'how do I bake sourdough bread',
  'update stuck',
  '0x80070422',
  'what is bits',
];

/** Asks every question at once; each must be answered (declines privately), all within 5 s (a few hundred ms alone). */
async function everyAnswerGoesOut(discord: FakeDiscord, rounds = 4): Promise<void> {
  const payloads = Array.from({ length: rounds * QUESTIONS.length }, (_, i) =>
    discord.command('wu', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! }),
  );
  const started = Date.now();
  const replies = await Promise.all(payloads.map((p) => discord.interact(p)));
  expect(Date.now() - started).toBeLessThan(5000);
  for (const [i, r] of replies.entries()) {
    const c = body(r);
    expect(c.type).toBe(4);
    if (i % QUESTIONS.length === 1) expect(c.data.flags).toBe(EPHEMERAL);
    else expect(text(c)).not.toMatch(/something went wrong/i);
  }
  // Feedback still answers too.
  const answer = body(replies[0]!);
  const helpful = body(await discord.interact(discord.button(byLabel(answer, 'Helpful')!.custom_id!)));
  expect(text(helpful)).toMatch(/thanks/i);
}

describe('with the insight store down', () => {
  it('answers everything when the data folder cannot be written, and still exits cleanly', async () => {
    const file = join(temp(), 'a-file');
    writeFileSync(file, 'not a folder');
    const { discord, bot } = await bots.start({ DATA_DIR: join(file, 'data') });
    await bot.waitForOutput(/insight: could not open the store/);
    await everyAnswerGoesOut(discord);
    const sent = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(bot.output()).toMatch(/insight: events not written at shutdown/);
  });

  it('answers everything when PostgreSQL is not there at start-up', async () => {
    const port = await freePort();
    const { discord, bot } = await bots.start({
      DATA_DIR: temp(),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
      INSIGHT_SECRET: 'a secret long enough',
    });
    await bot.waitForOutput(/insight: could not open the store/);
    await everyAnswerGoesOut(discord);
  });

  it('answers everything while PostgreSQL is stopped, and writes what was queued once it is back', async () => {
    server = await startPostgres();
    const env = {
      DATA_DIR: temp(),
      DATABASE_URL: await createDatabase(server.url),
      INSIGHT_SECRET: 'a secret long enough',
    };
    const { discord, bot } = await bots.start(env);
    await bot.waitForOutput(/insight: store open/);
    await discord.interact(discord.command('wu', 'explain', { topic: 'bits' }));
    await reportUntil([], env, (r) => r.totals.interactions === 1);

    await server.stop();
    await everyAnswerGoesOut(discord);
    await bot.waitForOutput(/insight: write failed/);

    await server.restart();
    await bot.waitForOutput(/insight: writing again/, 40_000);
    // 1 before and 20 questions while it was down (votes are kept as votes, not interactions).
    const r = await reportUntil([], env, (x) => x.totals.interactions === 21 && x.totals.helpful === 1);
    expect(r.totals.declines).toBe(4);
    expect(r.totals.helpful).toBe(1);
  }, 90_000);
});
