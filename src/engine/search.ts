// Full-text search over the knowledge: one index, one function, used for free text, autocomplete
// and misses alike, so the same words always find the same entries.
import type { KnowledgeBase } from '../knowledge/base.ts';
import { namesOf, normalizeName } from '../knowledge/base.ts';
import type { Entry, Kind } from '../knowledge/schema.ts';
import { terms, toTerm, words } from './terms.ts';
import { analyze, FullTextIndex, type TermQuery } from './fulltext.ts';

export interface IndexedDoc {
  id: string;
  title: string;
  names: string;
  keywords: string;
  summary: string;
  body: string;
}

export const FIELD_BOOST = { title: 3, names: 3, keywords: 2, summary: 1.5, body: 1 } as const;
/** The indexed fields, in the order their terms are read; the first three are an entry's own phrasings. */
export const FIELDS = ['title', 'names', 'keywords', 'summary', 'body'] as const;
const STRONG_FIELDS = 3;

function bodyOf(e: Entry): string {
  switch (e.kind) {
    case 'service':
      return [e.does, e.when_stopped, ...(e.notes ?? [])].join('\n');
    case 'fix':
      return [
        e.when,
        ...e.steps.flatMap((s) => [s.title, s.text ?? '', ...(s.commands ?? []).map((c) => c.run)]),
        e.caution ?? '',
      ].join('\n');
    case 'error':
      return [e.meaning, ...e.causes, ...(e.notes ?? []), ...e.codes.map((c) => `${c.code} ${c.meaning ?? ''}`)].join(
        '\n',
      );
    case 'concept':
      return e.sections.map((s) => `${s.title}\n${s.text}`).join('\n');
  }
}

/** An entry as the index reads it, field by field. */
export function toDoc(e: Entry): IndexedDoc {
  return {
    id: e.id,
    title: e.title,
    names: namesOf(e).join(' | '),
    keywords: e.keywords.join(' | '),
    summary: e.summary,
    body: bodyOf(e),
  };
}

/** One of an entry's own phrasings, as terms with their weights worked out once. */
interface Phrase {
  /** The terms, as numbers (see phraseTermIds): a question marks the ones it matches in an array. */
  ids: Int32Array;
  weights: Float64Array;
  total: number;
}

/** What every similarity and coverage check of one question needs, worked out once. */
interface PreparedQuery {
  /** Terms the knowledge does not use, of four letters or more: fragments and unknown words. */
  partial: string[];
  /** Each partial term's known words: those it starts, and those (four letters or more) it starts with. */
  related: ReadonlyMap<string, readonly string[]>;
  /** By phrase term id: 1 where the question has the term, or a partial term related to it. */
  phraseMatch: Uint8Array;
  weight: number;
}

export interface Hit {
  entry: Entry;
  score: number;
  /** 0..1: how closely the question resembles one of the entry's own phrasings (title, names, keywords). */
  phrase: number;
  /** Share of the question's terms (weighted by rarity) this entry matched anywhere. */
  coverage: number;
  /** The same, for its title, names and keywords only. */
  strongCoverage: number;
  /** The rarity-weighted sum of the question's terms this entry matched: how much was matched at all. */
  matchedWeight: number;
}

/** How the index reads a field: words, and the parts of dotted or dashed ones as well. */
export const tokenize = (text: string) =>
  words(text).flatMap((w) => (/[._-]/.test(w) ? [w, ...w.split(/[._-]+/)] : [w]));

/** A word with each one of its letters deleted in turn. */
function deletesOf(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

const isCodeLike = (t: string) => /\d/.test(t) && t.length >= 5;
/** Enough terms for any real question; a pasted log gets its rarest words kept. */
const MAX_TERMS = 32;
/** Below this weight a term is in most entries (see termWeight). */
const COMMON_WEIGHT = 0.12;
/** How many of a question's terms go to the index search. */
const SEARCH_TERMS = 12;
/** Typos are forgiven in short questions (names, quick searches), where one word decides. */
const FUZZY_MAX_TERMS = 10;
/** What a prefix or a fuzzy match is worth against the word itself. */
export const SEARCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };

export class SearchIndex {
  private readonly text: FullTextIndex;
  /** Distinctive terms of the names people call entries by (dism, softwaredistribution, usosvc). */
  readonly anchorTerms: ReadonlySet<string>;
  /** Each entry's terms: all of them, and those of its title, names and keywords. */
  private readonly vocabulary: ReadonlyMap<string, { all: ReadonlySet<string>; strong: ReadonlySet<string> }>;
  /** Each entry's own phrasings (title, names, keywords) as term sets, for phrase similarity. */
  private readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Every term of a phrasing, numbered. */
  private readonly phraseTermIds = new Map<string, number>();
  /** The known terms of four letters or more, sorted, for finding those a fragment starts. */
  private readonly longTerms: readonly string[];
  private readonly longTermSet: ReadonlySet<string>;
  /** How many entries use each term: rare terms say more about what a question is about. */
  readonly docFrequency: ReadonlyMap<string, number>;
  /** termWeight of every known term, worked out once. */
  private readonly weights: ReadonlyMap<string, number>;
  /** Every known term with one letter deleted -> the terms it comes from: typo repair by lookup. */
  private readonly deletions: ReadonlyMap<string, readonly string[]>;

  constructor(private readonly kb: KnowledgeBase) {
    const docs = kb.entries.map(toDoc);
    // Each field is read into terms once, for the index and for the vocabulary alike.
    const analyzed = docs.map((d) => FIELDS.map((f) => analyze(d[f], tokenize, toTerm)));
    this.text = new FullTextIndex(
      analyzed,
      FIELDS.map((f) => FIELD_BOOST[f]),
    );
    const df = new Map<string, number>();
    const vocabulary = new Map<string, { all: Set<string>; strong: Set<string> }>();
    docs.forEach((d, i) => {
      const fields = analyzed[i]!;
      const all = new Set(fields.flatMap((f) => f.terms));
      for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
      vocabulary.set(d.id, { all, strong: new Set(fields.slice(0, STRONG_FIELDS).flatMap((f) => f.terms)) });
    });
    this.vocabulary = vocabulary;
    this.docFrequency = df;
    const n = docs.length;
    this.weights = new Map(
      [...df].map(([t, count]) => [t, n < 2 ? 1 : Math.max(0.05, Math.log((n + 1) / count) / Math.log(n + 1))]),
    );
    // Only one-word names (wuauserv, dism, catroot2, TiWorker.exe) and service names anchor a
    // question: multi-word aliases are made of ordinary words ("high cpu") that other topics share.
    const anchors = new Set<string>();
    for (const e of kb.entries) {
      const single = namesOf(e).filter((n) => !/\s/.test(n.trim()));
      if (e.kind === 'service') single.push(e.service_name, ...e.processes.map((p) => p.split(/\s/)[0] ?? ''));
      // Whole names only: ERROR_FILE_NOT_FOUND anchors as itself, not as "file" or "found";
      // TiWorker.exe also as "tiworker".
      const whole = single.flatMap((n) => {
        const w = n.trim().toLowerCase();
        return w.includes('.') ? [w, w.split('.')[0] ?? w] : [w];
      });
      for (const t of whole.map((w) => toTerm(w) ?? w))
        if (t.length >= 3 && !/^\d+$/.test(t) && (df.get(t) ?? 0) <= docs.length * 0.35) anchors.add(t);
    }
    this.anchorTerms = anchors;
    const deletions = new Map<string, string[]>();
    for (const t of df.keys()) {
      if (t.length < 4 || /\d/.test(t)) continue;
      for (const d of deletesOf(t)) {
        const list = deletions.get(d);
        if (list) list.push(t);
        else deletions.set(d, [t]);
      }
    }
    this.deletions = deletions;
    const phraseTerms = (p: string) => {
      const ts = [...new Set(terms(p))];
      const ids = ts.map(
        (t) => this.phraseTermIds.get(t) ?? this.phraseTermIds.set(t, this.phraseTermIds.size).size - 1,
      );
      return {
        ids: Int32Array.from(ids),
        weights: Float64Array.from(ts, (t) => this.termWeight(t)),
        total: ts.reduce((n, t) => n + this.termWeight(t), 0),
      };
    };
    this.phrases = new Map(
      kb.entries.map((e) => [
        e.id,
        [e.title, ...namesOf(e), ...e.keywords].map(phraseTerms).filter((p) => p.ids.length > 0),
      ]),
    );
    // Phrasings are indexed fields, so their terms are known ones; taken in all the same, so a
    // fragment finds every term it could complete.
    this.longTermSet = new Set([...df.keys(), ...this.phraseTermIds.keys()].filter((t) => t.length >= 4));
    this.longTerms = [...this.longTermSet].sort();
  }

  /**
   * The best cosine-like similarity between the question and one of the entry's phrasings, with each
   * term weighted by its rarity. "update stuck at 0%" is close to the keyword "update stuck at 0%"
   * and far from an entry that merely mentions updates somewhere in its body.
   */
  phraseSimilarity(queryTerms: readonly string[], id: string, query = this.prepare(queryTerms)): number {
    if (query.weight === 0) return 0;
    let best = 0;
    for (const phrase of this.phrases.get(id) ?? []) {
      let shared = 0;
      for (let i = 0; i < phrase.ids.length; i++) if (query.phraseMatch[phrase.ids[i]!]) shared += phrase.weights[i]!;
      const sim = shared / Math.sqrt(query.weight * phrase.total);
      if (sim > best) best = sim;
    }
    return Math.min(1, best);
  }

  /**
   * What every similarity check of one question needs, worked out once. A fragment or unknown word
   * ("orchestr", "updatesss") counts as any known word it starts or that starts it, so which words
   * those are is looked up once, not for every term of every phrasing.
   */
  private prepare(queryTerms: readonly string[]): PreparedQuery {
    const partial = queryTerms.filter((q) => q.length >= 4 && !this.docFrequency.has(q));
    const related = new Map(partial.map((q) => [q, this.relatedTerms(q)]));
    const phraseMatch = new Uint8Array(this.phraseTermIds.size);
    const mark = (t: string) => {
      const id = this.phraseTermIds.get(t);
      if (id !== undefined) phraseMatch[id] = 1;
    };
    queryTerms.forEach(mark);
    for (const known of related.values()) known.forEach(mark);
    return { partial, related, phraseMatch, weight: queryTerms.reduce((n, t) => n + this.termWeight(t), 0) };
  }

  /** The known terms (four letters or more) a fragment starts, and those it starts with. */
  private relatedTerms(q: string): string[] {
    const out: string[] = [];
    const sorted = this.longTerms;
    // Those it starts are a run of the sorted terms, from where q would be.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(q); i++) out.push(sorted[i]!);
    for (let n = 4; n < q.length; n++) {
      const start = q.slice(0, n);
      if (this.longTermSet.has(start)) out.push(start);
    }
    return out;
  }

  /**
   * How a question term is searched. Words the knowledge already uses match exactly; only unknown
   * words (typos, fragments typed into autocomplete) are tried as prefixes and fuzzily, which is
   * where the time goes. A long question has enough words to match without guessing at typos.
   */
  private termQuery(term: string, all: readonly string[]): TermQuery {
    const unknown = !this.docFrequency.has(term) && !isCodeLike(term);
    return {
      prefix: unknown && term.length >= 4,
      fuzzy: unknown && all.length <= FUZZY_MAX_TERMS && term.length >= 7 ? 0.15 : false,
      boost: this.termWeight(term),
    };
  }

  /**
   * MiniSearch weighs a term by how rare it is within each field, so "windows update" in a short
   * names field looks rare there although nearly every entry says it. Weigh each question term by
   * how many entries use it at all, so the words that tell entries apart decide.
   */
  termWeight(term: string): number {
    return this.weights.get(term) ?? 1;
  }

  /** How much a term can tell entries apart in a search: rare known terms first, unknown ones last. */
  private telling(term: string): number {
    return this.docFrequency.has(term) ? this.termWeight(term) : 0.01;
  }

  /** Whether a word is one of the names the knowledge uses (a service, process or alias). */
  knowsName(name: string): boolean {
    return this.kb.byName.has(normalizeName(name));
  }

  /**
   * An unknown word that is a known one with two neighbouring letters swapped ("scritps",
   * "orchestartor") is read as that word: the commonest typo, and one edit distance counts twice.
   */
  untangle(term: string): string {
    if (term.length < 4 || this.docFrequency.has(term) || /\d/.test(term)) return term;
    if (term.length >= 5) {
      for (let i = 0; i < term.length - 1; i++) {
        const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
        if (this.docFrequency.has(swapped)) return swapped;
        // The stemmer may have cut a swapped ending differently: try the swapped word stemmed again.
        const restemmed = terms(swapped)[0];
        if (restemmed && restemmed !== term && this.docFrequency.has(restemmed)) return restemmed;
      }
    }
    return this.repair(term) ?? term;
  }

  /**
   * One letter missing, extra or wrong ("stuk", "updatte", "windoes", "compter"): the known term it
   * most likely meant, the one most entries use. Bounded by the knowledge's own vocabulary.
   */
  private repair(term: string): string | undefined {
    const candidates = new Set<string>();
    // A letter missing: the typo is a known term with one letter deleted.
    for (const t of this.deletions.get(term) ?? []) candidates.add(t);
    for (const d of deletesOf(term)) {
      // A letter extra: deleting one gives a known term.
      if (this.docFrequency.has(d)) candidates.add(d);
      // A letter wrong (longer words only, where one letter cannot change the word).
      if (term.length >= 5)
        for (const t of this.deletions.get(d) ?? []) if (t.length === term.length) candidates.add(t);
    }
    let best: string | undefined;
    for (const c of candidates) if (!best || this.docFrequency.get(c)! > this.docFrequency.get(best)!) best = c;
    return best;
  }

  /** The question's distinct terms; a long paste keeps only its most telling MAX_TERMS. */
  queryTerms(question: string): string[] {
    const all = [...new Set(terms(question).map((t) => this.untangle(t)))];
    if (all.length <= MAX_TERMS) return all;
    return all
      .map((t, i) => ({ t, i, w: this.termWeight(t) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, MAX_TERMS)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.t);
  }

  search(question: string, opts: { kinds?: readonly Kind[]; limit?: number; queryTerms?: string[] } = {}): Hit[] {
    const queryTerms = opts.queryTerms ?? this.queryTerms(question);
    if (queryTerms.length === 0) return [];
    const kinds = opts.kinds;
    const filter = kinds ? (doc: number) => kinds.includes(this.kb.entries[doc]!.kind) : undefined;
    // Scoring every term of a long question in every field is where the time goes; its most
    // telling terms find the same candidates, and phrase similarity below still sees them all.
    // Words in most entries ("windows", "update") cost the most to score and tell the least:
    // they stay out of the index search (coverage and phrase similarity still count them).
    const uncommon = queryTerms.filter((t) => this.termWeight(t) >= COMMON_WEIGHT);
    let searched = uncommon.length ? uncommon : queryTerms;
    if (searched.length > SEARCH_TERMS) {
      // A word the user repeats matters to them, however common it is in the knowledge.
      const counts = new Map<string, number>();
      for (const t of terms(question)) counts.set(t, (counts.get(t) ?? 0) + 1);
      const telling = (t: string) => this.telling(t) * (1 + 0.5 * ((counts.get(t) ?? 1) - 1));
      searched = [...searched].sort((a, b) => telling(b) - telling(a)).slice(0, SEARCH_TERMS);
    }
    const results = this.text.search(searched, (t, _i, all) => this.termQuery(t, all), SEARCH_WEIGHTS, filter);
    const prepared = this.prepare(queryTerms);
    const partial = prepared.partial;
    // Fragments and unknown words count as covered by a word they start (short questions only,
    // as with fuzzy matching: a long one has enough whole words).
    const tryPartial = queryTerms.length <= FUZZY_MAX_TERMS && partial.length > 0;
    const has = (set: ReadonlySet<string> | undefined, q: string) =>
      Boolean(set?.has(q)) ||
      (tryPartial && set !== undefined && (prepared.related.get(q)?.some((t) => set.has(t)) ?? false));
    const totalWeight = queryTerms.reduce((n, q) => n + this.termWeight(q), 0) || 1;
    return results.slice(0, opts.limit ?? 12).map((r) => {
      // Coverage over all the question's terms, from each entry's own vocabulary (not only the
      // terms that went to the index search).
      // Weighted by rarity, so "windows" or "keeps" in common cannot make an unrelated question look covered.
      const entry = this.kb.entries[r.doc]!;
      const id = entry.id;
      const vocab = this.vocabulary.get(id);
      const covered = queryTerms.reduce((n, q) => n + (has(vocab?.all, q) ? this.termWeight(q) : 0), 0);
      const strong = queryTerms.reduce((n, q) => n + (has(vocab?.strong, q) ? this.termWeight(q) : 0), 0);
      return {
        entry,
        score: r.score,
        phrase: this.phraseSimilarity(queryTerms, id, prepared),
        coverage: covered / totalWeight,
        matchedWeight: covered,
        strongCoverage: strong / totalWeight,
      };
    });
  }

  /** Titles for autocomplete: the same ranking as questions, or every entry of the kinds when empty. */
  suggest(partial: string, kinds: readonly Kind[], limit = 25): Entry[] {
    const text = partial.trim();
    if (!text) return this.kb.entries.filter((e) => kinds.includes(e.kind)).slice(0, limit);
    return this.search(text, { kinds, limit }).map((h) => h.entry);
  }
}
