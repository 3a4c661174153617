// The engine's own full-text index against MiniSearch, which it replaced: over the real knowledge,
// the same documents in the same order with the same scores to the last bit, for whole words,
// fragments (prefix search), typos (fuzzy search), both at once, and a filter.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyze, joined, tokenized } from '../../src/engine/analysis.ts';
import { FullTextIndex, type TermQuery } from '../../src/engine/fulltext.ts';
import { FIELD_BOOST, FIELDS, SEARCH_WEIGHTS, tokenize, toDoc } from '../../src/engine/search.ts';
import { terms, toTerm } from '../../src/engine/terms.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { namesOf } from '../../src/knowledge/base.ts';

const kb = loadKnowledgeOrThrow('knowledge');
const docs = kb.entries.map(toDoc);
const index = new FullTextIndex(
  docs.map((d) => FIELDS.map((f) => analyze(d[f], tokenize, toTerm))),
  { boosts: FIELDS.map((f) => FIELD_BOOST[f]), weights: SEARCH_WEIGHTS },
);
const mini = new MiniSearch({
  fields: [...FIELDS],
  tokenize,
  processTerm: (t) => toTerm(t) ?? null,
  searchOptions: { boost: FIELD_BOOST, weights: SEARCH_WEIGHTS, combineWith: 'OR' },
});
mini.addAll(docs);

type Spec = (term: string, i: number) => TermQuery;
const boost = (t: string) => 0.2 + (t.length % 7) / 5;

function compare(queryTerms: string[], spec: Spec, kinds?: string[], limit?: number) {
  const expected = mini.search(queryTerms.join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    prefix: (t, i) => spec(t, i).prefix,
    fuzzy: (t, i) => spec(t, i).fuzzy,
    boostTerm: (t, i) => spec(t, i).boost,
    ...(kinds ? { filter: (r) => kinds.includes(kb.get(String(r.id))!.kind) } : {}),
  });
  const actual = index.search(
    queryTerms,
    (t, i) => spec(t, i),
    limit,
    kinds ? (doc) => kinds.includes(kb.entries[doc]!.kind) : undefined,
  );
  expect(actual.map((r) => [docs[r.doc]!.id, r.score])).toEqual(
    expected.slice(0, limit).map((r) => [String(r.id), r.score]),
  );
  return actual.length;
}

// Questions made from the knowledge's own titles and keywords, and fragments and typos of them.
const phrasings = kb.entries.flatMap((e) => [e.title, ...e.keywords.slice(0, 2)]);
const queries = phrasings.map((p) => [...new Set(terms(p))]).filter((q) => q.length > 0);
const fragment = (t: string) => (t.length > 5 ? t.slice(0, Math.ceil(t.length * 0.6)) : t);
const typo = (t: string) => (t.length > 4 ? t.slice(0, 2) + t.slice(3) : t);

describe('full-text index', () => {
  it("reads fields made of an entry's phrasings as it reads the fields joined", () => {
    const read = (p: string) => tokenized(p, tokenize, toTerm);
    for (const e of kb.entries) {
      const d = toDoc(e);
      expect(joined([read(e.title)])).toEqual(analyze(d.title, tokenize, toTerm));
      expect(joined(namesOf(e).map(read))).toEqual(analyze(d.names, tokenize, toTerm));
      expect(joined(e.keywords.map(read))).toEqual(analyze(d.keywords, tokenize, toTerm));
    }
  });

  it('scores whole words as MiniSearch did', () => {
    let matched = 0;
    for (const q of queries) matched += compare(q, (t) => ({ prefix: false, fuzzy: false, boost: boost(t) }));
    expect(matched).toBeGreaterThan(queries.length);
  });

  it('scores fragments and typos as MiniSearch did, prefix and fuzzy matches alike', () => {
    for (const q of queries.slice(0, 120)) {
      const mangled = [...new Set(q.map((t, i) => (i % 2 ? typo(t) : fragment(t))))];
      compare(mangled, (t) => ({ prefix: true, fuzzy: false, boost: boost(t) }));
      compare(mangled, (t) => ({ prefix: false, fuzzy: 0.2, boost: boost(t) }));
      compare(mangled, (t, i) => ({ prefix: i % 2 === 0, fuzzy: t.length >= 5 ? 0.3 : 2, boost: boost(t) }));
    }
  });

  it('keeps only the documents the filter accepts, in the same order', () => {
    for (const q of queries.slice(0, 60)) {
      compare(q, () => ({ prefix: true, fuzzy: 0.2, boost: 1 }), ['fix', 'concept']);
      compare(q, () => ({ prefix: false, fuzzy: false, boost: 1 }), ['error']);
    }
  });

  it('gives the first results of the full order when asked for a few', () => {
    // Common words, so many documents score and some score the same.
    const common = ['window', 'updat', 'servic', 'error', 'restart', 'fix', 'run'];
    for (const limit of [0, 1, 3, 12, 25, 500])
      for (let n = 1; n <= common.length; n++)
        compare(common.slice(0, n), () => ({ prefix: false, fuzzy: false, boost: 1 }), undefined, limit);
    for (const q of queries.slice(0, 80))
      compare(q, (t) => ({ prefix: true, fuzzy: 0.2, boost: boost(t) }), undefined, 12);
  });

  it('keeps documents that score the same in the order they were matched, whatever the limit', () => {
    // Twins score the same for every term; "b" is matched first by the second term's documents.
    const texts = ['a b', 'c', 'a b', 'b', 'c', 'a', 'b', 'a b', 'c c', 'b'];
    const small = texts.map((t, i) => ({ id: `${i}: ${t}`, title: t }));
    const miniSmall = new MiniSearch({ fields: ['title'], searchOptions: { combineWith: 'OR' } });
    miniSmall.addAll(small);
    const smallIndex = new FullTextIndex(
      small.map((d) => [
        analyze(
          d.title,
          (x) => x.split(' '),
          (x) => x,
        ),
      ]),
      { boosts: [1], weights: SEARCH_WEIGHTS },
    );
    for (const q of [['c', 'b'], ['a'], ['b', 'a', 'c']])
      for (const limit of [1, 2, 4, 7, 100]) {
        const expected = miniSmall.search(q.join(' ')).slice(0, limit);
        const actual = smallIndex.search(q, () => ({ prefix: false, fuzzy: false, boost: 1 }), limit);
        expect(actual.map((r) => [small[r.doc]!.id, r.score])).toEqual(expected.map((r) => [String(r.id), r.score]));
      }
  });

  it('finds nothing for words the knowledge never uses', () => {
    expect(index.search(['zzzzqqq', 'xxyyzz'], () => ({ prefix: true, fuzzy: false, boost: 1 }))).toEqual([]);
  });
});
