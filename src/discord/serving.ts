// What both ways of serving Discord share: the live knowledge (SIGHUP and watch reloads), the
// handler context, and tracking of interactions in flight so a shutdown can let them finish.
import type { Interaction, RESTOptions } from 'discord.js';
import { obsoleteSettings, type Config } from '../config.ts';
import type { Engine } from '../engine/answer.ts';
import type { Logger } from '../log.ts';
import { LiveKnowledge } from './live-knowledge.ts';
import { RateLimit } from './rate-limit.ts';
import type { BotContext } from './context.ts';
import { handleInteraction } from './interactions.ts';
import { startInsight } from '../insight/index.ts';

/** REST options from the configuration: DISCORD_API_URL points discord.js at a proxy or a fake. */
export function restOptions(config: Config): Partial<RESTOptions> {
  return config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {};
}

/** At shutdown, how long insight may take to write its queue (the process is expected to exit within 5 s). */
const INSIGHT_FLUSH_MS = 1500;

export class Serving {
  readonly knowledge: LiveKnowledge;
  readonly ctx: BotContext;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    config: Config,
    engine: Engine,
    knowledgeDir: string,
    readonly log: Logger,
  ) {
    this.knowledge = new LiveKnowledge(knowledgeDir, engine, log);
    process.on('SIGHUP', () => void this.knowledge.reload('SIGHUP'));
    if (config.KNOWLEDGE_WATCH) this.knowledge.watch();
    // A malformed payload makes discord.js reject inside its dispatch listener; log it and keep serving.
    process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
    for (const warning of obsoleteSettings()) log.warn(warning);
    // Each process (gateway shard or HTTP replica) keeps its own buckets: see the README.
    const rateLimit = new RateLimit(config.RATE_LIMIT_BURST, config.RATE_LIMIT_PER_MINUTE);
    this.ctx = { engine: () => this.knowledge.engine, config, log, rateLimit, insight: startInsight(config, log) };
  }

  /** Handles one interaction, unless shutting down. */
  handle(interaction: Interaction): void {
    if (this.stopping) return;
    const p = handleInteraction(this.ctx, interaction).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  /** Stops taking interactions, waits (at most maxMs) for those in flight, then writes what insight has queued. */
  async drain(maxMs = 4000): Promise<number> {
    this.stopping = true;
    const deadline = Date.now() + maxMs;
    const pending = this.inFlight.size;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((r) => setTimeout(r, maxMs))]);
    this.knowledge.close();
    // Within the same budget, so the process still exits in time after a slow reply.
    await this.ctx.insight?.close(Math.min(INSIGHT_FLUSH_MS, Math.max(250, deadline - Date.now())));
    return pending;
  }
}
