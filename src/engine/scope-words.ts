// The scope's words (knowledge/vocabulary/scope-words.yaml), read once into the sets and patterns the
// scope and the ranking ask of them: words as the search reads them (terms), phrases and patterns as
// one case-insensitive regular expression each.
import type { ScopeWords } from '../knowledge/schema.ts';
import { normalizeName } from '../knowledge/base.ts';
import { STOP_WORDS, terms } from './terms.ts';
import { CueBook, CuedAlternation, CuedTest, topLevelAlternatives } from './word-cue.ts';

const termSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((w) => terms(w)));
/** Whether a code starts with one of these upper-case prefixes, whatever its own case. */
const startsWithAny = (code: string, prefixes: readonly string[]): boolean => {
  const c = code.toUpperCase();
  return prefixes.some((p) => c.startsWith(p));
};

/** The text as a regular expression that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases (each at the start of a word) as patterns, any case. */
const phrasePatterns = (phrases: readonly string[]): string[] => phrases.map((p) => String.raw`\b${escape(p)}`);

/** Patterns as one alternation, each as it is. */
const alternation = (patterns: readonly string[]): string => patterns.map((p) => `(?:${p})`).join('|');

/**
 * What keeps a sentence of what was tried in the question: a code or an error it still shows, or updating itself
 * tried ("trying to install the update, ... nothing changed"), which is the problem, not a fix.
 */
const TRIED_IS_THE_SUBJECT =
  /\b0x[0-9a-f]{4,}|\berror\b|\b(?:to\s+(?:install|update|upgrade|download)|installing|updating|upgrading|downloading)\b/i;

/** Words that ask: a sentence begun with one asks before it tells what was tried ("how do i reset the folder..."). */
const ASKS = new Set('how what why where which who when can could do does is are should would will'.split(' '));

/**
 * What makes a sentence of what was tried tell its own question: it asks inside ("ran Get-WindowsUpdateLog, where does
 * the output go"), tells an attempt still going on ("trying to remove a broken update but...") or what happened since
 * ("and now it restarts over and over").
 */
const ASKS_INSIDE = /\b(?:how|where|why|what|which)\b|^\s*trying\b|\band\s+now\b/i;

/**
 * Where a sentence of what was tried begins telling it: the words scope-words.yaml's tried_patterns start with (a new
 * pattern's first word belongs here too).
 */
const TRIED_VERB =
  /\b(?:tried|try|trying|ran|run|running|attempted|followed|already|restarted|rebooted|reset|did|have\s+done|['’]ve\s+done|googled|searched|looked|contacted|called|asked|microsoft|ms|edit|update|upd|ps|still)\b/i;

/** A code or a long number: enough on its own to be a question ("0x80070422"). */
const CODE_OR_NUMBER = /\b(?:0x[0-9a-f]{4,}|\d{4,})\b/i;

/**
 * A text with something said by the way taken out, or the text itself when fewer than two words would be left and no
 * code or long number ("0x80070422" with a forum's aside after it is the code's question). The
 * spaces left where sentences were are made one: a pattern that looks back over spaces from each position (a
 * sentence's start) would otherwise take time by the square of a long run of them.
 */
function whatIsLeft(text: string, rest: string): string {
  if (rest === text) return text;
  const left = rest.replace(/ {2,}/g, ' ');
  return (left.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 || CODE_OR_NUMBER.test(left) ? left : text;
}

/** A pattern's start that only says a sentence or a word begins there (zero-width). */
const SENTENCE_START = String.raw`(?:^|(?<=[.!?\n\s]))`;

/**
 * The patterns as one alternation, where each run of patterns beside each other that start alike at a sentence's
 * or a word's start shares that start: the same matches in the same order (the start is zero-width), but the start
 * is tried once at each place, not once for each pattern (the asides are many, and run on every question).
 */
function sharingSentenceStart(patterns: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) parts.push(`${SENTENCE_START}(?:${run.map((r) => `(?:${r})`).join('|')})`);
    run = [];
  };
  for (const p of patterns) {
    // Only a prefix followed by no top-level alternation of its own: "(?:^|...)a|b" would read b without it.
    if (p.startsWith(SENTENCE_START) && topLevelAlternatives(p.slice(SENTENCE_START.length)) === 1) {
      run.push(p.slice(SENTENCE_START.length));
      continue;
    }
    close();
    parts.push(p);
  }
  close();
  return parts.length > 0 ? parts.map((p) => `(?:${p})`).join('|') : '(?!)';
}

/**
 * Rewrites the other spellings of a phrase as the phrase ("W11" and "win 11" as "Windows 11"), so that every
 * reading written for the phrase reads them too. Whole words only, any case.
 */
function speller(groups: readonly (readonly string[])[]): (text: string) => string {
  const as = new Map<string, string>();
  for (const [phrase, ...others] of groups) for (const o of others) as.set(o.toLowerCase(), phrase!);
  if (as.size === 0) return (text) => text;
  // Longest first, so "win 11" is not read as "win" before it.
  const alternatives = [...as.keys()].sort((a, b) => b.length - a.length).map((o) => escape(o).replace(/ /g, '\\s+'));
  const said = new RegExp(String.raw`(?<![\w.-])(?:${alternatives.join('|')})(?![\w-]|\.\w)`, 'gi');
  return (text) => text.replace(said, (m) => as.get(m.toLowerCase().replace(/\s+/g, ' ')) ?? m);
}

export class ScopeVocabulary {
  /** The question with its phrases' other spellings written as the phrases (scope-words' spellings). */
  readonly spell: (text: string) => string;
  /** Words that put a question on a Windows PC. */
  readonly windows: ReadonlySet<string>;
  /** Words for the asker's own machine (pc, computer, laptop). */
  readonly machine: ReadonlySet<string>;
  /** Words for which edition of Windows the asker runs (pro, enterprise, ltsc): said by the way, like the machine. */
  readonly edition: ReadonlySet<string>;
  /** Words only a Windows administrator's question has. */
  readonly admin: ReadonlySet<string>;
  readonly adminPhrases: CuedTest;
  /** Words said only of updates. */
  readonly updatingItself: ReadonlySet<string>;
  /** Those, and what is done to updates. */
  readonly updating: ReadonlySet<string>;
  /** Said without an update word, still about updating. */
  readonly updatingPhrases: CuedTest;
  /** A KB number: an update of ours. */
  readonly kbNumber: CuedTest;
  /** A KB number or a kind of Windows update: ours whatever product the question names, unless said only as when it broke. */
  readonly ours: CuedTest;
  /** An update said only as when something broke ("since the latest Windows update"): every such phrase. */
  private readonly inPassing: CuedAlternation;
  /** A check said to be passed ("it meets the Windows 11 requirements"): every such phrase. */
  private readonly satisfied: CuedAlternation;
  /** A sentence that only says which Windows the asker runs ("Windows 11 Pro 23H2 on a Dell laptop."). */
  private readonly environment: CuedAlternation;
  /** What the rest of a question asks when the Windows it runs is its subject ("is it still supported?"). */
  private readonly environmentSubject: CuedTest;
  /** A sentence telling what was tried to no effect ("Already tried sfc /scannow, no luck."). */
  private readonly tried: CuedAlternation;
  /** The name of what comes next when a question is nothing but repairs of ours tried to no effect. */
  readonly triedOnlyMeans: string | undefined;
  /** How a post signs off ("Regards,\nTom"): a name there is the asker's, no program's. */
  private readonly signOff: CuedAlternation;
  /** An issue template's placeholder text ("A clear and concise description of what the bug is."). */
  private readonly boilerplate: CuedAlternation;
  /** The PC itself (a PC, booting, a black screen, the taskbar): what keeps such a question ours. */
  readonly windowsItself: CuedTest;
  /** Asking to take an update off or hold it back ("how do I uninstall that KB"). */
  readonly takesUpdateOff: CuedTest;
  /** The PC said to restart for its updates, in any language ("my laptop restarted to install updates"). */
  readonly restartsForUpdates: CuedTest;
  /** An issue report written into a program's tracker (its template's headings and checkboxes). */
  readonly issueReport: CuedTest;
  /** Meanings said in words a synonym cannot list ("keep our fleet on 24H2"), each with what says it and what rules it out. */
  readonly meanings: readonly {
    meaning: string;
    /** The meaning normalised (normalizeName), between spaces: said already when a question holds it. */
    saidAs: string;
    said: CuedTest;
    unless: CuedTest;
  }[];
  /**
   * Every pattern above, each with the words it cannot match without (word-cue.ts): a text is tried only against
   * the patterns it says a cue of.
   */
  readonly cues = new CueBook();
  /** Code prefixes of Windows Update's own components (the agent, setup, servicing). */
  private readonly oursCodes: readonly string[];
  /** Code prefixes every program shows (a Win32 error inside 0x8007, COM's generic failures). */
  private readonly everyProgramCodes: readonly string[];
  readonly genericBeforeService: ReadonlySet<string>;
  /** Program file names every maker uses ("setup.exe"): they do not say which program. */
  readonly genericProcesses: ReadonlySet<string>;
  /** Names and everyday words of ours that are common words of German, French or Spanish ("uso"). */
  readonly otherLanguageWords: ReadonlySet<string>;
  /** The user wants to act, or to understand. */
  readonly action: ReadonlySet<string>;
  /** Words of a part using up the PC (its CPU, disk, memory, network): see Engine.rank. */
  readonly trouble: ReadonlySet<string>;
  readonly explain: ReadonlySet<string>;
  /** A question asking leave or advice ("can I disable BITS?", "is it safe to..."): see Engine.rank. */
  readonly asksLeave: CuedTest;

  /** Whether a meaning pattern of this meaning reads the text (and its unless does not rule it out). */
  means(meaning: string, text: string): boolean {
    return this.meanings.some((m) => m.meaning === meaning && m.said.test(text) && !m.unless.test(text));
  }

  /** Without the file (a small test folder), no word says anything: questions must match entries closely. */
  constructor(w?: ScopeWords) {
    this.spell = speller(w?.spellings ?? []);
    this.windows = termSet(w?.windows ?? []);
    this.machine = termSet(w?.machine ?? []);
    this.edition = termSet(w?.edition ?? []);
    this.admin = termSet(w?.windows_admin ?? []);
    const test = (phrases: readonly string[], patterns: readonly string[]) =>
      new CuedTest(this.cues, [...phrasePatterns(phrases), ...patterns]);
    // Global, for replacing every such phrase.
    const every = (patterns: readonly string[]) => new CuedAlternation(this.cues, patterns, alternation);
    const everySentence = (patterns: readonly string[]) =>
      new CuedAlternation(this.cues, patterns, sharingSentenceStart);
    this.adminPhrases = test(w?.windows_admin_phrases ?? [], w?.windows_admin_patterns ?? []);
    this.updatingItself = termSet(w?.updating_itself ?? []);
    this.updating = new Set([...this.updatingItself, ...termSet(w?.updating ?? [])]);
    this.updatingPhrases = test([], w?.updating_patterns ?? []);
    this.kbNumber = test([], w?.kb_patterns ?? []);
    this.ours = test([], [...(w?.kb_patterns ?? []), ...(w?.ours_patterns ?? [])]);
    this.inPassing = every(w?.in_passing_patterns ?? []);
    this.satisfied = every(w?.satisfied_patterns ?? []);
    this.environment = everySentence(w?.environment_patterns ?? []);
    this.environmentSubject = test([], w?.environment_subject_patterns ?? []);
    this.tried = everySentence(w?.tried_patterns ?? []);
    this.triedOnlyMeans = w?.tried_only_means;
    this.signOff = every(w?.sign_off_patterns ?? []);
    this.boilerplate = everySentence(w?.boilerplate_patterns ?? []);
    this.windowsItself = test([], w?.windows_itself_patterns ?? []);
    this.takesUpdateOff = test([], w?.take_update_off_patterns ?? []);
    this.restartsForUpdates = test([], w?.restart_for_updates_patterns ?? []);
    this.issueReport = test([], w?.issue_report_patterns ?? []);
    this.meanings = (w?.meaning_patterns ?? []).map((m) => ({
      meaning: m.meaning,
      saidAs: ` ${normalizeName(m.meaning)} `,
      said: test([], m.patterns),
      unless: test([], m.unless),
    }));
    this.oursCodes = (w?.ours_codes ?? []).map((c) => c.toUpperCase());
    this.everyProgramCodes = (w?.every_program_codes ?? []).map((c) => c.toUpperCase());
    this.genericBeforeService = termSet(w?.generic_before_service ?? []);
    this.genericProcesses = new Set(w?.generic_processes ?? []);
    this.otherLanguageWords = new Set((w?.other_language_words ?? []).map((x) => x.toLowerCase()));
    this.action = termSet(w?.action ?? []);
    this.trouble = termSet(w?.trouble ?? []);
    this.explain = termSet(w?.explain ?? []);
    this.asksLeave = test([], w?.asks_leave_patterns ?? []);
  }

  /** The text without its phrases saying when something broke (global, so only ever replaced, never tested). */
  withoutInPassing(text: string): string {
    return this.inPassing.replace(text, ' ');
  }

  /**
   * The text without the phrases saying a check is passed ("meets the Windows 11 requirements"): for the names
   * (Engine.readNames) and the search words (SearchIndex.queryTerms).
   */
  withoutSatisfied(text: string): string {
    return this.satisfied.replace(text, ' ');
  }

  /**
   * The text without its sentences that only say which Windows it runs on ("Windows 11 Pro 23H2 on a Dell
   * laptop.", "(Windows 10 22H2)"): said by the way, they would make any question one about Windows' versions.
   * A text that is nothing else, or whose rest asks about the Windows it runs ("is it still supported?"), is left
   * as it is.
   */
  withoutEnvironment(text: string): string {
    const rest = whatIsLeft(text, this.environment.replace(text, ' '));
    return rest !== text && this.environmentSubject.test(rest) ? text : rest;
  }

  /**
   * The text without its sentences telling what was already tried to no effect ("Already tried restarting and
   * sfc /scannow, no luck."): what was tried is not what the question is about, and a fix named there would lead
   * the answer, or keep another program's question with us. A sentence with a code or an error in it, or telling of
   * updating itself tried, stays (TRIED_IS_THE_SUBJECT), and so does a text that is nothing else.
   */
  withoutTried(text: string): string {
    return whatIsLeft(
      text,
      this.tried.replace(text, (m) => (TRIED_IS_THE_SUBJECT.test(m) ? m : ' ')),
    );
  }

  /**
   * Whether the text is nothing but sentences telling what was tried to no effect, which withoutTried leaves as
   * it is ("Already tried sfc and DISM, nothing worked."): not a word or a code left beside them ("cryptsvc" or
   * "0x80070422" before one is the question).
   */
  onlyTried(text: string): boolean {
    let tried = false;
    let said = false;
    const rest = this.tried.replace(text, (m) => {
      if (TRIED_IS_THE_SUBJECT.test(m)) return m;
      tried = true;
      // The words a sentence may start with before what was tried ("So I tried...") say nothing, or are the question
      // (a name, or a word that asks).
      const lead = m.slice(0, Math.max(0, m.search(TRIED_VERB)));
      if ((lead.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).some((w) => !STOP_WORDS.has(w) || ASKS.has(w))) said = true;
      if (ASKS_INSIDE.test(m)) said = true;
      return ' ';
    });
    return tried && !said && !/\p{L}{2,}/u.test(rest) && !CODE_OR_NUMBER.test(rest);
  }

  /**
   * The text without its sign-off ("Regards,\nTom", "Thanks, Tom") and its asides (boilerplate_patterns): an issue
   * template's placeholder text ("please complete the following information"), whose words would read as an entry's
   * ("complete" as "We couldn't complete the updates"), circumstances told by the way, and a repair the asker refuses
   * ("I don't want to reset everything, ..."). The template's headings stay: they say it is an issue report.
   */
  withoutSignOff(text: string): string {
    return whatIsLeft(text, this.boilerplate.replace(this.signOff.replace(text, ' '), ' '));
  }

  /** Whether a code belongs to Windows Update's own components, not to every program (0x8007xxxx). */
  isOurCode(code: string): boolean {
    return startsWithAny(code, this.oursCodes);
  }

  /** Whether a code is one every program shows (scope-words.yaml's every_program_codes). */
  isEveryProgramsCode(code: string): boolean {
    return startsWithAny(code, this.everyProgramCodes);
  }

  /** Whether a text speaks as a Windows administrator does: its terms, or a phrase or pattern in it. */
  speaksAsAdmin(textTerms: readonly string[], text: string): boolean {
    return textTerms.some((t) => this.admin.has(t)) || this.adminPhrases.test(text);
  }

  /**
   * What a text says of its context: updating, a Windows administrator's words, a Windows PC. Read
   * from every list of its terms given (all its words, and the typo-repaired query terms) and from
   * the text's phrases.
   */
  contextOf(
    termLists: readonly (readonly string[])[],
    text: string,
  ): { updating: boolean; admin: boolean; windows: boolean } {
    const any = (set: ReadonlySet<string>) => termLists.some((list) => list.some((t) => set.has(t)));
    const updating = any(this.updating) || this.updatingPhrases.test(text);
    const admin = any(this.admin) || this.adminPhrases.test(text);
    return { updating, admin, windows: admin || any(this.windows) };
  }

  /** Whether a term puts a question on a Windows PC: a general word or an administrator's. */
  isWindowsTerm(t: string): boolean {
    return this.windows.has(t) || this.admin.has(t);
  }
}
