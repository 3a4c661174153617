// The bot as it runs, through the fake Discord: cold start (process start to the first reply), RSS
// after load, after a burst and after idling a while, interaction-to-reply latency and burst throughput, for the compiled
// bot (what npm start runs), the same bot run from the sources through tsx, and a minimal discord.js
// bot that replies a constant embed (the floor). Every figure comes from fresh processes, a fresh fake
// Discord each, and all three run on the same node flags; the kinds take turns, so a busy machine
// slows them alike, and each figure is the median over the processes.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FakeDiscord } from '../test/fake-discord/index.ts';
import { startBot, TEST_TOKEN, type BotProcess } from '../test/fake-discord/bot-process.ts';

const QUESTIONS = [
  '0x80070422',
  'what does the update orchestrator service do',
  'update stuck at 0%',
  'how to reset windows update components',
  'MoUsoCoreWorker high cpu',
];
const BURST = 500;
/** How long each process is left idle after the burst before its RSS is read again (0: not measured). */
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const median = (xs: number[]) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );

interface Figures {
  coldStartMs: number;
  rssAfterLoad: number;
  rssAfterBurst: number;
  /** RSS after IDLE_SECONDS without traffic, where a bot spends most of its life (NaN when not measured). */
  rssIdle: number;
  /** Highest RSS the process reached (Linux only; NaN elsewhere). */
  peakRss: number;
  p50: number;
  p99: number;
  mean: number;
  burstPerSecond: number;
}

/** A process's resident set size and its peak so far, in MB: from /proc on Linux, else ps (no peak). */
function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return { rss: kb / 1024, peak: NaN };
  }
}

const ask = (discord: FakeDiscord, i: number) =>
  discord.interact(discord.command('wu', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! }));

async function traffic(
  discord: FakeDiscord,
  n: number,
): Promise<Pick<Figures, 'p50' | 'p99' | 'mean' | 'burstPerSecond'>> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await ask(discord, i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const t = performance.now();
  await Promise.all(Array.from({ length: BURST }, (_, i) => ask(discord, i)));
  const burstMs = performance.now() - t;
  return {
    p50: pct(times, 50),
    p99: pct(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    burstPerSecond: BURST / (burstMs / 1000),
  };
}

/** One fresh process of a kind, from spawn to its first reply, then the traffic. */
async function measureOnce(start: (discord: FakeDiscord) => BotProcess, n: number): Promise<Figures> {
  const discord = await FakeDiscord.start();
  const t0 = performance.now();
  const bot = start(discord);
  try {
    const died = bot.exited.then((code) => Promise.reject(new Error(`bot exited ${code}: ${bot.output()}`)));
    await Promise.race([discord.ready(), died]);
    await Promise.race([ask(discord, 0), died]);
    const coldStartMs = performance.now() - t0;
    const pid = bot.child.pid!;
    const rssAfterLoad = memoryOf(pid).rss;
    await traffic(discord, 20); // warm up
    const figures = await traffic(discord, n);
    const after = memoryOf(pid);
    let rssIdle = NaN;
    if (IDLE_SECONDS > 0) {
      await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
      rssIdle = memoryOf(pid).rss;
    }
    return { coldStartMs, rssAfterLoad, rssAfterBurst: after.rss, rssIdle, peakRss: after.peak, ...figures };
  } finally {
    await bot.stop();
    await discord.close();
  }
}

/** The node flags npm start runs the bot with (package.json), for all three kinds alike. */
const NODE_FLAGS = ['--max-semi-space-size=1', '--heap-growing-percent=20'];

function minimalBot(discord: FakeDiscord): BotProcess {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'bench/minimal-bot.js'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  return {
    child,
    // The minimal bot keeps no data.
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

const ourBot =
  (how: 'node' | 'tsx', env: Record<string, string> = {}) =>
  (d: FakeDiscord) =>
    startBot(
      { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: d.apiUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ...env },
      how,
    );

const KINDS = {
  compiled: ourBot('node'),
  tsx: ourBot('tsx'),
  minimal: minimalBot,
  // The compiled bot without the insight store: what recording questions costs is the difference.
  noInsight: ourBot('node', { INSIGHT: 'off' }),
};
type Kind = keyof typeof KINDS;

/** n sequential questions per process, in `processes` fresh processes of each kind. dist/ must be built. */
export async function interactionBench(n = 300, processes = 3): Promise<string> {
  const runs: Record<Kind, Figures[]> = { compiled: [], tsx: [], minimal: [], noInsight: [] };
  for (let r = 0; r < processes; r++) {
    for (const kind of Object.keys(KINDS) as Kind[]) runs[kind].push(await measureOnce(KINDS[kind], n));
  }
  const med = (kind: Kind, key: keyof Figures) => median(runs[kind].map((f) => f[key]));
  const f = (x: number, d: number) => (Number.isNaN(x) ? '-' : x.toFixed(d));
  const row = (label: string, key: keyof Figures, d: number) => {
    const [c, t, m, q] = (['compiled', 'tsx', 'minimal', 'noInsight'] as const).map((k) => med(k, key));
    return (
      `${label.padEnd(36)}${f(c!, d).padStart(10)}${f(t!, d).padStart(10)}${f(m!, d).padStart(10)}` +
      `${`${f(c! / m!, 2)}x`.padStart(20)}${f(q!, d).padStart(12)}${`${f(q! / m!, 2)}x`.padStart(10)}`
    );
  };
  return [
    `the bot through the fake Discord, median of ${processes} fresh processes each: cold start, then ${n} sequential`,
    `/wu ask and a ${BURST}-interaction burst (compiled: node dist/main.js, as npm start runs it; tsx: node --import tsx`,
    `src/main.ts; minimal: bench/minimal-bot.js, a discord.js bot replying a constant embed; no insight: compiled with`,
    `INSIGHT=off, so without the SQLite store that records questions; all ${NODE_FLAGS.join(' ')}):`,
    `${''.padEnd(36)}${'compiled'.padStart(10)}${'tsx'.padStart(10)}${'minimal'.padStart(10)}${'compiled/minimal'.padStart(20)}` +
      `${'no insight'.padStart(12)}${'/minimal'.padStart(10)}`,
    row('cold start, to first reply (ms)', 'coldStartMs', 0),
    row('RSS after load (ready, 1 reply, MB)', 'rssAfterLoad', 1),
    row('RSS after the burst (MB)', 'rssAfterBurst', 1),
    row(`RSS ${IDLE_SECONDS} s later, idle (MB)`, 'rssIdle', 1),
    row('peak RSS (MB)', 'peakRss', 1),
    row('reply latency p50 (ms)', 'p50', 2),
    row('reply latency p99 (ms)', 'p99', 2),
    row('burst throughput (replies/s)', 'burstPerSecond', 0),
  ].join('\n');
}

/**
 * Answers per second with insight on (the default: the SQLite store, every interaction recorded)
 * and off, side by side; the target is on >= 0.9x off. Both bots run at once, each with its own fake
 * Discord, and take turns (off on, on off, …) a burst at a time, and a sequential question at a time,
 * so load from outside the bench (a shared machine) weighs on both alike.
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
  const totals: Record<Mode, { burstMs: number; bursts: number; seqMs: number; times: number[] }> = {
    on: { burstMs: 0, bursts: 0, seqMs: 0, times: [] },
    off: { burstMs: 0, bursts: 0, seqMs: 0, times: [] },
  };
  try {
    for (const { discord } of bots) for (let i = 0; i < 100; i++) await ask(discord, i); // warm up
    for (let r = 0; r < rounds; r++) {
      const turn = r % 2 ? [...bots].reverse() : bots;
      for (const { mode, discord } of turn) {
        const t = totals[mode];
        const start = performance.now();
        await Promise.all(Array.from({ length: BURST }, (_, i) => ask(discord, i)));
        t.burstMs += performance.now() - start;
        t.bursts += 1;
      }
      // Sequential questions one at a time to each bot in turn: each pair meets the same machine.
      for (let i = 0; i < 50; i++) {
        for (const { mode, discord } of i % 2 ? [...turn].reverse() : turn) {
          const start = performance.now();
          await ask(discord, i);
          const ms = performance.now() - start;
          totals[mode].seqMs += ms;
          totals[mode].times.push(ms);
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
    return {
      burst: (BURST * t.bursts) / (t.burstMs / 1000),
      sequential: t.times.length / (t.seqMs / 1000),
      p99: pct(
        [...t.times].sort((a, b) => a - b),
        99,
      ),
    };
  };
  const on = fig('on');
  const off = fig('off');
  const f = (x: number, d = 0) => x.toFixed(d).padStart(11);
  const ratio = on.burst / off.burst;
  return [
    `insight on and off: answers per second through the fake Discord (both bots at once, taking turns; ${rounds} bursts of ${BURST} and ${rounds * 50} sequential questions each):`,
    '                                insight on    insight off   on/off',
    `burst throughput (answers/s)  ${f(on.burst)}    ${f(off.burst)}    ${ratio.toFixed(2)}x`,
    `sequential (answers/s)        ${f(on.sequential)}    ${f(off.sequential)}    ${(on.sequential / off.sequential).toFixed(2)}x`,
    `reply latency p99 (ms)        ${f(on.p99, 2)}    ${f(off.p99, 2)}    ${(on.p99 / off.p99).toFixed(2)}x`,
    `target: insight on >= 0.9x off in burst throughput: ${ratio >= 0.9 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`,
  ].join('\n');
}
