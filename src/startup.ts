// Start-up checks shared by every entry point: bad configuration or knowledge stops the process
// with a message that says what to fix, never a stack trace.
import { loadConfig, ConfigError, type Config } from './config.ts';
import { Engine } from './engine/answer.ts';
import type { KnowledgeBase } from './knowledge/base.ts';
import type { EntryCheck } from './knowledge/check.ts';
import { COMPILED, readSnapshot, type SnapshotPlace } from './knowledge/snapshot.ts';
import { discordFitProblems } from './render/fit.ts';

/** What the app adds to the knowledge's own checks: every entry must fit one Discord message. */
export const KNOWLEDGE_CHECKS: readonly EntryCheck[] = [discordFitProblems];

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

export function tokenOrExit(config: Config, what: string): string {
  if (config.DISCORD_TOKEN) return config.DISCORD_TOKEN;
  console.error(
    `DISCORD_TOKEN is not set: ${what} needs the bot token. Put it in .env (see .env.example) or the environment.`,
  );
  process.exit(1);
}

/**
 * The validated knowledge: from the build's snapshot when it was made from exactly these files (see
 * knowledge/snapshot.ts), otherwise parsed and checked in full, where a broken folder stops the
 * process with the messages kb:check prints.
 */
export async function knowledgeOrExit(dir: string, snapshot: SnapshotPlace = COMPILED): Promise<KnowledgeBase> {
  const kb = readSnapshot(dir, snapshot);
  if (kb) return kb;
  // Imported only here: a start from the snapshot never loads the YAML parser.
  const { KnowledgeError, loadKnowledgeOrThrow } = await import('./knowledge/load.ts');
  try {
    return loadKnowledgeOrThrow(dir, KNOWLEDGE_CHECKS);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

export async function engineOrExit(dir: string): Promise<Engine> {
  return new Engine(await knowledgeOrExit(dir));
}
