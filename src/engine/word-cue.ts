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
  | { t: 'look' }
  | { t: 'other' };

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
        // A quantified lookaround is still zero-width; its quantifier is read and dropped.
        this.quantifier();
        return { t: 'look' };
      }
      const { min, max } = this.quantifier();
      return { t: 'group', alt, min, max };
    }
    if (ch === '[') {
      // A class: skipped to its end (a "]" first in it is a character of it).
      let j = this.i + 1;
      if (this.src[j] === '^') j++;
      if (this.src[j] === ']') j++;
      for (; j < this.src.length && this.src[j] !== ']'; j++) if (this.src[j] === '\\') j++;
      if (j >= this.src.length) return undefined;
      this.i = j + 1;
      this.quantifier();
      return { t: 'other' };
    }
    if (ch === '\\') {
      const next = this.src[this.i + 1];
      if (next === undefined) return undefined;
      this.i += 2;
      if (next === 'b') {
        const { min } = this.quantifier();
        return { t: 'boundary', min };
      }
      if (next === 'k') {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) return undefined;
        this.i = end + 1;
        this.quantifier();
        return { t: 'other' };
      }
      // Classes, assertions, control characters, backreferences and \u, \x, \c say no letter of their own (the
      // digits or letter after \u, \x, \c are then read as characters that follow no boundary: no cue).
      if (/[dDwWsSBnrtfv0-9uxc]/.test(next)) {
        this.quantifier();
        return { t: 'other' };
      }
      const { min, max } = this.quantifier();
      return { t: 'lit', c: next.toLowerCase(), min, max };
    }
    if (ch === '.' || ch === '^' || ch === '$') {
      this.i++;
      this.quantifier();
      return { t: 'other' };
    }
    if ('*+?'.includes(ch)) return undefined;
    this.i++;
    const { min, max } = this.quantifier();
    return { t: 'lit', c: ch.toLowerCase(), min, max };
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

/** The better of two cues: the one whose shortest word start is longest, then the one with fewer. */
function better(a: Set<string>, b: Set<string>): Set<string> {
  const shortest = (s: Set<string>) => Math.min(...[...s].map((w) => w.length));
  const [la, lb] = [shortest(a), shortest(b)];
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}

function ofAlternatives(alt: Piece[][], atBoundary: boolean): Set<string> | undefined {
  const all = new Set<string>();
  for (const seq of alt) {
    const cue = ofSequence(seq, atBoundary);
    if (!cue) return undefined;
    for (const w of cue) all.add(w);
  }
  // A start that begins with another one says nothing more ("turned" beside "turn").
  return new Set([...all].filter((w) => ![...all].some((o) => o !== w && w.startsWith(o))));
}

function ofSequence(seq: Piece[], atBoundary: boolean): Set<string> | undefined {
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
    if (p.t === 'look') continue;
    if (p.t === 'boundary') {
      close();
      boundary = p.min >= 1;
      continue;
    }
    if (p.t === 'lit') {
      if (p.min === 0) {
        close();
        boundary = false;
        continue;
      }
      const word = WORD_CHAR.test(p.c);
      if (run !== undefined && word) run += p.c;
      else if (run === undefined && boundary && word) run = p.c;
      else close();
      boundary = false;
      if (p.max !== 1) close();
      continue;
    }
    if (p.t === 'group') {
      const groupAtBoundary = boundary && run === undefined;
      close();
      boundary = false;
      if (p.min === 0) continue;
      take(ofAlternatives(p.alt, groupAtBoundary));
      continue;
    }
    close();
    boundary = false;
  }
  close();
  return best;
}

/**
 * The word starts (lowercase) of which a text must say at least one for the pattern to match, or undefined
 * when none can be read (the pattern must always be tried). Only for case-insensitive patterns without the
 * u flag.
 */
export function wordCue(pattern: RegExp): ReadonlySet<string> | undefined {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v')) return undefined;
  const alt = new Parser(pattern.source).parse();
  return alt ? ofAlternatives(alt, false) : undefined;
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
 * Patterns tried only on texts that say one of their cues: which of them a text may match is read in one pass
 * over its words.
 */
export class CuedPatterns {
  /** The cues' letters as a tree: each node holds the patterns whose cue ends there. */
  private readonly root: CueNode = { next: new Map(), patterns: [] };
  /** Patterns without a cue: always tried. */
  private readonly always: number[] = [];

  constructor(patterns: readonly RegExp[]) {
    patterns.forEach((p, i) => {
      const cue = wordCue(p);
      if (!cue) {
        this.always.push(i);
        return;
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
    });
  }

  /** The patterns a text may match: every other one cannot. */
  candidates(text: string): Set<number> {
    const out = new Set(this.always);
    for (const word of cueWords(text)) {
      // Walked letter by letter down the tree: every cue the word starts with is met on the way.
      let node: CueNode | undefined = this.root;
      for (let n = 0; n < word.length && node; n++) {
        node = node.next.get(word[n]!);
        if (node) for (const i of node.patterns) out.add(i);
      }
    }
    return out;
  }
}

interface CueNode {
  next: Map<string, CueNode>;
  patterns: number[];
}
