// The gateway bot: connects with the Guilds intent only, serves interactions, and shuts down
// cleanly on SIGTERM/SIGINT (replies in flight finish first).
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/answer.ts';
import { createLogger } from '../log.ts';
import { Cooldown } from './cooldown.ts';
import type { BotContext } from './context.ts';
import { handleInteraction } from './interactions.ts';
import { LiveKnowledge } from '../knowledge/live.ts';

export async function startGateway(config: Config, engine: Engine, knowledgeDir: string): Promise<Client> {
  const log = createLogger(config.LOG_LEVEL);
  const knowledge = new LiveKnowledge(knowledgeDir, engine, log);
  process.on('SIGHUP', () => knowledge.reload('SIGHUP'));
  if (config.KNOWLEDGE_WATCH) knowledge.watch();
  // A malformed payload makes discord.js reject inside its dispatch listener; log it and keep serving.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  const ctx: BotContext = { engine: () => knowledge.engine, config, log, cooldown: new Cooldown(config.COOLDOWN_SECONDS) };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
    // A default for anything that does not go through reply.ts: ping no one.
    allowedMentions: { parse: [] },
  });

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const p = handleInteraction(ctx, interaction).finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, application: c.application.id, entries: knowledge.engine.kb.entries.length }, 'ready'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: inFlight.size }, 'shutting down');
    await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 4000))]);
    knowledge.close();
    await client.destroy();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    log.fatal({ err: { message: (err as Error).message } }, 'could not log in to Discord: check DISCORD_TOKEN in .env or the environment');
    process.exit(1);
  }
  return client;
}
