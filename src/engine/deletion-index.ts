// Which known words become a given string when one of their letters is deleted ("updatte" is
// "update" with a letter added, so "update" deletes to it). A map from every deletion of every word
// to the words was two megabytes of short strings; here each deletion is only a 32-bit hash, kept
// with its word's number in one sorted typed array, and what a lookup finds is checked letter by
// letter, so a hash that two deletions share costs nothing but the check.

import { lowerBound } from './lower-bound.ts';

// FNV-1a, 32 bits.
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash of s without its letter at skip (-1: all of s), with no string made for it. */
function hashWithout(s: string, skip: number): number {
  let h = OFFSET;
  for (let i = 0; i < s.length; i++) if (i !== skip) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** Whether deleting one letter of word gives x. */
function deletesTo(word: string, x: string): boolean {
  if (word.length !== x.length + 1) return false;
  let i = 0;
  while (i < x.length && word.charCodeAt(i) === x.charCodeAt(i)) i++;
  // The letter at i is the one deleted: the rest must follow.
  for (let k = i; k < x.length; k++) if (word.charCodeAt(k + 1) !== x.charCodeAt(k)) return false;
  return true;
}

/** Room for the word's number below the hash in one float: 2^21 words, hash * 2^21 below 2^53. */
const SHIFT = 2 ** 21;

export class DeletionIndex {
  /** hash(deletion) * SHIFT + the word's number, for every deletion of every word, sorted. */
  private readonly keys: Float64Array;

  constructor(private readonly words: readonly string[]) {
    if (words.length >= SHIFT) throw new Error(`DeletionIndex: at most ${SHIFT - 1} words`);
    let count = 0;
    for (const w of words) count += w.length;
    this.keys = new Float64Array(count);
    let at = 0;
    words.forEach((w, n) => {
      for (let i = 0; i < w.length; i++) this.keys[at++] = hashWithout(w, i) * SHIFT + n;
    });
    this.keys.sort();
  }

  /**
   * The words that delete to x, in the order they were given (a word may come twice; callers
   * gather them in a set).
   */
  wordsDeletingTo(x: string): string[] {
    const base = hashWithout(x, -1) * SHIFT;
    const keys = this.keys;
    const out: string[] = [];
    for (let k = lowerBound(keys, base); k < keys.length && keys[k]! < base + SHIFT; k++) {
      const word = this.words[keys[k]! - base]!;
      if (deletesTo(word, x)) out.push(word);
    }
    return out;
  }
}
