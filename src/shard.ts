// npm run start:sharded: runs the gateway bot under discord.js's ShardingManager, one process per
// shard. Needed from 2,500 servers (Discord's limit per shard); HTTP mode needs no sharding at all.
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { createLogger } from './log.ts';
import { restOptions } from './discord/serving.ts';
import { configOrExit, tokenOrExit } from './config.ts';

// Compiled (npm run start:sharded runs dist/shard.js) each shard runs dist/main.js on plain node; run
// from the sources with tsx (development), each shard runs src/main.ts through tsx too. Shards get the
// memory flags npm start gives the bot (package.json).
const COMPILED = import.meta.url.endsWith('.js');
const SHARD_SCRIPT = COMPILED ? './main.js' : './main.ts';
const SHARD_EXEC_ARGV = [
  '--max-semi-space-size=1',
  '--heap-growing-percent=20',
  ...(COMPILED ? [] : ['--import', 'tsx']),
];

async function main(): Promise<void> {
  const config = configOrExit();
  const token = tokenOrExit(config, 'start:sharded (the gateway bot)');
  const log = createLogger(config.LOG_LEVEL);
  // discord.js's own 'auto' asks discord.com directly; ask through DISCORD_API_URL instead.
  const rest = new REST(restOptions(config)).setToken(token);
  const totalShards = config.SHARD_COUNT ?? ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
  const manager = new ShardingManager(fileURLToPath(new URL(SHARD_SCRIPT, import.meta.url)), {
    token,
    totalShards,
    execArgv: SHARD_EXEC_ARGV,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, totalShards }, 'shard launched'));
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await manager.spawn({ amount: totalShards, delay: 0, timeout: 30_000 });
}

main().catch((err: unknown) => {
  console.error(`start:sharded failed: ${(err as Error).message}`);
  process.exit(1);
});
