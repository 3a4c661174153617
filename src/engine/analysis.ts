// How the full-text index reads a text, as MiniSearch read it: its tokens, the terms they make, and
// a field's length (its distinct tokens). An entry's title, names and keywords are read once each,
// as its own phrasings, and the fields are made of them.

/** A field's text as the index takes it: its terms, in order, and its length. */
export interface AnalyzedField {
  terms: readonly string[];
  /** As MiniSearch counted it: distinct tokens, before stop words are dropped. */
  length: number;
}

/** A text read: its tokens, and the terms they make (processTerm null drops a token). */
export interface Tokenized {
  tokens: readonly string[];
  terms: readonly string[];
}

export function tokenized(
  text: string,
  tokenize: (text: string) => string[],
  processTerm: (token: string) => string | null,
): Tokenized {
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return { tokens, terms };
}

/**
 * Texts that make one field, as MiniSearch read them joined by a separator that is no word (" | "):
 * their terms one after the other, and the field's length over them all.
 */
export function joined(parts: readonly Tokenized[]): AnalyzedField {
  if (parts.length === 1) return { terms: parts[0]!.terms, length: new Set(parts[0]!.tokens).size };
  const tokens = new Set<string>();
  const terms: string[] = [];
  for (const part of parts) {
    for (const t of part.tokens) tokens.add(t);
    for (const t of part.terms) terms.push(t);
  }
  return { terms, length: tokens.size };
}

/** A field's text to its terms and length, as MiniSearch read it. */
export function analyze(
  text: string,
  tokenize: (text: string) => string[],
  processTerm: (token: string) => string | null,
): AnalyzedField {
  return joined([tokenized(text, tokenize, processTerm)]);
}
