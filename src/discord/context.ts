// What every handler gets: the current knowledge snapshot, configuration, log and cooldown.
import type { Engine } from '../engine/answer.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Cooldown } from './cooldown.ts';

export interface BotContext {
  /** The engine over the current knowledge; a reload swaps it whole. */
  engine(): Engine;
  config: Config;
  log: Logger;
  cooldown: Cooldown;
}
