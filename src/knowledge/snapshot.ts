// A snapshot of validated knowledge: what a full load (YAML parsing, schema validation, the folder's
// cross-checks and the app's own checks) built from the knowledge files, as JSON. Parsing and checking
// the YAML is most of a start; a start whose knowledge files are byte for byte those the snapshot was
// made from skips them, and reads the same entries back.
//
// Never stale: the snapshot is keyed by a hash of every knowledge file's path and contents and by the
// build that made it (another build may validate or fill defaults differently). Any other key, a
// missing or unreadable file, or a snapshot of another layout is not used: the caller loads the YAML in
// full, so broken knowledge still stops start-up with its file:line:col messages. Only valid knowledge
// is ever written. No YAML or zod here: a start from the snapshot does without both.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase } from './base.ts';
import { knowledgeFingerprint } from './files.ts';
import type { CodeTable, Entry, OtherProduct, ScopeWords } from './schema.ts';

/** The snapshot's layout: bumped when it changes, so a file of an older layout is never read. */
const FORMAT = 2;

export interface SnapshotKey {
  format: number;
  /** The build that made the snapshot (its dist/.build-stamp). */
  build: string;
  /** knowledgeFingerprint of the folder it was made from. */
  knowledge: string;
}

interface Snapshot extends SnapshotKey {
  entries: readonly Entry[];
  tables: readonly CodeTable[];
  products: readonly OtherProduct[];
  synonyms: readonly (readonly string[])[];
  scopeWords?: ScopeWords;
}

/** Where a snapshot is kept, and the build stamp that keys it. */
export interface SnapshotPlace {
  file: string;
  stampFile: string;
}

/**
 * Beside the compiled code: dist/knowledge-snapshot.json, keyed by dist/.build-stamp (scripts/build.mjs).
 * Run from the sources (tsx), these resolve into src/, which has no build stamp: the sources always
 * load the YAML, as a change in them may change what is valid.
 */
export const COMPILED: SnapshotPlace = {
  file: fileURLToPath(new URL('../knowledge-snapshot.json', import.meta.url)),
  stampFile: fileURLToPath(new URL('../.build-stamp', import.meta.url)),
};

/** The key a snapshot of this folder must have to be used; undefined when there is no build or no folder. */
export function snapshotKey(dir: string, place: SnapshotPlace): SnapshotKey | undefined {
  let build: string;
  let knowledge: string;
  try {
    build = readFileSync(place.stampFile, 'utf8').trim();
    knowledge = knowledgeFingerprint(dir);
  } catch {
    // No build stamp (run from the sources), or an unreadable folder: the full load says what is wrong.
    return undefined;
  }
  return build ? { format: FORMAT, build, knowledge } : undefined;
}

const sameKey = (a: SnapshotKey, b: SnapshotKey) =>
  a.format === b.format && a.build === b.build && a.knowledge === b.knowledge;

function readFile(place: SnapshotPlace): Snapshot | undefined {
  try {
    return JSON.parse(readFileSync(place.file, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
}

/** The knowledge from the snapshot, if there is one made from exactly these files by this build. */
export function readSnapshot(dir: string, place: SnapshotPlace = COMPILED): KnowledgeBase | undefined {
  const key = snapshotKey(dir, place);
  if (!key) return undefined;
  const snapshot = readFile(place);
  if (!snapshot || !sameKey(snapshot, key)) return undefined;
  return new KnowledgeBase(snapshot.entries, snapshot.tables, snapshot.products, snapshot.synonyms, snapshot.scopeWords);
}

/** Whether the snapshot in place was made from exactly this key. */
export function snapshotIsCurrent(key: SnapshotKey, place: SnapshotPlace = COMPILED): boolean {
  const snapshot = readFile(place);
  return snapshot !== undefined && sameKey(snapshot, key);
}

/** Writes validated knowledge under its key; a reader sees the old file or the new one, never half of one. */
export function writeSnapshot(kb: KnowledgeBase, key: SnapshotKey, place: SnapshotPlace = COMPILED): void {
  const snapshot: Snapshot = {
    ...key,
    entries: kb.entries,
    tables: kb.tables,
    products: kb.products,
    synonyms: kb.synonyms,
    scopeWords: kb.scopeWords,
  };
  const tmp = `${place.file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(snapshot));
  renameSync(tmp, place.file);
}

export function removeSnapshot(place: SnapshotPlace = COMPILED): void {
  rmSync(place.file, { force: true });
}
