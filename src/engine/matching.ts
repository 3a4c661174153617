// How much of a question an entry matches, besides its search score: coverage (the question's terms,
// weighted by rarity, that the entry uses anywhere, or in its own phrasings) and phrase similarity
// (how closely the question reads like one of the entry's phrasings). Both are checked for every
// hit of every question, so terms are numbered, each entry's vocabulary is a bit set, and what a
// question's fragments and unknown words may stand for is looked up once per question.
import { lowerBound } from './lower-bound.ts';

/** What an entry's matching needs from it. */
export interface EntryText {
  /** Its terms, from all its fields, as numbers: a known term's place in the known terms' order. */
  all: Iterable<number>;
  /** Its terms from its title, names and keywords, as numbers. */
  strong: Iterable<number>;
  /** Its own phrasings (title, names, keywords), as their terms. */
  phrasings: readonly (readonly string[])[];
}

/** What every coverage and similarity check of one question needs, worked out once. */
export interface PreparedQuery {
  /** The question's terms' numbers (-1: a term no entry uses). */
  ids: Int32Array;
  weights: Float64Array;
  /** The sum of the weights. */
  weight: number;
  /** How many terms are partial: unknown, of four letters or more (fragments, unknown words). */
  partial: number;
  /** For each partial term, the numbers of the known terms it may stand for (see relatedTerms). */
  related: (Int32Array | undefined)[];
  /** By term number: 1 where the question has the term, or a partial term that may stand for it. */
  phraseMatch: Uint8Array;
}

/** A set of term numbers, one bit each. */
class TermBits {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }
  add(id: number): void {
    this.words[id >>> 5]! |= 1 << (id & 31);
  }
  has(id: number): boolean {
    return id >= 0 && ((this.words[id >>> 5]! >>> (id & 31)) & 1) === 1;
  }
}

const RELATED_LIMIT = 10_000;

export class EntryMatcher {
  private readonly ids = new Map<string, number>();
  private readonly all: readonly TermBits[];
  private readonly strong: readonly TermBits[];
  // Every entry's phrasings as term numbers, in flat arrays read in order (a hit's phrasings are
  // checked for every question; small arrays scattered over the heap were slow to walk). Entry e's
  // phrasings are numbers firstPhrase[e] to firstPhrase[e + 1]; phrasing p's terms are
  // phraseTerms[phraseEnds[p - 1] (or 0)] to phraseTerms[phraseEnds[p]], its weight phraseTotals[p].
  private readonly firstPhrase: Int32Array;
  private readonly phraseEnds: Int32Array;
  private readonly phraseTerms: Int32Array;
  private readonly phraseTotals: Float64Array;
  /** Each numbered term's weight. */
  private readonly termWeights: Float64Array;
  /** The known terms of four letters or more, sorted, for finding those a fragment starts. */
  private readonly longTerms: readonly string[];
  private readonly related = new Map<string, Int32Array>();

  /**
   * known: the terms the index knows, numbered in its order (the others are partial when long
   * enough); termWeight: a term's weight by rarity.
   */
  constructor(
    entries: readonly EntryText[],
    private readonly known: ReadonlyMap<string, unknown>,
    private readonly termWeight: (term: string) => number,
  ) {
    const number = (t: string) => this.ids.get(t) ?? this.ids.set(t, this.ids.size).size - 1;
    for (const t of known.keys()) number(t);
    const firstPhrase = [0];
    const phraseEnds: number[] = [];
    const phraseTerms: number[] = [];
    const phraseTotals: number[] = [];
    for (const e of entries) {
      for (const p of e.phrasings) {
        const ts = new Set(p);
        if (ts.size === 0) continue;
        // Summed in the phrasing's order.
        let total = 0;
        for (const t of ts) {
          phraseTerms.push(number(t));
          total += termWeight(t);
        }
        phraseEnds.push(phraseTerms.length);
        phraseTotals.push(total);
      }
      firstPhrase.push(phraseEnds.length);
    }
    this.firstPhrase = Int32Array.from(firstPhrase);
    this.phraseEnds = Int32Array.from(phraseEnds);
    this.phraseTerms = Int32Array.from(phraseTerms);
    this.phraseTotals = Float64Array.from(phraseTotals);
    const size = this.ids.size;
    this.termWeights = new Float64Array(size);
    for (const [t, id] of this.ids) this.termWeights[id] = termWeight(t);
    const bits = (ids: Iterable<number>) => {
      const set = new TermBits(size);
      for (const id of ids) set.add(id);
      return set;
    };
    this.all = entries.map((e) => bits(e.all));
    this.strong = entries.map((e) => bits(e.strong));
    // Phrasings are indexed fields, so their terms are known ones; all numbered terms are taken all
    // the same, so a fragment finds every term it could complete.
    this.longTerms = [...this.ids.keys()].filter((t) => t.length >= 4).sort();
  }

  /** Whether an entry uses a term anywhere in its text. */
  uses(entry: number, term: string): boolean {
    return this.all[entry]?.has(this.ids.get(term) ?? -1) ?? false;
  }

  /**
   * What every check of one question needs. A fragment or unknown word ("orchestr", "updatesss")
   * counts as any known word it starts or that starts it: which words those are is looked up here,
   * once, not for every term of every phrasing of every hit.
   */
  prepare(queryTerms: readonly string[]): PreparedQuery {
    // Plain loops: typed arrays' from() with a mapping function is slow, and this runs per question.
    const n = queryTerms.length;
    const ids = new Int32Array(n);
    const weights = new Float64Array(n);
    const related: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(n).fill(undefined);
    const phraseMatch = new Uint8Array(this.ids.size);
    let weight = 0;
    let partial = 0;
    for (let i = 0; i < n; i++) {
      const q = queryTerms[i]!;
      const id = this.ids.get(q) ?? -1;
      ids[i] = id;
      weights[i] = this.termWeight(q);
      // Summed in the question's order, as before.
      weight += weights[i]!;
      if (id >= 0) phraseMatch[id] = 1;
      if (q.length < 4 || this.known.has(q)) continue;
      partial++;
      const numbers = this.relatedIds(q);
      for (let k = 0; k < numbers.length; k++) phraseMatch[numbers[k]!] = 1;
      related[i] = numbers;
    }
    return { ids, weights, weight, partial, related, phraseMatch };
  }

  /**
   * The numbers of relatedTerms(q). The same unknown words come back question after question, so
   * they are remembered, up to a bound.
   */
  private relatedIds(q: string): Int32Array {
    let ids = this.related.get(q);
    if (!ids) {
      const stands = this.relatedTerms(q);
      ids = new Int32Array(stands.length);
      for (let k = 0; k < stands.length; k++) ids[k] = this.ids.get(stands[k]!)!;
      if (this.related.size >= RELATED_LIMIT) this.related.clear();
      this.related.set(q, ids);
    }
    return ids;
  }

  /** The numbered terms of four letters or more that q starts, and those that q starts with. */
  private relatedTerms(q: string): string[] {
    const out: string[] = [];
    const sorted = this.longTerms;
    // Those it starts are a run of the sorted terms, from where q would be.
    for (let i = lowerBound(sorted, q); i < sorted.length && sorted[i]!.startsWith(q); i++) out.push(sorted[i]!);
    for (let n = 4; n < q.length; n++) {
      const start = q.slice(0, n);
      if (this.ids.has(start)) out.push(start);
    }
    return out;
  }

  /**
   * The best cosine-like similarity between the question and one of the entry's phrasings, with each
   * term weighted by its rarity. "update stuck at 0%" is close to the keyword "update stuck at 0%"
   * and far from an entry that merely mentions updates somewhere in its body.
   */
  phraseSimilarity(query: PreparedQuery, entry: number): number {
    if (query.weight === 0) return 0;
    const { phraseEnds, phraseTerms, phraseTotals, termWeights } = this;
    const match = query.phraseMatch;
    let best = 0;
    const last = this.firstPhrase[entry + 1] ?? 0;
    let p = this.firstPhrase[entry] ?? 0;
    let i = p === 0 ? 0 : phraseEnds[p - 1]!;
    for (; p < last; p++) {
      const end = phraseEnds[p]!;
      let shared = 0;
      for (; i < end; i++) {
        const id = phraseTerms[i]!;
        if (match[id]) shared += termWeights[id]!;
      }
      const sim = shared / Math.sqrt(query.weight * phraseTotals[p]!);
      if (sim > best) best = sim;
    }
    return Math.min(1, best);
  }

  /**
   * The weight of the question's terms the entry uses anywhere (all) and in its own phrasings
   * (strong). With partial, a fragment or unknown word counts as used when a word it may stand for is.
   */
  coverage(query: PreparedQuery, entry: number, partial: boolean): { all: number; strong: number } {
    const all = this.all[entry]!;
    const strong = this.strong[entry]!;
    let inAll = 0;
    let inStrong = 0;
    for (let i = 0; i < query.ids.length; i++) {
      const id = query.ids[i]!;
      const related = partial ? query.related[i] : undefined;
      // Added in the question's order, the same sums to the bit.
      if (all.has(id) || (related !== undefined && related.some((r) => all.has(r)))) inAll += query.weights[i]!;
      if (strong.has(id) || (related !== undefined && related.some((r) => strong.has(r))))
        inStrong += query.weights[i]!;
    }
    return { all: inAll, strong: inStrong };
  }
}
