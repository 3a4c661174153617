// npm run start:sharded: two shards under the ShardingManager against the fake Discord, both
// ready and each answering the servers Discord routes to it; compiled (npm run start:sharded runs
// dist/shard.js, whose shards run dist/main.js on plain node) and from the sources through tsx.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.ts';
import { TEST_TOKEN } from '../fake-discord/bot-process.ts';

/** A guild id that Discord routes to the given shard of two: (id >> 22) % 2. */
const guildOnShard = (shard: number) => ((BigInt(1_000_000_000 + shard) << 22n) + 12345n).toString();

/** The command lines of the shard processes in the process group the test started. */
function shardCommandLines(group: number): string[] {
  return execFileSync('ps', ['-A', '-ww', '-o', 'pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m) => m !== null && Number(m[1]) === group && /\bmain\.(js|ts)\b/.test(m[2]!))
    .map((m) => m![2]!);
}

const WAYS = [
  { way: 'compiled (npm run start:sharded)', cmd: 'npm', args: ['run', '--silent', 'start:sharded'] },
  { way: 'through tsx', cmd: process.execPath, args: ['--import', 'tsx', 'src/shard.ts'] },
];

describe.each(WAYS)('sharded gateway bot, $way', ({ cmd, args }) => {
  let discord: FakeDiscord;
  let child: ReturnType<typeof spawn>;
  let out = '';
  // The shards share one insight file, as on a real machine; this run's own, not the checkout's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'wu-shards-'));

  beforeAll(async () => {
    discord = await FakeDiscord.start();
    child = spawn(cmd, args, {
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        SHARD_COUNT: '2',
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (d) => (out += String(d)));
    child.stderr?.on('data', (d) => (out += String(d)));
    const start = Date.now();
    while (discord.shards.length < 2) {
      if (child.exitCode !== null || Date.now() - start > 40_000)
        throw new Error(`shards did not both connect: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.on('exit', r));
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    }
    await discord?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('identifies two shards of two', () => {
    expect(discord.shards.map(([id]) => id).sort()).toEqual([0, 1]);
    expect(discord.shards.every(([, count]) => count === 2)).toBe(true);
  });

  it.each([0, 1])('answers an interaction routed to shard %i, exactly once', async (shard) => {
    const payload = discord.command(
      'wu',
      'error',
      { code: '0x80070422' },
      { guild_id: guildOnShard(shard), authorizing_integration_owners: { '0': guildOnShard(shard) } },
    );
    const reply = await discord.interact(payload);
    expect(JSON.stringify(reply.body)).toMatch(/0x80070422/);
    await new Promise((r) => setTimeout(r, 200));
    expect(discord.callbacksFor(String(payload.id))).toHaveLength(1);
  });

  it('runs each shard on the same kind of code as the manager', () => {
    const compiled = cmd === 'npm';
    const shards = shardCommandLines(child.pid!);
    expect(shards).toHaveLength(2);
    for (const line of shards) {
      expect(line).toContain('--max-semi-space-size=1');
      expect(line).toContain('--heap-growing-percent=20');
      expect(line).toContain(compiled ? 'dist/main.js' : 'src/main.ts');
      expect(line.includes('tsx')).toBe(!compiled);
    }
  });
});
