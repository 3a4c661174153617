// How text becomes search terms, the same for the index and for questions: lower case, English
// stop words dropped, a light suffix stemmer so "updating", "updates" and "updated" meet "update".

// Common English function words, plus question filler people type ("hi", "thanks", "pls").
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
  him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
  my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
  she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
  there's these they they'd they'll they're they've this those through to too under until up very was wasn't we
  we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's
  with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
  hi hello hey thanks thank please pls plz anyone somebody someone ideas idea any help just also get got really
  still even now know way ok okay
  wie ich die der das und ist nicht mein meine mit von zu auf ein eine es bei kann mich mir
  le la les des du un une et est je mon ma pas ne pour avec sur mes
  el los las del mi con por para que se lo al una como`
    .split(/\s+/)
    .filter(Boolean),
);

const INFLECTIONS: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/sses$/, 'ss'],
  [/ing$/, ''],
  [/ed$/, ''],
  [/([^su])s$/, '$1'],
];

/** A light stemmer: enough to join the common forms of a word, never cutting short words. */
export function stem(word: string): string {
  if (word.length <= 4 || /[\d._-]/.test(word)) return word;
  let w = word;
  for (const [re, to] of INFLECTIONS) {
    if (re.test(w)) {
      const out = w.replace(re, to);
      if (out.length >= 3) w = out;
      break;
    }
  }
  w = w.replace(/(...)er$/, '$1').replace(/(...)e$/, '$1');
  return w.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

const WORD = /[a-z0-9]+(?:[.'’_-][a-z0-9]+)*/g;
const NOT_ASCII = /[\u0080-\uffff]/;

/** Splits text into raw lower-case words; keeps file names (tiworker.exe) and codes together. */
export function words(text: string): string[] {
  // Most questions are plain ASCII: nothing in them to fold, and no apostrophe to straighten.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(WORD) ?? [];
  return (
    (
      text
        .toLowerCase()
        // Accents fold away ("zurücksetzen" = "zurucksetzen"), so a question typed without them still
        // meets keywords written with them, and words are not split at an accented letter.
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss')
        .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
        .match(WORD) ?? []
    ).map((w) => w.replace(/’/g, "'"))
  );
}

const JOINED = /[._-]/;
const JOINS = /[._-]+/;

/**
 * The words of a text, each followed by its parts when it is joined by dots, underscores or dashes:
 * "tiworker.exe" is also searchable as "tiworker"; "restore-health" as "restore" and "health".
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    out.push(w);
    if (JOINED.test(w)) for (const part of w.split(JOINS)) out.push(part);
  }
  return out;
}

/** One raw word to its index term, or null for a stop word. */
function termOf(word: string): string | null {
  const w = word.toLowerCase().replace(/'s$/, '');
  if (STOP_WORDS.has(w) || STOP_WORDS.has(word.toLowerCase())) return null;
  return stem(w.replace(/'/g, ''));
}

// The same few thousand words come back all the time (the knowledge's own when indexing, and
// questions mostly use them too), and stemming each with its regexes was most of the index build and
// a good part of every question. Words seen are remembered; the memory is dropped when it fills, so
// a flood of pasted gibberish cannot grow it without bound.
const TERM_MEMO_LIMIT = 20_000;
const termMemo = new Map<string, string | null>();

/** One raw word to its index term, or null for a stop word. */
export function toTerm(word: string): string | null {
  const known = termMemo.get(word);
  if (known !== undefined) return known;
  const term = termOf(word);
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(word, term);
  return term;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokens(text)) {
    const term = toTerm(token);
    if (term) out.push(term);
  }
  return out;
}
