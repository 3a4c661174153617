// Names and synonyms are found word by word (PhraseFinder), so one typo keeps a phrase from being
// found ("windos update", "end of suport", "undoing chnages made to your computer"), where the search
// reads the word as meant (TypoRepair). Before names and synonyms are looked for, a word the knowledge
// does not know is written as the word of a phrase it was meant for.
import { toTerm } from './terms.ts';

/** Letters changed, added or removed to make one word the other (short words: a plain table). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

const MEMO_LIMIT = 10_000;

export class PhraseWords {
  /** The phrases' words by their term ("update", "updates" and "updating" under "updat"). */
  private readonly byTerm = new Map<string, string[]>();
  private readonly words = new Set<string>();
  private readonly memo = new Map<string, string | null>();

  /**
   * phrases: normalised (words joined by single spaces). read: a word's terms as a question's are read,
   * typos repaired. known: whether the knowledge has a term. isWord: whether a word is a word of its
   * own as written (a dictionary's).
   */
  constructor(
    phrases: Iterable<string>,
    private readonly read: (word: string) => readonly string[],
    private readonly known: (term: string) => boolean,
    private readonly isWord: (word: string) => boolean,
  ) {
    for (const phrase of phrases)
      for (const w of phrase.split(' ')) {
        if (this.words.has(w)) continue;
        this.words.add(w);
        const t = toTerm(w);
        if (!t) continue;
        const list = this.byTerm.get(t);
        if (list) list.push(w);
        else this.byTerm.set(t, [w]);
      }
  }

  /**
   * The words with each unknown one that typo repair reads as a known term written as the phrase word
   * of that term nearest to it ("windos" as "windows", "suport" as "support"); the same array when none
   * is. Words of the phrases, short ones and ones with digits stay.
   */
  repair(words: readonly string[]): readonly string[] {
    let changed = false;
    const out = words.map((w) => {
      const meant = this.remembered(w);
      if (meant !== undefined) changed = true;
      return meant ?? w;
    });
    return changed ? out : words;
  }

  /** meant(), remembered: the same words come back question after question (up to a bound). */
  private remembered(w: string): string | undefined {
    const known = this.memo.get(w);
    if (known !== undefined) return known ?? undefined;
    const meant = this.meant(w);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(w, meant ?? null);
    return meant;
  }

  /** The phrase word an unknown word was meant for, or undefined. */
  private meant(w: string): string | undefined {
    if (w.length < 4 || this.words.has(w) || /\d/.test(w)) return undefined;
    const term = toTerm(w);
    if (!term) return undefined;
    if (this.known(term)) return this.withoutE(w, term);
    // Four letters are too few to tell a typo from a name ("chou" is no "echoue").
    if (w.length < 5) return undefined;
    // One word read as one other: two words run together ("autopilot" as "auto pilot") are as often a
    // name of their own, which the search reads as both but which would here be read as a phrase's.
    const read = this.read(w);
    if (read.length !== 1 || read[0] === term) return undefined;
    return this.nearest(w, read[0]!);
  }

  /**
   * A known term typed as its stem, a silent e left out ("updat", "updats" for "update", "updates"):
   * the phrase word it was meant for. Any other form of a known term is a word of its own ("laptops",
   * "uninstalled"), and so is a dictionary's word ("pilot" is not the French "pilote").
   */
  private withoutE(typed: string, term: string): string | undefined {
    if ((typed !== term && typed !== `${term}s`) || this.isWord(typed)) return undefined;
    return this.byTerm.get(term)?.find((p) => p === `${typed.slice(0, term.length)}e${typed.slice(term.length)}`);
  }

  /** The phrase word of a term nearest to what was typed. */
  private nearest(typed: string, term: string): string | undefined {
    const candidates = this.byTerm.get(term);
    return candidates && nearestTo(typed, candidates).word;
  }
}

/** Of some words (at least one), the one fewest edits from what was typed (the first on a tie), and how many. */
export function nearestTo(typed: string, candidates: readonly string[]): { word: string; distance: number } {
  let word = candidates[0]!;
  let distance = editDistance(typed, word);
  for (const c of candidates.slice(1)) {
    const d = editDistance(typed, c);
    if (d < distance) [word, distance] = [c, d];
  }
  return { word, distance };
}
