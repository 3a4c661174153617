// npm run deploy-commands: registers the registry's commands, to DISCORD_GUILD_ID (instant) or globally.
import 'dotenv/config';
import { REST, Routes, type APIApplication } from 'discord.js';
import { commandDefinitions } from '../discord/registry.ts';
import { restOptions } from '../discord/serving.ts';
import { configOrExit, tokenOrExit } from '../config.ts';

async function main(): Promise<void> {
  const config = configOrExit();
  const rest = new REST(restOptions(config)).setToken(tokenOrExit(config, 'deploy-commands'));
  const appId = config.DISCORD_CLIENT_ID ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = commandDefinitions();
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(appId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(appId);
  const saved = (await rest.put(route, { body })) as unknown[];
  console.log(
    `Registered ${saved.length} command(s) ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`,
  );
}

main().catch((err: unknown) => {
  console.error(`deploy-commands failed: ${(err as Error).message}`);
  process.exit(1);
});
