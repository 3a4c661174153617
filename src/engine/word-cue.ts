// The word starts a case-insensitive pattern cannot match without, read from its own source, so that a text
// none of whose words starts so is never tried against it: most questions say none of a meaning pattern's
// words, and a pattern tried at every position of a long post costs far more than a few lookups.
//
// Only what is sure is read: a run of letters or digits right after \b ("\b(?:turns?|turned)" cannot match
// without a word starting "turn"). Anything not understood (a class, a backreference, an optional part)
// means no cue, and the pattern is always tried. A cue is read from ASCII word characters only: without the
// u flag, \b and \w are ASCII, and an ASCII letter of the pattern matches only an ASCII letter of the text.

/** One piece of a pattern, as far as cues go. */
type Piece =
  | { t: 'lit'; c: string; min: number; max: number }
  | { t: 'group'; alt: Piece[][]; min: number; max: number }
  | { t: 'boundary'; min: number }
  | { t: 'look'; afterNonWord: boolean }
  | { t: 'other'; nonWord: boolean; min: number };

/**
 * A character in lowercase if it is an ASCII letter: another stays as it is, so that none turns into a word
 * character (the Kelvin sign's lowercase is "k", but without the u flag it matches no "k").
 */
const asciiLower = (c: string): string => (c.charCodeAt(0) < 128 ? c.toLowerCase() : c);

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The pattern's alternatives, each a sequence of pieces; undefined where the source is not understood. */
  parse(): Piece[][] | undefined {
    const alt = this.alternatives();
    return alt && this.i === this.src.length ? alt : undefined;
  }

  private alternatives(): Piece[][] | undefined {
    const alt: Piece[][] = [];
    let seq: Piece[] = [];
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === ')') break;
      if (ch === '|') {
        alt.push(seq);
        seq = [];
        this.i++;
        continue;
      }
      const piece = this.piece();
      if (!piece) return undefined;
      seq.push(piece);
    }
    alt.push(seq);
    return alt;
  }

  private piece(): Piece | undefined {
    const ch = this.src[this.i]!;
    if (ch === '(') {
      this.i++;
      const start = this.i;
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        look = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.i)) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) return undefined;
        this.i = end + 1;
      } else if (this.src[this.i] === '?') return undefined;
      const alt = this.alternatives();
      if (!alt || this.src[this.i] !== ')') return undefined;
      this.i++;
      if (look) {
        // A quantified lookaround is still zero-width; its quantifier is read and dropped. A lookbehind each of
        // whose alternatives ends in a character no word has ("(?<=[.!?\\s])") says a word starts here.
        this.quantifier();
        const behind = this.src.startsWith('?<=', start);
        return { t: 'look', afterNonWord: behind && alt.every((seq) => endsInNonWord(seq)) };
      }
      const { min, max } = this.quantifier();
      return { t: 'group', alt, min, max };
    }
    if (ch === '[') {
      // A class: skipped to its end (in JavaScript a "]" first in it ends it: "[]" is empty).
      let j = this.i + 1;
      if (this.src[j] === '^') j++;
      for (; j < this.src.length && this.src[j] !== ']'; j++) if (this.src[j] === '\\') j++;
      if (j >= this.src.length) return undefined;
      const body = this.src.slice(this.i + 1, j);
      this.i = j + 1;
      const { min } = this.quantifier();
      return { t: 'other', nonWord: classIsNonWord(body), min };
    }
    if (ch === '\\') {
      const next = this.src[this.i + 1];
      if (next === undefined) return undefined;
      this.i += 2;
      if (next === 'b') {
        const { min } = this.quantifier();
        return { t: 'boundary', min };
      }
      // A named backreference, or the letter k where the pattern names no group: not read.
      if (next === 'k') return undefined;
      // Classes, assertions, control characters, backreferences and \u, \x, \c say no letter of their own (the
      // digits or letter after \u, \x, \c are then read as characters that follow no boundary: no cue).
      if (/[dDwWsSBnrtfv0-9uxc]/.test(next)) {
        const { min } = this.quantifier();
        return { t: 'other', nonWord: NON_WORD_ESCAPES.includes(next), min };
      }
      const { min, max } = this.quantifier();
      return { t: 'lit', c: asciiLower(next), min, max };
    }
    if (ch === '^') {
      // A line's start: what follows starts a word, as after \b.
      this.i++;
      this.quantifier();
      return { t: 'boundary', min: 1 };
    }
    if (ch === '.' || ch === '$') {
      this.i++;
      this.quantifier();
      return { t: 'other', nonWord: false, min: 0 };
    }
    if ('*+?'.includes(ch)) return undefined;
    this.i++;
    const { min, max } = this.quantifier();
    return { t: 'lit', c: asciiLower(ch), min, max };
  }

  /** The quantifier after a piece ({1,1} when none), its lazy mark dropped. */
  private quantifier(): { min: number; max: number } {
    const ch = this.src[this.i];
    let q = { min: 1, max: 1 };
    if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return { min, max };
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }
}

const WORD_CHAR = /^[a-z0-9_]$/;

/** Escapes of characters no word has (without the u flag, \W is every character but ASCII letters, digits, _). */
const NON_WORD_ESCAPES = 'sWnrtfv';

/**
 * Whether a class (its source between the brackets) holds only characters no word has ("[.!?\n\s]", "['’,]"): a
 * letter after one starts a word. Anything not sure (a range, a negation, \u, \x, \d) says no.
 */
function classIsNonWord(body: string): boolean {
  if (body.startsWith('^') || body.length === 0) return false;
  for (let k = 0; k < body.length; k++) {
    const c = body[k]!;
    if (c === '\\') {
      const e = body[++k];
      if (e === undefined) return false;
      if (NON_WORD_ESCAPES.includes(e) || e === 'b') continue;
      if (/[a-zA-Z0-9_]/.test(e)) return false;
      continue;
    }
    if (c === '-' && k > 0 && k < body.length - 1) return false;
    if (WORD_CHAR.test(c.toLowerCase())) return false;
  }
  return true;
}

/**
 * Whether a sequence surely ends in a character no word has: read back from its end, the pieces that may be left
 * out are such characters too, up to one that may not ("[.!?\n(]\s*").
 */
function endsInNonWord(seq: Piece[]): boolean {
  for (let k = seq.length - 1; k >= 0; k--) {
    const p = seq[k]!;
    const nonWord = p.t === 'other' ? p.nonWord : p.t === 'lit' && !WORD_CHAR.test(p.c);
    if (!nonWord || (p.t !== 'other' && p.t !== 'lit')) return false;
    if (p.min >= 1) return true;
  }
  return false;
}

/** The better of two cues: the one whose shortest word start is longest, then the one with fewer. */
function better(a: Set<string>, b: Set<string>): Set<string> {
  const shortest = (s: Set<string>) => Math.min(...[...s].map((w) => w.length));
  const [la, lb] = [shortest(a), shortest(b)];
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}

/**
 * What is read of a pattern's part: its cue (undefined when none is sure), and whether a word surely starts right
 * after it (a \b, a line's start, a space or a mark), so that the letters after it are a word's first.
 */
interface Reading {
  cue: Set<string> | undefined;
  end: boolean;
}

function ofAlternatives(alt: Piece[][], atBoundary: boolean): Reading {
  const all = new Set<string>();
  let sure = true;
  let end = true;
  for (const seq of alt) {
    const r = ofSequence(seq, atBoundary);
    end &&= r.end;
    if (!r.cue) sure = false;
    else for (const w of r.cue) all.add(w);
  }
  // A start that begins with another one says nothing more ("turned" beside "turn").
  const cue = sure ? new Set([...all].filter((w) => ![...all].some((o) => o !== w && w.startsWith(o)))) : undefined;
  return { cue, end };
}

function ofSequence(seq: Piece[], atBoundary: boolean): Reading {
  let best: Set<string> | undefined;
  const take = (cue: Set<string> | undefined) => {
    if (cue && cue.size > 0) best = best ? better(best, cue) : cue;
  };
  let boundary = atBoundary;
  let run: string | undefined;
  const close = () => {
    if (run) take(new Set([run]));
    run = undefined;
  };
  for (const p of seq) {
    if (p.t === 'look') {
      if (p.afterNonWord) {
        close();
        boundary = true;
      }
      continue;
    }
    if (p.t === 'boundary') {
      close();
      boundary = p.min >= 1;
      continue;
    }
    if (p.t === 'lit') {
      const word = WORD_CHAR.test(p.c);
      if (!word) {
        // A mark or a space: a word starts after it, or after what came before it when it may be left out.
        const before = boundary && run === undefined;
        close();
        boundary = p.min >= 1 || before;
        continue;
      }
      if (p.min === 0) {
        close();
        boundary = false;
        continue;
      }
      if (run !== undefined) run += p.c;
      else if (boundary) run = p.c;
      boundary = false;
      if (p.max !== 1) close();
      continue;
    }
    if (p.t === 'group') {
      const groupAtBoundary = boundary && run === undefined;
      close();
      const r = ofAlternatives(p.alt, groupAtBoundary);
      if (p.min === 0) {
        boundary = groupAtBoundary && r.end;
        continue;
      }
      take(r.cue);
      boundary = r.end;
      continue;
    }
    const before = boundary && run === undefined;
    close();
    boundary = p.nonWord && (p.min >= 1 || before);
  }
  close();
  return { cue: best, end: boundary };
}

/**
 * The word starts (lowercase) of which a text must say at least one for the pattern to match, or undefined
 * when none can be read (the pattern must always be tried). Only for case-insensitive patterns without the
 * u flag.
 */
export function wordCue(pattern: RegExp): ReadonlySet<string> | undefined {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v')) return undefined;
  const alt = new Parser(pattern.source).parse();
  return alt ? ofAlternatives(alt, false).cue : undefined;
}

/** How many alternatives a pattern source has outside every group ("a|b(?:c|d)" has 2), or undefined if not understood. */
export function topLevelAlternatives(source: string): number | undefined {
  return new Parser(source).parse()?.length;
}

/** A text's words as \b and \w read them without the u flag (ASCII letters, digits and _), in lowercase. */
export function cueWords(text: string): string[] {
  return (text.match(/\w+/g) ?? []).map((w) => w.toLowerCase());
}

/**
 * Patterns, added one by one, each tried only on texts that say one of its cues: which of them a text may match is
 * read in one pass over its words, and kept for the last few texts (a question's text is read by many patterns in
 * turn).
 */
export class CueBook {
  /** The cues' letters as a tree: each node holds the patterns whose cue ends there. */
  private readonly root: CueNode = { next: new Map(), patterns: [] };
  /** Patterns without a cue: always tried. */
  private readonly uncued = new Set<number>();
  private readonly added: RegExp[] = [];
  private readonly read = new Map<string, ReadonlySet<number>>();

  /** Every pattern added, by its number. */
  get patterns(): readonly RegExp[] {
    return this.added;
  }

  /** Whether a pattern added has no cue, so that every text may match it. */
  hasNoCue(id: number): boolean {
    return this.uncued.has(id);
  }

  /** Adds a pattern; its number is what candidates() lists. */
  add(pattern: RegExp): number {
    const i = this.added.push(pattern) - 1;
    this.read.clear();
    const cue = wordCue(pattern);
    if (!cue) {
      this.uncued.add(i);
      return i;
    }
    for (const start of cue) {
      let node = this.root;
      for (const ch of start) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map(), patterns: [] }));
        node = child;
      }
      node.patterns.push(i);
    }
    return i;
  }

  /** The patterns a text may match: every other one cannot. */
  candidates(text: string): ReadonlySet<number> {
    const known = this.read.get(text);
    if (known) return known;
    const out = new Set(this.uncued);
    // The words are read before they are lowercased: a character outside ASCII whose lowercase is a letter (the
    // Kelvin sign) parts them, as it does for the patterns.
    for (const word of cueWords(text)) {
      // Walked letter by letter down the tree: every cue the word starts with is met on the way.
      let node: CueNode | undefined = this.root;
      for (let n = 0; n < word.length && node; n++) {
        node = node.next.get(word[n]!);
        if (node) for (const i of node.patterns) out.add(i);
      }
    }
    if (this.read.size >= 8) this.read.delete(this.read.keys().next().value!);
    this.read.set(text, out);
    return out;
  }
}

/** Whether a text matches any of some patterns (case-insensitive), each tried only when the text says its cue. */
export class CuedTest {
  private readonly patterns: readonly RegExp[];
  private readonly ids: readonly number[];

  constructor(
    private readonly book: CueBook,
    sources: readonly string[],
  ) {
    this.patterns = sources.map((s) => new RegExp(s, 'i'));
    this.ids = this.patterns.map((p) => book.add(p));
  }

  test(text: string): boolean {
    if (this.patterns.length === 0) return false;
    const maybe = this.book.candidates(text);
    for (let k = 0; k < this.patterns.length; k++)
      if (maybe.has(this.ids[k]!) && this.patterns[k]!.test(text)) return true;
    return false;
  }
}

/**
 * Patterns as one alternation (global, case-insensitive), for replacing what they match, tried only on a text that
 * says the cue of one of them (most texts say none). Not built anew of the patterns a text may match: a new
 * expression is compiled at its first use, which costs more than trying the whole one.
 */
export class CuedAlternation {
  private readonly ids: readonly number[];
  private readonly all: RegExp;
  /** The patterns without a cue (tried on every text), alone: the alternation when no other may match. */
  private readonly alwaysTried: RegExp | undefined;

  constructor(
    private readonly book: CueBook,
    sources: readonly string[],
    /** How the patterns are joined into one (they may share a start). */
    join: (sources: readonly string[]) => string,
  ) {
    this.ids = sources.map((s) => book.add(new RegExp(s, 'i')));
    this.all = new RegExp(sources.length > 0 ? join(sources) : '(?!)', 'gi');
    const always = sources.filter((_, k) => book.hasNoCue(this.ids[k]!));
    this.alwaysTried = always.length > 0 ? new RegExp(join(always), 'gi') : undefined;
  }

  /** The text with every match replaced, as String.replace does. */
  replace(text: string, by: string | ((match: string) => string)): string {
    const maybe = this.book.candidates(text);
    let others = false;
    for (const id of this.ids) if (maybe.has(id) && !this.book.hasNoCue(id)) others = true;
    const re = others ? this.all : this.alwaysTried;
    if (!re) return text;
    // Two calls only for the type checker: String.replace takes a string or a function, not either.
    return typeof by === 'string' ? text.replace(re, by) : text.replace(re, by);
  }
}

interface CueNode {
  next: Map<string, CueNode>;
  patterns: number[];
}
