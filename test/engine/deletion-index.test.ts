// The deletion index finds what a map from every deletion of every word finds, in the same order.
import { describe, expect, it } from 'vitest';
import { DeletionIndex } from '../../src/engine/deletion-index.ts';
import { Engine } from '../../src/engine/answer.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

/** What the index replaced: every deletion of every word, mapped to the words, in order. */
function byMap(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words)
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      const list = map.get(d);
      if (list) list.push(w);
      else map.set(d, [w]);
    }
  return map;
}

const distinct = (words: readonly string[]) => [...new Set(words)];

describe('deletion index', () => {
  it("finds the knowledge's words that delete to a string, in order, as the map did", () => {
    const words = [...new Engine(loadKnowledgeOrThrow('knowledge')).index.docFrequency.keys()].filter(
      (t) => t.length >= 4 && !/\d/.test(t),
    );
    const index = new DeletionIndex(words);
    const map = byMap(words);
    let found = 0;
    for (const [x, list] of map) {
      expect(distinct(index.wordsDeletingTo(x))).toEqual(distinct(list));
      found++;
    }
    expect(found).toBeGreaterThan(10_000);
    for (const x of ['', 'zzzz', 'updat', 'windos', 'servce', 'xyzzyq', ...words.slice(0, 200)])
      expect(distinct(index.wordsDeletingTo(x))).toEqual(distinct(map.get(x) ?? []));
  });

  it('keeps words that delete to the same string apart, and repeated letters', () => {
    const words = ['book', 'boko', 'boo', 'obok', 'bok', 'boook'];
    const index = new DeletionIndex(words);
    expect(distinct(index.wordsDeletingTo('bok'))).toEqual(['book', 'boko', 'obok']);
    expect(distinct(index.wordsDeletingTo('book'))).toEqual(['boook']);
    expect(index.wordsDeletingTo('bk')).toEqual(['bok']);
    expect(index.wordsDeletingTo('')).toEqual([]);
  });
});
