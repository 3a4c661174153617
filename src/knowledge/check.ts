// Checks that need the whole folder: unique ids, codes and names; references that resolve;
// every entry fitting Discord's message limits once rendered.
import type { LoadedFile, Problem } from './load.ts';
import { KnowledgeBase, namesOf, normalizeName } from './base.ts';
import { discordFitProblems } from '../render/fit.ts';

function references(l: LoadedFile): { path: string; id: string }[] {
  const e = l.entry;
  const refs = e.related.map((id, i) => ({ path: `related[${i}]`, id }));
  if (e.kind === 'service' || e.kind === 'error') refs.push(...e.fixes.map((id, i) => ({ path: `fixes[${i}]`, id })));
  if (e.kind === 'fix' && e.next) refs.push({ path: 'next', id: e.next });
  return refs;
}

export function crossCheck(loaded: readonly LoadedFile[], invalidIds: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const codes = new Map<string, string>();
  const families = new Map<string, string>();
  const names = new Map<string, { file: string; id: string }>();

  for (const l of loaded) {
    const e = l.entry;
    const other = ids.get(e.id);
    if (other) problems.push({ file: l.file, path: 'id', message: `"${e.id}" is also the id of ${other}` });
    else ids.set(e.id, l.file);

    if (e.kind === 'error') {
      e.codes.forEach((c, i) => {
        const owner = codes.get(c.code);
        if (owner) problems.push({ file: l.file, path: `codes[${i}].code`, message: `${c.code} is already explained by ${owner}` });
        else codes.set(c.code, l.file);
      });
      if (e.family) {
        const owner = families.get(e.family);
        if (owner) problems.push({ file: l.file, path: 'family', message: `${e.family} is already the family of ${owner}` });
        else families.set(e.family, l.file);
      }
    }

    const seen = new Set<string>();
    for (const n of namesOf(e)) {
      const key = normalizeName(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const owner = names.get(key);
      if (owner && owner.id !== e.id) {
        problems.push({ file: l.file, path: 'aliases', message: `"${n}" is also claimed by ${owner.file}; a name must belong to one entry` });
      } else names.set(key, { file: l.file, id: e.id });
    }
  }

  const kb = new KnowledgeBase(loaded.map((l) => l.entry));
  for (const l of loaded) {
    for (const ref of references(l)) {
      if (!ids.has(ref.id) && !invalidIds.has(ref.id)) problems.push({ file: l.file, path: ref.path, message: `points to "${ref.id}", which no entry has` });
      else if (ref.id === l.entry.id) problems.push({ file: l.file, path: ref.path, message: 'points to the entry itself' });
    }
    for (const msg of discordFitProblems(l.entry, kb)) problems.push({ file: l.file, message: msg });
  }
  return problems;
}
