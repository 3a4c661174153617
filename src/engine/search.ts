// Full-text search over the knowledge: one index, one function, used for free text, autocomplete
// and misses alike, so the same words always find the same entries.
import { HAN } from '../knowledge/scripts.ts';
import type { KnowledgeBase } from '../knowledge/base.ts';
import { namesOf, normalizeName } from '../knowledge/base.ts';
import type { Entry, Kind } from '../knowledge/schema.ts';
import { inOtherLanguage, terms, tokens, toTerm, words } from './terms.ts';
import { analyze, joined, tokenized, type AnalyzedField, type Tokenized } from './analysis.ts';
import { FullTextIndex, type TermQuery } from './fulltext.ts';
import { EntryMatcher, type PreparedQuery } from './matching.ts';
import { TypoRepair } from './typos.ts';
import { commonEnglishTerms } from './english-words.ts';
import { ScopeVocabulary } from './scope-words.ts';

export interface IndexedDoc {
  id: string;
  title: string;
  names: string;
  keywords: string;
  summary: string;
  body: string;
}

export const FIELD_BOOST = { title: 3, names: 3, keywords: 2, summary: 1.5, body: 1 } as const;
/** The indexed fields, in the order their terms are read; the first three are an entry's own phrasings. */
export const FIELDS = ['title', 'names', 'keywords', 'summary', 'body'] as const;
const STRONG_FIELDS = 3;

function bodyOf(e: Entry): string {
  switch (e.kind) {
    case 'service':
      return [e.does, e.when_stopped, ...(e.notes ?? [])].join('\n');
    case 'fix':
      return [
        e.when,
        ...e.steps.flatMap((s) => [
          s.title,
          s.text ?? '',
          // A command says which prompt it is typed at: "the powershell way to restart it" is this step's.
          ...(s.commands ?? []).map((c) =>
            c.shell === 'powershell' || c.shell === 'cmd' ? `${c.shell} ${c.run}` : c.run,
          ),
        ]),
        e.caution ?? '',
      ].join('\n');
    case 'error':
      return [e.meaning, ...e.causes, ...(e.notes ?? []), ...e.codes.map((c) => `${c.code} ${c.meaning ?? ''}`)].join(
        '\n',
      );
    case 'concept':
      return e.sections.map((s) => `${s.title}\n${s.text}`).join('\n');
  }
}

/** An entry as the index reads it, field by field. */
export function toDoc(e: Entry): IndexedDoc {
  return {
    id: e.id,
    title: e.title,
    names: namesOf(e).join(' | '),
    keywords: e.keywords.join(' | '),
    summary: e.summary,
    body: bodyOf(e),
  };
}

/** An entry's own phrasings, read. */
interface Phrasings {
  title: Tokenized;
  names: Tokenized[];
  keywords: Tokenized[];
}

/**
 * Each entry's phrasings and fields, read into terms once for the index, the vocabulary and phrase
 * similarity alike. An entry's title, names and keywords are its own phrasings: each is read once
 * (the same keyword in several entries too), and the title, names and keywords fields are made of them.
 */
function readEntries(entries: readonly Entry[]): { phrasings: Phrasings[]; fields: AnalyzedField[][] } {
  const reading = new Map<string, Tokenized>();
  const read = (p: string) => {
    let r = reading.get(p);
    if (!r) reading.set(p, (r = tokenized(p, tokenize, toTerm)));
    return r;
  };
  const phrasings = entries.map((e) => ({
    title: read(e.title),
    names: namesOf(e).map(read),
    keywords: e.keywords.map(read),
  }));
  const fields = entries.map((e, i) => {
    const { title, names, keywords } = phrasings[i]!;
    // In the order of FIELDS (toDoc's).
    return [
      joined([title]),
      joined(names),
      joined(keywords),
      analyze(e.summary, tokenize, toTerm),
      analyze(bodyOf(e), tokenize, toTerm),
    ];
  });
  return { phrasings, fields };
}

const KEYWORDS_FIELD = FIELDS.indexOf('keywords');

/**
 * The terms only keywords in German, French or Spanish use ("compt", of "compte Microsoft"): in an
 * English question such a word is a typo or a word of its own ("compter"), not that keyword's. A
 * keyword counts as in another language by a letter of theirs or two of their commonest words.
 */
function otherLanguageTerms(entries: readonly Entry[], phrasings: Phrasings[], fields: AnalyzedField[][]): Set<string> {
  const inOther = entries.map((e) => e.keywords.map((k) => inOtherLanguage(k, 2)));
  const other = new Set<string>();
  entries.forEach((e, i) =>
    e.keywords.forEach((_, j) => {
      if (inOther[i]![j]) for (const t of phrasings[i]!.keywords[j]!.terms) other.add(t);
    }),
  );
  // Then every term the rest of the knowledge uses is taken out: the small set shrinks, no big one is built.
  entries.forEach((e, i) => {
    if (other.size === 0) return;
    fields[i]!.forEach((field, f) => {
      if (f !== KEYWORDS_FIELD) for (const t of field.terms) other.delete(t);
    });
    e.keywords.forEach((_, j) => {
      if (!inOther[i]![j]) for (const t of phrasings[i]!.keywords[j]!.terms) other.delete(t);
    });
  });
  return other;
}

/**
 * How many entries use each term, and each entry's terms, in all its fields and in its phrasings, read
 * off the index's postings. Terms are numbered by their place in the index's vocabulary (the order
 * they first occur in, entry by entry), which is also the order of df's keys.
 */
function vocabularyOf(
  text: FullTextIndex,
  entries: number,
): { df: Map<string, number>; vocabulary: { all: number[]; strong: number[] }[] } {
  const counts = new Int32Array(text.terms.length);
  const vocabulary = Array.from({ length: entries }, () => ({ all: [] as number[], strong: [] as number[] }));
  // The last term each entry was counted for: an entry using a term in several fields counts once.
  const countedFor = new Int32Array(entries).fill(-1);
  text.forEachPosting((t, field, doc) => {
    if (countedFor[doc] !== t) {
      countedFor[doc] = t;
      counts[t]!++;
      vocabulary[doc]!.all.push(t);
    }
    if (field < STRONG_FIELDS) vocabulary[doc]!.strong.push(t);
  });
  const df = new Map<string, number>();
  text.terms.forEach((term, t) => df.set(term, counts[t]!));
  return { df, vocabulary };
}

export interface Hit {
  entry: Entry;
  score: number;
  /** 0..1: how closely the question resembles one of the entry's own phrasings (title, names, keywords). */
  phrase: number;
  /** Share of the question's terms (weighted by rarity) this entry matched anywhere. */
  coverage: number;
  /** The same, for its title, names and keywords only. */
  strongCoverage: number;
  /** The rarity-weighted sum of the question's terms this entry matched: how much was matched at all. */
  matchedWeight: number;
  /** The index search's own score, kept when a ranking replaces `score`. */
  searchScore?: number;
}

/** How the index reads a field: words, and the parts of dotted or dashed ones as well. */
export const tokenize = tokens;

/** Alternatives, one a line, as one global, case-blind pattern between word boundaries. */
const eitherOf = (alternatives: readonly string[]) => new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'gi');

// How long, and how many: the parts the "since", "ago" and "the past" phrases below share.
const UNIT = '(?:minutes?|hours?|days?|weeks?|months?)';
const SOME = String.raw`\d+|an?|one|two|few|several`;
/** When something happened, or how long it has sat there, read out of a question's search words (queryTerms). */
const DATE_OR_TIME = eitherOf([
  // A log line's date and time: 2026-11-30, 30/11/2026, 10:00:01.
  String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
  String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`,
  String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?`,
  // Only the possessive: "it turned itself on last night" is what a wake question is about.
  String.raw`last night['’]s`,
  String.raw`yesterday(?:['’]s)?`,
  'this morning',
  String.raw`this (?:afternoon|evening)`,
  String.raw`tomorrow(?:['’]s)?(?: (?:morning|afternoon|evening))?`,
  // Since a time of day ("hasn't moved since lunch").
  String.raw`since (?:lunch(?:time)?|breakfast|dinner|noon|midday|midnight|this (?:morning|afternoon|evening)|the morning|last night)`,
  String.raw`today(?:['’]s)?`,
  // Also with no number, as people writing in a second language say it ("not updating since months").
  String.raw`since (?:(?:${SOME}|last|many) )?${UNIT}(?:['’]s)?`,
  `(?:${SOME}) ${UNIT} ago`,
  // The same in French, German and Spanish ("depuis 2 heures", "seit 3 Tagen", "desde hace 2 horas").
  String.raw`(?:depuis|seit|desde hace|desde) (?:\d+|une?|zwei|drei|dos|tres) (?:minutes?|heures?|jours?|semaines?|mois|minuten|stunden?|tagen?|wochen?|monaten?|minutos?|horas?|d[ií]as?|semanas?|meses)`,
  // How long it has sat there ("installing for 3 hours", "stuck at 35% for hours"), only after such a word:
  // "block restarts for 12 hours" asks about active hours. (The lookahead only makes the look behind be tried
  // where "for" or "over" stands, not at every word.)
  String.raw`(?=for |over )(?<=\b(?:stuck|sitting|sat|hanging|hung|frozen|spinning|waiting|loading|moved|been|there|(?:is|was|are|were|been|keeps?|still) (?:installing|downloading|updating|checking|preparing|configuring|restarting|undoing|scanning)|(?:at|on) \d+ ?%)(?:\s+[\w%]+){0,2}\s+)(?:for|over) (?:(?:${SOME}|many|over \d+|more than \d+) )?(?:hours?|minutes?|mins)`,
  // How long it takes ("updates take 3 hours", "took like 40 minutes"): the time an update took is no active hours.
  // (The lookahead only makes the look behind be tried where a number of hours or minutes stands.)
  String.raw`(?=(?:(?:like|about|around|almost|nearly|over|more than|up to) )?(?:(?:${SOME}|many|several) )?(?:hours?|minutes?|mins)\b)(?<=\b(?:takes?|took|taking|taken|lasts?|lasted) )(?:(?:like|about|around|almost|nearly|over|more than|up to) )?(?:(?:${SOME}|many|several) )?(?:hours?|minutes?|mins)`,
  // How long it has gone on, said as so ("for 2 hours now", "3 days now"): "now" says it is still going.
  String.raw`(?:for |over |more than )?(?:${SOME}|many|several) ${UNIT} now`,
  // Not "for a week": how long it may be put off is what a pause question asks.
  String.raw`(?:this|last|past) (?:week|weekend|month|year)(?:['’]s)?`,
  `(?:last|past) (?:${SOME}|couple(?: of)?|three) ${UNIT}`,
]);

const COUNTED =
  'pcs|computers|laptops|machines|desktops|devices|workstations|servers|users|clients|endpoints|rechner|ordinateurs|equipos';

/**
 * A count of machines or people ("on my 4 computers", "5 of our pcs") and a list's marker ("1) where is... 2) can
 * i..."): the number is no subject; as a search word it met an entry's "STATE: 4 RUNNING" or "TPM 2.0". Only the
 * number goes: the noun still says what it counts. Not a version's ("Windows 11 laptops"), nor a span of days, which
 * the go-back and deferral entries read.
 */
const COUNT = new RegExp(
  String.raw`(?<!\b(?:windows|win|w|server|office|microsoft|version|build)\s?|[.\d])\b\d{1,3}(?=\s+(?:of\s+(?:our|my|the|these|those)\s+)?(?:${COUNTED})\b)`,
  'gi',
);
const LIST_MARKER = /(?:^|(?<=[\s,;:]))\d\)(?=\s)/g;

/**
 * How many times it was tried ("tried 6 times now", "failed 3 times"): the count says nothing of what fails, and
 * "times" (read as "tim") drew entries that speak of times of day.
 */
const ATTEMPTS = eitherOf([
  String.raw`(?:tried|attempted|retried)(?: it)? (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|a few|a couple of|so many) times(?: now| already| in a row)?`,
  String.raw`(?:tried|attempted|retried)(?: it)? twice`,
  // A number of times alone is a count too. Not "many times" without "tried": "I must try many times until it
  // works" says it fails now and then.
  String.raw`\d+ times(?: now| already| in a row)?`,
]);

/**
 * How far a progress bar got, short of 0% and 100% ("stuck at 45%"): where it stopped says nothing of
 * why, and as an unknown word the number weighed as much as the most telling one.
 */
const PROGRESS = /\b[1-9]\d?(?:[.,]\d+)?\s?(?:%|percent\b)/gi;

/**
 * Courtesy ("thanks a lot in advance", "any help is appreciated", "please help me quickly", "sorry for the long
 * post"): none of it says what is wrong, and its words ("lot", "advance", "appreciated", "quickly") weighed as
 * unknown ones.
 * Not "as soon as possible": "Restart as soon as possible" is a setting.
 */
const COURTESY = eitherOf([
  String.raw`(?:thanks|thank you)(?: (?:so|very) much| a lot)?(?: in advance)?`,
  String.raw`(?:any|all|your) help (?:(?:is|would be|will be) )?(?:greatly |much |really |very )?appreciated`,
  // How long the asker has been at it, and how they sign off: not what is wrong.
  String.raw`(?:i['’]?ve |i have )?been at (?:this|it) (?:all (?:day|night|week|morning|weekend)|for (?:hours|days|ages|a while))`,
  String.raw`(?:best |kind |warm )?regards|cheers|many thanks|tia`,
  String.raw`(?:hello|hi|hey) (?:everyone|everybody|all|guys|folks|there)`,
  String.raw`(?:i )?hope (?:someone|somebody|anyone|you) can help(?: me)?`,
  String.raw`please help(?: me)?(?: (?:quickly|fast|urgently))?`,
  String.raw`help me (?:quickly|fast|urgently)`,
  String.raw`(?:i['’]?m |i am )?(?:so |very |really )?sorry(?: (?:to bother|for (?:the |my )?(?:bother|trouble|long post|wall of text|rant)))?`,
]);

/**
 * How the asker frames the question ("quick question", "this might sound dumb", "sorry for my english",
 * "I'm a noob"): it says nothing of what is wrong, and its words ("quick", "dumb", "noob") weighed as
 * unknown ones, enough to take a plain question out of scope.
 */
const FRAMING = eitherOf([
  String.raw`(?:a |my |one |another |probably a |maybe a |sorry for (?:the |a |my |this )?|sorry if this is a |excuse the )?(?:quick|dumb|stupid|silly|noob|newbie|basic|simple|beginner|total noob) (?:question|q)s?`,
  String.raw`(?:(?:this|it|that) )?(?:might|may|will|probably|could) sound (?:dumb|stupid|silly|weird|strange|obvious)`,
  String.raw`sorry (?:for|about) my (?:bad |poor )?english`,
  String.raw`(?:excuse|pardon) my (?:bad |poor )?english`,
  String.raw`(?:i['’]?m|i am) (?:a )?(?:total |complete )?(?:noob|newbie|beginner)`,
  String.raw`(?:i['’]?m|i am) not (?:a |an )?(?:tech|computer|it) (?:person|guy|expert|savvy)`,
  String.raw`not (?:very )?tech[- ]savvy`,
  // Whether this is the place to ask ("not sure if this is the right place but", "sorry if this is the wrong channel").
  String.raw`(?:i['’]?m |i am )?not sure (?:if|whether) (?:this is|this['’]s|i['’]?m in|i am in) the (?:right|correct|proper) (?:place|channel|spot|forum|sub|subreddit|server)(?: (?:to|for) (?:ask(?:ing)?|post(?:ing)?)(?: this)?| for this)?(?: but)?`,
  String.raw`(?:sorry|apologies) if this is the wrong (?:place|channel|spot|forum|sub|subreddit|server)(?: (?:to|for) (?:ask(?:ing)?|post(?:ing)?)(?: this)?| for this)?`,
  String.raw`(?:sorry|apologies) if this (?:has been|was|is already) asked(?: before| already)?`,
  // Whether others have it too, and the summary's label: "is this happening to anyone else?", "TL;DR:".
  String.raw`(?:is )?(?:this|it) (?:happening|just me)(?: to (?:anyone|anybody) else)?|(?:is |does )?(?:anyone|anybody) else (?:have|having|getting|seeing|experiencing|facing)(?: this| the same(?: (?:issue|problem|thing))?)?|am i the only one(?: (?:having|with|getting|seeing) this)?|tl;? ?dr`,
  // Who is asking, and that there is a problem at all: "long time lurker, first time poster", "I have a problem".
  String.raw`(?:long[- ]time )?lurker(?:,? first[- ]time (?:poster|post(?:ing)?)(?: here)?)?|first[- ]time (?:poster|posting)(?: here)?|(?:my )?first post(?: here)?`,
  String.raw`(?:i )?(?:have|got|ve got|['’]ve got) (?:a|an|this) (?:(?:small|weird|strange|big|little|annoying|serious) )?(?:problem|issue|question)`,
]);

/**
 * The office as a workplace ("the office PCs", "at the office", "our office laptops"), not Microsoft Office:
 * as a search word it drew questions about the PCs there to the entry on Office's updates. Office the
 * product keeps its word ("the office apps", "office 2016", "the Office updates").
 */
const WORKPLACE =
  /(?:(?<=\b(?:the|our|my|your|his|her|their|an?|whole|small|home|main|head|back|branch|entire|same|other)\s+)office\b(?!\s+(?:365|20\d\d|apps?|applications?|suite|updates?|updating|products?|programs?|click|version|install|installation|installs|documents?|files?|activation|key|license))|\boffice(?=\s+(?:pcs?|computers?|laptops?|desktops?|machines?|workstations?|network|wifi|wi-fi|lan|printers?|internet|staff|users|workers|people|manager)\b))/gi;

/**
 * A restart, a check or a service said to be done by hand ("restarted it manually", "a manual reboot", "checked for
 * updates manually", "manually started the service"): how it was done, not an update installed by hand, whose
 * "manually" drew the Catalog guide. Only "manually" goes after verbs other than restarting: "manual" is also a
 * service's start type.
 */
const DONE_BY_HAND =
  '(?:re-?start|re-?boot|check|start|trigger|scan|run|ran|delet|renam|stop|paus|clear|enabl|disabl|remov)\\w*';
const MANUALLY_DONE = new RegExp(
  String.raw`\bmanual(?=\s+(?:re-?start|re-?boot))|\bmanually(?=\s+${DONE_BY_HAND})|(?<=\b${DONE_BY_HAND}\s+(?:[\w.]+\s+){0,4}?)manually\b`,
  'gi',
);

/**
 * A night said as when it happened ("the power went out last night", "switches every pc off at night"), in
 * a question with no word of waking, sleep or restarting: the night is when, not what. Beside such words it
 * stays: a PC that wakes at night is what the wake guide is about, one that restarts then the restart guides.
 * One that will not turn on has not woken: that is a PC failing to start.
 */
const NIGHT =
  /\b(?:(?:last|every|each|at|one|the other|in the|during the|over the|through the|all) night|tonight|overnight|nightly)(?:['’]s)?\b/gi;
/**
 * The asker's own deadline ("deadline tomorrow morning", "my uni deadline"), not the deadline policy for updates
 * and restarts ("the deadline for feature updates", "update deadline of 3 days", "set a deadline for updates").
 */
const OWN_DEADLINE =
  /\b(?:(?<!\b(?:set|sets|setting|configure|configuring|enforce|enforcing|specify|specifying|add|adding|change|changing)\s+)(?:my|a|uni|school|work|project|assignment|thesis|tight|big|tomorrow['’]?s?)\s+deadlines?(?!\s+(?:for|on)\s+(?:(?:the|automatic|feature|quality|all|these|windows)\s+)*(?:updates?|restarts?|reboots?|installs?|installation|patch\w*))|deadlines?(?=\s+(?:tomorrow|today|tonight|in \d+|is (?:tomorrow|today|tonight|in \d+))\b))\b/gi;
/**
 * What the asker was in when it happened ("restarted while I was in a zoom meeting", "during my exam"): when, not
 * what. "Meeting" read as "meet" drew the requirements entry ("meet the requirements").
 */
const BUSY_WITH = 'meeting|call|presentation|class|lecture|exam|webinar|stream';
const BUSY = new RegExp(
  String.raw`\b(?:in|during|on|into|through|mid|middle of) (?:a |an |my |the |our |his |her |their |an important |a big )?(?:\w+ )?(?:${BUSY_WITH})s?\b`,
  'gi',
);
const WAKING =
  /\b(?:wak(?:e|es|ing|ed|ened)|woke|sleep\w*|asleep|hibernat\w*|(?:itself|themselves) on|powers? (?:itself |themselves )?on|powered (?:itself )?on|(?<!\b(?:not|n[o']?t|wont|won['’]t|doesnt|doesn['’]t|didnt|didn['’]t|cant|can['’]t) )(?:turns? on|turned on|switch(?:es|ed)? on|(?:comes?|came|coming) on|(?:boots?|booted|booting|starts?|started|starting|powers?|powered|powering|lights?|lit) up)|by itself|on its own|on again|lid|fans?|restart\w*|reboot\w*|closed)\b/i;

/**
 * What queryTerms reads out of a question, in this order: when it happened and chatter, not what is wrong.
 * A reading with a `cue` runs only on a text that says it (most say none, and the patterns' look-behinds
 * cost); one with `unless` not on a question that says that. The asker's deadline comes first: it is told
 * by the time that follows it ("deadline tomorrow").
 */
const NOT_WHAT: readonly { drop: RegExp; cue?: RegExp; unless?: RegExp }[] = [
  { drop: OWN_DEADLINE, cue: /deadline/i },
  { drop: DATE_OR_TIME },
  { drop: PROGRESS },
  // Each only where its words are, so most questions are spared the look-behinds.
  { drop: COUNT, cue: new RegExp(COUNTED, 'i') },
  { drop: LIST_MARKER, cue: /\d\)/ },
  { drop: ATTEMPTS, cue: /times|twice/i },
  // Framing first: its "sorry for my english" would lose its "sorry" to courtesy.
  {
    drop: FRAMING,
    cue: /question|\bq\b|sound|english|noob|newbie|beginner|tech|place|channel|spot|forum|\bsub|server|asked|lurker|post|problem|issue|happening|just me|else|only one|\btl\b/i,
  },
  { drop: COURTESY },
  { drop: WORKPLACE, cue: /office/i },
  { drop: NIGHT, cue: /night/i, unless: WAKING },
  { drop: MANUALLY_DONE, cue: /manual/i },
  { drop: BUSY, cue: new RegExp(BUSY_WITH, 'i') },
];

/**
 * A file name as a keyword gives it (qmgr.dat, CBS.log, bitsadmin.exe): a log, a queue, a database, a library, a
 * package, a program.
 */
const OWN_FILE = /^[a-z0-9_$~-]+\.(?:dat|db|dll|edb|etl|xml|cab|diagcab|msu|log|exe)$/;

const isCodeLike = (t: string) => /\d/.test(t) && t.length >= 5;
/** Enough terms for any real question; a pasted log gets its rarest words kept. */
export const MAX_QUERY_TERMS = 32;
/**
 * Below this weight a term is in nearly every entry ("windows", "update"; see termWeight) and stays out
 * of the index search. Kept far below the ordinary common words ("install", "error" sit near 0.1-0.15):
 * near them, one more entry saying "install" changed which words were searched and flipped answers.
 */
const COMMON_WEIGHT = 0.06;
/** How many of a question's terms go to the index search. */
const SEARCH_TERMS = 12;
/** A KB number as a term ("kb5048667"). */
const KB_TERM = /^kb\d{6,7}$/;

/** What a word only ever found in entries' running text counts for, against one they are phrased in, when a long question's words are picked. */
const TEXT_ONLY_TELLING = 0.3;
/** Typos are forgiven in short questions (names, quick searches), where one word decides. */
export const FUZZY_MAX_QUERY_TERMS = 10;
/** What a prefix or a fuzzy match is worth against the word itself. */
export const SEARCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };

/** The synonyms' one-word everyday words, as terms, and the one-word term each means. */
function oneWordSynonyms(groups: readonly (readonly string[])[]): Map<string, string> {
  const meant = new Map<string, string>();
  for (const [first, ...said] of groups) {
    const to = terms(first ?? '');
    if (to.length !== 1) continue;
    for (const s of said) {
      // One word, read as itself: "won't install" is not "install", and "pilote" stems to "pilot",
      // an English word of its own.
      const raw = words(s);
      const from = terms(s);
      if (raw.length !== 1 || from.length !== 1 || from[0] !== raw[0]) continue;
      if (from[0] !== to[0] && !meant.has(from[0]!)) meant.set(from[0]!, to[0]!);
    }
  }
  return meant;
}

export class SearchIndex {
  private readonly text: FullTextIndex;
  /** Distinctive terms of the names people call entries by (dism, softwaredistribution, usosvc). */
  readonly anchorTerms: ReadonlySet<string>;
  /** The terms of the synonyms said in one word ("borked", "stuk"), known words though no entry says them. */
  private readonly synonymWords: ReadonlySet<string>;
  /** Coverage and phrase similarity of entries (by their position in the knowledge). */
  private readonly matcher: EntryMatcher;
  private readonly positions: ReadonlyMap<string, number>;
  /** How many entries use each term: rare terms say more about what a question is about. */
  readonly docFrequency: ReadonlyMap<string, number>;
  /** termWeight of every known term, worked out once. */
  private readonly weights: ReadonlyMap<string, number>;
  private readonly typos: TypoRepair;
  /** Terms only other languages' keywords use (otherLanguageTerms). */
  private readonly otherLanguageOnly: ReadonlySet<string>;
  /** The words that tell whether a question is about Windows Update, and what the asker wants. */
  readonly scope: ScopeVocabulary;
  /** The terms of the last two texts read (see termsOf). */
  private lastTerms: { question: string; terms: readonly string[] }[] = [];
  /**
   * The common English words whose terms the knowledge has, as written: "pilot" is a word, "updat"
   * (the term of "update") is not (see PhraseWords).
   */
  readonly everydayWords: ReadonlySet<string>;
  /** Terms some entry uses in its own phrasings (title, names, keywords), not only in its text. */
  private readonly phrased: ReadonlySet<string>;

  constructor(private readonly kb: KnowledgeBase) {
    this.scope = new ScopeVocabulary(kb.scopeWords);
    const { phrasings, fields } = readEntries(kb.entries);
    this.otherLanguageOnly = otherLanguageTerms(kb.entries, phrasings, fields);
    this.text = new FullTextIndex(fields, { boosts: FIELDS.map((f) => FIELD_BOOST[f]), weights: SEARCH_WEIGHTS });
    const { df, vocabulary } = vocabularyOf(this.text, kb.entries.length);
    this.docFrequency = df;
    const phrased = new Set<string>();
    for (const v of vocabulary) for (const t of v.strong) phrased.add(this.text.terms[t]!);
    this.phrased = phrased;
    const n = kb.entries.length;
    const weights = new Map(
      [...df].map(([t, count]) => [t, n < 2 ? 1 : Math.max(0.05, Math.log((n + 1) / count) / Math.log(n + 1))]),
    );
    // Nearly every question names the asker's machine, in one word or another: that the entries happen
    // to say "computer" less often than "PC" ("Don't turn off your computer") must not make it tell the
    // topic ("my computer says the update failed"). Each weighs no more than the lightest of them.
    const machine = [...this.scope.machine].filter((t) => weights.has(t));
    const lightest = Math.min(...machine.map((t) => weights.get(t)!));
    for (const t of machine) weights.set(t, lightest);
    // So is the asker's edition ("Windows 11 Pro", "Enterprise LTSC"), said by the way in most questions.
    for (const t of this.scope.edition) if (weights.has(t)) weights.set(t, Math.min(weights.get(t)!, lightest));
    this.weights = weights;
    // Only one-word names (wuauserv, dism, catroot2, TiWorker.exe) and service names anchor a
    // question: multi-word aliases are made of ordinary words ("high cpu") that other topics share.
    const anchors = new Set<string>();
    for (const e of kb.entries) {
      const single = namesOf(e).filter((n) => !/\s/.test(n.trim()));
      if (e.kind === 'service') single.push(e.service_name, ...e.processes.map((p) => p.split(/\s/)[0] ?? ''));
      // Whole names only: ERROR_FILE_NOT_FOUND anchors as itself, not as "file" or "found";
      // TiWorker.exe also as "tiworker".
      const whole = single.flatMap((n) => {
        const w = n.trim().toLowerCase();
        return w.includes('.') ? [w, w.split('.')[0] ?? w] : [w];
      });
      // A keyword that is an identifier of three or more humps (a policy or registry value:
      // NoAutoRebootWithLoggedOnUsers, ExcludeWUDriversInQualityUpdate; not ProductVersion) names the
      // entry as an alias does. Dotted keywords do not: their parts ("catalog" of
      // catalog.update.microsoft.com, "datastore" of DataStore.bak) are ordinary words.
      // So does a keyword that is a file or program of ours (qmgr.dat, CBS.log, bitsadmin.exe): the file, and its name.
      for (const k of e.keywords) {
        if (/^[A-Za-z][A-Za-z0-9]*$/.test(k) && (k.match(/[A-Z]/g)?.length ?? 0) >= 3 && /[a-z][A-Z]/.test(k))
          whole.push(k.toLowerCase());
        const file = k.trim().toLowerCase();
        if (OWN_FILE.test(file)) whole.push(file, file.split('.')[0]!);
      }
      for (const t of whole.map((w) => toTerm(w) ?? w))
        if (t.length >= 3 && !/^\d+$/.test(t) && (df.get(t) ?? 0) <= kb.entries.length * 0.35) anchors.add(t);
    }
    this.anchorTerms = anchors;
    // The names of other products (the scope catalogue's) are words of their own too: "xbox" is not
    // "box", "icloud" not "include", "geforce" not "enforce".
    const everyday = new Set<string>();
    const ownWords = commonEnglishTerms({ terms: df, words: everyday });
    this.everydayWords = everyday;
    for (const product of kb.products)
      for (const phrase of product.match) for (const t of terms(phrase)) ownWords.add(t);
    this.typos = new TypoRepair(df, oneWordSynonyms(kb.synonyms), ownWords);
    // A synonym said in one word is the knowledge's word, whatever it means: "borked" is broken, no program.
    this.synonymWords = new Set(
      kb.synonyms.flatMap((group) => group.map((said) => terms(said)).filter((t) => t.length === 1)).flat(),
    );
    this.matcher = new EntryMatcher(
      phrasings.map((p, i) => ({
        ...vocabulary[i]!,
        phrasings: [p.title, ...p.names, ...p.keywords].map((r) => r.terms),
      })),
      df,
      (t) => this.termWeight(t),
    );
    this.positions = new Map(kb.entries.map((e, i) => [e.id, i]));
  }

  /**
   * The best cosine-like similarity between the question and one of the entry's phrasings, with each
   * term weighted by its rarity. "update stuck at 0%" is close to the keyword "update stuck at 0%"
   * and far from an entry that merely mentions updates somewhere in its body.
   */
  phraseSimilarity(queryTerms: readonly string[], id: string, query = this.matcher.prepare(queryTerms)): number {
    const entry = this.positions.get(id);
    return entry === undefined ? 0 : this.matcher.phraseSimilarity(query, entry);
  }

  /** Whether an entry's text says a word (as a term: "WaaSMedicSvc" as waasmedicsvc). */
  entryUses(id: string, word: string): boolean {
    const entry = this.positions.get(id);
    const term = terms(word)[0];
    return entry !== undefined && term !== undefined && this.matcher.uses(entry, term);
  }

  /**
   * How a question term is searched. Words the knowledge already uses match exactly; only unknown
   * words (typos, fragments typed into autocomplete) are tried as prefixes and fuzzily, which is
   * where the time goes. A long question has enough words to match without guessing at typos.
   */
  private termQuery(term: string, all: readonly string[]): TermQuery {
    const unknown = !this.docFrequency.has(term) && !isCodeLike(term) && !this.typos.isCommonWord(term);
    return {
      prefix: unknown && term.length >= 4,
      fuzzy: unknown && all.length <= FUZZY_MAX_QUERY_TERMS && term.length >= 7 ? 0.15 : false,
      boost: this.termWeight(term),
    };
  }

  /**
   * MiniSearch weighs a term by how rare it is within each field, so "windows update" in a short
   * names field looks rare there although nearly every entry says it. Weigh each question term by
   * how many entries use it at all, so the words that tell entries apart decide.
   */
  termWeight(term: string): number {
    return this.weights.get(term) ?? 1;
  }

  /**
   * How much a term can tell entries apart in a search: rare known terms first, unknown ones last.
   * A word found only in some entry's running text ("method", "modify", "effect") is rare there by
   * chance; a word an entry is named or asked by ("driver", "policy") says what a long question is about.
   */
  private telling(term: string): number {
    if (!this.docFrequency.has(term)) return 0.01;
    return this.termWeight(term) * (this.phrased.has(term) ? 1 : TEXT_ONLY_TELLING);
  }

  /**
   * Whether a word is another program's name: no name of ours, and none of its terms (typos repaired)
   * a word of the knowledge or a common English word ("3proxy", "kavita", "Keybase").
   */
  isUnknownName(word: string): boolean {
    if (this.knowsName(word)) return false;
    const read = this.wordTerms(word);
    return (
      read.length > 0 &&
      read.every((t) => !this.docFrequency.has(t) && !this.typos.isCommonWord(t) && !this.synonymWords.has(t))
    );
  }

  /** Whether some entry is named or asked by a term (it is in a title, name or keyword), not only said in a text. */
  isPhrased(term: string): boolean {
    return this.phrased.has(term);
  }

  /** Whether a word is one of the names the knowledge uses (a service, process or alias). */
  knowsName(name: string): boolean {
    return this.kb.byName.has(normalizeName(name));
  }

  /**
   * The terms of a text (terms()), to read, not to change. A question is read several times (its
   * query terms, the repeated words when there are many, the scope's context words), nearly always
   * right after each other: the last two texts' are kept, as a question with dates and times is
   * read both without them (queryTerms) and whole.
   */
  termsOf(question: string): readonly string[] {
    const kept = this.lastTerms;
    if (kept[0]?.question === question) return kept[0].terms;
    if (kept[1]?.question === question) return kept[1].terms;
    const read = { question, terms: terms(question) };
    this.lastTerms = [read, ...kept.slice(0, 1)];
    return read.terms;
  }

  /** A word's terms as a question's are read, typos repaired ("orchestator" as orchestrator). */
  wordTerms(word: string): string[] {
    return terms(word).flatMap((t) => this.typos.read(t));
  }

  /** The question's distinct terms; a long paste keeps only its most telling MAX_QUERY_TERMS. */
  queryTerms(question: string): string[] {
    // A log line's date and time ("2026-11-30 10:00:01") say nothing about the problem, and their
    // numbers would read as "Windows 10" or a version; nor does when it happened ("last night's
    // update" is not about waking at night, "installed this week" not about pausing for a week).
    // (Most questions have none: the text is then the question itself, and its terms are the ones
    // kept for the search.) A typo is read as the word meant, two words run together as both (TypoRepair).
    // A KB number no entry knows says which update, not what the problem is: the scope reads it from
    // the text; as a search word it would only weigh every entry down alike. So does a pair of Chinese
    // characters no entry has: most pairs straddle two words (terms.ts).
    let cleaned = this.scope.withoutSatisfied(question);
    for (const { drop, cue, unless } of NOT_WHAT)
      if ((!cue || cue.test(cleaned)) && !unless?.test(question)) cleaned = cleaned.replace(drop, ' ');
    const read = this.termsOf(cleaned).filter((t) => (!KB_TERM.test(t) && !HAN.test(t)) || this.docFrequency.has(t));
    // One word the knowledge has only in German, French or Spanish keywords, in a question with nothing
    // else of those languages, is more likely an English typo ("compter" for "computer", not the French
    // "compte"). Two such words, or a letter or common word of theirs, say the question is in that
    // language, typed without accents or not ("Komponenten zurucksetzen").
    let otherLanguage = 0;
    for (const t of read) if (this.otherLanguageOnly.has(t)) otherLanguage += 1;
    const oneStray = otherLanguage === 1 && !inOtherLanguage(question);
    const all = [
      ...new Set(
        read.flatMap((t) =>
          oneStray && this.otherLanguageOnly.has(t) ? this.typos.readAsUnknown(t) : this.typos.read(t),
        ),
      ),
    ];
    if (all.length <= MAX_QUERY_TERMS) return all;
    return (
      all
        // Known words first: a log's own tokens (file names, ids) tell nothing about the entries.
        // Long and zero-padded bare numbers (ids, counters) last of all; "11" may be Windows 11.
        .map((t, i) => ({ t, i, w: /^(?:\d{3,}|0\d)$/.test(t) ? 0.001 : this.telling(t) }))
        .sort((a, b) => b.w - a.w || a.i - b.i)
        .slice(0, MAX_QUERY_TERMS)
        .sort((a, b) => a.i - b.i)
        .map((x) => x.t)
    );
  }

  search(
    question: string,
    opts: {
      kinds?: readonly Kind[];
      limit?: number;
      queryTerms?: string[];
      include?: readonly string[];
      /** queryTerms without the words a synonym's meaning added, when it added any (see hitOf's phrase). */
      said?: readonly string[];
    } = {},
  ): Hit[] {
    const queryTerms = opts.queryTerms ?? this.queryTerms(question);
    if (queryTerms.length === 0) return [];
    const kinds = opts.kinds;
    const filter = kinds ? (doc: number) => kinds.includes(this.kb.entries[doc]!.kind) : undefined;
    // Scoring every term of a long question in every field is where the time goes; its most
    // telling terms find the same candidates, and phrase similarity below still sees them all.
    // Words in most entries ("windows", "update") cost the most to score and tell the least:
    // they stay out of the index search (coverage and phrase similarity still count them).
    const uncommon = queryTerms.filter((t) => this.termWeight(t) >= COMMON_WEIGHT);
    // Unknown words (a typo nothing reads as a known word) find nothing by themselves: with no known
    // telling word, the common known ones are searched too ("windows update flurbs work" is still
    // "windows update ... work").
    // One telling word alone would let its own BM25 break near-ties ("... not updating ... fail"): with
    // fewer than two, the common ones are searched too.
    let searched = uncommon.filter((t) => this.docFrequency.has(t)).length >= 2 ? uncommon : queryTerms;
    if (searched.length > SEARCH_TERMS) {
      // A word the user repeats matters to them, however common it is in the knowledge.
      const counts = new Map<string, number>();
      for (const t of this.termsOf(question)) counts.set(t, (counts.get(t) ?? 0) + 1);
      const ranked = searched.map((t) => ({ t, telling: this.telling(t) * (1 + 0.5 * ((counts.get(t) ?? 1) - 1)) }));
      searched = ranked
        .sort((a, b) => b.telling - a.telling)
        .slice(0, SEARCH_TERMS)
        .map((r) => r.t);
    }
    const results = this.text.search(searched, (t, _i, all) => this.termQuery(t, all), opts.limit ?? 12, filter);
    const prepared = this.matcher.prepare(queryTerms);
    // Said in other words counts as said, but the meaning added beside a word ("computer" beside
    // "pc") must not make a question read less like a phrasing that uses the word itself.
    const said = opts.said?.length ? this.matcher.prepare(opts.said) : undefined;
    const hits = results.map((r) => this.hitOf(r.doc, r.score, queryTerms, prepared, said));
    // An entry the question names (sfc /scannow above a pasted CBS.log) is a candidate even when the
    // paste's rarer words filled the search.
    for (const id of opts.include ?? []) {
      const doc = this.positions.get(id);
      if (doc === undefined || hits.some((h) => h.entry.id === id) || (filter && !filter(doc))) continue;
      hits.push(this.hitOf(doc, 0, queryTerms, prepared, said));
    }
    return hits;
  }

  /** How one entry (by its position in the knowledge) stands against the question's terms. */
  private hitOf(
    doc: number,
    score: number,
    queryTerms: readonly string[],
    prepared: PreparedQuery,
    said?: PreparedQuery,
  ): Hit {
    // Fragments and unknown words count as covered by a word they start (short questions only,
    // as with fuzzy matching: a long one has enough whole words).
    const tryPartial = queryTerms.length <= FUZZY_MAX_QUERY_TERMS && prepared.partial > 0;
    const totalWeight = prepared.weight || 1;
    // Coverage over all the question's terms, from each entry's own vocabulary (not only the
    // terms that went to the index search).
    // Weighted by rarity, so "windows" or "keeps" in common cannot make an unrelated question look covered.
    const covered = this.matcher.coverage(prepared, doc, tryPartial);
    return {
      entry: this.kb.entries[doc]!,
      score,
      phrase: Math.max(
        this.matcher.phraseSimilarity(prepared, doc),
        said ? this.matcher.phraseSimilarity(said, doc) : 0,
      ),
      coverage: covered.all / totalWeight,
      matchedWeight: covered.all,
      strongCoverage: covered.strong / totalWeight,
    };
  }

  /** Titles for autocomplete: the same ranking as questions, or every entry of the kinds when empty. */
  suggest(partial: string, kinds: readonly Kind[], limit = 25): Entry[] {
    const text = partial.trim();
    if (!text) return this.kb.entries.filter((e) => kinds.includes(e.kind)).slice(0, limit);
    return this.search(text, { kinds, limit }).map((h) => h.entry);
  }
}
