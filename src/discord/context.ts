// What every handler gets: the current knowledge snapshot, configuration, log and the per-user
// rate limit on questions.
import type { Engine } from '../engine/answer.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { RateLimit } from './rate-limit.ts';
import type { Insight } from '../insight/index.ts';

export interface BotContext {
  /** The engine over the current knowledge; a reload swaps it whole. */
  engine(): Engine;
  config: Config;
  log: Logger;
  /** Shared by /wu ask and the message menu; one per process. */
  rateLimit: RateLimit;
  /** What people ask and how the answers did (src/insight/); undefined when INSIGHT=off. */
  insight?: Insight;
}
