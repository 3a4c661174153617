// Finds error codes in what people paste, in every spelling: 0x80070422, 0X80070422, 80070422,
// the signed decimal -2147023838, inside sentences and log lines. Returns 0x + 8 upper-case hex.
// Win32 numbers ("System error 1058", "[SC] StartService FAILED 1058") are found apart, since a bare
// small number is a code only where the knowledge knows it (see findWin32).

// Not inside a word, not a GUID's first group ({C3B2F1A3-1D2E-...}), not a byte count; after a dash
// only with its 0x ("2023/1/14-0x800f081f" in a localized update history); after an underscore, as
// the last part of a name ("WindowsUpdate_80072EFE", a log's or a page's name for the code).
const HEX = /(?<![0-9A-Za-z.{])(?:0x|(?<!-))([0-9A-F]{8})(?![0-9A-Za-z_]|-[0-9A-Fa-f]{4}-|\s*(?:bytes?|[kmg]i?b)\b)/gi;
// The code families of Windows Update's own parts: Win32 errors, the update agent, servicing, trust,
// BITS, and setup.
const UPDATE_FAMILIES = /^(?:8007|8024|800f|800b|8020|c19)/i;
// Not a percentage ("Downloading update... -2147483648%" is a broken progress counter, not an error).
const SIGNED_DECIMAL = /(?<![0-9A-Za-z_.])-(\d{10})(?![0-9]|\s*%)/g;
// "System error 1058 has occurred", "[SC] StartService FAILED 1058:", "sc query bits fails 1060", "error 5",
// "Fehler 1060"; not a count ("fails 2 out of 3 times", "failed 1 in 10 boots", "fails 3 times"),
// "Win32ErrorCode 1058" (Ansible's win_updates), sc.exe in Chinese ("OpenService 失败 1060"), and
// "net helpmsg 1068", the command that prints a Win32 error's text; and a number asked after ("what does
// 1058 mean"), of three digits or more, as a version or a count is seldom asked to mean anything; not
// a number asked about in something else ("what does 1060 mean in gtx 1060", "112 mean in europe"); nor
// a count of tries ("auto-remediation failed 3/3").
const WIN32 =
  /(?:\b(?:what\s+(?:does|is)(?=\s+\d{3,5}\b(?:\s+[a-z]+){0,3}\s+mean(?!s?\s+in\s+(?!(?:windows|win|wu|updates?|services?|event|sc)\b)))|net\s+helpmsg|system\s+error|win32\s*error\s*code|win32\s*error|error\s*code|error|failed|fails(?!\s*[:#=]?\s*\d{1,2}\b)|fehler|erreur|código\s+de\s+error)|失败)\s*[:#=]?\s*(\d{1,5})\b(?![.,]\d|\s*\/\s*\d)(?!\s*(?:%|percent|times|bytes?|[kmg]b|min|minutes?|hours?|days?|updates?|x\b|out\s+of\b|in\s+\d+\s+(?:boots?|tries|attempts|times|runs|restarts?)\b))/gi;
// An HRESULT as an unsigned decimal ("with error 2147943458", "failed with 2147943860", "exit code
// 2147942405", as some tools and logs print it): only right after words naming it an error, or a tool
// returning or reporting it ("ConfigMgr is reporting 2149859372"), since among other words ten digits
// are as often an id or a byte count. Matched forwards, the number last, with bounded blanks: a
// look-behind ending in \s* is retried at every character and took seconds on a paste with long runs
// of spaces.
const UNSIGNED_DECIMAL =
  /\b(?:error|error\s?code|hresult|result\s?code|exit\s?code|return\s?code|fail(?:s|ed)? with|return(?:s|ed|ing)|report(?:s|ed|ing)|throw(?:s|n|ing)|threw|fehler|erreur|código de error)[ \t]{0,8}[:#=]?[ \t]{0,8}(\d{10})(?![0-9]|[ \t]{0,8}(?:%|bytes?\b|[kmg]i?b\b))/gi;
const TEN_DIGITS = /\d{10}/;
// ...or as the whole message: sent alone to a help bot ("2147943458", "#2147943458?"), ten digits in
// the HRESULT range are a code.
const WHOLE_UNSIGNED = /^\s*#?(\d{10})[?!.]*\s*$/;
const DIGIT = /\d/;
// "zero x", as a code read aloud begins (see SPOKEN).
const ZERO_X = String.raw`\b(?:zero|0)[ -]?(?:x|ex)`;
const SAYS_ZERO_X = new RegExp(String.raw`${ZERO_X}\b`, 'i');
// Characters that paste and chat apps slip into text and that split a code in two.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

// The first halves of the code families of Windows Update's parts, as typed before the rest (see SPLIT and SHORT).
const FIRST_HALVES = '8007|8024|800f|800b|8020|c190';
// A code typed off the screen: in two groups of four ("0x8007 0005", "0x 8007 0422"), or with the letter O for a zero
// ("0xC19001O1"). Split only after the 0x and the first half of a family of Windows Update's parts.
const SPLIT = new RegExp(String.raw`(?<![0-9A-Za-z.{])0x ?(${FIRST_HALVES})[ -]([0-9a-f]{4})(?![0-9A-Za-z_])`, 'gi');
const WITH_O = /(?<![0-9A-Za-z.{])0x(?=[0-9a-f]*o)[0-9a-fo]{8}(?![0-9A-Za-z_])/gi;
// ...or begun with the letter O ("Ox80070005"): only before x and eight characters of a failure code.
const O_FOR_ZERO_X = /(?<![0-9A-Za-z.{])o(?=x[89a-f][0-9a-fo]{7}(?![0-9A-Za-z_]))/gi;

// A code read aloud, as phone dictation writes it ("zero x eight zero zero seven zero four two two", "eight oh oh
// seven"): "zero x" and then eight digits or letters, each a word or a character of its own. Only after "zero x":
// "error eight zero zero seven..." could be a count of anything.
const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  // Letters said by name.
  bee: 'b',
  cee: 'c',
  dee: 'd',
  eff: 'f',
  ef: 'f',
};

// A digit or letter of a code read aloud: a word for it (longest first, so "eff" is not read as "ef"), or itself.
const SPOKEN_DIGIT = String.raw`(?:${Object.keys(DIGIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}|[0-9a-f])`;
const SPOKEN = new RegExp(String.raw`${ZERO_X}((?:[\s,-]+${SPOKEN_DIGIT}){8})\b(?![\s,-]+${SPOKEN_DIGIT}\b)`, 'gi');

/** A code read aloud, written as one and padded with spaces to the words' length (positions hold). */
function fromSpoken(said: string, digits: string): string {
  const hex = digits
    .trim()
    .split(/[\s,-]+/)
    .map((d) => DIGIT_WORDS[d.toLowerCase()] ?? d)
    .join('');
  return `0x${hex}`.padEnd(said.length, ' ');
}

/**
 * The second group of a split code, as hex. After 0x8007 four decimal digits with no leading zero are
 * the Win32 error it wraps, as people know it ("0x8007 1058" is 0x80070422): in hex they would be one.
 */
function splitLow(high: string, low: string): string {
  if (high !== '8007' || !/^[1-9]\d{3}$/.test(low)) return low;
  return Number(low).toString(16).padStart(4, '0');
}

// A code typed one digit short, the zero after the family dropped ("0x800f983" for 0x800F0983): read so only where
// the knowledge knows the code it makes (the engine checks), as any other missing digit would make another code.
const SHORT = new RegExp(String.raw`(?<![0-9A-Za-z.{])0x(${FIRST_HALVES})([0-9a-f]{3})(?![0-9A-Za-z_])`, 'gi');

// Said as an error or of updating: a seven-digit 0x word elsewhere is more often an address ("jumps to 0x800f983").
const SAID_AS_ERROR = /\b(?:error|code|fail\w*|updat\w*|install\w*|kb\d+|cu|lcu|cumulative|patch\w*)\b/i;

/** Codes typed one digit short (see SHORT), as the codes they would be with the zero put back. */
export function findShortCodes(text: string): string[] {
  return [...new Set(locateShortCodes(text).map((f) => f.code))];
}

/** Codes typed one digit short, where they stand. */
export function locateShortCodes(text: string): FoundCode[] {
  if (!/0x/i.test(text) || !SAID_AS_ERROR.test(text)) return [];
  return [...text.matchAll(SHORT)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    code: normalizeCode(`${m[1]}0${m[2]}`),
    spelling: 1,
  }));
}

/** The text with codes typed off the screen written as codes; as long as it was, so positions hold. */
function readCodes(text: string): string {
  if (SAYS_ZERO_X.test(text)) text = text.replace(SPOKEN, fromSpoken);
  if (/ox/i.test(text)) text = text.replace(O_FOR_ZERO_X, '0');
  if (!/0x/i.test(text)) return text;
  return text
    .replace(SPLIT, (m: string, high: string, low: string) => `0x${high}${splitLow(high, low)}`.padEnd(m.length))
    .replace(WITH_O, (code) => code.replace(/o/gi, '0'));
}

export function normalizeCode(hex: string): string {
  return `0x${hex.toUpperCase()}`;
}

/** Removes zero-width and direction marks, which would split a code in two. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

function fromSignedDecimal(digits: string): string | undefined {
  const n = Number(digits);
  if (n < 1 || n > 2 ** 31) return undefined;
  return normalizeCode((2 ** 32 - n).toString(16).padStart(8, '0'));
}

/**
 * Every failure code (0x8…–0xF…) in the text, each once, in order of appearance, the error as it stands first (see
 * below). lastFirst: read a pasted log from its end, where its outcome is (a CBS.log's final result after its inner
 * errors, SetupDiag's result code after the step that failed).
 */
export function findCodes(typed: string, lastFirst = false): string[] {
  const { text, found } = locateCodes(typed);
  return orderCodes(text, found, lastFirst);
}

/** A code found in a text: where it stands (start and end) and what it is. */
export interface FoundCode {
  at: number;
  end: number;
  code: string;
  /** How it was written: 0 an HRESULT (the default), 1 one typed a digit short, 2 a Win32 number (see orderCodes). */
  spelling?: number;
}

/**
 * Every failure code (0x8…–0xF…) in the text, where it stands, in order of appearance; text is the text they were
 * read from (codes typed off the screen written as codes, as long as it was: positions hold in the one typed too).
 */
export function locateCodes(typed: string): { text: string; found: FoundCode[] } {
  // Every code has a digit (a bare one must, 0x is one, and so are decimals), or is read aloud: most questions
  // have neither.
  if (!DIGIT.test(typed) && !SAYS_ZERO_X.test(typed)) return { text: typed, found: [] };
  const text = readCodes(typed);
  const found: FoundCode[] = [];
  for (const m of text.matchAll(HEX)) {
    const hex = m[1] ?? '';
    const prefixed = /^0x/i.test(m[0]);
    // A failure HRESULT has its top bit set: 0x00000000 and friends in a log are not errors. A bare
    // 8-digit word is a code only when it reads as one (8xxxxxxx or Cxxxxxxx) and is not a word
    // made of the letters A-F.
    if (prefixed ? !/^[89a-f]/i.test(hex) : !/^[8c]/i.test(hex) || !/\d/.test(hex)) continue;
    // After an underscore a bare hex word is more often a hash or an id ("build_8d4b2e1f.log"): only
    // the families Windows Update's parts give count there.
    if (!prefixed && text[m.index - 1] === '_' && !UPDATE_FAMILIES.test(hex)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, code: normalizeCode(hex) });
  }
  for (const m of text.matchAll(SIGNED_DECIMAL)) {
    const code = fromSignedDecimal(m[1] ?? '');
    if (code) found.push({ at: m.index, end: m.index + m[0].length, code });
  }
  if (TEN_DIGITS.test(text))
    for (const m of text.matchAll(UNSIGNED_DECIMAL)) {
      const digits = m[1] ?? '';
      const code = hresultOfUnsigned(digits);
      // The number ends the match: its position, like the other spellings', is where it stands.
      if (code) found.push({ at: m.index + m[0].length - digits.length, end: m.index + m[0].length, code });
    }
  const whole = WHOLE_UNSIGNED.exec(text)?.[1];
  const wholeCode = whole === undefined ? undefined : hresultOfUnsigned(whole);
  if (wholeCode) found.push({ at: 0, end: text.length, code: wholeCode });
  return { text, found };
}

/**
 * Codes found in a text (any spelling: HRESULTs, Win32 numbers, codes typed short), each once, in order of
 * appearance, the error as it stands first (see below). lastFirst: read a pasted log from its end.
 */
export function orderCodes(text: string, codes: readonly FoundCode[], lastFirst = false): string[] {
  // Told alike, an HRESULT comes before a code typed short and both before a bare Win32 number, which every program
  // shows; a pasted log read from its end takes them the other way round, its last line first.
  const spelling = (f: FoundCode) => (lastFirst ? -1 : 1) * (f.spelling ?? 0);
  const found = [...codes].sort((a, b) => spelling(a) - spelling(b) || (lastFirst ? b.at - a.at : a.at - b.at));
  if (found.length < 2) return found.map((f) => f.code);
  // A code said as the one the error no longer is ("now instead of 0x80070005 it says 0x80070002", "I fixed
  // 0x80070422 by enabling the service") comes after the others: the answer is about the error as it stands.
  // One said as what it is now ("it was 0x800f081f yesterday but now it's 0x800f0991", "next problem: 0x800f081f")
  // comes first. In a log, a code on a line the log marks as an error comes before one on an information line (a
  // CBS.log's routine "Info ... 0x80070002" above the "Error ... 0x800f0983" that failed).
  const standing = ({ at, end }: { at: number; end: number }) => {
    const before = text.slice(Math.max(0, at - 60), at);
    const after = text.slice(end, end + 40);
    const told =
      REPLACED_BEFORE.test(before) || PAST_AFTER.test(after)
        ? 1
        : NOW_BEFORE.test(before) || AFTER_STEP.test(before)
          ? -1
          : 0;
    return told + logLevel(text, at);
  };
  const rank = new Map(found.map((f) => [f, standing(f)]));
  // Stable: codes told alike stay in the order read.
  found.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return [...new Set(found.map((f) => f.code))];
}

/**
 * -1 for a code on a log line marked as an error or a failure, 1 on one marked as information, a warning or
 * verbose, else 0 (see orderCodes). Its line starts after the last line break or, as a paste's line breaks may be gone by now, at the
 * last time stamp before the code: each line of these logs starts with one.
 */
function logLevel(text: string, at: number): number {
  let line = text.slice(Math.max(0, at - 300), at);
  line = line.slice(line.lastIndexOf('\n') + 1);
  let start = -1;
  for (const m of line.matchAll(LOG_TIME)) start = m.index;
  if (start > 0) line = line.slice(start);
  let level = 0;
  for (const m of line.matchAll(LOG_LEVEL)) level = m[1] || m[2] ? -1 : 1;
  return level;
}

/** A log line's time stamp ("2026-01-05 10:00:01", "2026/01/05 08:00:01.1"). */
const LOG_TIME = /\b\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T,]+\d{1,2}:\d{2}/g;

/** A log line's own level, as CBS.log, DISM.log and Setup's logs write it, or WindowsUpdate.log's failure mark. */
// Any case: a paste may have been lowercased or typed in capitals on the way.
const LOG_LEVEL =
  /(?:^|[\s,])(?:(Error|Fatal)|Info|Information|Verbose|Warning)\s+(?:CBS|CSI|DISM|DPX|SXS|MOUPG|PANTHR|SP|CONX)\b|(\*FAILED\*|\bFATAL:)/gi;

/** Words in the clause just before a code that say it is the error as it stands (see findCodes). */
const NOW_BEFORE =
  /\b(?:now|(?<!\bearlier\s)today|currently|instead|these\s+days|this\s+time|next\s+(?:problem|issue|error|one)|new\s+(?:error|code|one|problem)|(?:turned|changed|switched)\s+(?:in)?to|became|becomes)\b(?:(?!0x|\band\b|\bbut\b)[^.?!;,]){0,45}$/i;

/** A step named, then a colon: what the error is after it ("after the reset: 0x80070643"). */
const AFTER_STEP = /\bafter\s+(?:[\w'’]+\s+){0,3}?[\w'’]+\s*[:–-]\s*$/i;

/** Words just before a code that say it is the one the error was before (see findCodes). */
const REPLACED_BEFORE =
  /(?:\b(?:instead of|rather than|no longer(?: (?:gets?|getting|shows?|showing|says?|saying|gives?|giving))?|used to (?:get|be|say|show|give|fail with|error with|error out with)|changed from|went from|not getting|not seeing|(?:old|previous|earlier|original)\s+(?:error|code|one)(?:\s+(?:was|is))?|first\s+(?:error|code|one)\s+was|(?:yesterday|earlier|at first|first|before|last\s+(?:week|month|time))\s+it\s+(?:was|said|showed|gave)|(?:i|we)\s+(?:fixed|solved|resolved|sorted|got\s+rid\s+of))\s+(?:(?:the|an?|error|code|err)\s+)*|\bbefore\s+(?:[\w'’]+\s+){0,3}?[\w'’]+\s*[:–-]\s*)$/i;

/** Words just after a code that say it is past ("0x80070422 is gone", "0xC1900107 earlier", "... anymore"). */
const PAST_AFTER =
  /^\s*(?:(?:is|was|has\s+been|got)\s+)?(?:gone|fixed|solved|resolved|sorted|earlier(?!\s+today)|yesterday|anymore|any\s+more|went\s+away|turned\s+into|changed\s+(?:in)?to|became|was\s+(?:last|yesterday|earlier|before))\b/i;

/** An HRESULT written as an unsigned decimal ("2147942402", as some tools print it), or undefined. */
export function hresultOfUnsigned(digits: string): string | undefined {
  if (!/^\d{10}$/.test(digits)) return undefined;
  const n = Number(digits);
  return n >= 0x80000000 && n <= 0xffffffff ? normalizeCode(n.toString(16)) : undefined;
}

/** The HRESULT a Win32 error number becomes (1058 -> 0x80070422), or undefined past 0xFFFF. */
export function hresultOfWin32(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 0xffff) return undefined;
  return normalizeCode(`8007${n.toString(16).padStart(4, '0')}`);
}

/** Win32 error numbers named as errors, where they stand (the number's place), as HRESULTs. */
export function locateWin32(text: string): (FoundCode & { win32: number })[] {
  if (!DIGIT.test(text)) return [];
  return [...text.matchAll(WIN32)].flatMap((m) => {
    const win32 = Number(m[1]);
    const code = hresultOfWin32(win32);
    const end = m.index + m[0].length;
    return code ? [{ at: end - (m[1] ?? '').length, end, code, win32, spelling: 2 }] : [];
  });
}

/** Removes the codes from the text, so full-text search is not thrown by them. */
export function stripCodes(text: string): string {
  const stripped = readCodes(text).replace(HEX, ' ').replace(SHORT, ' ').replace(SIGNED_DECIMAL, ' ');
  // Only the number goes; the words naming it an error stay, as before.
  return TEN_DIGITS.test(stripped)
    ? stripped.replace(UNSIGNED_DECIMAL, (m, digits: string) => `${m.slice(0, m.length - digits.length)} `)
    : stripped;
}

/** The Win32 error inside a 0x8007xxxx code, in decimal (0x80070643 -> 1603). */
export function win32Of(code: string): number | undefined {
  return /^0x8007/i.test(code) ? parseInt(code.slice(6), 16) : undefined;
}
