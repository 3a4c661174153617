// Insight on or off, from the configuration: undefined when INSIGHT=off, so nothing is kept at all.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { insightSecret, openStore } from './open.ts';
import { Insight } from './recorder.ts';

export { Insight } from './recorder.ts';

export function startInsight(config: Config, log: Logger): Insight | undefined {
  if (!config.INSIGHT) return undefined;
  let secret: string;
  try {
    secret = insightSecret(config);
  } catch (err) {
    // An unwritable data folder: hash with a key of this process's own (counts of distinct users
    // then restart with the process); the store will say what is wrong with the folder.
    log.warn({ err: { message: (err as Error).message } }, 'insight: could not keep a hashing key in DATA_DIR');
    secret = randomBytes(32).toString('hex');
  }
  if (config.DATABASE_URL && !config.INSIGHT_SECRET)
    log.warn(
      'insight: INSIGHT_SECRET is not set, so each machine hashes user ids with a key of its own and a user is counted once per machine: set the same INSIGHT_SECRET on every replica',
    );
  return new Insight({
    openStore: () => openStore(config, log),
    secret,
    retentionDays: config.INSIGHT_RETENTION_DAYS,
    log,
  });
}
