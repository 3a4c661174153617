// The few words the scope's phrases and patterns are written with ("windows update", "since the update",
// "how do I uninstall"), written as meant where a question misspells them ("widnows upadte"). The search
// reads every typo through TypoRepair; a pattern reads the text as typed, so one swapped letter in
// "update" kept a question from every reading written for the word. PhraseWords does the same for the
// words of names and synonyms, in a normalised text; this works on the text as typed, before anything
// else reads it, and only within two edits (a synonym in another language is no typo).
import { terms } from './terms.ts';
import { nearestTo } from './phrase-words.ts';

/** How a word is read by the search: its terms with typos repaired (SearchIndex.wordTerms), and whether a term is known. */
export interface WordReader {
  wordTerms(word: string): readonly string[];
  knows(term: string): boolean;
}

/** A swapped pair of letters is two edits, as this distance counts them; a letter missing or extra is one. */
const MAX_EDITS = 2;

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
      const nearest = nearestTo(lower, forms);
      // A typo is a letter or two off; a word the search reads as the core word for its meaning ("descargando",
      // a synonym of download) is a word of its own.
      return nearest.distance <= MAX_EDITS ? nearest.word : word;
    });
  }
}
