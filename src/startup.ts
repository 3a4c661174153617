// The knowledge at start-up, shared by every entry point: broken knowledge stops the process with a
// message that says what to fix, never a stack trace. (Bad configuration: configOrExit in config.ts.
// Kept apart, so `npm run ask` and the other tools that need no configuration never load zod, which
// costs a cold start about 150 ms.)
import { Engine } from './engine/answer.ts';
import type { KnowledgeBase } from './knowledge/base.ts';
import type { EntryCheck } from './knowledge/check.ts';
import { COMPILED, readSnapshot, type SnapshotPlace } from './knowledge/snapshot.ts';
import { discordFitProblems } from './render/fit.ts';

/** What the app adds to the knowledge's own checks: every entry must fit one Discord message. */
export const KNOWLEDGE_CHECKS: readonly EntryCheck[] = [discordFitProblems];

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
