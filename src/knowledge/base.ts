// The validated knowledge, with the lookups the engine needs. Immutable: a reload builds a new one.
import { nameWords } from './scripts.ts';
import type {
  CodeInfo,
  CodeTable,
  Entry,
  ErrorEntry,
  Kind,
  OtherProduct,
  ScopeWords,
  TableCode,
  TableComponent,
} from './schema.ts';

/** How aliases and names are compared: case, punctuation and spacing do not matter. */
export function normalizeName(s: string): string {
  return nameWords(s).join(' ');
}

/** The names an entry can be called by exactly: its aliases, and a service's own names. */
export function namesOf(e: Entry): string[] {
  const names = [...e.aliases, ...e.generic_aliases];
  if (e.kind === 'service') names.push(e.service_name, e.display_name, ...e.processes);
  if (e.kind === 'error') for (const c of e.codes) if (c.name) names.push(c.name);
  return names;
}

export interface CodeHit {
  entry: ErrorEntry;
  info: CodeInfo;
}

/** A code as one of Microsoft's code tables lists it. */
export interface TableHit {
  info: TableCode;
  component: TableComponent;
  table: CodeTable;
}

export class KnowledgeBase {
  readonly byId: ReadonlyMap<string, Entry>;
  readonly byCode: ReadonlyMap<string, CodeHit>;
  /** Family entries, longest prefix first. */
  readonly families: readonly { prefix: string; entry: ErrorEntry }[];
  /** Normalised name -> entry id. */
  readonly byName: ReadonlyMap<string, string>;
  /** The normalised names that describe any product's update too (generic_aliases). */
  readonly genericNames: ReadonlySet<string>;
  /** Every code in the code tables, with its component and table. */
  readonly tableCodes: ReadonlyMap<string, TableHit>;
  /** Upper-case symbolic name (WU_E_UH_INSTALLERFAILURE) -> code, from the tables. */
  readonly tableNames: ReadonlyMap<string, string>;
  /** Code -> the entries whose shown text names it, other than an entry of its own (see mentionsIn). */
  readonly codeMentions: ReadonlyMap<string, readonly Entry[]>;

  constructor(
    readonly entries: readonly Entry[],
    readonly tables: readonly CodeTable[] = [],
    /** What is not Windows Update, and where to look instead (knowledge/scope/). */
    readonly products: readonly OtherProduct[] = [],
    /** Groups of ways to say one thing; the first is the knowledge's own (knowledge/vocabulary/). */
    readonly synonyms: readonly (readonly string[])[] = [],
    /** The words that tell whether a question is about Windows Update (knowledge/vocabulary/scope-words.yaml). */
    readonly scopeWords?: ScopeWords,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    const byCode = new Map<string, CodeHit>();
    const families: { prefix: string; entry: ErrorEntry }[] = [];
    const byName = new Map<string, string>();
    const genericNames = new Set<string>();
    for (const e of entries) {
      for (const n of e.generic_aliases) genericNames.add(normalizeName(n));
      if (e.kind === 'error') {
        for (const info of e.codes) byCode.set(info.code, { entry: e, info });
        if (e.family) families.push({ prefix: e.family, entry: e });
      }
      for (const n of namesOf(e)) {
        const key = normalizeName(n);
        if (key && !byName.has(key)) byName.set(key, e.id);
      }
    }
    // A name of two or three words is also written as one in registry paths, policies and logs
    // ("...\\DeliveryOptimization\\Settings", "WindowsUpdate\\AU"): that spelling names the same entry.
    for (const [key, id] of [...byName]) {
      const words = key.split(' ');
      if (words.length < 2 || words.length > 3 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
      const joined = words.join('');
      if (byName.has(joined)) continue;
      byName.set(joined, id);
      if (genericNames.has(key)) genericNames.add(joined);
    }
    families.sort((a, b) => b.prefix.length - a.prefix.length);
    this.genericNames = genericNames;
    const tableCodes = new Map<string, TableHit>();
    const tableNames = new Map<string, string>();
    for (const table of tables) {
      const components = new Map(table.components.map((c) => [c.id, c]));
      for (const info of table.codes) {
        const component = components.get(info.component);
        if (!component || tableCodes.has(info.code)) continue;
        tableCodes.set(info.code, { info, component, table });
        if (!tableNames.has(info.name.toUpperCase())) tableNames.set(info.name.toUpperCase(), info.code);
      }
    }
    this.tableCodes = tableCodes;
    this.tableNames = tableNames;
    const codeMentions = new Map<string, Entry[]>();
    for (const e of entries)
      for (const code of mentionsIn(e))
        if (byCode.get(code)?.entry !== e) codeMentions.set(code, [...(codeMentions.get(code) ?? []), e]);
    this.codeMentions = codeMentions;
    this.byCode = byCode;
    this.families = families;
    this.byName = byName;
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** Whether the knowledge says anything of this code: an entry, or a table. */
  knowsCode(code: string): boolean {
    return this.byCode.has(code) || this.tableCodes.has(code);
  }

  family(code: string): ErrorEntry | undefined {
    return this.families.find((f) => code.startsWith(f.prefix))?.entry;
  }

  ofKind<K extends Kind>(kind: K): Extract<Entry, { kind: K }>[] {
    return this.entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind);
  }

  countsByKind(): Record<Kind, number> {
    const counts: Record<Kind, number> = { service: 0, fix: 0, error: 0, concept: 0 };
    for (const e of this.entries) counts[e.kind] += 1;
    return counts;
  }
}

// What an entry shows a reader, not what it is found by (keywords, names) or cites (sources).
const UNSHOWN = new Set(['id', 'aliases', 'generic_aliases', 'keywords', 'sources', 'related', 'codes', 'family']);

/** The codes (0x + 8 hex digits, upper case) an entry's shown text names: a guide's list of the codes it fixes. */
function mentionsIn(entry: Entry): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(/\b0x([0-9A-F]{8})\b/gi)) found.add(`0x${m[1]!.toUpperCase()}`);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!UNSHOWN.has(k)) walk(x);
  };
  walk(entry);
  return found;
}
