// Schema problems in words a help-desk lead can act on: "`summary` is required", "unknown key
// `shel`: did you mean `shell`?", "`bash` is not a shell: did you mean `cmd`?".
import type { z } from 'zod';
import {
  codeInfo,
  codeTable,
  command,
  conceptEntry,
  conceptSection,
  errorEntry,
  fixEntry,
  KINDS,
  serviceEntry,
  shell,
  source,
  step,
  tableCode,
  tableComponent,
  windowsVersion,
} from './schema.ts';

// Every key the schema knows, wherever it stands: enough to suggest the one a typo meant.
const KNOWN_KEYS = [
  ...new Set(
    [
      serviceEntry,
      fixEntry,
      errorEntry,
      conceptEntry,
      step,
      command,
      source,
      codeInfo,
      conceptSection,
      codeTable,
      tableComponent,
      tableCode,
    ].flatMap((s) => Object.keys(s.shape)),
  ),
];

// Values of the fields that take one of a few words.
const ENUMS: Record<string, readonly string[]> = {
  shell: shell.options,
  kind: KINDS,
  applies_to: windowsVersion.options,
};

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest of the known words, if it is close enough to be what was meant. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const mean = (s: string | undefined) => (s ? `: did you mean \`${s}\`?` : '');

export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  const field = path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(', ')})` : '';
    return { path: [...path, key], message: `unknown key \`${key}\`${more}${mean(closest(key, KNOWN_KEYS))}` };
  }
  const value = valueAt(raw, path);
  if (value === undefined && typeof field === 'string' && issue.code !== 'custom') {
    return { path, message: `\`${field}\` is required` };
  }
  const enumField = typeof field === 'string' ? field : typeof path.at(-2) === 'string' ? String(path.at(-2)) : '';
  const options = ENUMS[enumField];
  if (options && typeof value === 'string' && !options.includes(value)) {
    return {
      path,
      message: `\`${value}\` is not one of ${options.map((o) => `\`${o}\``).join(', ')}${mean(closest(value, options))}`,
    };
  }
  return { path, message: issue.message };
}
