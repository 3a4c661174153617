import { CYRILLIC, foldMarks, NOT_ASCII, OTHER_SCRIPT_WORD, withHanPairs } from '../knowledge/scripts.ts';
import { removeInvisible } from './codes.ts';

// How text becomes search terms, the same for the index and for questions: lower case, English
// stop words dropped, a light suffix stemmer so "updating", "updates" and "updated" meet "update".

// The commonest words of German, French and Spanish: stop words, and what tells a text in one of those
// languages (inOtherLanguage).
const OTHER_LANGUAGE_WORDS = new Set(
  `wie ich die der das und ist nicht mein meine mit von zu auf ein eine es bei kann mich mir
  le la les des du un une et est je mon ma pas ne pour avec sur mes
  el los las del mi con por para que se lo al una como`.split(/\s+/),
);

/** A letter of German, French or Spanish beyond ASCII (Latin-1's letters, and œ), or Spanish's opening marks. */
const OTHER_LANGUAGE_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffœ¿¡]/i;

/**
 * Whether a text reads as German, French or Spanish: a letter or mark of theirs, or at least `least`
 * of their commonest words ("die", "le", "el" are English words too, or parts of names).
 */
export function inOtherLanguage(text: string, least = 1): boolean {
  if (OTHER_LANGUAGE_LETTER.test(text)) return true;
  let found = 0;
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? [])
    if (OTHER_LANGUAGE_WORDS.has(w) && ++found >= least) return true;
  return false;
}

// Common English function words, plus question filler people type ("hi", "thanks", "pls"), the
// commonest of German, French and Spanish (above), of Russian, and German chat filler ("schon seit", "hat nix
// gebracht"), which otherwise counted as words of what is wrong; not "keine", which says what is wanted ("keine Treiber
// mehr installiert"). "Matter" says whether anything does ("if that matters"); its stem met unrelated words.
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
  still even now know way tried trying ok okay actually basically literally gets getting dont doesnt didnt isnt wasnt arent wont wouldnt shouldnt couldnt havent hasnt hadnt werent im ive youre theres bro guys dude mate sir lol thx ty tia asap hlp btw idk
  matter matters mattered
  и в во не что на я с со как а то все так но да к у же за бы по только мне было вот от меня еще нет о из
  когда уже или ли если был была были быть до там тут где есть для мы чем без это этот эта эти мой моя мои
  при после через про
  hat hab habe hatte schon seit nix nichts gerade für fur man paar keinen kein noch auch aber immer wenn dann da denn jetzt`
    .split(/\s+/)
    .filter(Boolean)
    .concat([...OTHER_LANGUAGE_WORDS]),
);

/** The first inflection ending the word has, undone (ies, sses, ing, ed, s but not ss or us). */
function uninflected(w: string): string {
  let out: string | undefined;
  const beforeS = w[w.length - 2];
  if (w.endsWith('ies')) out = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) out = `${w.slice(0, -4)}ss`;
  else if (w.endsWith('ing')) out = w.slice(0, -3);
  else if (w.endsWith('ed')) out = w.slice(0, -2);
  else if (w.endsWith('s') && beforeS !== undefined && beforeS !== 's' && beforeS !== 'u') out = w.slice(0, -1);
  return out !== undefined && out.length >= 3 ? out : w;
}

// Agent nouns that are another thing than their verb's other forms: a device driver is not a disk
// drive ("my C drive is full" is no question about drivers, nor "driving me nuts").
const WHOLE_AGENT_NOUNS = new Set(['driver']);

const LINE_END = /[\n\r\u2028\u2029]/;
/** Whether the word keeps at least `keep` letters (not line ends) before its last `cut`. */
const keeps = (w: string, keep: number, cut: number) =>
  w.length >= keep + cut && !LINE_END.test(w.slice(w.length - cut - keep, w.length - cut));
/** A consonant that ends a word doubled ("stopp"): b-d, f-h, j-n, p-t, v-z. */
const isConsonant = (c: string) => c >= 'b' && c <= 'z' && c !== 'e' && c !== 'i' && c !== 'o' && c !== 'u';

/**
 * A light stemmer: enough to join the common forms of a word, never cutting short words. String
 * tests, not regular expressions: every distinct word of the knowledge is stemmed while the index is
 * built, and regular expressions were most of that in a fresh process.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /[\d._-]/.test(word)) return word;
  // A Russian word by its first five letters: its many endings (обновление, обновления, обновить) meet.
  if (CYRILLIC.test(word)) return word.slice(0, 5);
  let w = uninflected(word);
  // "deferred" and "transferring" lose their doubled r first, so they meet "defer" and "transfer".
  if (w.endsWith('rr')) w = w.slice(0, -1);
  if (w.endsWith('er') && keeps(w, 3, 2) && !WHOLE_AGENT_NOUNS.has(w)) w = w.slice(0, -2);
  if (w.endsWith('e') && keeps(w, 3, 1)) w = w.slice(0, -1);
  const last = w[w.length - 1];
  return last !== undefined && last === w[w.length - 2] && isConsonant(last) ? w.slice(0, -1) : w;
}

const WORD = /[a-z0-9]+(?:[.'’_-][a-z0-9]+)*/g;
const ANY_WORD = new RegExp(`${WORD.source}|${OTHER_SCRIPT_WORD}`, 'g');

/** Folds case, accents and width ("２４Ｈ２"), and drops the invisible marks pasted text carries. */
function fold(text: string): string {
  return removeInvisible(foldMarks(text).replace(/ß/g, 'ss'));
}

/** Splits text into raw lower-case words; keeps file names (tiworker.exe) and codes together. */
export function words(text: string): string[] {
  // Most questions are plain ASCII: nothing in them to fold, and no apostrophe to straighten.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(WORD) ?? [];
  // Accents fold away ("zurücksetzen" = "zurucksetzen"), so a question typed without them still meets
  // keywords written with them, and words are not split at an accented letter.
  return withHanPairs(fold(text).match(ANY_WORD) ?? []).map((w) => w.replace(/’/g, "'"));
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
    if (!JOINED.test(w)) continue;
    for (const part of w.split(JOINS)) out.push(part);
    // A host name is also read as the domains it belongs to, down to three labels: a blocked
    // "fe3.delivery.mp.microsoft.com" is under "*.delivery.mp.microsoft.com" of an address list.
    if (HOST.test(w)) {
      const labels = w.split('.');
      for (let i = 1; labels.length - i >= 3; i++) out.push(labels.slice(i).join('.'));
    }
  }
  return out;
}

/** A host name of four or more labels ending in a top-level domain. */
const HOST = /^(?:[a-z0-9-]+\.){3,}[a-z]{2,6}$/;

/** A French elided article, pronoun or conjunction before a word of three letters or more. */
const ELISION = /^(?:[cdjlmnst]|qu)'(?=[a-z]{3})/;

/** One raw word to its index term, or null for a stop word. */
function termOf(word: string): string | null {
  // French elision ("l'installation", "m'est", "qu'elle"): the word is what follows the apostrophe.
  const w = word.toLowerCase().replace(/'s$/, '').replace(ELISION, '');
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
