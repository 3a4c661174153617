// The full-text index under SearchIndex. It scores exactly as MiniSearch 7.2 scored with the
// options the engine gave it (BM25+ per field with MiniSearch's defaults, field and term boosts,
// prefix and fuzzy expansion over the same radix tree, terms combined with OR and each document's
// sum multiplied by the number of query terms it matched), down to the order of the floating-point
// additions, so no answer moves by a rounding bit. What it does not do is MiniSearch's work per
// question: every posting's BM25 is worked out once when the index is built, and a search walks
// flat arrays instead of building a map entry and a match object for every document a term touches.
import SearchableMap from 'minisearch/SearchableMap';
import type { AnalyzedField } from './analysis.ts';

/** The documents of one field that use a term, in the order they were indexed, with their BM25. */
interface FieldPostings {
  docs: number[];
  /** Term frequency while the index is built; the posting's BM25 after. */
  bm25: number[];
}

/** A term's postings, field by field (undefined where no document's field uses it). */
type Postings = (FieldPostings | undefined)[];

/** A known term an unknown word may be, and what it is worth against the word itself. */
interface Expansion {
  postings: Postings;
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
    this.boosts = options.boosts;
    this.weights = options.weights;
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
   * Each term, in the order terms first occurred (document by document, field by field), with the
   * documents that use it, field by field (undefined where no document's field does).
   */
  vocabulary(): IterableIterator<[string, readonly ({ readonly docs: readonly number[] } | undefined)[]]> {
    return this.postings.entries();
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
    this.addPostings(this.postings.get(term), spec.boost, generation, touched);
    if (!spec.prefix && !spec.fuzzy) return;
    for (const { postings, weight } of this.expansions(term, spec))
      // weight * boost first: MiniSearch's termWeight * termBoost * fieldBoost * rawScore, in its order.
      this.addPostings(postings, weight * spec.boost, generation, touched);
  }

  /** Adds weighted * fieldBoost * BM25 of each posting to its document's score for the term. */
  private addPostings(postings: Postings | undefined, weighted: number, generation: number, touched: number[]): void {
    if (!postings) return;
    const { termScore, stamp } = this;
    for (let f = 0; f < postings.length; f++) {
      const field = postings[f];
      if (!field) continue;
      const factor = weighted * this.boosts[f]!;
      const { docs, bm25 } = field;
      for (let i = 0; i < docs.length; i++) {
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
      for (const [match, postings] of this.radixTree().atPrefix(term)) {
        const distance = match.length - term.length;
        if (!distance) continue;
        // A term both a prefix and a fuzzy match counts once, as a prefix match.
        fuzzyMatches?.delete(match);
        out.push({ postings, weight: (this.weights.prefix * match.length) / (match.length + 0.3 * distance) });
      }
    }
    for (const [match, [postings, distance]] of fuzzyMatches ?? []) {
      if (!distance) continue;
      out.push({ postings, weight: (this.weights.fuzzy * match.length) / (match.length + distance) });
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
