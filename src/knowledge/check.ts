// Checks that need the whole folder: unique ids, codes and names; references that resolve; guide
// chains that end; commands written for the shell they are under; destructive steps behind a caution;
// code tables that agree with each other and with the entries. Checks of how an entry is shown come
// from the caller (EntryCheck), since the knowledge knows nothing of rendering.
import type { LoadedCatalogue, LoadedFile, LoadedTable, Problem } from './load.ts';
import { KnowledgeBase, namesOf, normalizeName } from './base.ts';
import type { Command, Entry, FixEntry } from './schema.ts';

/** A check the caller adds for every entry: messages about it, or none. */
export type EntryCheck = (entry: Entry, kb: KnowledgeBase) => string[];

function references(e: Entry): { path: (string | number)[]; id: string }[] {
  const refs = e.related.map((id, i) => ({ path: ['related', i], id }));
  if (e.kind === 'service' || e.kind === 'error') refs.push(...e.fixes.map((id, i) => ({ path: ['fixes', i], id })));
  if (e.kind === 'fix' && e.next) refs.push({ path: ['next'], id: e.next });
  return refs;
}

const at = (l: { file: string; lineOf: LoadedFile['lineOf'] }, path: (string | number)[], message: string): Problem => ({
  file: l.file,
  ...l.lineOf(path),
  path: path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), ''),
  message,
});

// PowerShell reads `sc` as Set-Content and does not expand %VAR%; cmd cannot run a cmdlet.
const BARE_SC = /(?:^|[\s;&|(])sc(?=\s)/im;
const PERCENT_VAR = /%[A-Za-z_][A-Za-z0-9_]*%/;
const CMDLET = /(?:^|[\s;&|(])((?:Get|Set|Start|Stop|Restart|Remove|New|Add|Clear|Repair|Test|Invoke|Update|Install|Uninstall|Enable|Disable|Rename|Copy|Move)-[A-Z][A-Za-z]+)/m;
// sc.exe options need a space after "=": `start= demand`, never `start=demand`.
const SC_OPTION = /\bsc(?:\.exe)?\s[^\n]*?\b(start|type|binpath|depend|obj|password|displayname|error|group|tag)=(?=\S)/i;

export function shellProblems(c: Command): string[] {
  const out: string[] = [];
  const opt = SC_OPTION.exec(c.run);
  if (opt) out.push(`\`${opt[1]}=\` needs a space after "=" for sc.exe: write \`${opt[1]}= value\``);
  if (c.shell === 'powershell') {
    if (BARE_SC.test(c.run))
      out.push('`sc` under shell: powershell runs Set-Content, not the service tool: write `sc.exe`');
    if (PERCENT_VAR.test(c.run))
      out.push('%VAR% is cmd syntax and PowerShell does not expand it: use $env:VAR, or put the line under shell: cmd');
  }
  if (c.shell === 'cmd') {
    const cmdlet = CMDLET.exec(c.run)?.[1];
    if (cmdlet && !/powershell(\.exe)?\s/i.test(c.run))
      out.push(`${cmdlet} is a PowerShell cmdlet: put this line under shell: powershell`);
    if (BARE_SC.test(c.run)) out.push('write `sc.exe`, not `sc`, so the same line also works when pasted into PowerShell');
  }
  return out;
}

// A step that runs in the recovery environment says so in its title or text.
const WINDOWS_RE = /\b(?:Windows RE|WinRE|Windows Recovery Environment)\b|\bfrom the recovery (?:screen|environment)\b/i;

// Steps that destroy something a person may want back.
const DESTRUCTIVE =
  /\b(?:rd|rmdir)\s+\/s|\bdel\s+\/[fsq]|Remove-Item\b[^\n]*-Recurse|\bsdset\b|\bdiskpart\b|\b(?:shrink|delete\s+partition|create\s+partition)\b|\breg(?:\.exe)?\s+delete\b|Remove-ItemProperty\b|\bformat\s+[a-z]:/i;

export function isDestructive(c: Command): boolean {
  return DESTRUCTIVE.test(c.run);
}

function fixProblems(l: LoadedFile, fix: FixEntry, byId: ReadonlyMap<string, Entry>): Problem[] {
  const problems: Problem[] = [];
  fix.steps.forEach((s, i) => {
    // In Windows RE there is no "Run as administrator": the recovery prompt already is one.
    if (s.admin && WINDOWS_RE.test(`${s.title} ${s.text ?? ''}`))
      problems.push(
        at(l, ['steps', i, 'admin'], 'runs in Windows RE, where "needs administrator" means nothing: remove admin: true'),
      );
    (s.commands ?? []).forEach((c, j) => {
      for (const m of shellProblems(c)) problems.push(at(l, ['steps', i, 'commands', j, 'run'], m));
      if (isDestructive(c) && !s.caution)
        problems.push(
          at(
            l,
            ['steps', i],
            'runs a destructive command with no `caution` on the step: say what it removes and what to back up first',
          ),
        );
    });
  });
  // Following "Still broken" must reach a guide with no next (the hand-over card) and never loop.
  if (fix.next) {
    const target = byId.get(fix.next);
    if (target && target.kind !== 'fix')
      problems.push(at(l, ['next'], `points to "${fix.next}", a ${target.kind}: next must be a fix guide`));
    const seen = [fix.id];
    let cur: Entry | undefined = target;
    while (cur?.kind === 'fix') {
      if (seen.includes(cur.id)) {
        problems.push(
          at(
            l,
            ['next'],
            `"Still broken" loops: ${[...seen, cur.id].join(' → ')}; end the chain at a guide with no next`,
          ),
        );
        break;
      }
      seen.push(cur.id);
      cur = cur.next ? byId.get(cur.next) : undefined;
    }
  }
  return problems;
}

function tableProblems(tables: readonly LoadedTable[], loaded: readonly LoadedFile[], ids: ReadonlySet<string>) {
  const problems: Problem[] = [];
  const entryNames = new Map<string, { name: string; file: string }>();
  for (const l of loaded)
    if (l.entry.kind === 'error')
      for (const c of l.entry.codes) if (c.name) entryNames.set(c.code, { name: c.name, file: l.file });
  const seen = new Map<string, { name: string; file: string }>();
  for (const t of tables) {
    const components = new Set(t.table.components.map((c) => c.id));
    t.table.components.forEach((c, i) =>
      c.fixes.forEach((id, j) => {
        if (!ids.has(id)) problems.push(at(t, ['components', i, 'fixes', j], `points to "${id}", which no entry has`));
      }),
    );
    t.table.codes.forEach((c, i) => {
      if (!components.has(c.component))
        problems.push(at(t, ['codes', i, 'component'], `"${c.component}" is not one of this table's components`));
      const other = seen.get(c.code);
      if (other && other.name !== c.name)
        problems.push(at(t, ['codes', i, 'name'], `${c.code} is ${other.name} in ${other.file}; one code, one name`));
      else if (!other) seen.set(c.code, { name: c.name, file: t.file });
      const entry = entryNames.get(c.code);
      // A Win32 row names the Win32 error (ERROR_ACCESS_DENIED); an entry may name the HRESULT (E_ACCESSDENIED).
      if (entry && entry.name !== c.name && !(c.win32 !== undefined && entry.name.startsWith('E_')))
        problems.push(at(t, ['codes', i, 'name'], `${c.code} is named ${entry.name} in ${entry.file}; one code, one name`));
      if (c.win32 !== undefined && c.code !== `0x8007${c.win32.toString(16).toUpperCase().padStart(4, '0')}`)
        problems.push(at(t, ['codes', i, 'win32'], `Win32 error ${c.win32} is not ${c.code}`));
    });
  }
  return problems;
}

export function crossCheck(
  loaded: readonly LoadedFile[],
  tables: readonly LoadedTable[] = [],
  invalidIds: ReadonlySet<string> = new Set(),
  checks: readonly EntryCheck[] = [],
  catalogues: readonly LoadedCatalogue[] = [],
  /** The meanings scope-words.yaml's meaning_patterns name, for the catalogue's unless_meant. */
  meanings: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const codes = new Map<string, string>();
  const families = new Map<string, string>();
  const names = new Map<string, { file: string; id: string }>();

  for (const l of loaded) {
    const e = l.entry;
    const other = ids.get(e.id);
    if (other) problems.push(at(l, ['id'], `"${e.id}" is also the id of ${other}`));
    else ids.set(e.id, l.file);

    if (e.kind === 'error') {
      e.codes.forEach((c, i) => {
        const owner = codes.get(c.code);
        if (owner) problems.push(at(l, ['codes', i, 'code'], `${c.code} is already explained by ${owner}`));
        else codes.set(c.code, l.file);
      });
      if (e.family) {
        const owner = families.get(e.family);
        if (owner) problems.push(at(l, ['family'], `${e.family} is already the family of ${owner}`));
        else families.set(e.family, l.file);
      }
    }

    // Where a name is written, for the message: an alias, a generic alias, or the service's own names.
    const fieldOf = (n: string): (string | number)[] => {
      const i = e.aliases.indexOf(n);
      if (i >= 0) return ['aliases', i];
      const g = e.generic_aliases.indexOf(n);
      return g >= 0 ? ['generic_aliases', g] : ['aliases'];
    };
    const aliasKeys = new Set(e.aliases.map(normalizeName));
    e.generic_aliases.forEach((n, i) => {
      if (aliasKeys.has(normalizeName(n)))
        problems.push(at(l, ['generic_aliases', i], `"${n}" is also in aliases; list a name once, in one of them`));
    });
    const seen = new Set<string>();
    for (const n of namesOf(e)) {
      const key = normalizeName(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const owner = names.get(key);
      if (owner && owner.id !== e.id) {
        problems.push(at(l, fieldOf(n), `"${n}" is also claimed by ${owner.file}; a name must belong to one entry`));
      } else names.set(key, { file: l.file, id: e.id });
    }
  }

  const byId = new Map(loaded.map((l) => [l.entry.id, l.entry]));
  const kb = new KnowledgeBase(
    loaded.map((l) => l.entry),
    tables.map((t) => t.table),
  );
  for (const l of loaded) {
    for (const ref of references(l.entry)) {
      if (!ids.has(ref.id) && !invalidIds.has(ref.id))
        problems.push(at(l, ref.path, `points to "${ref.id}", which no entry has`));
      else if (ref.id === l.entry.id) problems.push(at(l, ref.path, 'points to the entry itself'));
    }
    if (l.entry.kind === 'fix') problems.push(...fixProblems(l, l.entry, byId));
    for (const check of checks) for (const msg of check(l.entry, kb)) problems.push({ file: l.file, message: msg });
  }
  problems.push(...tableProblems(tables, loaded, new Set([...ids.keys(), ...invalidIds])));
  for (const c of catalogues)
    c.catalogue.products.forEach((p, i) => {
      (p.see ?? []).forEach((id, j) => {
        if (!ids.has(id) && !invalidIds.has(id))
          problems.push(at(c, ['products', i, 'see', j], `points to "${id}", which no entry has`));
      });
      (p.unless_sets ?? []).forEach((name, j) => {
        if (!Object.hasOwn(c.catalogue.phrase_sets ?? {}, name))
          problems.push(at(c, ['products', i, 'unless_sets', j], `names "${name}", which phrase_sets does not hold`));
      });
      (p.unless_meant ?? []).forEach((meaning, j) => {
        if (!meanings.has(meaning))
          problems.push(
            at(c, ['products', i, 'unless_meant', j], `names "${meaning}", which no meaning pattern of scope-words.yaml means`),
          );
      });
    });
  return problems;
}

/** Entries whose valid_until has passed: kb:check fails on them; the bot answers with a warning. */
export function expired(loaded: readonly LoadedFile[], today: string): Problem[] {
  return loaded.flatMap((l) =>
    l.entry.valid_until && l.entry.valid_until < today
      ? [
          at(
            l,
            ['valid_until'],
            `expired on ${l.entry.valid_until}: check the entry against its sources, update it, then set valid_until and reviewed again`,
          ),
        ]
      : [],
  );
}

/** Entries not reviewed since the given date, oldest first. */
export function stale(loaded: readonly LoadedFile[], since: string): LoadedFile[] {
  return loaded
    .filter((l) => l.entry.reviewed < since)
    .sort((a, b) => a.entry.reviewed.localeCompare(b.entry.reviewed) || a.file.localeCompare(b.file));
}
