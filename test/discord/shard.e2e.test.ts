// npm run start:sharded: two shards under the ShardingManager against the fake Discord, both
// ready and each answering the servers Discord routes to it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.ts';
import { TEST_TOKEN } from '../fake-discord/bot-process.ts';

let discord: FakeDiscord;
let child: ReturnType<typeof spawn>;
let out = '';
// The shards share one insight file, as on a real machine; this run's own.
const dataDir = mkdtempSync(join(tmpdir(), 'wu-shards-'));

/** A guild id that Discord routes to the given shard of two: (id >> 22) % 2. */
const guildOnShard = (shard: number) => ((BigInt(1_000_000_000 + shard) << 22n) + 12345n).toString();

beforeAll(async () => {
  discord = await FakeDiscord.start();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/shard.ts'], {
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
    if (child.exitCode !== null || Date.now() - start > 40_000) throw new Error(`shards did not both connect: ${out}`);
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

describe('sharded gateway bot', () => {
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
});
