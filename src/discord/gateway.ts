// The gateway bot: connects with the Guilds intent only, serves interactions, and shuts down
// cleanly on SIGTERM/SIGINT (replies in flight finish first).
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/answer.ts';
import { createLogger } from '../log.ts';
import { Serving } from './serving.ts';
import { clientOptions } from './client-options.ts';

export async function startGateway(config: Config, engine: Engine, knowledgeDir: string): Promise<Client> {
  const log = createLogger(config.LOG_LEVEL);
  const serving = new Serving(config, engine, knowledgeDir, log);
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...clientOptions(config) });
  client.on(Events.InteractionCreate, (interaction) => serving.handle(interaction));
  client.once(Events.ClientReady, (c) =>
    log.info(
      { user: c.user.tag, application: c.application.id, entries: serving.knowledge.engine.kb.entries.length },
      'ready',
    ),
  );
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  // The bot left a server (removed, or the server deleted): forget everything kept about it. Read
  // from the raw dispatch, as the guild may not be cached; "unavailable" is an outage, not a leave.
  client.ws.on(GatewayDispatchEvents.GuildDelete, (data: { id?: string; unavailable?: boolean }) => {
    const insight = serving.ctx.insight;
    if (!insight || data.unavailable || !data.id) return;
    const guild = data.id;
    // With the store down, the deletion waits in the queue (logged by forgetGuild).
    void insight.forgetGuild(guild).then((deleted) => {
      if (deleted) log.info({ guild, deleted }, 'insight: left a server, its data deleted');
    });
  });
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const pending = await serving.drain();
    await client.destroy();
    log.info({ finished: pending }, 'replies in flight finished');
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    log.fatal(
      { err: { message: (err as Error).message } },
      'could not log in to Discord: check DISCORD_TOKEN in .env or the environment',
    );
    process.exit(1);
  }
  return client;
}
