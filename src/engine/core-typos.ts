// The few words the scope's phrases and patterns are written with ("windows update", "since the update",
// "how do I uninstall"), written as meant where a question misspells them ("widnows upadte"). The search
// reads every typo through TypoRepair; a pattern reads the text as typed, so one swapped letter in
// "update" kept a question from every reading written for the word.
import { terms } from './terms.ts';

/** How a word is read by the search: its terms with typos repaired (SearchIndex.wordTerms), and whether a term is known. */
export interface WordReader {
  wordTerms(word: string): readonly string[];
  knows(term: string): boolean;
}

/** A swapped pair of letters is two edits, as this distance counts them; a letter missing or extra is one. */
const MAX_EDITS = 2;

/** Levenshtein distance, for the few forms of one word (update, updates, updated...). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export class CoreTypos {
  /** Each core word's term and the forms that read as it ("updat": update, updates, updated...). */
  private readonly forms = new Map<string, string[]>();

  constructor(
    words: readonly string[],
    private readonly reader: WordReader,
  ) {
    for (const w of words) {
      const t = terms(w)[0];
      if (t === undefined) continue;
      const forms = this.forms.get(t) ?? [];
      forms.push(w.toLowerCase());
      this.forms.set(t, forms);
    }
  }

  /** The text with its misspelt core words written as meant; every other word as typed. */
  repair(text: string): string {
    if (this.forms.size === 0) return text;
    return text.replace(/\p{L}{4,}/gu, (word) => {
      const lower = word.toLowerCase();
      const own = terms(lower);
      // A word the knowledge knows, or one that is no single word, is as meant.
      if (own.length !== 1 || this.reader.knows(own[0]!)) return word;
      const read = this.reader.wordTerms(lower);
      const forms = read.length === 1 ? this.forms.get(read[0]!) : undefined;
      if (!forms) return word;
      let best = forms[0]!;
      for (const f of forms) if (distance(f, lower) < distance(best, lower)) best = f;
      // A typo is a letter or two off; a word the search reads as the core word for its meaning ("descargando",
      // a synonym of download) is a word of its own.
      return distance(best, lower) <= MAX_EDITS ? best : word;
    });
  }
}
