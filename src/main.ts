// npm start: the Discord bot when DISCORD_TOKEN is set (or HTTP interactions when configured),
// otherwise the local console.
import 'dotenv/config';
import { knowledgeDir } from './knowledge/dir.ts';
import { runConsole } from './console.ts';
import { configOrExit } from './config.ts';
import { engineOrExit } from './startup.ts';

const config = configOrExit();
const dir = knowledgeDir();
const engine = await engineOrExit(dir);

if (config.INTERACTIONS_MODE === 'http') {
  const { startHttp } = await import('./discord/http.ts');
  const bot = await startHttp(config, engine, dir);
  const stop = async () => {
    await bot.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
} else if (config.DISCORD_TOKEN) {
  const { startGateway } = await import('./discord/gateway.ts');
  await startGateway(config, engine, dir);
} else {
  await runConsole(engine);
}
