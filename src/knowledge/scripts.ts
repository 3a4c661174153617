// The scripts beyond Latin that the knowledge has a few words in: Russian (Cyrillic, lower case and
// with its marks folded away: й is и) and Chinese (Han characters, written without spaces). Read the
// same way by the names (normalizeName) and by the search (terms.ts).

/** A Cyrillic word or a run of Han characters, after folding. */
export const OTHER_SCRIPT_WORD = '[\\u0430-\\u044f]+|[\\u3400-\\u4dbf\\u4e00-\\u9fff]+';
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
export const CYRILLIC = /^[\u0430-\u044f]/;

/**
 * A run of Chinese characters as its overlapping pairs ("更新失败": 更新, 新失, 失败): Chinese has no
 * spaces and most of its words are two characters, so the pairs meet the words wherever they stand.
 */
export function hanPairs(run: string): string[] {
  if (run.length <= 2) return [run];
  const out: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** Lower case, with accents and other marks folded away ("zurücksetzen" as "zurucksetzen", й as и). */
export function foldMarks(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Any letter beyond ASCII: a text without one has no accents to fold and no other script. */
export const NOT_ASCII = /[\u0080-\uffff]/;
const ALPHANUMERIC = /[a-z0-9]+/g;
const NAME_WORD = new RegExp(`${ALPHANUMERIC.source}|${OTHER_SCRIPT_WORD}`, 'g');

/**
 * A text's words as names are compared (normalizeName joins them with single spaces): letters and
 * digits, Russian words and Chinese pairs; case, accents and punctuation do not matter. A plain ASCII
 * text has no accents to fold. Every question is read into words three or four times, so the engine
 * calls this rather than splitting normalizeName's joined text again.
 */
export function nameWords(text: string): string[] {
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(ALPHANUMERIC) ?? [];
  return withHanPairs(foldMarks(text).match(NAME_WORD) ?? []);
}

/** Words as matched, with each run of Han characters as its pairs. */
export function withHanPairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (HAN.test(w)) out.push(...hanPairs(w));
    else out.push(w);
  }
  return out;
}
