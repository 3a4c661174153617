// npm run deploy-commands: registers the registry's commands, to DISCORD_GUILD_ID (instant) or globally.
import 'dotenv/config';
import { REST, Routes, type APIApplication } from 'discord.js';
import { loadConfig, ConfigError } from '../config.ts';
import { commandDefinitions } from '../discord/registry.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as ConfigError).message);
    process.exit(1);
  }
  if (!config.DISCORD_TOKEN) {
    console.error('DISCORD_TOKEN is not set: put your bot token in .env (see .env.example) or the environment.');
    process.exit(1);
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const appId = config.DISCORD_CLIENT_ID ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = commandDefinitions();
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(appId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(appId);
  const saved = (await rest.put(route, { body })) as unknown[];
  console.log(`Registered ${saved.length} command(s) ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`);
}

main().catch((err: unknown) => {
  console.error(`deploy-commands failed: ${(err as Error).message}`);
  process.exit(1);
});
