// Which of a fixed list of phrases a text says, whole words only: what ` ${text} `.includes(` ${phrase} `)
// says for texts and phrases normalised by normalizeName (words of [a-z0-9], Russian words and pairs of
// Chinese characters, joined by single spaces), and where. Scanning the text once for every phrase (a
// hundred synonyms, five hundred names) on every question cost more than the search; here each word of
// the text is looked up once, among the phrases that start with it.

interface Candidate {
  index: number;
  /** The phrase's words after the first. */
  rest: readonly string[];
}

export class PhraseFinder {
  private readonly byFirst = new Map<string, Candidate[]>();
  /** Phrases with no words at all: the padded text contains them only when it is empty too. */
  private readonly empty: number[] = [];
  /** How many words each phrase has. */
  readonly lengths: readonly number[];

  /** phrases: normalised (normalizeName), so their words are joined by single spaces. */
  constructor(phrases: readonly string[]) {
    const lengths: number[] = [];
    phrases.forEach((phrase, index) => {
      const words = phrase ? phrase.split(' ') : [];
      lengths.push(words.length);
      const [first, ...rest] = words;
      if (first === undefined) {
        this.empty.push(index);
        return;
      }
      const list = this.byFirst.get(first);
      if (list) list.push({ index, rest });
      else this.byFirst.set(first, [{ index, rest }]);
    });
    this.lengths = lengths;
  }

  /** Every position at which each phrase is found in the words, in order. */
  findAll(words: readonly string[]): Map<number, number[]> {
    const found = new Map<number, number[]>();
    this.scan(
      words,
      () => false,
      (index, at) => {
        const list = found.get(index);
        if (list) list.push(at);
        else found.set(index, [at]);
      },
    );
    return found;
  }

  /** Each phrase found in the words (a normalised text split at spaces), with its first word position. */
  find(words: readonly string[]): Map<number, number> {
    const found = new Map<number, number>();
    this.scan(
      words,
      (index) => found.has(index),
      (index, at) => found.set(index, at),
    );
    return found;
  }

  /** Each word looked up once among the phrases that start with it; `skip` spares phrases already settled. */
  private scan(words: readonly string[], skip: (index: number) => boolean, found: (index: number, at: number) => void) {
    if (words.length === 0) for (const index of this.empty) found(index, 0);
    for (let at = 0; at < words.length; at++) {
      const candidates = this.byFirst.get(words[at]!);
      if (!candidates) continue;
      for (const { index, rest } of candidates) {
        if (skip(index) || at + rest.length >= words.length) continue;
        let k = 0;
        while (k < rest.length && rest[k] === words[at + 1 + k]) k++;
        if (k === rest.length) found(index, at);
      }
    }
  }
}

/** A normalised text's words (normalizeName output split at its single spaces). */
export const wordsOf = (normalised: string): string[] => (normalised ? normalised.split(' ') : []);
