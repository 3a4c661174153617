// Reads knowledge/**/*.yaml, validates every file against the schema and the folder as a whole,
// and returns either a ready KnowledgeBase or every problem found (never just the first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { entry as entrySchema, type Entry } from './schema.ts';
import { crossCheck } from './check.ts';
import { KnowledgeBase } from './base.ts';

export interface Problem {
  file: string;
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`knowledge has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

export interface LoadedFile {
  file: string; // as shown to people: relative to the working directory
  entry: Entry;
}

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: Problem[] };

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

export function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: zodPath(issue.path), message: issue.message }));
}

/** Parses and validates one file; returns its entry or its problems. */
export function parseEntryFile(full: string, shownAs: string): { entry?: Entry; id?: string; problems: Problem[] } {
  const doc = parseDocument(readFileSync(full, 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: shownAs,
        message: `YAML syntax: ${e.message.split('\n')[0]?.replace(/:$/, '')}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file: shownAs, message: 'the file must hold one entry (a YAML mapping)' }] };
  }
  const parsed = entrySchema.safeParse(raw);
  // The id of an invalid entry still counts, so references to it do not pile up as more problems.
  const rawId = (raw as { id?: unknown }).id;
  if (!parsed.success) return { id: typeof rawId === 'string' ? rawId : undefined, problems: zodProblems(shownAs, parsed.error) };
  const expected = basename(full).replace(/\.ya?ml$/i, '');
  if (parsed.data.id !== expected) {
    return { problems: [{ file: shownAs, path: 'id', message: `is "${parsed.data.id}" but the file is named ${expected}.yaml; they must match` }] };
  }
  return { entry: parsed.data, problems: [] };
}

export function loadKnowledge(dir: string): LoadResult {
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = yamlFiles(dir);
  } catch (err) {
    return { ok: false, problems: [{ file: dir, message: `cannot read the knowledge folder (${(err as Error).message})` }] };
  }
  if (files.length === 0) return { ok: false, problems: [{ file: dir, message: 'holds no .yaml knowledge files' }] };
  const loaded: LoadedFile[] = [];
  const invalidIds = new Set<string>();
  for (const full of files) {
    const shownAs = relative(process.cwd(), full).split(sep).join('/') || full;
    const result = parseEntryFile(full, shownAs);
    problems.push(...result.problems);
    if (result.entry) loaded.push({ file: shownAs, entry: result.entry });
    else if (result.id) invalidIds.add(result.id);
  }
  problems.push(...crossCheck(loaded, invalidIds));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, kb: new KnowledgeBase(loaded.map((l) => l.entry)) };
}

/** For the ways in: a broken folder stops start-up with the same messages kb:check prints. */
export function loadKnowledgeOrThrow(dir: string): KnowledgeBase {
  const result = loadKnowledge(dir);
  if (!result.ok) throw new KnowledgeError(result.problems);
  return result.kb;
}

