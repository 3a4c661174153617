// Interaction-to-reply latency through the fake Discord: WU Helper against a minimal bot that
// replies a constant embed (the floor), and the throughput of a 500-interaction burst.
import { FakeDiscord } from '../test/fake-discord/index.ts';
import { startBot, TEST_TOKEN, type BotProcess } from '../test/fake-discord/bot-process.ts';
import { spawn } from 'node:child_process';

const QUESTIONS = [
  '0x80070422',
  'what does the update orchestrator service do',
  'update stuck at 0%',
  'how to reset windows update components',
  'MoUsoCoreWorker high cpu',
];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Figures {
  p50: number;
  p99: number;
  burstPerSecond: number;
}

async function measure(discord: FakeDiscord, n: number): Promise<Figures> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const payload = discord.command('wu', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
    const t = performance.now();
    await discord.interact(payload);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const burst = Array.from({ length: 500 }, (_, i) =>
    discord.command('wu', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! }),
  );
  const t = performance.now();
  await Promise.all(burst.map((p) => discord.interact(p)));
  const burstMs = performance.now() - t;
  return { p50: pct(times, 50), p99: pct(times, 99), burstPerSecond: 500 / (burstMs / 1000) };
}

async function withBot(start: (discord: FakeDiscord) => BotProcess, n: number): Promise<Figures> {
  const discord = await FakeDiscord.start();
  const bot = start(discord);
  try {
    await discord.ready();
    await measure(discord, 20); // warm up
    return await measure(discord, n);
  } finally {
    await bot.stop();
    await discord.close();
  }
}

function minimalBot(discord: FakeDiscord): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/minimal-bot.ts'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  return {
    child,
    dataDir: '',
    output: () => '',
    exited,
    waitForOutput: async () => {},
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
      await exited;
    },
  };
}

export async function interactionBench(n = 300): Promise<string> {
  const ours = await withBot(
    (d) =>
      startBot(
        { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: d.apiUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' },
        'node',
      ),
    n,
  );
  const floor = await withBot(minimalBot, n);
  const f = (x: number, d = 2) => x.toFixed(d);
  return [
    `interaction to reply through the fake Discord (${n} sequential /wu ask), and a 500-interaction burst:`,
    '                              WU Helper          minimal bot        ratio',
    `reply latency p50 (ms)        ${f(ours.p50).padStart(9)}          ${f(floor.p50).padStart(9)}          ${f(ours.p50 / floor.p50, 1)}x`,
    `reply latency p99 (ms)        ${f(ours.p99).padStart(9)}          ${f(floor.p99).padStart(9)}          ${f(ours.p99 / floor.p99, 1)}x`,
    `burst throughput (replies/s)  ${f(ours.burstPerSecond, 0).padStart(9)}          ${f(floor.burstPerSecond, 0).padStart(9)}          ${f(ours.burstPerSecond / floor.burstPerSecond, 2)}x`,
  ].join('\n');
}

/**
 * Answers per second with insight on (the default: the SQLite store, every interaction recorded)
 * and off, side by side; the target is on >= 0.9x off. Both bots run at once, each with its own fake
 * Discord, and take turns (off on, on off, …) a burst or a block of sequential questions at a time,
 * so load from outside the bench weighs on both alike.
 */
export async function insightBench(rounds = 10): Promise<string> {
  const modes = ['on', 'off'] as const;
  type Mode = (typeof modes)[number];
  const bots = await Promise.all(
    modes.map(async (mode) => {
      const discord = await FakeDiscord.start();
      const bot = startBot(
        {
          DISCORD_TOKEN: TEST_TOKEN,
          DISCORD_API_URL: discord.apiUrl,
          LOG_LEVEL: 'warn',
          RATE_LIMIT_PER_MINUTE: '0',
          INSIGHT: mode,
        },
        'node',
      );
      await discord.ready();
      return { mode, discord, bot };
    }),
  );
  const totals: Record<Mode, { burstMs: number; bursts: number; seqMs: number; seq: number; times: number[] }> = {
    on: { burstMs: 0, bursts: 0, seqMs: 0, seq: 0, times: [] },
    off: { burstMs: 0, bursts: 0, seqMs: 0, seq: 0, times: [] },
  };
  const ask = (d: FakeDiscord, i: number) => d.command('wu', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
  try {
    for (const { discord } of bots) for (let i = 0; i < 100; i++) await discord.interact(ask(discord, i)); // warm up
    for (let r = 0; r < rounds; r++) {
      for (const { mode, discord } of r % 2 ? [...bots].reverse() : bots) {
        const t = totals[mode];
        const burst = Array.from({ length: 500 }, (_, i) => ask(discord, i));
        let start = performance.now();
        await Promise.all(burst.map((p) => discord.interact(p)));
        t.burstMs += performance.now() - start;
        t.bursts += 1;
        for (let i = 0; i < 50; i++) {
          const p = ask(discord, i);
          start = performance.now();
          await discord.interact(p);
          const ms = performance.now() - start;
          t.seqMs += ms;
          t.seq += 1;
          t.times.push(ms);
        }
      }
    }
  } finally {
    for (const { bot, discord } of bots) {
      await bot.stop();
      await discord.close();
    }
  }
  const fig = (mode: Mode) => {
    const t = totals[mode];
    const sorted = [...t.times].sort((a, b) => a - b);
    return { burst: (500 * t.bursts) / (t.burstMs / 1000), sequential: t.seq / (t.seqMs / 1000), p99: pct(sorted, 99) };
  };
  const on = fig('on');
  const off = fig('off');
  const f = (x: number, d = 0) => x.toFixed(d).padStart(11);
  const ratio = on.burst / off.burst;
  return [
    `insight on and off: answers per second through the fake Discord (both bots at once, taking turns; ${rounds} bursts of 500 and ${rounds * 50} sequential questions each):`,
    '                                insight on    insight off   on/off',
    `burst throughput (answers/s)  ${f(on.burst)}    ${f(off.burst)}    ${(on.burst / off.burst).toFixed(2)}x`,
    `sequential (answers/s)        ${f(on.sequential)}    ${f(off.sequential)}    ${(on.sequential / off.sequential).toFixed(2)}x`,
    `reply latency p99 (ms)        ${f(on.p99, 2)}    ${f(off.p99, 2)}    ${(on.p99 / off.p99).toFixed(2)}x`,
    `target: insight on >= 0.9x off in burst throughput: ${ratio >= 0.9 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`,
  ].join('\n');
}
