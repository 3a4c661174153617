// Question in, Answer out: error codes first, then names (services, processes, aliases), then
// full-text search; and a decline when the question is not about Windows Update.
import type { KnowledgeBase } from '../knowledge/base.ts';
import { normalizeName } from '../knowledge/base.ts';
import type { Entry, Kind } from '../knowledge/schema.ts';
import {
  entryCard,
  focusDetail,
  focusSection,
  offersOf,
  tableCodeCard,
  type Card,
  type CardField,
  type CardLink,
  type DetailWeigher,
} from './card.ts';
import {
  findCodes,
  hresultOfUnsigned,
  hresultOfWin32,
  locateCodes,
  locateShortCodes,
  locateWin32,
  orderCodes,
  removeInvisible,
  stripCodes,
  win32Of,
} from './codes.ts';
import { MAX_QUERY_TERMS, SearchIndex, type Hit } from './search.ts';
import { assessScope, foreignSubject, otherProductIn, prepareProducts, type ProductCatalogue } from './scope.ts';
import { confidenceOf, sureThreshold, type Signals } from './confidence.ts';
import { ExtendCodeReader, extendCodesIn } from './extend-codes.ts';
import type { OtherProduct } from '../knowledge/schema.ts';
import { PhraseFinder } from './phrase-finder.ts';
import { NameCompleter } from './complete.ts';
import { PhraseWords } from './phrase-words.ts';
import { nameWords } from '../knowledge/scripts.ts';
import { inOtherLanguage, terms, words } from './terms.ts';
import { quotedPrograms } from './commands.ts';
import { titleOf } from './title.ts';
import { CoreTypos } from './core-typos.ts';
import { cueWords } from './word-cue.ts';

/**
 * Whether a command asking for these kinds takes this entry when it is named or picked: /wu explain any
 * kind but a generic name's ("/wu explain setupdiag" is a guide's tool), /wu fix only a fix.
 */
function takesKind(e: Entry, kinds: readonly Kind[], generic = false): boolean {
  return kinds.includes('fix') ? e.kind === 'fix' : kinds.includes(e.kind) || !generic;
}

/** How rare in the knowledge a word must be to tell one error from another (see error). */
const ERROR_WORD_WEIGHT = 0.2;

export type AnswerStatus = 'answer' | 'decline';
export type MatchedBy = 'code' | 'table' | 'family' | 'name' | 'search' | 'id' | 'help' | 'none';

export interface Answer {
  status: AnswerStatus;
  entry: Entry | null;
  alternatives: Entry[];
  /** 0..1: how sure the engine is that entry is what was asked. */
  confidence: number;
  matchedBy: MatchedBy;
  codes: string[];
  card: Card;
  /** For a search answer: what its confidence was worked out from (npm run eval:fit reads these). */
  signals?: Signals;
  /** A decline that says what else the question is about (another product, program or service). */
  elsewhere?: boolean;
}

/** A whole message in one code block ("```\n...\n```", a language named or not). */
const WHOLE_CODE_BLOCK = /^\s*```[^\n`]*\n((?:(?!```)[\s\S])*?)\n?```\s*$/;

/** The message's content when it is all one code block; else the message. */
function unfenced(message: string): string {
  return WHOLE_CODE_BLOCK.exec(message)?.[1] ?? message;
}

/** Words are read from the first MAX_QUESTION characters; codes from up to MAX_PASTE (a log, an attachment). */
export const MAX_QUESTION = 2000;
export const MAX_PASTE = 256 * 1024;
/** Below this confidence the answer offers alternatives ("Did you mean"): fitted, see confidence.ts. */
export const LOW_CONFIDENCE = sureThreshold();
/** A symbolic error name as the code tables write them (WU_E_NO_UPDATE, CBS_E_SOURCE_MISSING), in any case: three parts or more. */
const SYMBOLIC_NAME = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}\b/gi;

const DECLINE_SUMMARY =
  'I only know Windows Update: its services (Windows Update, Update Orchestrator, BITS, Delivery Optimization and friends), ' +
  'the error codes it shows (like 0x80070422), and step-by-step fixes for updates that fail, hang or keep coming back.';

// What the decline and the help card both suggest.
const EXAMPLES: CardField = {
  name: 'Try asking',
  value: [
    '• 0x80070422',
    '• update stuck at 0%',
    '• what does the update orchestrator service do',
    '• how to reset windows update components',
    '• why am I not offered Windows 11 24H2',
  ].join('\n'),
};

/** A card that is not an entry: no steps, no sources. */
function plainCard(kind: 'decline' | 'help', title: string, summary: string, fields: CardField[]): Card {
  return {
    kind,
    entryId: null,
    title,
    summary,
    lead: [],
    fields,
    steps: [],
    warnings: [],
    sources: [],
    related: [],
    alternatives: [],
  };
}

export function declineCard(reason: string): Card {
  return plainCard('decline', "That's outside what I can help with", `${reason} ${DECLINE_SUMMARY}`, [EXAMPLES]);
}

// A greeting or a plain "help" asks what the bot can do: a help card, not a decline.
const GREETING =
  /^(?:hi+|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|help|help me|what can you do|what do you do|what can i ask|how do(?:es)? (?:this|it|you) work|commands)(?:\s+(?:there|bot|wu helper))?\s*[!?.]*$/i;

// Thanks, or a fix said to have worked, with nothing else asked ("thanks!", "that fixed it, thank you"): the asker is
// done, so a short reply, not "I did not find a question in that".
const THANKS =
  /^(?:(?:thanks|thank\s+you|thx|ty|cheers|many\s+thanks)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?(?:[\s,!.]+(?:that|it|this)\s+(?:worked|helped|fixed\s+it|did\s+it|did\s+the\s+trick))?|(?:that|it|this)\s+(?:worked|helped|fixed\s+it|did\s+it|did\s+the\s+trick)(?:[\s,!.]+(?:thanks|thank\s+you|thx|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?)?)(?:\s+(?:bot|wu\s+helper))?[\s!.]*(?:\p{Extended_Pictographic}[\s!.]*)*$/iu;

// A reply to an earlier answer with nothing of its own ("that didn't work", "still not working", "what else can I try"):
// each message is read alone, so what was tried is not known here; asked for, not guessed.
const FOLLOW_UP =
  /^(?:(?:that|it|this|nothing|none\s+of\s+(?:that|it|them|those))\s+(?:didn['’]?t|did\s+not|doesn['’]?t|does\s+not|won['’]?t)\s+(?:work|help|fix\s+it)|(?:it['’]?s\s+|its\s+|it\s+is\s+)?still\s+(?:not\s+working|broken|failing|stuck|the\s+same)|what\s+(?:else|now|next)(?:\s+(?:can|should|do)\s+i\s+(?:try|do))?|now\s+what|any\s+other\s+(?:ideas|suggestions|fixes))[\s!.?]*$/i;

function thanksCard(): Card {
  return plainCard(
    'help',
    'Glad that helped',
    'If something else about Windows Update comes up, ask here in your own words or paste the error code.',
    [],
  );
}

function followUpCard(): Card {
  return plainCard(
    'decline',
    'Tell me a little more',
    'I read each message on its own, so I cannot see what was tried before. Tell me the error code or message you ' +
      'see now, and what you already tried, and I will suggest what comes next.',
    [EXAMPLES],
  );
}

export function helpCard(): Card {
  return plainCard(
    'help',
    'WU Helper: what I can help with',
    'Ask me about Windows Update in your own words, paste an error code or a log line, or name a service. ' +
      'I answer from cited guides, with the exact commands, one step at a time.',
    [
      EXAMPLES,
      {
        name: 'Commands',
        value: [
          '• /wu ask: any question',
          '• /wu error: what a code means and the first fix',
          '• /wu fix: a step-by-step guide',
          '• /wu explain: a service or background topic',
          '• /wu topics: everything I know',
          'Add user: to mention the person you are helping, private: to see the answer alone.',
        ].join('\n'),
      },
    ],
  );
}

/** The reply to a message that asks nothing of the knowledge: a greeting, thanks, or a bare "that didn't work". */
function replyToNoQuestion(question: string): Answer | undefined {
  const plain = (status: Answer['status'], matchedBy: MatchedBy, card: Card): Answer => ({
    status,
    entry: null,
    alternatives: [],
    confidence: status === 'answer' ? 1 : 0,
    matchedBy,
    codes: [],
    card,
  });
  if (THANKS.test(question)) return plain('answer', 'help', thanksCard());
  if (FOLLOW_UP.test(question)) return plain('decline', 'none', followUpCard());
  if (GREETING.test(question)) return plain('answer', 'help', helpCard());
  return undefined;
}

// Words of updating split in two, as phone dictation and a second language write them ("up date failed", "it won't
// in stall", "stuck at down load"): left apart, "date" drew the entries about times and dates. Not where the words
// are meant apart ("set up date and time", "pick me up date night", "in stall 3", "the down loading dock").
const SPLIT_WORDS =
  /\b(?:(?<!\b(?:set|sets|setting|pick me|picks me|picked me|stay|stays|stayed|keep|keeps|kept) )(up) (dat(?:e|es|ed|ing))(?! (?:night|nights|ideas?|of birth|and time))|(in) (stall(?:s|ed|ing)?)(?! (?:number|no\b|#|\d))|(down) (load(?:s|ed|ing)?)(?! (?:docks?|bays?|zones?|areas?|ramps?)))\b/gi;

function joinSplitWords(text: string): string {
  return text.replace(SPLIT_WORDS, (_m, ...g: (string | undefined)[]) => g.slice(0, 6).filter(Boolean).join(''));
}

const QUESTION_WRAPPERS =
  /^(?:what(?:'s| is| are| does)?|whats|tell me about|explain|describe|define|who is|info(?:rmation)? (?:on|about))\s+(?:the\s+|a\s+|an\s+)?|\s+(?:do|does|for|mean|means)$|[?.!]+$/gi;

/**
 * Updating something named (capitalised, as names are written): "update SI to the latest build", "the latest
 * update for Keybase". Not "the update" as a noun ("after the update ASUS laptop won't boot"), and not a
 * maker's name before a driver or a PC ("update Realtek audio driver", "update Qualcomm drivers").
 */
const UPDATES_NAMED =
  /(?:(?<!\b(?:the|a|an|this|that|last|latest|recent|new|next|after|since|before|during|windows)\s)\b(?:update|updating|upgrade|upgrading)|\bupdates? (?:for|of|to)|\b(?:new|latest) version of)\s+(?:the\s+|my\s+)?([A-Z][\w+-]*(?:\.[\w+-]+)*)(?![\w+.-])(?!\s+(?:audio\s+|graphics\s+|sound\s+|display\s+|wifi\s+|bluetooth\s+|touchpad\s+|network\s+)?(?:drivers?|firmware|bios|laptops?|pcs?|desktops?|notebooks?|computers?|tablets?)\b)/g;
/**
 * Something named updating itself, or asked not to, in the words only apps' own updaters get ("stop Greenshot from
 * auto-updating", "Greenshot keeps asking to update", "Greenshot's auto-updater is stuck"): the name is the subject,
 * said before the updating. Not "won't update" or "fails to update", said of PCs by their model or host name as often
 * ("Inspiron won't update"), nor a maker updating its driver ("stop Realtek from updating my audio driver").
 */
const SELF_UPDATING_NAMED =
  /\b[Ss]top\s+([A-Z][\w+-]*)\s+(?:from\s+)?auto-?updating\b|\b([A-Z][\w+-]*)(?:['’]s)?\s+(?:keeps\s+(?:asking|wanting)\s+(?:me\s+)?to\s+update|(?:auto-?|self-?)update[rs]?\b)/g;
/** Starting or running something named: "when I start 3proxy". */
const STARTS_NAMED = /\b(?:start|starting|started|run|running|launch|launching)\s+([A-Za-z0-9][\w.-]*)/gi;

/** What a Win32 number in another program's story gets: the services the knowledge covers, by name. */
function otherProgramsNumber(services: readonly string[]): string {
  return (
    'Every program and service on Windows can show that error number, so I can only help when it comes from ' +
    `Windows Update. The services I know are ${services.join(', ')}: if it is one of those, say which, ` +
    'or paste the command you ran.'
  );
}

const UNREADABLE =
  'I can only read questions in English (and the common problems in German, French, Spanish, Chinese or Russian). ' +
  'Paste the error code as Windows shows it (like 0x80070422), or ask in English.';

// A letter of any script but Latin. Latin (any accents) is what the knowledge is written in; of the
// others it has only a few Chinese and Russian words (readsAnyOf).
const ANY_OTHER_SCRIPT = /[^\p{Script=Latin}\P{L}]/u;
const OTHER_SCRIPT = new RegExp(ANY_OTHER_SCRIPT.source, 'gu');
const LETTER = /\p{L}/gu;

/** Whether most of a text's letters are in a script other than Latin. */
export function mostlyUnreadable(text: string): boolean {
  // No letter of another script, the usual case (a curly apostrophe is not one): nothing to count.
  if (!ANY_OTHER_SCRIPT.test(text)) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(OTHER_SCRIPT)?.length ?? 0) > letters / 2;
}

/** A text normalised (normalizeName) and split into its words. */
interface Normalised {
  text: string;
  words: string[];
}

function normalised(text: string): Normalised {
  const words = nameWords(text);
  return { text: words.join(' '), words };
}

/** More telling words than this beside a code make a story of their own (see storyWords). */
const STORY_WORDS = 6;
/**
 * An issue report is longer than this many words: a second reader's short Windows Update questions written with a
 * heading or a checklist (a Discord message renders both) were declined at any length, 33 of 53.
 */
const ISSUE_REPORT_WORDS = 40;
/** How many entries a declined issue report offers as "Did you mean". */
const CLOSEST_OFFERED = 3;
const ISSUE_REPORT =
  "That reads like an issue report for a program's own tracker, and no one Windows Update topic matches it well enough to answer.";
/**
 * A post longer than this many words (an issue report, a forum story) tells its code among much else: the
 * code's entry leads, but the story may be about something else, so the answer offers what the words
 * point at. Up to here the tunable sets' code answers were right 526 times in 527; beyond it, 13 in 16.
 */
const LONG_POST_WORDS = 80;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;
/** Words in a text; Chinese and Japanese, written without spaces, at about two characters a word. */
const wordCount = (text: string) =>
  text.split(/\s+/).filter(Boolean).length + Math.floor((text.match(CJK) ?? []).length / 2);

/** How long a name said counts, at most, in words (see NamedEntry). */
const NAMED_WORDS = 3;
/** A quoted text, in double or curly quotes, or in single quotes between non-letters. */
const QUOTED = /["“”«]([^"“”«»\n]{4,200})["“”»]|(?<![\p{L}\p{N}])'([^'\n]{4,200})'(?![\p{L}\p{N}])/gu;
/** How closely a quoted text must read like an entry's own phrasing to name it. */
const QUOTE_PHRASE = 0.95;
/** How many of a question's quotes are read as perhaps a screen's text. */
const QUOTES_TRIED = 4;

/**
 * The entries of ours among those a question names. An error's own wording ("the service did not
 * respond") and a general Windows task ("run as administrator") do not make a question ours.
 */
function ourNamesOf(named: readonly NamedEntry[]): Set<string> {
  return new Set(
    named.filter((n) => n.entry.kind !== 'error' && !n.entry.general && !n.generic).map((n) => n.entry.id),
  );
}

/** An entry the question names; `words` is how long the name said is (up to 3). */
export interface NamedEntry {
  entry: Entry;
  whole: boolean;
  words: number;
  /** Named only by names any product's update is described with too (generic_aliases). */
  generic: boolean;
  /** Named by a meaning pattern's meaning, read from the question as a whole (readNames). */
  meant?: boolean;
}

/**
 * Whether a text is a pasted log, three lines or more, whose first line (the asker's own words or the
 * log's headline) says no code: its codes are then read from its outcome at the end.
 */
function pastedLog(text: string): boolean {
  const trimmed = text.trim();
  const first = trimmed.indexOf('\n');
  return first >= 0 && trimmed.indexOf('\n', first + 1) >= 0 && findCodes(trimmed.slice(0, first)).length === 0;
}

/** What /wu explain and /wu fix look for: explain a service or concept, fix with a guide. */
export const EXPLAIN_KINDS: readonly Kind[] = ['service', 'concept'];
export const FIX_KINDS: readonly Kind[] = ['fix'];

/**
 * A command typed as a message ("fix reset", "explain metered", "!wu explain medic", "fix: reset components"): a few
 * words after the command's name, no sentence. What people try first in a new bot, so it is read as the command
 * reads its topic.
 */
const TYPED_COMMAND = /^(?:[/!]?wu\s+)?[/!]?(explain|fix)\s*:?\s+([^\s?!.,;:]+(?:\s+[^\s?!.,;:]+){0,3})\s*\??$/i;

/** Asking what something is ("what is TiWorker and why..."). */
const ASKS_WHAT = /\bwhat(?:'s|s| is| are| does| do)\b/i;

export class Engine {
  readonly index: SearchIndex;
  /**
   * "wu" -> "windows update": the ways people say a thing, normalised; adds: the words the meaning has
   * that the everyday form does not ("computer" for "pc"; none for "updates").
   */
  /** Each said phrase with its meaning, normalised to find it and as written to add it (see expand). */
  private readonly synonyms: readonly { said: string; meant: string; meantText: string; adds: readonly string[] }[];
  /** The synonyms' said phrases, found in a question word by word. */
  private readonly saidFinder: PhraseFinder;
  /** Each meaning pattern's meaning, and the entries it is a keyword of. */
  private readonly meantBy: ReadonlyMap<string, readonly string[]>;
  /**
   * Every name, and the entry each names: however long ("some settings are managed by your
   * organization", WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ read as eight words), it is found inside a question.
   */
  private readonly names: readonly (readonly [name: string, id: string])[];
  private readonly nameFinder: PhraseFinder;
  private readonly completer: NameCompleter;
  /** A typo in a word of a name or synonym, written as the word meant before they are looked for. */
  private readonly phraseWords: PhraseWords;
  /** The scope's core words written as meant where a question misspells them ("upadte"). */
  private readonly coreTypos: CoreTypos;
  /** The scope catalogue, its phrases normalised once. */
  readonly products: ProductCatalogue;
  /** Each card section's terms, by the section itself: cards share their entry's section objects. */
  private readonly sectionTermsMemo = new WeakMap<CardField, { all: readonly string[]; name: ReadonlySet<string> }>();
  /** Each concept's title terms, by entry: its subject (see focusSection's use in ask). */
  private readonly titleTermsMemo = new WeakMap<Entry, ReadonlySet<string>>();
  /** A card text's distinct terms: one function for every question, as focusDetail remembers an entry's by it. */
  private readonly detailTerms = (text: string): ReadonlySet<string> => new Set(terms(text));
  /** The reply to a Win32 number in another program's story (see ask). */
  private readonly otherProgramsNumber: string;
  /** Setup's extend codes as the code tables document them, when one does. */
  private readonly extendCodes: ExtendCodeReader | undefined;

  constructor(readonly kb: KnowledgeBase) {
    this.otherProgramsNumber = otherProgramsNumber(
      kb.entries.flatMap((e) => (e.kind === 'service' ? [e.service_name] : [])),
    );
    this.index = new SearchIndex(kb);
    this.products = prepareProducts(kb.products);
    this.extendCodes = ExtendCodeReader.from(kb.tables);
    this.synonyms = kb.synonyms.flatMap(([meant, ...said]) =>
      said.map((s) => {
        const saidTerms = this.index.termsOf(s);
        // Words the index drops ("won't" of "won't install") leave a reading that says the opposite
        // ("install"): such a phrase adds nothing, so both readings keep its meaning.
        const lossy = words(s).some((w) => terms(w).length === 0);
        const adds = lossy ? [] : this.index.termsOf(meant!).filter((t) => !saidTerms.includes(t));
        return { said: normalizeName(s), meant: normalizeName(meant!), meantText: meant!, adds };
      }),
    );
    this.saidFinder = new PhraseFinder(this.synonyms.map((s) => s.said));
    // The entries each meaning pattern's meaning is a keyword of: a pattern that read the question as
    // saying it makes them the question's subject when one ranks first (see assessScope's namedIds).
    // Each keyword is normalised once, and only the meanings' names are kept.
    const meaningOf = new Map(this.index.scope.meanings.map(({ meaning }) => [normalizeName(meaning), meaning]));
    const meantBy = new Map<string, string[]>();
    for (const e of kb.entries)
      for (const k of e.keywords) {
        const meaning = meaningOf.get(normalizeName(k));
        if (meaning === undefined) continue;
        let ids = meantBy.get(meaning);
        if (!ids) meantBy.set(meaning, (ids = []));
        if (!ids.includes(e.id)) ids.push(e.id);
      }
    this.meantBy = meantBy;
    this.names = [...kb.byName];
    this.nameFinder = new PhraseFinder(this.names.map(([name]) => name));
    this.completer = new NameCompleter(kb.entries);
    this.coreTypos = new CoreTypos(kb.scopeWords?.core_words ?? [], {
      wordTerms: (w) => this.index.wordTerms(w),
      knows: (t) => this.index.docFrequency.has(t),
    });
    this.phraseWords = new PhraseWords(
      [...this.synonyms.map((s) => s.said), ...this.names.map(([name]) => name)],
      (word) => this.index.wordTerms(word),
      (term) => this.index.docFrequency.has(term),
      (word) => this.index.everydayWords.has(word),
    );
  }

  /** A normalised text with its typos written as the words of names and synonyms meant (PhraseWords). */
  private readable(norm: Normalised): Normalised {
    const words = this.phraseWords.repair(norm.words);
    return words === norm.words ? norm : { text: words.join(' '), words: [...words] };
  }

  /**
   * Whether a name or everyday word of ours is, in this text's language, a word of its own ("uso"). The
   * language is read only for such a word: most questions have none.
   */
  private wordOfTheLanguage(phrase: string, text: string): boolean {
    return this.index.scope.otherLanguageWords.has(phrase) && inOtherLanguage(text);
  }

  /** The question, with what its everyday words mean added ("reset wu" also says "windows update"). */
  expand(text: string): string {
    return this.expandNormalised(text, this.readable(normalised(text))).text;
  }

  /**
   * The text with its synonyms' and meaning patterns' meanings added, the words that added which it did not say,
   * and the meanings each way added (a pattern's can name an entry: see readNames).
   */
  private expandNormalised(
    text: string,
    normalised: Normalised,
  ): { text: string; adds: ReadonlySet<string>; bySynonyms: readonly string[]; patterned: readonly string[] } {
    const norm = ` ${normalised.text} `;
    const meant = new Set<string>();
    const adds = new Set<string>();
    // In the order the synonyms are listed, whatever order the question says them in.
    const found = this.saidFinder.findAll(normalised.words);
    const lengths = this.saidFinder.lengths;
    // A phrase said only inside longer ones says nothing of its own ("delayed" in "delayed start" is not
    // "defer"); said once more on its own, it does ("on delayed start and my updates are delayed").
    const inside = (i: number, at: number) =>
      [...found].some(
        ([j, froms]) =>
          j !== i &&
          lengths[j]! > lengths[i]! &&
          froms.some((from) => from <= at && at + lengths[i]! <= from + lengths[j]!),
      );
    const said = [...found]
      .filter(([i, ats]) => ats.some((at) => !inside(i, at)))
      .map(([i]) => i)
      .sort((a, b) => a - b);
    for (const i of said) {
      const s = this.synonyms[i]!;
      if (norm.includes(` ${s.meant} `) || this.wordOfTheLanguage(s.said, text)) continue;
      // As written: normalised, "won't boot" would add the words "won" and "t", which the search reads
      // as unknown words the question said, where it drops "won't".
      meant.add(s.meantText);
      for (const t of s.adds) adds.add(t);
    }
    // Meanings said in words a synonym cannot list ("keep our fleet on 24H2"), added as a synonym's are. Their
    // words count as said (no adds): the pattern read them, and without them two version names read most like
    // the versions entry.
    const bySynonyms = [...meant];
    const patterned: string[] = [];
    // Only the patterns whose words the text says are tried (most questions say none of a pattern's words).
    for (const { meaning, saidAs, said, unless } of this.index.scope.meanings) {
      if (!norm.includes(saidAs) && said.test(text) && !unless.test(text)) {
        meant.add(meaning);
        patterned.push(meaning);
      }
    }
    return { text: meant.size ? `${text} ${[...meant].join(' ')}` : text, adds, bySynonyms, patterned };
  }

  private answerFor(
    entry: Entry,
    confidence: number,
    matchedBy: MatchedBy,
    alternatives: Entry[],
    codes: string[],
    lead: CardField[] = [],
  ): Answer {
    const card = entryCard(entry, this.kb, lead);
    const alts = confidence < LOW_CONFIDENCE || matchedBy === 'code' ? alternatives.slice(0, 3) : [];
    card.alternatives = offersOf(alts);
    card.unsure = alts.length > 0 && confidence < LOW_CONFIDENCE;
    return { status: 'answer', entry, alternatives: alts, confidence, matchedBy, codes, card };
  }

  decline(reason: string, codes: string[] = [], elsewhere = false): Answer {
    return {
      status: 'decline',
      entry: null,
      alternatives: [],
      confidence: 0,
      matchedBy: 'none',
      codes,
      card: declineCard(reason),
      ...(elsewhere ? { elsewhere } : {}),
    };
  }

  /** What the knowledge says of one code: its own entry, a table's line, its family, or nothing. */
  private codeInfo(code: string) {
    const hit = this.kb.byCode.get(code);
    const table = this.kb.tableCodes.get(code);
    const family = this.kb.family(code);
    return { code, hit, table, family, entry: hit?.entry ?? family };
  }

  /** One line on a code for a message that holds several. */
  private codeLine(code: string): string {
    const c = this.codeInfo(code);
    if (c.hit) return `• ${code}: ${c.hit.entry.title.replace(/^0x[0-9A-F]{8}:\s*/i, '')}`;
    if (c.table) return `• ${code}: ${c.table.info.name}, ${c.table.info.meaning}`;
    if (c.family) return `• ${code}: no entry of its own; see ${c.family.title}`;
    return `• ${code}: not a code I know`;
  }

  /**
   * Answers a code (or several) from the knowledge; never guesses a meaning it does not have. The codes
   * come in the order they are read (findCodes: the error as it stands first, a pasted log from its end);
   * lastFirst says they are a pasted log's, of which the one answered is a guess. said: the text the codes
   * were read from, where Setup's extend code may stand beside one ("0xC1900101 - 0x4000D"): what it says
   * of the phase and operation comes first.
   */
  private answerCodes(codes: string[], lastFirst = false, said?: string): Answer | undefined {
    const found = codes.map((code) => this.codeInfo(code));
    const primary = found.find((f) => f.hit) ?? found.find((f) => f.table) ?? found.find((f) => f.family);
    if (!primary) return undefined;
    const lead: CardField[] = [];
    const extend = said === undefined ? undefined : extendCodesIn(said).get(primary.code);
    const extendSays = extend === undefined ? undefined : this.extendCodes?.describe(extend);
    const extendLead: CardField[] = extendSays ? [{ name: `Extend code: ${extend}`, value: extendSays }] : [];
    const others = found.filter((f) => f !== primary);
    const otherLead = others.length
      ? [{ name: 'Other codes in your message', value: others.map((o) => this.codeLine(o.code)).join('\n') }]
      : [];
    const win32 = win32Of(primary.code);
    if (primary.hit) {
      const { info, entry } = primary.hit;
      // The table's name where the entry has none; the code's own line where the entry has several.
      const name = info.name ?? primary.table?.info.name;
      if (entry.codes.length > 1 || (!info.name && name)) {
        lead.push({
          name: `Your code: ${primary.code}`,
          value: [name, info.meaning ?? primary.table?.info.meaning].filter(Boolean).join(' — ') || entry.meaning,
        });
      }
      // A paste's other codes with entries of their own: which one it is about is a guess, so they are
      // offered too. A question that says its codes leads with the one it is about.
      const otherEntries = lastFirst
        ? [...new Set(others.flatMap((o) => (o.hit && o.hit.entry.id !== entry.id ? [o.hit.entry] : [])))]
        : [];
      const answer = this.answerFor(entry, 1, 'code', otherEntries, codes, [...lead, ...extendLead, ...otherLead]);
      answer.card.mentioned = this.mentionedCodes(others, entry.id);
      return answer;
    }
    // A guide that names the code (Defender's list of codes its definitions fail with) is where the
    // knowledge says more of it than its family or table line does.
    const namedIn = this.kb.codeMentions.get(primary.code) ?? [];
    const namedInLead: CardField[] = namedIn.length
      ? [{ name: `${primary.code} is named in`, value: namedIn.map((e) => e.title).join('\n') }]
      : [];
    const namedInLinks: CardLink[] = namedIn.map((e) => ({ id: e.id, title: e.title }));
    if (primary.table) {
      if (win32 !== undefined)
        lead.push({
          name: `Your code: ${primary.code}`,
          value: `Win32 error ${win32} (hex ${primary.code.slice(6)}).`,
        });
      const card = tableCodeCard(primary.code, primary.table, primary.family, this.kb, [
        ...lead,
        ...extendLead,
        ...namedInLead,
        ...otherLead,
      ]);
      card.mentioned = [...namedInLinks, ...this.mentionedCodes(others, primary.family?.id)];
      return {
        status: 'answer',
        entry: primary.family ?? null,
        alternatives: [],
        confidence: 1,
        matchedBy: 'table',
        codes,
        card,
      };
    }
    lead.push({
      name: `Your code: ${primary.code}`,
      value:
        `No entry explains ${primary.code} itself, so here is what its family tells us, without guessing.` +
        (win32 !== undefined ? ` It wraps Win32 error ${win32} (hex ${primary.code.slice(6)}).` : ''),
    });
    const answer = this.answerFor(primary.family!, 0.5, 'family', [], codes, [
      ...lead,
      ...extendLead,
      ...namedInLead,
      ...otherLead,
    ]);
    answer.card.mentioned = [...namedInLinks, ...this.mentionedCodes(others, primary.family!.id)];
    return answer;
  }

  /** Each other code's own entry, to open from the message (not a "Did you mean": the user wrote them). */
  private mentionedCodes(others: { code: string; entry?: Entry }[], shown?: string): CardLink[] {
    const links = new Map<string, CardLink>();
    for (const o of others)
      if (o.entry && o.entry.id !== shown && !links.has(o.entry.id))
        links.set(o.entry.id, {
          id: o.entry.id,
          title: `${o.code}: ${o.entry.title.replace(/^0x[0-9A-F]{8}:\s*/i, '')}`,
        });
    return [...links.values()];
  }

  /**
   * How many of a text's search terms tell a story beyond its codes: the words of a code's own
   * message ("The service cannot be started, either because it is disabled...") are not a story.
   */
  private storyWords(text: string, codes: readonly string[]): number {
    const own = new Set(
      codes.flatMap((c) =>
        [this.kb.byCode.get(c)?.info.meaning, this.kb.tableCodes.get(c)?.info.meaning].flatMap((m) =>
          m ? this.index.termsOf(m) : [],
        ),
      ),
    );
    return this.index.queryTerms(text).filter((t) => !own.has(t)).length;
  }

  /** Codes in a question: HRESULTs in any spelling, and Win32 numbers the knowledge knows. */
  private codesIn(text: string, lastFirst: () => boolean = () => false): { codes: string[]; onlyWin32: boolean } {
    const { text: read, found: hex } = locateCodes(text);
    // One digit short: only as a code the knowledge knows (see findShortCodes).
    const short = locateShortCodes(text).filter((f) => this.kb.knowsCode(f.code));
    const win32 = locateWin32(text).filter((f) => this.kb.knowsCode(f.code));
    // Every spelling ordered together: the error as it stands first, a pasted log read from its end (orderCodes);
    // whether it is one is asked only of several codes.
    const found = [...hex, ...short, ...win32];
    const ordered = orderCodes(read, found, found.length > 1 && lastFirst());
    const symbolic = ordered.length === 0 ? this.symbolicCodes(text) : [];
    return {
      codes: [...ordered, ...symbolic],
      onlyWin32: hex.length === 0 && short.length === 0 && win32.length > 0,
    };
  }

  /**
   * The codes a question gives only by their symbolic names in the code tables ("WU_E_NO_UPDATE"), where no entry
   * has that name as its own (those are read as names): the name is the code, as in /wu error.
   */
  private symbolicCodes(text: string): string[] {
    return [...text.matchAll(SYMBOLIC_NAME)].flatMap(([name]) => this.tableCodeNamed(name) ?? []);
  }

  /** The code a table gives this symbolic name, unless an entry has the name as its own (then it names that entry). */
  private tableCodeNamed(name: string): string | undefined {
    const code = this.kb.tableNames.get(name.toUpperCase());
    return code && !this.kb.byName.has(normalizeName(name)) ? code : undefined;
  }

  /** A decline that says what else the question is about (another program, service or updater). */
  private declineElsewhere(reason: string, codes: string[]): Answer {
    return this.decline(reason, codes, true);
  }

  /** A short reply for another product's question: where to look instead, and what may help anyway. */
  declineProduct(product: OtherProduct, codes: string[] = []): Answer {
    const answer = this.decline(
      `That sounds like ${product.name}. ${product.where}`,
      codes,
      !product.acts_on_windows_update,
    );
    answer.card.title = "That's not Windows Update";
    const see = (product.see ?? []).flatMap((id) => {
      const e = this.kb.get(id);
      return e ? [{ id, title: e.title }] : [];
    });
    if (see.length) {
      answer.card.fields.unshift({ name: 'This may still help', value: see.map((l) => `• ${l.title}`).join('\n') });
      answer.card.related = see;
    }
    return answer;
  }

  /** Whether the catalogue gives a code to another product and no entry or table of ours knows it. */
  private othersCodeOnly(code: string): boolean {
    return !this.kb.byCode.has(code) && !this.kb.tableCodes.has(code) && this.products.claimsCode(code);
  }

  /** A KB number, a kind of Windows update, a code only Windows Update's own parts give, or one Setup reports. */
  private oursByKindOrCode(text: string, codes: readonly string[]): boolean {
    return (
      this.index.scope.ours.test(text) ||
      codes.some((c) => this.index.scope.isOurCode(c)) ||
      // A code with Setup's extend code ("0x8007001F - 0x4000D") is Windows Setup's result, whatever its family.
      (codes.length > 0 && extendCodesIn(text).size > 0)
    );
  }

  /**
   * What a text (its codes stripped) names: the entries said, the text with what its synonyms mean
   * added ("window update" names Windows Update as its name does), and the entries of ours said or meant.
   */
  private readNames(stripped: string, said: Normalised) {
    const norm = this.readable(said);
    // A name said only to say its check is passed ("my PC meets the Windows 11 requirements, but...") is not
    // what the question is about: it does not name that entry (its words still count in the search).
    const unsatisfied = this.index.scope.withoutSatisfied(stripped);
    const named =
      unsatisfied === stripped
        ? this.namesIn(stripped, norm)
        : this.namesIn(unsatisfied, this.readable(normalised(unsatisfied)));
    const { text, adds, bySynonyms, patterned } = this.expandNormalised(stripped, norm);
    const meantBySynonyms = bySynonyms.length > 0 ? this.namedEntries(bySynonyms.join(' ')) : [];
    const meantByPattern = patterned.flatMap((m) => this.namedEntries(m));
    const saidOrMeant = [...named, ...meantBySynonyms, ...meantByPattern];
    // The entries a meaning pattern's meaning is a keyword of.
    const patternedIds = new Set(patterned.flatMap((m) => this.meantBy.get(m) ?? []));
    // Such an entry, or one whose whole name the meaning is, keeps its lead when the question asks to act (see rank),
    // said or meant: the pattern read the situation as a whole. Not another name said inside the meaning ("windows
    // update" in "windows update keeps failing" names the service).
    const meantIds = new Set([...patternedIds, ...meantByPattern.filter((n) => n.whole).map((n) => n.entry.id)]);
    const meant = <T extends NamedEntry>(n: T): T => (meantIds.has(n.entry.id) ? { ...n, meant: true } : n);
    // A meaning pattern read its words as a whole ("held the power button while it was updating"): a name its
    // meaning is names that entry as the words would, where a synonym's meaning only adds its words. Never the
    // whole question, and a lead as of a two-word name (a one-word lead lost to the question's other words too often: "what
    // does windows actually do when it updates? why all the restarting" read as the restarts guide): the rest still counts.
    const byPattern = meantByPattern
      .filter((n) => !named.some((o) => o.entry === n.entry))
      .map((n) => meant({ ...n, whole: false, words: 2 }));
    // A screen's or a message's text quoted near word for word names its entry, as a one-word name leads: a long post
    // around it may say more of other things ("Steps: open Settings, click Check... Result: \"There were problems
    // installing some updates\"").
    for (const entry of this.quotedScreens(stripped))
      if (!named.some((o) => o.entry === entry) && !byPattern.some((o) => o.entry === entry))
        byPattern.push({ entry, whole: false, words: 1, generic: false });
    return {
      named: [...named.map(meant), ...byPattern],
      text,
      adds,
      saidOrMeant,
      ourNames: ourNamesOf(saidOrMeant),
      patternedIds,
      // A pattern's name keeps the question ours against the scope's bars, not against a product named: the
      // pattern does not read whose driver or update it was ("AMD Adrenalin updated my driver, how do I go back").
      ourNamesSaid: ourNamesOf([...named, ...meantBySynonyms]),
    };
  }

  /**
   * The entries whose own phrasing a quoted text of the question is, near word for word ("it says \"There were
   * problems installing some updates\""): a screen's or a message's text, quoted, names what it is.
   */
  private quotedScreens(text: string): Entry[] {
    const out: Entry[] = [];
    // The first few quotes only: each is searched, and a long paste may hold thousands.
    let tried = 0;
    for (const m of text.matchAll(QUOTED)) {
      if (++tried > QUOTES_TRIED) break;
      const quote = m[1] ?? m[2] ?? '';
      const words = quote.match(/\p{L}+/gu)?.length ?? 0;
      if (words < 2 || words > 25) continue;
      const [first, second] = this.index.search(quote, { limit: 2 });
      // Not a quote that reads as two entries' alike, nor one of a word or two of little weight ("Pending").
      if (
        first &&
        first.phrase >= QUOTE_PHRASE &&
        first.matchedWeight >= 0.5 &&
        (second?.phrase ?? 0) < first.phrase - 0.05
      )
        out.push(first.entry);
      if (out.length >= 2) break;
    }
    return out;
  }

  /**
   * What comes next, by its name (scope-words.yaml's tried_only_means), for a question that is nothing but repairs of
   * ours tried to no effect ("Tried sfc, DISM and the troubleshooter, nothing worked."): the repairs it names were done
   * already, and would lead the answer. Not one that names another product, or a service of ours by its own name, nor
   * one with no name of ours and no word of updating. Else undefined.
   */
  private nextAfterTried(text: string): string | undefined {
    const words = this.index.scope;
    if (words.triedOnlyMeans === undefined || !words.onlyTried(text) || this.products.namesAny(text)) return undefined;
    const stripped = stripCodes(text);
    const { named, ourNamesSaid } = this.readNames(stripped, normalised(stripped));
    // A service named by its own name was worked on, and is the subject ("ran sc config wuauserv start=demand and it
    // just prints its usage, ... nothing changed").
    const saidWords = new Set(cueWords(text));
    if (named.some((n) => n.entry.kind === 'service' && saidWords.has(n.entry.service_name.toLowerCase())))
      return undefined;
    const ours = ourNamesSaid.size > 0 || this.index.termsOf(stripped).some((t) => words.updatingItself.has(t));
    return ours ? words.triedOnlyMeans : undefined;
  }

  /**
   * The question without the phrases that mention Windows Update only in passing (scope-words.yaml's
   * in_passing_patterns: when something broke, "Steam crashes since the latest Windows update", "after
   * KB5046633 the VPN drops"; or that it is fine, "Windows Update works fine, it's the Store"), where those
   * phrases were all it had of ours: what is left names nothing of ours, no KB number, kind of update or
   * code of ours, nothing of the PC itself ("my PC boots to a black screen"), and does not ask to take the
   * update off. Else undefined.
   */
  private besideWhenItBroke(
    question: string,
    codes: readonly string[],
    takesUpdateOff: boolean,
    /** The question without its phrases said in passing, when the caller has it already. */
    rest = this.index.scope.withoutInPassing(question),
  ): string | undefined {
    const scope = this.index.scope;
    if (rest === question || takesUpdateOff || scope.windowsItself.test(rest) || this.oursByKindOrCode(rest, codes))
      return undefined;
    const stripped = stripCodes(rest);
    return this.readNames(stripped, normalised(stripped)).ourNames.size === 0 ? rest : undefined;
  }

  /** The entries named in the question (aliases, service and process names), longest names first. */
  namedEntries(question: string): NamedEntry[] {
    return this.namesIn(question, this.readable(normalised(question)));
  }

  private namesIn(question: string, normalised: Normalised): NamedEntry[] {
    const norm = normalised.text;
    const trimmed = question.trim();
    const unwrapped = trimmed.replace(QUESTION_WRAPPERS, '').replace(QUESTION_WRAPPERS, '');
    // Trimming changes nothing normalising does not: without wrappers, the core is the whole.
    const core = unwrapped === trimmed ? norm : this.phraseWords.repair(nameWords(unwrapped)).join(' ');
    const wholeName = this.kb.byName.has(core) ? core : norm;
    const wholeId = this.kb.byName.get(wholeName);
    const found = new Map<string, NamedEntry>();
    const generic = this.kb.genericNames;
    // The whole question as a name counts as the longest (words are capped at NAMED_WORDS).
    if (wholeId) {
      found.set(wholeId, {
        entry: this.kb.get(wholeId)!,
        whole: true,
        words: NAMED_WORDS,
        generic: generic.has(wholeName),
      });
    }
    // Then the names inside it: longest first, then in the order the question says them.
    const inside = [...this.nameFinder.find(normalised.words)]
      .filter(([name]) => !this.wordOfTheLanguage(this.names[name]![0], question))
      .map(([name, at]) => ({
        id: this.names[name]![1],
        words: this.nameFinder.lengths[name]!,
        at,
        generic: generic.has(this.names[name]![0]),
      }))
      .sort((a, b) => b.words - a.words || a.at - b.at);
    for (const { id, words, generic: g } of inside) {
      const seen = found.get(id);
      if (!seen)
        found.set(id, { entry: this.kb.get(id)!, whole: false, words: Math.min(words, NAMED_WORDS), generic: g });
      // One name of its own is enough to make it named as ours.
      else if (!g) seen.generic = false;
    }
    return [...found.values()];
  }

  /** Ranks entries for a question: search score, leaned by names found and by what the user wants. */
  rank(
    question: string,
    kinds?: readonly Kind[],
    named?: readonly { entry: Entry; words?: number; meant?: boolean }[],
    queryTerms = this.index.queryTerms(question),
    /** queryTerms without the words its synonyms' meanings added, when they added any. */
    said?: readonly string[],
  ): Hit[] {
    const hits = this.index.search(question, {
      kinds,
      limit: 15,
      queryTerms,
      said,
      // What the question names stays a candidate even when its other words fill the search (a long
      // paste's rare words, "working on updates 30% for 3 hours"). A service only in a paste, or when
      // named in full (NAMED_WORDS words: "Windows Installer service", which the stemmer reads as
      // "window install service"): "Windows Update" names wuauserv in nearly every question.
      include: named
        ?.filter(
          (n) => n.entry.kind !== 'service' || (n.words ?? 1) >= NAMED_WORDS || queryTerms.length >= MAX_QUERY_TERMS,
        )
        .map((n) => n.entry.id),
    });
    if (hits.length === 0) return hits;
    const qTerms = new Set(queryTerms);
    // The vocabulary's words for acting and for understanding lean towards guides or explanations.
    const wantsAction = [...qTerms].some((t) => this.index.scope.action.has(t));
    const wantsExplain = [...qTerms].some((t) => this.index.scope.explain.has(t)) && !wantsAction;
    // A name in the question ("update orchestrator") points at that entry. When the user wants to act,
    // only a named guide or concept (a setting, a screen) keeps that lead, since it says how to act on
    // it; for a named service, error or general task the fix that does it is the answer.
    // Asking leave to do it ("can I disable BITS?", "is it safe to delete...") is asking about the thing
    // named: a named service keeps its lead then.
    const asksLeave = wantsAction && this.index.scope.asksLeave.test(question);
    // A named service using up the PC ("DoSvc eats all my bandwidth") is a symptom to act on, as when
    // the user asks to act: a guide for the symptom that speaks of that service or its process is the
    // answer, if one matches. Not when the question asks what the service is.
    const troubled =
      !asksLeave && !ASKS_WHAT.test(question) && [...qTerms].some((t) => this.index.scope.trouble.has(t));
    // The guide that matches best among the hits: the one that would take the named service's place.
    const guide = troubled
      ? hits.reduce<Hit | undefined>(
          (best, h) => (h.entry.kind === 'fix' && (!best || h.score > best.score) ? h : best),
          undefined,
        )
      : undefined;
    const guideSpeaksOf = (e: Entry) =>
      guide !== undefined &&
      e.kind === 'service' &&
      [e.service_name, ...e.processes].some((name) => this.index.entryUses(guide.entry.id, name.split(/\s/)[0]!));
    const namedIds = new Map<string, number>(
      (named ?? this.namedEntries(question))
        .filter(
          (n) =>
            !wantsAction ||
            ((n.entry.kind === 'fix' || n.entry.kind === 'concept') && !n.entry.general) ||
            (asksLeave && n.entry.kind === 'service') ||
            n.meant,
        )
        .filter((n) => !troubled || !guideSpeaksOf(n.entry))
        .map((n) => [n.entry.id, n.words ?? 1]),
    );
    // Asked only of a named service among the hits.
    const saysService = (e: Entry & { kind: 'service' }) =>
      /\bservices?\b|svc\b|\.exe\b/i.test(question) || question.toLowerCase().includes(e.service_name.toLowerCase());
    const top = hits[0]!.score;
    return hits
      .map((h) => {
        let score = 0.3 * (h.score / top) + h.phrase;
        // A longer name said in full ("working on updates") says more than one word does.
        const words = namedIds.get(h.entry.id);
        // A service named only as everyday words ("Windows Update" is the service's display name and
        // the whole subject's) counts as one word: "windows update eating all my cpu" is the worker's.
        if (words) score += 0.2 + 0.1 * (h.entry.kind === 'service' && !saysService(h.entry) ? 1 : words);
        if (wantsAction && h.entry.kind === 'fix') score *= 1.15;
        // A general Windows task (an elevated prompt, a clean boot) is a step of other guides: a guide
        // that matches as well is the answer.
        if (h.entry.general) score *= 0.9;
        if (wantsExplain && (h.entry.kind === 'service' || h.entry.kind === 'concept')) score *= 1.15;
        // Spelled out, not spread: copying a hit by spread was a tenth of a long question's time.
        // (TypeScript names a missing required field; an optional one added to Hit belongs here too.)
        return {
          entry: h.entry,
          score,
          phrase: h.phrase,
          coverage: h.coverage,
          matchedWeight: h.matchedWeight,
          strongCoverage: h.strongCoverage,
          searchScore: h.score,
        };
      })
      .sort((a, b) => b.score - a.score);
  }

  ask(rawQuestion: string): Answer {
    const asked = this.askAsWritten(rawQuestion);
    // Not one declined as another product's ("fix office update stuck"): that stays where to look instead.
    if (asked.status !== 'decline' || asked.elsewhere) return asked;
    // A command typed without its slash that no question reading answers ("fix reset", "explain medic"): its topic
    // as the command reads it, if the words read like an entry.
    const command = TYPED_COMMAND.exec(removeInvisible(rawQuestion).trim());
    if (!command) return asked;
    const asCommand = this.topic(command[2]!, command[1]!.toLowerCase() === 'fix' ? FIX_KINDS : EXPLAIN_KINDS, true);
    return asCommand?.status === 'answer' ? asCommand : asked;
  }

  private askAsWritten(rawQuestion: string): Answer {
    const words = this.index.scope;
    // A run of blanks is one (a line break if it holds one): the readings below look at the blanks around words, and a
    // paste with thousands in a row would cost them each thousands of tries.
    // A phone's curly apostrophes (it’ll, don’t) are the straight ones every reading is written with.
    // A message that is all one code block is read as its content: the fence only says how it was pasted.
    const typed = removeInvisible(unfenced(rawQuestion.slice(0, MAX_PASTE)).normalize('NFKC'))
      .replace(/\s{2,}/g, (run) => (run.includes('\n') ? '\n' : ' '))
      .replace(/(?<=\p{L})[\u2018\u2019](?=\p{L})/gu, "'");
    // The core words' typos and Windows' short forms written out, then what is said by the way taken out (the lines
    // that only say which Windows it runs on, the sentences telling what was tried to no effect, the sign-off): read
    // before the lines are joined, as such a line ends there.
    const spelled = words.spell(this.coreTypos.repair(typed));
    // As told, line by line: where a title is read from (the line a copied message's name and time stood on is gone).
    const envLess = words.withoutEnvironment(spelled);
    const told = words.withoutSignOff(this.nextAfterTried(envLess) ?? words.withoutTried(envLess));
    // Control characters from pasted logs become spaces.
    // eslint-disable-next-line no-control-regex
    const full = told.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    const question = joinSplitWords(full.slice(0, MAX_QUESTION).trim());
    if (!question) return this.decline('You did not ask anything.');
    const reply = replyToNoQuestion(question);
    if (reply) return reply;

    // A pasted log ends with its HRESULT, so codes are read from all of it. Several codes are read in order, the error
    // as it stands first (one told as past after, a log's error lines before its information lines), a pasted log's
    // from its outcome at the end (see pastedLog, orderCodes).
    let pasted = false;
    const { codes, onlyWin32 } = this.codesIn(full, () => (pasted = pastedLog(rawQuestion)));
    // Another product as the subject ("Microsoft Store error 0x80073D02", "activation 0xC004F074"):
    // say where to look instead. Naming something of ours ("Windows Update", a service) keeps it with us.
    // An error's own text ("the service did not respond") names the error, not what it happened to.
    // Names are read once, from the question without its codes, for both the scope and the answer.
    const stripped = stripCodes(question);
    // Normalised once, for the names and for the synonyms.
    const strippedNormalised = normalised(stripped);
    // Said in other words counts as said: "window update" and "wu" name Windows Update as its name does.
    const {
      named,
      text,
      adds: meaningAdds,
      saidOrMeant,
      ourNames,
      ourNamesSaid,
      patternedIds,
    } = this.readNames(stripped, strippedNormalised);
    const namesOurs = ourNames.size > 0;
    // A KB number, a kind of Windows update, or a code only Windows Update's own parts give
    // (0xC1900101 beside "some old Logitech software") keeps it with us whatever else it names, unless
    // said only as when that product broke (below).
    const ours = ourNamesSaid.size > 0 || this.oursByKindOrCode(question, codes);
    // Without codes to strip, the question's words are the ones just normalised.
    const questionWords = stripped === question ? strippedNormalised.words : undefined;
    let takesOff: boolean | undefined;
    const takesUpdateOff = () => (takesOff ??= this.index.scope.takesUpdateOff.test(question));
    // A product that broke "since the latest Windows update" is the subject: the update is only when.
    // Read so whether or not the question names something of ours: "Windows updated" said only as when
    // the VPN broke keeps it with us no more than a KB said so does.
    // A product found only by its pattern is looked for only where something is said in passing.
    const inPassingRest = this.index.scope.withoutInPassing(question);
    // Whether it says the PC restarted for its updates: read at most once, for the catalogue and the issue report.
    // Not a restart said only as when the trouble began ("it began after Windows restarted for updates").
    let restarted: boolean | undefined;
    const restartsForUpdates = () => (restarted ??= this.index.scope.restartsForUpdates.test(inPassingRest));
    const besideWhen =
      this.products.namesAny(question, questionWords) ||
      (inPassingRest !== question && this.products.saysAnyPattern(question))
        ? this.besideWhenItBroke(question, codes, takesUpdateOff(), inPassingRest)
        : undefined;
    const product = otherProductIn(question, codes, this.products, ours && besideWhen === undefined, {
      words: questionWords,
      windowsAdmin: () => this.index.scope.speaksAsAdmin(this.index.termsOf(question), question),
      means: (meaning) => this.index.scope.means(meaning, question),
      takesUpdateOff,
      besideWhen,
      restartsForUpdates,
      telling: (words) => this.index.queryTerms(words.join(' ')).length,
    });
    if (product) return this.declineProduct(product, codes);
    // Updating a program by a name the knowledge has never heard of ("update SI to the latest build",
    // "the latest update for Keybase"), or the program updating itself ("Greenshot keeps asking to update"): its own
    // updater, when nothing of ours is named.
    const updated = ours
      ? undefined
      : (this.strangerIn(stripped, UPDATES_NAMED) ?? this.strangerIn(stripped, SELF_UPDATING_NAMED));
    if (updated)
      return this.declineElsewhere(`That sounds like ${updated}'s own updater, which its maker knows best.`, codes);
    // How many telling words the question has beside its codes: read at most once, when needed.
    let story: number | undefined;
    const storyLength = () => (story ??= this.storyWords(stripped, codes));
    // A Win32 number ("error 5", 1053) is said by every program and service. Only a short paste, or a
    // question about our services or about updating, makes it the answer. About a service the
    // knowledge does not know ("3proxysvc ... Error 1053"), it is that one's. In a longer story it is
    // read with the words around it; a story with no word of updating or of Windows at all is some
    // program's, and its words would only find our entry for the number by the error's own wording.
    if (onlyWin32 && !ours && !this.index.termsOf(stripped).some((t) => this.index.scope.updatingItself.has(t))) {
      const foreign = foreignSubject(stripped, this.index);
      if (foreign) return this.declineElsewhere(foreign, codes);
      // Starting or running a program the knowledge has never heard of ("when I start 3proxy: Error 1053"):
      // the number is that program's.
      if (this.strangerIn(stripped, STARTS_NAMED) !== undefined)
        return this.declineElsewhere(this.otherProgramsNumber, codes);
      if (storyLength() > STORY_WORDS) {
        const context = this.index.scope.contextOf(
          [this.index.termsOf(stripped), this.index.queryTerms(stripped)],
          stripped,
        );
        if (!context.updating && !context.windows) return this.declineElsewhere(this.otherProgramsNumber, codes);
        codes.length = 0;
      }
    }
    // Codes the catalogue gives to another product (activation's 0xC004F...) that no entry or table of ours knows,
    // in a question kept ours ("not activated (0xC004F213), I want to enroll in ESU"): our family would only say
    // what a code starting so is in general. The words are answered instead.
    if (codes.length && codes.every((c) => this.othersCodeOnly(c))) codes.length = 0;
    // A bare Win32 number inside a situation a meaning pattern has read whole ("sc config WaaSMedicSvc ... FAILED 5:
    // Access is denied" is the Medic service's protection; a disabled update service refusing to start again is its
    // re-enable guide): every program shows the number, the situation says which entry answers. The words are answered.
    if (onlyWin32 && patternedIds.size > 0 && codes.every((c) => !patternedIds.has(this.codeInfo(c).entry?.id ?? '')))
      codes.length = 0;
    if (codes.length) {
      const byCode = this.answerCodes(codes, pasted, full);
      // A bare Win32 number ("error 5") is said by every program, and a code known only by its family
      // says little of what to do: the answer stands, offered with what the words point at. So does a
      // code known only from Microsoft's lists (no guide of its own) told inside a longer story.
      // A number about one of our services ("sc start wuauserv ... FAILED 1058") is that service's,
      // when the code's entry speaks of the service; else ("sc config WaaSMedicSvc ... FAILED 5")
      // the service's own entry may be the answer, and is offered.
      const ourServices = named.filter((n) => n.entry.kind === 'service');
      const codeEntry = byCode?.entry;
      const aboutService =
        codeEntry != null &&
        ourServices.some((n) => n.entry.kind === 'service' && this.index.entryUses(codeEntry.id, n.entry.service_name));
      // A 0x8007 code wraps a Win32 error, which every program shows (so do COM's generic failures, E_FAIL's
      // 0x80004005 above all): told in a story that names
      // nothing of ours ("0x8007000E from the installer"), the code's entry may not be what was asked.
      // So is one beside another product named in passing ("winget ... 0x80070005"), even with something of ours;
      // and any code beside the quoted command line of a program the knowledge never mentions, or told in a
      // long post (LONG_POST_WORDS).
      const everyProgram =
        (codes.every((c) => this.index.scope.isEveryProgramsCode(c)) &&
          ((!ours && storyLength() > STORY_WORDS) || this.products.namesAny(question, questionWords))) ||
        this.quotesOtherProgram(question);
      if (
        byCode &&
        ((onlyWin32 && !aboutService) ||
          byCode.matchedBy === 'family' ||
          (byCode.matchedBy === 'table' && storyLength() > STORY_WORDS) ||
          everyProgram ||
          wordCount(question) > LONG_POST_WORDS)
      ) {
        // The question's terms, read once for the detail and for the alternatives.
        const qTerms = this.index.queryTerms(text);
        const answer = this.withSearchAlternatives(
          this.focused(byCode, qTerms),
          text,
          named,
          ourServices.map((n) => n.entry),
          qTerms,
        );
        const byTitle =
          answer.alternatives.length > 0 && wordCount(question) > ISSUE_REPORT_WORDS
            ? this.declinedByTitle(told, codes)
            : undefined;
        if (!byTitle) return answer;
        const offered = answer.entry ? [answer.entry, ...answer.alternatives] : answer.alternatives;
        return this.offering(byTitle, offered.slice(0, CLOSEST_OFFERED));
      }
      if (byCode) return this.focused(byCode, this.index.queryTerms(text));
    }

    const whole = named.find((n) => n.whole);
    if (whole) return this.answerFor(whole.entry, 1, 'name', [], codes);
    // Written mostly in another script: where the knowledge has none of its words (Japanese, Arabic;
    // or Chinese and Russian saying nothing it knows), the few Latin words left ("Windows 11", a
    // version) would be guessed from, so it says what it can read instead; unless they name something
    // of ours or a KB number, which the answer can start from.
    if (!ours && named.length === 0 && mostlyUnreadable(question) && !this.readsAnyOf(text)) {
      return this.decline(UNREADABLE, codes);
    }

    const qTerms = this.index.queryTerms(text);
    // The question also without the words its synonyms added ("computer" beside "pc"), when any are
    // among its terms: a second reading for phrase likeness (SearchIndex.search).
    const said = meaningAdds.size > 0 ? qTerms.filter((t) => !meaningAdds.has(t)) : qTerms;
    const ranked = this.rank(text, undefined, named, qTerms, said.length < qTerms.length ? said : undefined);
    const scope = assessScope(
      text,
      ranked,
      saidOrMeant.length > 0,
      this.index,
      qTerms,
      namesOurs,
      patternedIds.size > 0 ? new Set([...ourNames, ...patternedIds]) : ourNames,
      stripped,
      takesUpdateOff(),
    );
    const best = scope.hit;
    if (!scope.inScope || !best)
      return this.withClosest(this.decline(scope.reason, codes, scope.foreign), scope.closest ?? []);
    const rest = ranked.filter((h) => h !== best);
    const second = best === ranked[0] ? (rest[0]?.score ?? 0) : ranked[0]!.score;
    const signals: Signals = {
      margin: best.score > 0 ? Math.max(0, (best.score - second) / best.score) : 0,
      phrase: best.phrase,
      coverage: best.coverage,
      strongCoverage: best.strongCoverage,
      named: named.some((n) => n.entry.id === best.entry.id) ? 1 : 0,
      length: Math.log2(1 + qTerms.length),
    };
    // The question names a part of ours and the answer is another entry: not sure, and the named
    // one is offered first.
    const namedElsewhere = ourNames.size > 0 && !ourNames.has(best.entry.id);
    const alternatives = rest.map((r) => r.entry);
    if (namedElsewhere) alternatives.sort((a, b) => Number(ourNames.has(b.id)) - Number(ourNames.has(a.id)));
    const confidence = Number(confidenceOf(signals).toFixed(3));
    const answer = this.answerFor(
      best.entry,
      namedElsewhere || scope.weak ? Math.min(confidence, LOW_CONFIDENCE - 0.001) : confidence,
      'search',
      alternatives,
      codes,
    );
    answer.signals = signals;
    // An issue report for a program's tracker that no entry matches surely is most often about that
    // program: declined, with the entries it came closest to offered, rather than answered unsure. Not a
    // short question that only borrows a heading or a checklist ("## Problem", "- [x] restarted"): a
    // tracker's report tells much more. Nor one telling of the PC restarting for its updates: that restart is the
    // subject wherever it is told (as beside a product named).
    const long = answer.alternatives.length > 0 && wordCount(question) > ISSUE_REPORT_WORDS;
    if (long && this.index.scope.issueReport.test(question) && !restartsForUpdates())
      return this.withClosest(this.decline(ISSUE_REPORT, codes), [best, ...rest].slice(0, CLOSEST_OFFERED));
    // A long post whose title, read alone, is about another product or program is about that one: the
    // story under it tells of Windows and updates around it ("Tailscale fails to start" over a KB number).
    // Not when the title matches nothing either: a title says little alone ("Help please").
    const byTitle = long ? this.declinedByTitle(told, codes) : undefined;
    if (byTitle) return this.withClosest(byTitle, [best, ...rest].slice(0, CLOSEST_OFFERED));
    // A concept's sections are read against the question: the one that answers it is shown first.
    // A word of its title (its subject: "safeguard") tells sections apart only where a section's name
    // says it ("Hotpatch"), and then counts half: the rest of the question says which part is asked.
    const asked = new Set(qTerms);
    const subject = best.entry.kind === 'concept' ? this.titleTerms(best.entry) : undefined;
    answer.card = focusSection(answer.card, best.entry, (section) => {
      const { all, name } = this.sectionTerms(section);
      let sum = 0;
      for (const t of all) {
        if (!asked.has(t)) continue;
        if (!subject?.has(t)) sum += this.index.termWeight(t);
        else if (name.has(t)) sum += 0.5 * this.index.termWeight(t);
      }
      return sum;
    });
    answer.card = focusDetail(answer.card, best.entry, this.weigher(asked));
    return answer;
  }

  /**
   * The first name a pattern captures (UPDATES_NAMED: "update SI to...", "the latest update for Keybase";
   * SELF_UPDATING_NAMED: "stop Greenshot from auto-updating";
   * STARTS_NAMED: "when I start 3proxy") that is another program's (SearchIndex.isUnknownName).
   */
  private strangerIn(text: string, pattern: RegExp): string | undefined {
    for (const m of text.matchAll(pattern)) {
      // The pattern's one name, whichever of its alternatives took it.
      const name = m.slice(1).find((g) => g !== undefined);
      if (name !== undefined && this.index.isUnknownName(name)) return name;
    }
    return undefined;
  }

  /**
   * Whether the question quotes the command line of a program the knowledge never mentions
   * (`patchctl install --all`): a code told beside it may be that program's, whatever it wraps.
   */
  private quotesOtherProgram(question: string): boolean {
    // terms(), not index.termsOf: that keeps the question's last readings, which a program name would push out.
    return quotedPrograms(question).some(
      (p) => !this.index.knowsName(p) && !terms(p).some((t) => this.index.docFrequency.has(t)),
    );
  }

  /** How the question's words are weighed against an entry's details (focusDetail). */
  private weigher(asked: ReadonlySet<string>): DetailWeigher {
    return {
      terms: this.detailTerms,
      // Only the words entries are asked by count: words the knowledge never uses ("dism++") can be in
      // no detail, and words found only in running text are the question's chatter.
      weight: (t) => (this.index.isPhrased(t) ? this.index.termWeight(t) : 0),
      asked,
    };
  }

  /**
   * A code's answer with the detail its question asks about brought forward: "0x800f081f, how do I
   * point DISM at the ISO" gets the note on install media, not only the code's first screen.
   */
  private focused(answer: Answer, qTerms: readonly string[]): Answer {
    const entry = answer.entry;
    if (!entry || answer.matchedBy === 'table') return answer;
    answer.card = focusDetail(answer.card, entry, this.weigher(new Set(qTerms)));
    return answer;
  }

  /** A card section's distinct terms, read once per section. */
  private sectionTerms(section: CardField): { all: readonly string[]; name: ReadonlySet<string> } {
    let found = this.sectionTermsMemo.get(section);
    if (!found)
      this.sectionTermsMemo.set(
        section,
        (found = {
          all: [...new Set(this.index.termsOf(`${section.name}\n${section.value}`))],
          name: new Set(this.index.termsOf(section.name)),
        }),
      );
    return found;
  }

  /** An entry's title terms, read once per entry. */
  private titleTerms(entry: Entry): ReadonlySet<string> {
    let found = this.titleTermsMemo.get(entry);
    if (!found) this.titleTermsMemo.set(entry, (found = new Set(this.index.termsOf(entry.title))));
    return found;
  }

  /** Whether a word of the text in another script (Chinese, Russian) is one the knowledge's names or keywords use. */
  private readsAnyOf(text: string): boolean {
    return this.index.termsOf(text).some((t) => ANY_OTHER_SCRIPT.test(t) && this.index.isPhrased(t));
  }

  /**
   * A long post whose title, read alone, is declined as another product's or program's question: that
   * one is its subject, and the story under the title only tells of Windows and its updates around it.
   */
  private declinedByTitle(post: string, codes: string[]): Answer | undefined {
    const title = titleOf(post);
    if (!title || wordCount(title) > ISSUE_REPORT_WORDS) return undefined;
    const answer = this.ask(title);
    if (answer.status !== 'decline' || !answer.elsewhere) return undefined;
    answer.codes = codes;
    return answer;
  }

  /**
   * A question that speaks of updating or of a Windows PC but matches no entry well enough is declined
   * (a confident wrong answer is worse), with the entries it came closest to offered as "Did you mean",
   * so one that was ours after all is a click away.
   */
  private withClosest(answer: Answer, closest: readonly Hit[]): Answer {
    return this.offering(
      answer,
      closest.map((h) => h.entry),
    );
  }

  /** A decline that offers these entries as "Did you mean". */
  private offering(answer: Answer, entries: readonly Entry[]): Answer {
    if (entries.length === 0) return answer;
    answer.alternatives = [...entries];
    answer.card.alternatives = offersOf(answer.alternatives);
    return answer;
  }

  /** An answer made unsure: the entries the question's words rank highest are offered beside it. */
  private withSearchAlternatives(
    answer: Answer,
    text: string,
    named: readonly NamedEntry[],
    /** Offered first: what the question names (a service of ours beside a bare number). */
    first: readonly Entry[] = [],
    qTerms = this.index.queryTerms(text),
  ): Answer {
    const others = [...new Set([...first, ...this.rank(text, undefined, named, qTerms).map((h) => h.entry)])]
      .filter((e) => e.id !== answer.entry?.id)
      .slice(0, 3);
    if (others.length === 0) return answer;
    answer.alternatives = others;
    answer.card.alternatives = offersOf(others);
    answer.card.unsure = true;
    answer.confidence = Math.min(answer.confidence, LOW_CONFIDENCE - 0.001);
    return answer;
  }

  /** A topic picked from autocomplete (an entry id) or typed freely, among the given kinds. */
  lookup(value: string, kinds: readonly Kind[]): Answer {
    return this.topic(value, kinds) ?? this.ask(value);
  }

  /** What a command's topic names or reads like (see lookup), or undefined if nothing does. */
  private topic(value: string, kinds: readonly Kind[], typed = false): Answer | undefined {
    // A topic that is an entry's id (what autocomplete gives) or own name is that entry: to explain,
    // of any kind ("/wu explain setupdiag" is a guide's tool); a fix must be a fix ("/wu fix bits"
    // searches the fixes, though bits is the service's id).
    const takes = (e: Entry, generic = false) => takesKind(e, kinds, generic);
    const byId = this.kb.get(value.trim());
    if (byId && takes(byId)) return this.answerFor(byId, 1, 'id', [], []);
    // "/wu fix 0x80070422": the first fix for that code; "/wu explain 0x80070422": the code's answer.
    const clean = removeInvisible(value).trim();
    const codes = this.codesOfTopic(clean);
    if (codes.length) {
      const other = this.otherProductsCode(codes);
      if (other) return other;
      const byCode = this.answerCodes(codes, false, clean);
      const first = byCode?.card.fixes?.[0];
      if (first && kinds.includes('fix')) {
        const fix = this.open(first.id)!;
        fix.codes = codes;
        return fix;
      }
      if (byCode) return byCode;
    }
    const allNamed = this.namedEntries(value);
    const named = allNamed.find((n) => takes(n.entry, n.generic));
    if (named) return this.answerFor(named.entry, 1, 'name', [], []);
    const expanded = this.expand(value);
    // The kinds asked for first; then any kind ("/wu explain metered" is a guide): a topic picked
    // from a command is about Windows Update already, so what matches it well is the answer. Among
    // all kinds only what reads like one of an entry's own phrasings: one word any entry happens to
    // mention ("printer", "bios") is not a topic of ours. That also beats an entry of the kinds asked
    // for that only shares a word ("/wu explain safe mode" is the won't-start guide, not DoSvc's
    // "safe" settings).
    const reads = (r: Hit | undefined): r is Hit => !!r && r.coverage >= 0.5 && r.phrase >= 0.7;
    const ofKinds = this.rank(expanded, kinds);
    const ofAll = this.rank(expanded);
    // For /wu fix, only an error reads better than the fixes: its first fix is given (below); a concept
    // that reads like "error" is not a fix for it.
    const allReadsBetter =
      reads(ofAll[0]) && !reads(ofKinds[0]) && (!kinds.includes('fix') || ofAll[0].entry.kind === 'error');
    const ranked =
      ofKinds[0] && ofKinds[0].coverage >= 0.5 && !allReadsBetter ? ofKinds : reads(ofAll[0]) ? ofAll : undefined;
    // Another product named, and nothing of ours ("/wu explain windows activation"): where to look
    // instead, as a question gets it, rather than an entry that only shares a word with it.
    if (!reads(ranked?.[0]) && !allNamed.length) {
      const product = otherProductIn(value, [], this.products, false);
      if (product) return this.declineProduct(product, []);
    }
    // Typed as a message, the words may be no topic at all ("fix my pc"): only one that reads like an entry is.
    if (!ranked || (typed && !reads(ranked[0]))) return undefined;
    const [top, ...rest] = ranked.map((r) => r.entry);
    // /wu fix that reads like an error ("wuauserv disabled" is 0x80070422's): that error's first fix.
    const firstFix = top!.kind === 'error' && kinds.includes('fix') ? this.errorsFirstFix(top!) : undefined;
    // A topic that reads almost exactly like one entry and like nothing else ("/wu explain medic"): that
    // entry, without a "Did you mean".
    const [first, second] = ranked;
    const standsOut =
      !firstFix && first!.phrase >= 0.9 && first!.coverage === 1 && first!.score >= 5 * (second?.score ?? 0);
    if (standsOut) return this.answerFor(top!, 1, 'search', [], []);
    return this.answerFor(firstFix ?? top!, 0.5, 'search', firstFix ? [top!, ...rest] : rest, []);
  }

  /** An entry by id, as a full answer (for buttons and autocomplete picks). */
  open(id: string): Answer | undefined {
    const e = this.kb.get(id);
    return e ? this.answerFor(e, 1, 'id', [], []) : undefined;
  }

  /** The fix to try after this one did not help, if the knowledge names one. */
  nextFix(fixId: string): Answer | undefined {
    const fix = this.kb.get(fixId);
    return fix?.kind === 'fix' && fix.next ? this.open(fix.next) : undefined;
  }

  /** The end of a fix chain: what to collect, and when to hand over to IT or Microsoft support. */
  escalation(fixId: string): Answer {
    const fix = this.kb.get(fixId);
    const card: Card = {
      kind: 'concept',
      entryId: null,
      title: 'Still not fixed: collect the details and hand it over',
      summary: fix?.kind === 'fix' ? fix.escalate : 'Time to ask your IT team or Microsoft support.',
      lead: [],
      fields: [
        {
          name: 'What to collect',
          value: [
            '• The exact error code, as Windows shows it, and the KB number of the update that fails',
            '• The Windows edition and version, and whether the PC is a work or school device',
            '• What you already tried, in order (the guides you followed)',
            '• The Windows Update log and CBS.log',
          ].join('\n'),
        },
      ],
      steps: [],
      warnings: [],
      sources: fix?.sources ?? [],
      // The guide's own related entries (the knowledge decides where to look next).
      related: (fix?.related ?? [])
        .flatMap((id) => {
          const e = this.kb.get(id);
          return e ? [{ id, title: e.title }] : [];
        })
        .slice(0, 5),
      alternatives: [],
    };
    return { status: 'answer', entry: fix ?? null, alternatives: [], confidence: 1, matchedBy: 'id', codes: [], card };
  }

  /**
   * The codes a command's topic gives. A bare number is a Win32 error ("1058"), as net start and
   * sc.exe print them; ten digits are an HRESULT in unsigned decimal ("2147942402" is 0x80070002);
   * a code's symbolic name (ERROR_SERVICE_DISABLED) is that code.
   */
  private codesOfTopic(clean: string): string[] {
    const bare = /^\d{1,5}$/.test(clean) ? hresultOfWin32(Number(clean)) : hresultOfUnsigned(clean);
    const symbolic = this.tableCodeNamed(clean);
    return bare ? [bare] : symbolic ? [symbolic] : this.codesIn(clean).codes;
  }

  /** /wu error: a code in any spelling, a symbolic name such as ERROR_SERVICE_DISABLED, or an error's words. */
  error(value: string): Answer {
    const clean = removeInvisible(value).trim();
    const codes = this.codesOfTopic(clean);
    if (codes.length)
      return (
        this.otherProductsCode(codes) ??
        this.answerCodes(codes, false, clean) ??
        this.decline(`I know nothing about ${codes.join(', ')}.`, codes)
      );
    const named = this.namedEntries(clean).find((n) => n.entry.kind === 'error');
    if (named) return this.answerFor(named.entry, 1, 'name', [], []);
    // An error's words ("access denied"), where they read like one of an error entry's phrasings and
    // two of them tell errors apart: "update failed" or "stuck at 0" is any error's story, not one code.
    const telling = this.index
      .queryTerms(clean)
      .filter((t) => !/^\d+$/.test(t) && this.index.termWeight(t) >= ERROR_WORD_WEIGHT);
    const ranked = telling.length >= 2 ? this.rank(this.expand(clean), ['error']) : [];
    if (ranked[0] && ranked[0].coverage >= 0.5 && ranked[0].phrase >= 0.7)
      return this.answerFor(
        ranked[0].entry,
        0.5,
        'search',
        ranked.slice(1).map((r) => r.entry),
        [],
      );
    return this.decline(
      'That does not look like an error code. Paste it as it appears, for example 0x80070422 or 80070422.',
    );
  }

  /** An error entry's first fix, as its card lists them. */
  private errorsFirstFix(entry: Entry): Entry | undefined {
    const first = entry.kind === 'error' ? entry.fixes[0] : undefined;
    const fix = first ? this.kb.get(first) : undefined;
    return fix?.kind === 'fix' ? fix : undefined;
  }

  /** The decline for codes another product gives (Windows activation's 0xC004F074, the Store's 0x80073CF9), as a question gets it. */
  private otherProductsCode(codes: string[]): Answer | undefined {
    // By the codes alone: a topic's other words are the code's own message, not a product's name.
    const product = otherProductIn('', codes, this.products, false);
    return product ? this.declineProduct(product, codes) : undefined;
  }

  /** Codes for autocomplete, entries' and tables': those starting with what was typed (any spelling), else by words or symbolic name. */
  suggestCodes(partial: string, limit = 25): { code: string; label: string }[] {
    const hex = removeInvisible(partial).trim().toUpperCase().replace(/^0X/, '');
    const label = (code: string) => {
      const hit = this.kb.byCode.get(code);
      const table = this.kb.tableCodes.get(code);
      const name = hit?.info.name ?? table?.info.name ?? '';
      const about = hit ? hit.entry.title.replace(/^[^:]*:\s*/, '') : (table?.info.meaning ?? '');
      return `${code} ${name} — ${about}`.replace(/\s+/g, ' ');
    };
    const all = [...new Set([...this.kb.byCode.keys(), ...this.kb.tableCodes.keys()])].sort();
    if (/^[0-9A-F]{0,8}$/.test(hex)) {
      // Codes with a guide of their own first.
      const matching = all.filter((c) => c.slice(2).startsWith(hex));
      return [...matching.filter((c) => this.kb.byCode.has(c)), ...matching.filter((c) => !this.kb.byCode.has(c))]
        .slice(0, limit)
        .map((code) => ({ code, label: label(code) }));
    }
    const upper = hex.replace(/\s+/g, '_');
    const byName = all.filter((c) => {
      const name = this.kb.byCode.get(c)?.info.name ?? this.kb.tableCodes.get(c)?.info.name;
      return name !== undefined && name.toUpperCase().includes(upper);
    });
    const byWords = this.suggest(partial, ['error'], limit).flatMap((e) =>
      e.kind === 'error' ? e.codes.map((c) => c.code) : [],
    );
    return [...new Set([...byName, ...byWords])].slice(0, limit).map((code) => ({ code, label: label(code) }));
  }

  /**
   * Autocomplete for a command's topic: first the entry the topic names (or a code's), as pressing enter
   * would give it; then the entries whose names the words typed so far begin ("troub", "del opt"); then
   * what pressing enter would give when it is only a search's best guess, of whatever kind ("active
   * hours" in /wu explain is the active hours guide); then the search's matches among the kinds asked for.
   */
  suggest(partial: string, kinds: readonly Kind[], limit = 25): Entry[] {
    const text = partial.slice(0, 100);
    if (!text.trim()) return this.index.suggest(text, kinds, limit);
    const topic = text.trim().length >= 3 ? this.topic(text, kinds) : undefined;
    // Only what the command takes back by id (/wu fix takes only fixes, or what an id reads like).
    const takenBack = (e: Entry) => takesKind(e, kinds) || this.topic(e.id, kinds)?.entry?.id === e.id;
    const answer = topic?.entry && takenBack(topic.entry) ? topic.entry : undefined;
    // A name the topic is (or a code's entry) first; then the names it begins, still being typed;
    // then what pressing enter would give, and what the search finds.
    const sure = answer && topic!.confidence === 1 ? [answer] : [];
    const begun = this.completer.complete(text, kinds, limit).filter((e) => kinds.includes(e.kind) || takenBack(e));
    const all = [...sure, ...begun, ...(answer ? [answer] : []), ...this.index.suggest(text, kinds, limit)];
    return [...new Map(all.map((e) => [e.id, e])).values()].slice(0, limit);
  }
}
