// npm start: the Discord bot when DISCORD_TOKEN is set, otherwise the local console.
import 'dotenv/config';
import { loadConfig, ConfigError } from './config.ts';
import { loadKnowledgeOrThrow, KnowledgeError } from './knowledge/load.ts';
import { knowledgeDir } from './knowledge/dir.ts';
import { Engine } from './engine/answer.ts';
import { runConsole } from './console.ts';

async function main(): Promise<void> {
  let engine: Engine;
  let config;
  const dir = knowledgeDir();
  try {
    config = loadConfig();
    engine = new Engine(loadKnowledgeOrThrow(dir));
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  if (config.INTERACTIONS_MODE === 'http') {
    const { startHttp } = await import('./discord/http.ts');
    const bot = await startHttp(config, engine, dir);
    const stop = async () => {
      await bot.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    return;
  }
  if (!config.DISCORD_TOKEN) {
    await runConsole(engine);
    return;
  }
  const { startGateway } = await import('./discord/gateway.ts');
  await startGateway(config, engine, dir);
}

await main();
