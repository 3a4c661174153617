// The full-text index under SearchIndex. It scores exactly as MiniSearch 7.2 scored with the
// options the engine gave it (BM25+ per field with MiniSearch's defaults, field and term boosts,
// prefix and fuzzy expansion over the same radix tree, terms combined with OR and each document's
// sum multiplied by the number of query terms it matched), down to the order of the floating-point
// additions, so no answer moves by a rounding bit. What it does not do is MiniSearch's work per
// question: every posting's BM25 is worked out once when the index is built, and a search walks
// flat arrays instead of building a map entry and a match object for every document a term touches.
import SearchableMap from 'minisearch/SearchableMap';
import type { AnalyzedField } from './analysis.ts';

/** A known term an unknown word may be (its number), and what it is worth against the word itself. */
interface Expansion {
  term: number;
  weight: number;
}

/** How one query term is searched: the same three things MiniSearch's search options decided. */
export interface TermQuery {
  prefix: boolean;
  /** An edit distance (1 or more), a share of the term's length (below 1), or false. */
  fuzzy: number | false;
  boost: number;
}

export interface Scored {
  /** The document's position in the list the index was built from. */
  doc: number;
  score: number;
}

// MiniSearch's defaults, which the engine used.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const MAX_FUZZY = 6;
const EXPANSIONS_LIMIT = 5_000;

/**
 * MiniSearch's calcBM25Score, the same expressions (the same rounding), in two parts: the inverse
 * document frequency is the same for all of a term's postings in a field.
 */
function inverseDocFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

function bm25(invDocFreq: number, termFreq: number, fieldLength: number, avgLength: number): number {
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgLength)));
}

export class FullTextIndex {
  /** Each term's number: its place in the order terms first occurred, document by document, field by field. */
  private readonly numbers = new Map<string, number>();
  /** The terms by number. */
  readonly terms: readonly string[];
  /**
   * All postings, term by term, field by field, document by document: the document and its BM25.
   * Term t's postings in field f are those from starts[t * (fields + 1) + f] to the next start.
   */
  private readonly docs: Int32Array;
  private readonly bm25: Float64Array;
  private readonly starts: Int32Array;
  private readonly fields: number;
  /** The terms again as a radix tree of their numbers, for prefix and fuzzy search; built on the first such search. */
  private tree?: SearchableMap<number>;
  private readonly boosts: readonly number[];
  private readonly weights: { prefix: number; fuzzy: number };
  /** Unknown words' expansions, by how they were searched and the word (see expansions). */
  private readonly expanded = new Map<string, readonly Expansion[]>();
  readonly size: number;
  // Scratch space for one search, kept between searches (a search runs to its end, never nested).
  private readonly total: Float64Array;
  private readonly matched: Int32Array;
  private readonly termScore: Float64Array;
  private readonly stamp: Int32Array;
  private generation = 0;

  /**
   * docs: each document's fields, analyzed, in the order of the boosts; weights: what a prefix and a
   * fuzzy match are worth against the word itself.
   */
  constructor(
    docs: readonly (readonly AnalyzedField[])[],
    options: { boosts: readonly number[]; weights: { prefix: number; fuzzy: number } },
  ) {
    const fields = options.boosts.length;
    this.fields = fields;
    this.boosts = options.boosts;
    this.weights = options.weights;
    this.size = docs.length;
    // First each term's documents and term frequencies, field by field, in lists; then all of it
    // in three flat arrays, which take a fraction of the memory and are read in order.
    type List = { docs: number[]; freqs: number[] };
    const lists: (List | undefined)[][] = [];
    const terms: string[] = [];
    // As MiniSearch: the average length of a field is kept up to date document by document (the
    // same rounding).
    const avgLengths: number[] = [];
    let count = 0;
    docs.forEach((analyzed, doc) => {
      for (let f = 0; f < fields; f++) {
        const length = analyzed[f]?.length ?? 0;
        avgLengths[f] = ((avgLengths[f] || 0) * doc + length) / (doc + 1);
        for (const term of analyzed[f]?.terms ?? []) {
          let t = this.numbers.get(term);
          if (t === undefined) {
            this.numbers.set(term, (t = terms.length));
            terms.push(term);
            lists.push(new Array<List | undefined>(fields));
          }
          const list = (lists[t]![f] ??= { docs: [], freqs: [] });
          const last = list.docs.length - 1;
          if (list.docs[last] === doc) list.freqs[last]! += 1;
          else {
            list.docs.push(doc);
            list.freqs.push(1);
            count++;
          }
        }
      }
    });
    this.terms = terms;
    this.docs = new Int32Array(count);
    this.bm25 = new Float64Array(count);
    this.starts = new Int32Array(terms.length * (fields + 1) + 1);
    let at = 0;
    lists.forEach((byField, t) => {
      for (let f = 0; f < fields; f++) {
        this.starts[t * (fields + 1) + f] = at;
        const list = byField[f];
        const matching = list?.docs.length ?? 0;
        const idf = inverseDocFrequency(matching, this.size);
        for (let i = 0; i < matching; i++, at++) {
          const doc = list!.docs[i]!;
          this.docs[at] = doc;
          this.bm25[at] = bm25(idf, list!.freqs[i]!, docs[doc]![f]!.length, avgLengths[f]!);
        }
      }
      this.starts[t * (fields + 1) + fields] = at;
    });
    this.total = new Float64Array(this.size);
    this.matched = new Int32Array(this.size);
    this.termScore = new Float64Array(this.size);
    this.stamp = new Int32Array(this.size);
  }

  has(term: string): boolean {
    return this.numbers.has(term);
  }

  /**
   * Every posting, in order: term by term (by number: the order terms first occurred), field by
   * field, document by document.
   */
  forEachPosting(fn: (term: number, field: number, doc: number) => void): void {
    const stride = this.fields + 1;
    for (let t = 0; t < this.terms.length; t++)
      for (let f = 0; f < this.fields; f++)
        for (let i = this.starts[t * stride + f]!; i < this.starts[t * stride + f + 1]!; i++) fn(t, f, this.docs[i]!);
  }

  /**
   * MiniSearch inserted terms into its radix tree as they first occurred, and the tree's shape (so
   * the order prefix and fuzzy matches come in, so the order their scores are added in) follows
   * that order: terms are numbered in the same order.
   */
  private radixTree(): SearchableMap<number> {
    if (!this.tree) {
      this.tree = new SearchableMap<number>();
      this.terms.forEach((term, t) => this.tree!.set(term, t));
    }
    return this.tree;
  }

  /**
   * The documents matching any of the terms (distinct, already processed), best first, as
   * MiniSearch's search with combineWith OR: ties keep the order documents were first matched in.
   * Only the first limit are wanted.
   */
  search(
    terms: readonly string[],
    query: (term: string, i: number, all: readonly string[]) => TermQuery,
    limit = Infinity,
    accept?: (doc: number) => boolean,
  ): Scored[] {
    const { total, matched, termScore } = this;
    const order: number[] = [];
    const touched: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      touched.length = 0;
      this.scoreTerm(term, query(term, i, terms), touched);
      // Each term's own sum is added to the document's total, as MiniSearch combined per-term results.
      for (let k = 0; k < touched.length; k++) {
        const doc = touched[k]!;
        if (matched[doc] === 0) {
          total[doc] = termScore[doc]!;
          order.push(doc);
        } else total[doc] = total[doc]! + termScore[doc]!;
        matched[doc]! += 1;
      }
    }
    // The final score, as MiniSearch's: the sum times the number of terms matched.
    const kept: number[] = [];
    for (const doc of order) {
      if (!accept || accept(doc)) {
        total[doc] = total[doc]! * matched[doc]!;
        kept.push(doc);
      }
      matched[doc] = 0;
    }
    return best(kept, total, limit);
  }

  /** One term's score in every document it matches (in termScore), those documents added to touched in order. */
  private scoreTerm(term: string, spec: TermQuery, touched: number[]): void {
    const generation = ++this.generation;
    const t = this.numbers.get(term);
    if (t !== undefined) this.addPostings(t, spec.boost, generation, touched);
    if (!spec.prefix && !spec.fuzzy) return;
    for (const expansion of this.expansions(term, spec))
      // weight * boost first: MiniSearch's termWeight * termBoost * fieldBoost * rawScore, in its order.
      this.addPostings(expansion.term, expansion.weight * spec.boost, generation, touched);
  }

  /** Adds weighted * fieldBoost * BM25 of each of term t's postings to its document's score for the term. */
  private addPostings(t: number, weighted: number, generation: number, touched: number[]): void {
    const { termScore, stamp, docs, bm25, starts } = this;
    const first = t * (this.fields + 1);
    for (let f = 0; f < this.fields; f++) {
      const end = starts[first + f + 1]!;
      let i = starts[first + f]!;
      if (i === end) continue;
      const factor = weighted * this.boosts[f]!;
      for (; i < end; i++) {
        const doc = docs[i]!;
        const score = factor * bm25[i]!;
        if (stamp[doc] === generation) termScore[doc]! += score;
        else {
          stamp[doc] = generation;
          termScore[doc] = score;
          touched.push(doc);
        }
      }
    }
  }

  /**
   * The known terms an unknown word may be, with what each is worth against the word itself: those
   * it starts (prefix), then those a few letters away (fuzzy), in the order MiniSearch took them.
   * Walking the radix tree is the costly part of a search with a typo in it, and the same unknown
   * words come back, so each word's expansions are remembered (up to a bound).
   */
  private expansions(term: string, spec: TermQuery): readonly Expansion[] {
    const maxDistance = !spec.fuzzy
      ? 0
      : spec.fuzzy < 1
        ? Math.min(MAX_FUZZY, Math.round(term.length * spec.fuzzy))
        : spec.fuzzy;
    const key = `${spec.prefix ? 'p' : '-'}${maxDistance}:${term}`;
    const known = this.expanded.get(key);
    if (known) return known;
    const out: Expansion[] = [];
    const fuzzyMatches = maxDistance ? this.radixTree().fuzzyGet(term, maxDistance) : undefined;
    if (spec.prefix) {
      for (const [match, t] of this.radixTree().atPrefix(term)) {
        const distance = match.length - term.length;
        if (!distance) continue;
        // A term both a prefix and a fuzzy match counts once, as a prefix match.
        fuzzyMatches?.delete(match);
        out.push({ term: t, weight: (this.weights.prefix * match.length) / (match.length + 0.3 * distance) });
      }
    }
    for (const [match, [t, distance]] of fuzzyMatches ?? []) {
      if (!distance) continue;
      out.push({ term: t, weight: (this.weights.fuzzy * match.length) / (match.length + distance) });
    }
    if (this.expanded.size >= EXPANSIONS_LIMIT) this.expanded.clear();
    this.expanded.set(key, out);
    return out;
  }
}

const byScore = (a: Scored, b: Scored) => b.score - a.score;

/**
 * The first limit of the documents (in the order they were matched) as a stable sort by score would
 * order them: equal scores in the order they were matched, as in MiniSearch. Sorting all of them with
 * a comparator was most of a search's time, for the dozen the engine reads: those are picked by
 * insertion instead, and only they become result objects.
 */
function best(docs: readonly number[], scores: Float64Array, limit: number): Scored[] {
  if (limit >= docs.length) return docs.map((doc) => ({ doc, score: scores[doc]! })).sort(byScore);
  if (limit <= 0) return [];
  const top = new Int32Array(limit);
  let size = 0;
  for (const doc of docs) {
    const score = scores[doc]!;
    if (size === limit && !(score > scores[top[limit - 1]!]!)) continue;
    // Into place after every document scoring as much (those were matched first); when the list is
    // full its last falls off.
    let at = size < limit ? size++ : limit - 1;
    while (at > 0 && scores[top[at - 1]!]! < score) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = doc;
  }
  const out: Scored[] = [];
  for (let i = 0; i < size; i++) out.push({ doc: top[i]!, score: scores[top[i]!]! });
  return out;
}
