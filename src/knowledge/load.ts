// Reads knowledge/**/*.yaml (entries) and knowledge/tables/*.yaml (code tables), validates every file
// against the schema and the folder as a whole, and returns either a ready KnowledgeBase or every
// problem found (never just the first), each with its file, line and column.
import { readFileSync } from 'node:fs';
import { join, relative, basename, sep } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import {
  codeTable,
  entry as entrySchema,
  productCatalogue,
  scopeWords as scopeWordsSchema,
  synonymList,
  type CodeTable,
  type Entry,
  type OtherProduct,
  type ProductCatalogue,
  type ScopeWords,
} from './schema.ts';
import { crossCheck, type EntryCheck } from './check.ts';
import { KnowledgeBase } from './base.ts';
import { describeIssue } from './messages.ts';
import { yamlFiles } from './files.ts';

export interface Problem {
  file: string;
  line?: number;
  col?: number;
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`knowledge has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

export interface LoadedFile {
  file: string; // as shown to people: as given, relative to the working directory
  entry: Entry;
  /** The line of a field path in the file ("steps[2].commands[0]"), for messages about it. */
  lineOf: (path: readonly PropertyKey[]) => { line: number; col: number } | undefined;
}

export interface LoadedTable {
  file: string;
  table: CodeTable;
  lineOf: LoadedFile['lineOf'];
}

export type LoadResult =
  | { ok: true; kb: KnowledgeBase; files: LoadedFile[] }
  | { ok: false; problems: Problem[]; files: LoadedFile[] };

/** Code tables and the scope catalogue live in these subfolders, apart from the entries. */
export const TABLES_DIR = 'tables';
export const SCOPE_DIR = 'scope';
export const VOCABULARY_DIR = 'vocabulary';
/** In the vocabulary folder, the scope's words; every other file there holds synonyms. */
export const SCOPE_WORDS_FILE = 'scope-words.yaml';

export interface LoadedCatalogue {
  file: string;
  catalogue: ProductCatalogue;
  lineOf: LoadedFile['lineOf'];
}

export function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

/** Where a path is in the document: the deepest node along it that exists, or its key. */
function locator(doc: Document, lc: LineCounter): LoadedFile['lineOf'] {
  return (path) => {
    let node: unknown = doc.contents;
    let at: number | undefined = (doc.contents)?.range?.[0];
    for (const [i, part] of path.entries()) {
      if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
      const coll = node as { items: unknown[] };
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === part);
        if (!pair) break;
        at = (pair.key as Node | null)?.range?.[0] ?? at;
        // The last part of a path is a key: point at the key itself.
        if (i === path.length - 1) break;
        next = pair.value;
      } else if (typeof part === 'number') {
        next = coll.items[part];
      }
      if (!next) break;
      at = (next as Node).range?.[0] ?? at;
      node = next;
    }
    if (at === undefined) return undefined;
    const { line, col } = lc.linePos(at);
    return { line, col };
  };
}

interface Parsed<T> {
  value?: T;
  id?: string;
  lineOf?: LoadedFile['lineOf'];
  problems: Problem[];
}

/** Parses and validates one file against a schema; returns its value or its problems. */
function parseFile<T extends { id: string }>(full: string, shownAs: string, schema: z.ZodType<T>): Parsed<T> {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(full, 'utf8'), { prettyErrors: true, lineCounter: lc });
  const fileId = basename(full).replace(/\.ya?ml$/i, '');
  if (doc.errors.length > 0) {
    // One message per cause: the first syntax error (the rest usually follow from it), and the file's
    // name stands in for its id so references to it are not reported as well.
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    return {
      id: fileId,
      problems: [
        {
          file: shownAs,
          line: pos?.line,
          col: pos?.col,
          message: `YAML syntax: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '').replace(/:$/, '')}`,
        },
      ],
    };
  }
  const raw: unknown = doc.toJS();
  const lineOf = locator(doc, lc);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { id: fileId, problems: [{ file: shownAs, line: 1, col: 1, message: 'the file must hold one mapping' }] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      // The id of an invalid entry still counts, so references to it do not pile up as more problems.
      id: fileId,
      problems: parsed.error.issues.map((issue) => {
        const d = describeIssue(issue, raw);
        return { file: shownAs, ...lineOf(d.path), path: zodPath(d.path), message: d.message };
      }),
    };
  }
  if (parsed.data.id !== fileId) {
    return {
      id: fileId,
      problems: [
        {
          file: shownAs,
          ...lineOf(['id']),
          path: 'id',
          message: `is "${parsed.data.id}" but the file is named ${fileId}.yaml; they must match`,
        },
      ],
    };
  }
  return { value: parsed.data, lineOf, problems: [] };
}

/** Parses and validates one entry file. */
export function parseEntryFile(full: string, shownAs: string): Parsed<Entry> {
  return parseFile(full, shownAs, entrySchema);
}

/**
 * Loads a knowledge folder. `checks` are per-entry checks the caller adds (the renderer's "fits one
 * Discord message", for one): the knowledge itself knows nothing of how it is shown.
 */
export function loadKnowledge(dir: string, checks: readonly EntryCheck[] = []): LoadResult {
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = yamlFiles(dir);
  } catch (err) {
    return {
      ok: false,
      files: [],
      problems: [{ file: dir, message: `cannot read the knowledge folder (${(err as Error).message})` }],
    };
  }
  if (files.length === 0)
    return { ok: false, files: [], problems: [{ file: dir, message: 'holds no .yaml knowledge files' }] };
  const loaded: LoadedFile[] = [];
  const tables: LoadedTable[] = [];
  const invalidIds = new Set<string>();
  const tablesDir = join(dir, TABLES_DIR) + sep;
  const scopeDir = join(dir, SCOPE_DIR) + sep;
  const catalogues: LoadedCatalogue[] = [];
  const vocabularyDir = join(dir, VOCABULARY_DIR) + sep;
  const synonyms: string[][] = [];
  let scopeWords: ScopeWords | undefined;
  for (const full of files) {
    // Paths as the user gave the folder: "knowledge/x.yaml", or "/abs/dir/x.yaml" for an absolute one.
    const shownAs = (dir.startsWith('/') ? full : relative(process.cwd(), full)).split(sep).join('/') || full;
    if (full.startsWith(vocabularyDir) && basename(full) === SCOPE_WORDS_FILE) {
      const result = parseFile(full, shownAs, scopeWordsSchema);
      problems.push(...result.problems);
      scopeWords = result.value;
      continue;
    }
    if (full.startsWith(vocabularyDir)) {
      const result = parseFile(full, shownAs, synonymList);
      problems.push(...result.problems);
      if (result.value) synonyms.push(...result.value.groups);
      continue;
    }
    if (full.startsWith(scopeDir)) {
      const result = parseFile(full, shownAs, productCatalogue);
      problems.push(...result.problems);
      if (result.value && result.lineOf)
        catalogues.push({ file: shownAs, catalogue: result.value, lineOf: result.lineOf });
      continue;
    }
    if (full.startsWith(tablesDir)) {
      const result = parseFile(full, shownAs, codeTable);
      problems.push(...result.problems);
      if (result.value && result.lineOf) tables.push({ file: shownAs, table: result.value, lineOf: result.lineOf });
      continue;
    }
    const result = parseEntryFile(full, shownAs);
    problems.push(...result.problems);
    if (result.value && result.lineOf) loaded.push({ file: shownAs, entry: result.value, lineOf: result.lineOf });
    else if (result.id) invalidIds.add(result.id);
  }
  const meanings = new Set((scopeWords?.meaning_patterns ?? []).map((m) => m.meaning));
  problems.push(...crossCheck(loaded, tables, invalidIds, checks, catalogues, meanings));
  if (problems.length > 0) return { ok: false, problems, files: loaded };
  return {
    ok: true,
    files: loaded,
    kb: new KnowledgeBase(
      loaded.map((l) => l.entry),
      tables.map((t) => t.table),
      catalogues.flatMap((c) => withPhraseSets(c.catalogue)),
      synonyms,
      scopeWords,
    ),
  };
}

/** A catalogue's products with their named phrase sets written out into `unless`. */
function withPhraseSets(catalogue: ProductCatalogue): OtherProduct[] {
  // A Map, so a set named like an Object property ("constructor") is never found by accident.
  const sets = new Map(Object.entries(catalogue.phrase_sets ?? {}));
  return catalogue.products.map((p) =>
    p.unless_sets ? { ...p, unless: [...(p.unless ?? []), ...p.unless_sets.flatMap((name) => sets.get(name) ?? [])] } : p,
  );
}

/** For the ways in: a broken folder stops start-up with the same messages kb:check prints. */
export function loadKnowledgeOrThrow(dir: string, checks: readonly EntryCheck[] = []): KnowledgeBase {
  const result = loadKnowledge(dir, checks);
  if (!result.ok) throw new KnowledgeError(result.problems);
  return result.kb;
}
