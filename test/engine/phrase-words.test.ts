// Typos written as the words of names and synonyms they were meant for, so the phrases are found.
import { describe, expect, it } from 'vitest';
import { PhraseWords } from '../../src/engine/phrase-words.ts';
import { TypoRepair } from '../../src/engine/typos.ts';
import { terms, toTerm } from '../../src/engine/terms.ts';

const phrases = ['windows update', 'end of support', 'checking for updates', 'pilote', 'laptop'];
// The knowledge's terms: the phrases' own, and one only its text has ("download").
const known = new Map(terms(`${phrases.join(' ')} download`).map((t) => [t, 2]));
const typos = new TypoRepair(known);
const words = new PhraseWords(
  phrases,
  (w) => terms(w).flatMap((t) => typos.read(t)),
  (t) => known.has(t),
  (w) => ['pilot', 'laptops'].includes(w),
);
const repaired = (text: string) => words.repair(text.split(' ')).join(' ');

describe('PhraseWords', () => {
  it('writes an unknown word as the phrase word it was meant for', () => {
    expect(repaired('windos update end of suport')).toBe('windows update end of support');
  });

  it('picks the form of the word nearest to what was typed', () => {
    expect(toTerm('updates')).toBe(toTerm('update'));
    expect(repaired('cheking for updates')).toBe('checking for updates');
  });

  it('reads a known term typed as its stem, a silent e left out, as the word with the e', () => {
    expect(repaired('checking for updats')).toBe('checking for updates');
    expect(repaired('windows updat')).toBe('windows update');
  });

  it("leaves a dictionary's words, words no phrase has, and other forms of a phrase word", () => {
    // "pilot" is a word, not the French "pilote"; "laptops" a plural of its own.
    expect(repaired('pilot laptops')).toBe('pilot laptops');
    // Four letters are too few to tell a typo from a name.
    expect(repaired('windos updat')).toBe('windows update');
    expect(repaired('wind')).toBe('wind');
    // "download" is known, but no phrase has it: nothing to write it as.
    expect(repaired('downlod')).toBe('downlod');
    const same = ['windows', 'update'];
    expect(words.repair(same)).toBe(same);
  });
});
