// Coverage and phrase similarity, as search reports them for its hits, against the plain definitions
// they are computed faster than: over the real knowledge, for questions made of its words, fragments
// of them and typos, the same numbers to the last bit.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/answer.ts';
import { FUZZY_MAX_QUERY_TERMS, toDoc } from '../../src/engine/search.ts';
import { terms } from '../../src/engine/terms.ts';
import { namesOf } from '../../src/knowledge/base.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const engine = new Engine(loadKnowledgeOrThrow('knowledge'));
const index = engine.index;
const w = (t: string) => index.termWeight(t);

// The definitions: each entry's words as sets, its phrasings as term lists.
const plain = new Map(
  engine.kb.entries.map((e) => {
    const d = toDoc(e);
    return [
      e.id,
      {
        all: new Set(terms(`${d.title} ${d.names} ${d.keywords} ${d.summary} ${d.body}`)),
        strong: new Set(terms(`${d.title} ${d.names} ${d.keywords}`)),
        phrases: [e.title, ...namesOf(e), ...e.keywords].map((p) => [...new Set(terms(p))]).filter((p) => p.length),
      },
    ];
  }),
);

/** A fragment or unknown word of four letters or more stands for the known words it starts or that start it. */
const related = (p: string, q: string) => p.length >= 4 && (p.startsWith(q) || q.startsWith(p));

function expected(queryTerms: string[], id: string) {
  const entry = plain.get(id)!;
  const partial = queryTerms.filter((q) => q.length >= 4 && !index.docFrequency.has(q));
  const tryPartial = queryTerms.length <= FUZZY_MAX_QUERY_TERMS && partial.length > 0;
  const has = (set: Set<string>, q: string) =>
    set.has(q) || (tryPartial && partial.includes(q) && [...set].some((t) => related(t, q)));
  const weight = queryTerms.reduce((n, t) => n + w(t), 0);
  const covered = queryTerms.reduce((n, q) => n + (has(entry.all, q) ? w(q) : 0), 0);
  const strong = queryTerms.reduce((n, q) => n + (has(entry.strong, q) ? w(q) : 0), 0);
  let best = 0;
  if (weight !== 0)
    for (const p of entry.phrases) {
      const shared = p.reduce(
        (n, t) => n + (queryTerms.includes(t) || partial.some((q) => related(t, q)) ? w(t) : 0),
        0,
      );
      const total = p.reduce((n, t) => n + w(t), 0);
      const sim = shared / Math.sqrt(weight * total);
      if (sim > best) best = sim;
    }
  return {
    phrase: Math.min(1, best),
    coverage: covered / (weight || 1),
    matchedWeight: covered,
    strongCoverage: strong / (weight || 1),
  };
}

// Questions from the knowledge's words: whole, cut short (autocomplete), with a letter dropped.
const words = [
  ...new Set(engine.kb.entries.flatMap((e) => `${e.title} ${e.keywords.join(' ')}`.toLowerCase().split(/\s+/))),
];
let seed = 11;
const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
const mangle = (x: string, k: number) =>
  k % 3 === 1 ? x.slice(0, Math.max(4, x.length - 3)) : k % 3 === 2 && x.length > 5 ? x.slice(0, 2) + x.slice(3) : x;
const questions = Array.from({ length: 400 }, (_, n) =>
  Array.from({ length: 1 + (n % 14) }, (_, k) => mangle(pick(), k + n)).join(' '),
);

describe('coverage and phrase similarity', () => {
  it('are what their definitions say, for whole words, fragments and typos', () => {
    let hits = 0;
    let partial = 0;
    for (const q of questions) {
      const queryTerms = index.queryTerms(q);
      if (queryTerms.some((t) => t.length >= 4 && !index.docFrequency.has(t))) partial++;
      for (const h of index.search(q, { queryTerms, limit: 15 })) {
        hits++;
        const { phrase, coverage, matchedWeight, strongCoverage } = h;
        expect({ phrase, coverage, matchedWeight, strongCoverage }).toEqual(expected(queryTerms, h.entry.id));
      }
    }
    expect(hits).toBeGreaterThan(2000);
    expect(partial).toBeGreaterThan(50);
  });
});
