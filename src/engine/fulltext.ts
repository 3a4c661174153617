// The full-text index under SearchIndex. It scores exactly as MiniSearch 7.2 scored with the
// options the engine gave it (BM25+ per field with MiniSearch's defaults, field and term boosts,
// prefix and fuzzy expansion over the same radix tree, terms combined with OR and each document's
// sum multiplied by the number of query terms it matched), down to the order of the floating-point
// additions, so no answer moves by a rounding bit. What it does not do is MiniSearch's work per
// question: every posting's BM25 is worked out once when the index is built, and a search walks
// flat arrays instead of building a map entry and a match object for every document a term touches.
import SearchableMap from 'minisearch/SearchableMap';

/** The documents of one field that use a term, in the order they were indexed, with their BM25. */
interface FieldPostings {
  docs: number[];
  /** Term frequency while the index is built; the posting's BM25 after. */
  bm25: number[];
}

/** A term's postings, field by field (undefined where no document's field uses it). */
type Postings = (FieldPostings | undefined)[];

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

/** A field's text as the index takes it: its terms, in order, and its length. */
export interface AnalyzedField {
  terms: readonly string[];
  /** As MiniSearch counted it: distinct tokens, before stop words are dropped. */
  length: number;
}

/** A field's text to its terms (processTerm null drops a token) and length, as MiniSearch read it. */
export function analyze(
  text: string,
  tokenize: (text: string) => string[],
  processTerm: (token: string) => string | null,
): AnalyzedField {
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return { terms, length: new Set(tokens).size };
}

// MiniSearch's defaults, which the engine used.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const MAX_FUZZY = 6;

/** MiniSearch's calcBM25Score, the same expression (the same rounding). */
function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgLength: number): number {
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgLength)));
}

export class FullTextIndex {
  private readonly postings = new Map<string, Postings>();
  /** The terms again as a radix tree, for prefix and fuzzy search; built on the first such search. */
  private tree?: SearchableMap<Postings>;
  private readonly boosts: readonly number[];
  readonly size: number;
  // Scratch space for one search, kept between searches (a search runs to its end, never nested).
  private readonly total: Float64Array;
  private readonly matched: Int32Array;
  private readonly termScore: Float64Array;
  private readonly stamp: Int32Array;
  private generation = 0;

  /** docs: each document's fields, analyzed, in the order of the boosts. */
  constructor(docs: readonly (readonly AnalyzedField[])[], boosts: readonly number[]) {
    const fields = boosts.length;
    this.boosts = boosts;
    this.size = docs.length;
    // As MiniSearch: the average length of a field is kept up to date document by document (the
    // same rounding).
    const avgLengths: number[] = [];
    docs.forEach((analyzed, doc) => {
      for (let f = 0; f < fields; f++) {
        const length = analyzed[f]?.length ?? 0;
        avgLengths[f] = ((avgLengths[f] || 0) * doc + length) / (doc + 1);
        for (const term of analyzed[f]?.terms ?? []) {
          let postings = this.postings.get(term);
          if (!postings) this.postings.set(term, (postings = new Array<FieldPostings | undefined>(fields)));
          const field = (postings[f] ??= { docs: [], bm25: [] });
          const last = field.docs.length - 1;
          if (field.docs[last] === doc) field.bm25[last]! += 1;
          else {
            field.docs.push(doc);
            field.bm25.push(1);
          }
        }
      }
    });
    for (const postings of this.postings.values()) {
      for (let f = 0; f < fields; f++) {
        const field = postings[f];
        if (!field) continue;
        const matching = field.docs.length;
        for (let i = 0; i < matching; i++) {
          const length = docs[field.docs[i]!]![f]!.length;
          field.bm25[i] = bm25(field.bm25[i]!, matching, this.size, length, avgLengths[f]!);
        }
      }
    }
    this.total = new Float64Array(this.size);
    this.matched = new Int32Array(this.size);
    this.termScore = new Float64Array(this.size);
    this.stamp = new Int32Array(this.size);
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * MiniSearch inserted terms into its radix tree as they first occurred, and the tree's shape (so
   * the order prefix and fuzzy matches come in, so the order their scores are added in) follows
   * that order: the postings map holds the terms in the same order.
   */
  private radixTree(): SearchableMap<Postings> {
    if (!this.tree) {
      this.tree = new SearchableMap<Postings>();
      for (const [term, postings] of this.postings) this.tree.set(term, postings);
    }
    return this.tree;
  }

  /**
   * The documents matching any of the terms (distinct, already processed), best first, as
   * MiniSearch's search with combineWith OR: ties keep the order documents were first matched in.
   */
  search(
    terms: readonly string[],
    query: (term: string, i: number, all: readonly string[]) => TermQuery,
    weights: { prefix: number; fuzzy: number },
    accept?: (doc: number) => boolean,
  ): Scored[] {
    const { total, matched } = this;
    const order: number[] = [];
    terms.forEach((term, i) => {
      const spec = query(term, i, terms);
      const touched = this.scoreTerm(term, spec, weights);
      // Each term's own sum is added to the document's total, as MiniSearch combined per-term results.
      for (const doc of touched) {
        if (matched[doc] === 0) {
          total[doc] = this.termScore[doc]!;
          order.push(doc);
        } else total[doc] = total[doc]! + this.termScore[doc]!;
        matched[doc]! += 1;
      }
    });
    const results: Scored[] = [];
    for (const doc of order) {
      if (!accept || accept(doc)) results.push({ doc, score: total[doc]! * matched[doc]! });
      matched[doc] = 0;
    }
    // Array sort is stable: equal scores stay in the order they were matched, as in MiniSearch.
    return results.sort((a, b) => b.score - a.score);
  }

  /** One term's score in every document it matches (in termScore), and those documents in order. */
  private scoreTerm(term: string, spec: TermQuery, weights: { prefix: number; fuzzy: number }): number[] {
    const touched: number[] = [];
    const generation = ++this.generation;
    const add = (postings: Postings | undefined, weight: number) => {
      if (!postings) return;
      for (let f = 0; f < postings.length; f++) {
        const field = postings[f];
        if (!field) continue;
        const fieldBoost = this.boosts[f]!;
        for (let i = 0; i < field.docs.length; i++) {
          const doc = field.docs[i]!;
          // MiniSearch's termWeight * termBoost * fieldBoost * docBoost * rawScore, docBoost 1.
          const score = weight * spec.boost * fieldBoost * field.bm25[i]!;
          if (this.stamp[doc] === generation) this.termScore[doc]! += score;
          else {
            this.stamp[doc] = generation;
            this.termScore[doc] = score;
            touched.push(doc);
          }
        }
      }
    };
    add(this.postings.get(term), 1);
    if (!spec.prefix && !spec.fuzzy) return touched;
    let fuzzyMatches: Map<string, [Postings, number]> | undefined;
    if (spec.fuzzy) {
      const maxDistance = spec.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * spec.fuzzy)) : spec.fuzzy;
      if (maxDistance) fuzzyMatches = this.radixTree().fuzzyGet(term, maxDistance);
    }
    if (spec.prefix) {
      for (const [match, postings] of this.radixTree().atPrefix(term)) {
        const distance = match.length - term.length;
        if (!distance) continue;
        // A term both a prefix and a fuzzy match counts once, as a prefix match.
        fuzzyMatches?.delete(match);
        add(postings, (weights.prefix * match.length) / (match.length + 0.3 * distance));
      }
    }
    if (fuzzyMatches) {
      for (const [match, [postings, distance]] of fuzzyMatches) {
        if (!distance) continue;
        add(postings, (weights.fuzzy * match.length) / (match.length + distance));
      }
    }
    return touched;
  }
}
