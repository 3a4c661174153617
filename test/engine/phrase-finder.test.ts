// The phrase finder says what a padded includes() says of normalised texts, and where.
import { describe, expect, it } from 'vitest';
import { PhraseFinder, wordsOf } from '../../src/engine/phrase-finder.ts';
import { nameWords } from '../../src/knowledge/scripts.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

/** What the finder replaced: each phrase found by scanning the padded text, at its first word. */
function byScanning(text: string, phrases: readonly string[]): Map<number, number> {
  const padded = ` ${text} `;
  const found = new Map<number, number>();
  phrases.forEach((p, i) => {
    const at = padded.indexOf(` ${p} `);
    // The word position of a character position: the spaces before it.
    if (at >= 0) found.set(i, padded.slice(1, at + 1).split(' ').length - 1);
  });
  return found;
}

// A few words, so phrases overlap, repeat and share beginnings.
const WORDS = ['a', 'wu', 'update', 'windows', 'up', 'date', 'b1'];
let seed = 7;
const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
const text = (max: number) => Array.from({ length: random(max + 1) }, () => WORDS[random(WORDS.length)]!).join(' ');

describe('phrase finder', () => {
  it('finds whole-word phrases where a padded includes() does, at their first position', () => {
    const phrases = ['windows update', 'wu', 'update', 'up date', 'a a', 'date a wu', 'updat', 'b1'];
    const finder = new PhraseFinder(phrases);
    expect(finder.find(wordsOf('updates windowsupdate updat e'))).toEqual(new Map([[6, 2]]));
    expect(finder.find(wordsOf('my windows update wu'))).toEqual(
      new Map([
        [0, 1],
        [2, 2],
        [1, 3],
      ]),
    );
    expect([...finder.find(wordsOf('windows update up date wu'))].sort()).toEqual([
      [0, 0],
      [1, 4],
      [2, 1],
      [3, 2],
    ]);
  });

  it('reports the phrases found at one position in their order, whatever their length', () => {
    // Callers read the first found first (the synonyms in the order they are listed).
    const finder = new PhraseFinder(['windows update service', 'windows', 'windows update', 'update']);
    expect([...finder.find(wordsOf('windows update service'))]).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
    expect([...finder.findAll(wordsOf('windows update windows'))]).toEqual([
      [1, [0, 2]],
      [2, [0]],
      [3, [1]],
    ]);
  });

  it('agrees with scanning on random texts and phrases, empty ones included', () => {
    for (let round = 0; round < 200; round++) {
      const phrases = Array.from({ length: 12 }, () => text(3));
      const finder = new PhraseFinder(phrases);
      expect(finder.lengths).toEqual(phrases.map((p) => wordsOf(p).length));
      for (let k = 0; k < 10; k++) {
        const t = text(12);
        expect(finder.find(wordsOf(t))).toEqual(byScanning(t, phrases));
      }
    }
  });

  it('finds every position of each phrase, the first of which is what find() gives', () => {
    const finder = new PhraseFinder(['updates forever', 'for updates forever', 'wu']);
    const words = wordsOf('checking for updates forever i want to block updates forever');
    expect(finder.findAll(words)).toEqual(
      new Map([
        [1, [1]],
        [0, [2, 8]],
      ]),
    );
    for (let round = 0; round < 200; round++) {
      const phrases = Array.from({ length: 8 }, () => text(3));
      const f = new PhraseFinder(phrases);
      const t = wordsOf(text(12));
      const all = f.findAll(t);
      expect(new Map([...all].map(([i, ats]) => [i, ats[0]!]))).toEqual(f.find(t));
      for (const ats of all.values()) expect([...ats].sort((a, b) => a - b)).toEqual(ats);
    }
  });

  it('reads a text into the same words on its plain-ASCII shortcut as by folding, odd characters too', () => {
    const kb = loadKnowledgeOrThrow('knowledge');
    const texts = [
      ...kb.entries.flatMap((e) => [e.title, e.summary, ...e.keywords, ...e.aliases, ...e.generic_aliases]),
      ...kb.synonyms.flat(),
      '',
      '   ',
      'Zurücksetzen  der  Windows-Update-Komponenten',
      'ﬁx the ﬃle… İstanbul STRASSE straße Ⅻ ① ｗｉｄｅ',
      'café\u0301 naïve — 0x80070422\n\ttab\u00a0nbsp\u200bzero',
      'Ελληνικά ΣΊΣΥΦΟΣ русский 中文',
    ];
    for (let i = 0; i < 300; i++)
      texts.push(
        Array.from({ length: 12 }, (_, k) => String.fromCharCode(((i * 7919 + k * 104729) % 0x2fff) + 1)).join(''),
      );
    // One accented letter sends any text through the folding path, where it reads as one more word "e".
    for (const t of texts) expect(nameWords(`${t} é`)).toEqual([...nameWords(t), 'e']);
  });
});
