// Starts the real bot as a child process against a fake Discord, and always stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from './index.ts';

export interface BotProcess {
  child: ChildProcess;
  /** DATA_DIR: the test's own, or a fresh temporary folder (removed by stop()) so runs never share insight.db. */
  dataDir: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves once the output has a match for re (stdout and the test's pipes are not ordered with Discord traffic). */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.fake.test-token-do-not-log';

/** The ways to start the bot: see startBot. */
const COMMANDS = {
  npm: ['npm', ['start', '--silent']],
  node: [process.execPath, ['--max-semi-space-size=1', '--heap-growing-percent=20', 'dist/main.js']],
  tsx: [process.execPath, ['--max-semi-space-size=1', '--heap-growing-percent=20', '--import', 'tsx', 'src/main.ts']],
} as const;

export type StartHow = keyof typeof COMMANDS;

/**
 * how: 'npm' runs `npm start` as a user would (in its own process group, so stop() ends npm and
 * the bot together); 'node' runs the compiled bot's node process directly, as a service would, for
 * tests that send it signals; 'tsx' runs the sources through tsx, as in development.
 *
 * 'npm' and 'node' run dist/: the tests' global setup (test/global-setup.ts) builds it once, before
 * any test starts a bot, so parallel tests never compile at the same time.
 */
export function startBot(env: Record<string, string>, how: StartHow = 'npm'): BotProcess {
  const [cmd, args] = COMMANDS[how];
  const ownDataDir = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'wu-data-'));
  const child = spawn(cmd, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForOutput = async (re: RegExp, timeoutMs = 10_000) => {
    const start = Date.now();
    while (!re.test(out)) {
      if (Date.now() - start > timeoutMs) throw new Error(`bot output never matched ${re}:\n${out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const cleanUp = () => {
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  void exited.then(cleanUp);
  return {
    child,
    dataDir,
    output: () => out,
    exited,
    waitForOutput,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

/** Waits until the bot has connected to the fake Discord, failing with its output if it exits first. */
export function untilReady(discord: { ready(): Promise<void> }, bot: BotProcess): Promise<void> {
  return Promise.race([
    discord.ready(),
    bot.exited.then((code) => Promise.reject(new Error(`bot exited ${code}: ${bot.output()}`))),
  ]);
}

/** A fake Discord and the bot connected to it. */
export interface BotOnDiscord {
  discord: FakeDiscord;
  bot: BotProcess;
}

/**
 * The bots a test file starts against fake Discords, stopped together: start() in a test or in
 * beforeAll, stopAll() in afterEach or afterAll. One place that knows what a bot needs to reach the
 * fake, and that stops each bot before closing its fake, a failed test or not.
 */
export class Bots {
  private readonly running: BotOnDiscord[] = [];

  /**
   * A new fake Discord and the bot against it (env is added to the token and API URL it needs),
   * once the bot has connected. how is 'node' unless said: the quickest start, and the process that
   * a test's signals reach (see startBot).
   */
  async start(env: Record<string, string> = {}, how: StartHow = 'node'): Promise<BotOnDiscord> {
    const discord = await FakeDiscord.start();
    const bot = startBot({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl, ...env }, how);
    // Tracked before it is ready, so a bot that never connects is stopped too.
    this.running.push({ discord, bot });
    await untilReady(discord, bot);
    return { discord, bot };
  }

  async stopAll(): Promise<void> {
    for (const { bot, discord } of this.running.splice(0)) {
      await bot.stop();
      await discord.close();
    }
  }
}
