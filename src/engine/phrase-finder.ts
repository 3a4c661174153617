// Which of a fixed list of phrases a text says, whole words only: what ` ${text} `.includes(` ${phrase} `)
// says for texts and phrases normalised by normalizeName (words of [a-z0-9], Russian words and pairs of
// Chinese characters, joined by single spaces), and where. Scanning the text once for every phrase (a
// hundred synonyms, five hundred names) on every question cost more than the search; here each word of
// the text is looked up once, among the phrases that start with it, and the next word among those of two words
// or more (the catalogue's phrases starting "windows" are hundreds).

interface Candidate {
  index: number;
  /** The phrase's words after the first two. */
  rest: readonly string[];
}

/** The phrases that start with one word: those of that word alone, and the longer ones by their second word. */
interface First {
  /** The one-word phrases (normally one). */
  alone: number[];
  /** The longer phrases by their second word: some first words ("windows") start hundreds of phrases. */
  bySecond: Map<string, Candidate[]>;
}

export class PhraseFinder {
  private readonly byFirst = new Map<string, First>();
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
      const [first, second, ...rest] = words;
      if (first === undefined) {
        this.empty.push(index);
        return;
      }
      let node = this.byFirst.get(first);
      if (!node) this.byFirst.set(first, (node = { alone: [], bySecond: new Map() }));
      if (second === undefined) {
        node.alone.push(index);
        return;
      }
      const list = node.bySecond.get(second);
      if (list) list.push({ index, rest });
      else node.bySecond.set(second, [{ index, rest }]);
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

  /**
   * Each word looked up once among the phrases that start with it, and the next word among those of two words or
   * more; `skip` spares phrases already settled. The phrases found at one position are reported in their order.
   */
  private scan(words: readonly string[], skip: (index: number) => boolean, found: (index: number, at: number) => void) {
    if (words.length === 0) for (const index of this.empty) found(index, 0);
    const here: number[] = [];
    for (let at = 0; at < words.length; at++) {
      const node = this.byFirst.get(words[at]!);
      if (!node) continue;
      for (const index of node.alone) if (!skip(index)) here.push(index);
      const candidates = at + 1 < words.length ? node.bySecond.get(words[at + 1]!) : undefined;
      if (candidates)
        for (const { index, rest } of candidates) {
          if (skip(index) || at + 1 + rest.length >= words.length) continue;
          let k = 0;
          while (k < rest.length && rest[k] === words[at + 2 + k]) k++;
          if (k === rest.length) here.push(index);
        }
      if (here.length === 0) continue;
      if (here.length > 1) here.sort((a, b) => a - b);
      for (const index of here) found(index, at);
      here.length = 0;
    }
  }
}

/** A normalised text's words (normalizeName output split at its single spaces). */
export const wordsOf = (normalised: string): string[] => (normalised ? normalised.split(' ') : []);
