// npm run start:sharded: runs the gateway bot under discord.js's ShardingManager, one process per
// shard. Needed from 2,500 servers (Discord's limit per shard); HTTP mode needs no sharding at all.
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { loadConfig, ConfigError } from './config.ts';
import { createLogger } from './log.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as ConfigError).message);
    process.exit(1);
  }
  if (!config.DISCORD_TOKEN) {
    console.error('DISCORD_TOKEN is not set: sharding is for the gateway bot. Put the token in .env (see .env.example).');
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  // discord.js's own 'auto' asks discord.com directly; ask through DISCORD_API_URL instead.
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const totalShards = config.SHARD_COUNT ?? ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, totalShards }, 'shard launched'));
  const stop = async () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await manager.spawn({ amount: totalShards, delay: 0, timeout: 30_000 });
}

main().catch((err: unknown) => {
  console.error(`start:sharded failed: ${(err as Error).message}`);
  process.exit(1);
});
