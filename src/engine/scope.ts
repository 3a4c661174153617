// Is a question about Windows Update at all? Questions about other systems, or about services the
// knowledge does not cover, are declined outright. Otherwise the clearer it is that the question is
// about Windows Update (it names something of ours, or speaks of updating on Windows), the less of
// it an entry must match to be the answer.
import { normalizeName } from '../knowledge/base.ts';
import type { OtherProduct } from '../knowledge/schema.ts';
import type { Hit, SearchIndex } from './search.ts';
import { terms, words } from './terms.ts';
import { PhraseFinder } from './phrase-finder.ts';
import { escape } from './scope-words.ts';
import { nameWords } from '../knowledge/scripts.ts';

export interface Scope {
  inScope: boolean;
  reason: string;
  /** The best-ranked hit that matches the question well enough to answer with. */
  hit?: Hit;
  /** Declined, but the question speaks of a Windows PC: the hits it came closest to. */
  closest?: Hit[];
  /** Answered only because one entry stands far above the rest: never a sure answer. */
  weak?: boolean;
  /** Declined because it names another subject (a service or program not ours). */
  foreign?: boolean;
}

/**
 * How many closest topics a decline offers, and how closely the question must read like one of each
 * one's own phrasings: sharing words is not enough ("windows search is not finding my files" shares
 * "find" and "files" with the update logs).
 */
const CLOSEST = 3;
const CLOSEST_PHRASE = 0.45;
/** A word or two typed alone, reading this much like an entry's phrasing, offer that entry ("reset"). */
const TOPIC_WORDS = 2;
const TOPIC_PHRASE = 0.75;

/** How many of the top hits may stand in for a weak first one. */
const CANDIDATES = 5;
/** How close to the best a lower hit that passes must score to be the answer in its place. */
const CLOSE_TO_BEST = 0.7;
/**
 * A first hit whose search score is this many times any other's, covering at least this share of the
 * question, stands out enough to offer (unsure) when nothing matched enough to answer.
 */
const STANDS_OUT = 4;
const STANDS_OUT_COVERAGE = 0.25;

const isContext = (t: string, index: SearchIndex) =>
  index.scope.isWindowsTerm(t) || index.anchorTerms.has(t) || index.knowsName(t);

/** A word of three letters or more that the knowledge does not know, even read as a typo, and is no name of ours. */
function isStranger(word: string, index: SearchIndex): boolean {
  if (!/^[a-z]{3,}$/.test(word) || index.knowsName(word)) return false;
  const read = index.wordTerms(word);
  return (
    read.length > 0 &&
    read.every((t) => !index.docFrequency.has(t) && !isContext(t, index) && !index.scope.genericBeforeService.has(t))
  );
}

/** Whether "service" stands in the lower-case text after a space, as a word: else the pattern below cannot match. */
function saysService(lower: string): boolean {
  for (let at = lower.indexOf('service'); at >= 0; at = lower.indexOf('service', at + 1)) {
    const after = lower[at + 'service'.length];
    if (at > 0 && /\s/.test(lower[at - 1]!) && (after === undefined || !/\w/.test(after))) return true;
  }
  return false;
}

/**
 * "the group policy service", "print spooler service": a question about a service the knowledge
 * does not cover. The one or two words before "service" must name one of ours, or be generic.
 */
function foreignService(text: string, index: SearchIndex): string | undefined {
  const lower = text.toLowerCase();
  // Most questions do not say "service" as a word at all: no need to try the pattern at every word.
  if (!saysService(lower)) return undefined;
  // "<Product> for Windows service" ("Veeam Agent for Windows service"): a product of someone else's,
  // named for the system it runs on, when a word of its name is one the knowledge has never seen.
  const forWindows = /\b([a-z][a-z0-9-]*)(?:\s+([a-z][a-z0-9-]*))?\s+for windows(?: server)? service\b/.exec(lower);
  if (forWindows && [forWindows[1], forWindows[2]].some((w) => w !== undefined && isStranger(w, index)))
    return `${[forWindows[1], forWindows[2]].filter(Boolean).join(' ')} for Windows`;
  // A name in quotes or with its short name in brackets: "'acme backup agent' service", "sql server (mssqlserver) service".
  // A version between the name and "service" ("tomcat 9 service") is not part of it.
  for (const m of lower.matchAll(
    /\b([a-z][a-z0-9-]*)?\s*\b([a-z][a-z0-9-]*)['"’)\]]?(?:\s+v?\d[\d.]*)?\s+service\b/g,
  )) {
    const [w1, w2] = [m[1], m[2] ?? ''];
    const [t1, t2] = [w1 ? index.wordTerms(w1) : [], index.wordTerms(w2)];
    // "the iptv service" names "iptv": a small word first is not part of the name.
    const two = t1.length > 0 ? `${w1} ${w2}` : w2;
    if ([w2, two, `${w2} service`, `${two} service`].some((n) => index.knowsName(n))) continue;
    // The word before "service" must say which one: "without it service" names none.
    if (t2.length === 0) continue;
    // A longer name with a word the knowledge has never seen ("Plex Media Server service", "Apache
    // Tomcat service") is someone else's, whatever ordinary words ("server") stand beside it; not when
    // it says "update" or "windows" ("stupid update service"). A small word ("the") ends the name.
    const generic = [...t1, ...t2].some((t) => index.scope.genericBeforeService.has(t));
    if (!generic) {
      const before = t1.length > 0 ? /([a-z][a-z0-9-]*)\s*$/.exec(lower.slice(0, m.index))?.[1] : undefined;
      const stranger = [before, w1, w2].find((w) => w !== undefined && isStranger(w, index));
      if (stranger) return (stranger === before ? `${before} ${two}` : two).trim();
    }
    if (generic || [...t1, ...t2].some((t) => isContext(t, index))) continue;
    return two.trim();
  }
  return undefined;
}

/**
 * Whether a text may hold a word ending in "svc" or ".exe". A plain ASCII text must say one of them
 * as it is; any other is folded into words first (an accent may hide one), so it is read whole.
 */
const mayNameProcess = (text: string) => /[\u0080-\uffff]|svc|\.exe/i.test(text);

/**
 * A service or process the knowledge does not know (CDPUserSvc, spoolsv.exe): another topic.
 * "svchost.exe -k group -s Name" names the service inside svchost: it must be one of ours. The service an
 * sc.exe or net command acts on must not be a name the knowledge has never seen ("sc config kavita").
 */
export function foreignSubject(text: string, index: SearchIndex, raw?: readonly string[]): string | undefined {
  const hosted = /svchost(?:\.exe)?\b[^\n]*?\s-s\s+([A-Za-z0-9_]+)/i.exec(text)?.[1];
  // The service an sc.exe or net command acts on ("sc config kavita start= auto", "net start 3proxy").
  const commanded =
    /\b(?:sc(?:\.exe)?\s+(?:config|start|stop|query|qc|failure|delete)|net\s+(?:start|stop))\s+"?([A-Za-z0-9_.-]+)/i.exec(
      text,
    )?.[1];
  const foreignName =
    (hosted && !index.knowsName(hosted) ? hosted : undefined) ??
    (commanded && index.isUnknownName(commanded) ? commanded : undefined) ??
    (raw ?? (mayNameProcess(text) ? words(text) : [])).find(
      (w) =>
        /^[a-z0-9]{3,}(svc|\.exe)$/.test(w) &&
        !index.docFrequency.has(terms(w)[0] ?? w) &&
        !index.scope.genericProcesses.has(w),
    );
  // Not "is not part of Windows Update": a process the knowledge has no word on may still be one of its parts.
  if (foreignName) return `${foreignName} is not one I know about.`;
  const service = foreignService(text, index);
  return service ? `The ${service} service is not one I know about.` : undefined;
}

/** The catalogue with its phrases normalised once, not on every question. */
export interface PreparedProduct {
  product: OtherProduct;
  /** Its match and unless phrases, as numbers in the catalogue's phrase finder. */
  match: readonly number[];
  unless: readonly number[];
  codes: readonly string[];
  patterns: readonly RegExp[];
}

/** Whether a product claims a code by the code's start (activation's "0xC004F"). */
const claims = (p: PreparedProduct, code: string) => p.codes.some((prefix) => code.startsWith(prefix));

/** Adverbs people put between Windows and what it does ("windows quietly reinstalled", "windows just installed"). */
const INNER_ADVERBS = new Set(
  (
    'quietly silently automatically secretly sneakily randomly suddenly just then also again always apparently ' +
    'somehow simply'
  ).split(' '),
);

/** A version number as programs write it ("3.12", "v2.4.1"). */
const DOTTED_VERSION = /\bv?\d+(?:\.\d+)+\b/gi;
/** A version number between two words, where it may part a product's name. */
const VERSION_INSIDE = new RegExp(String.raw`[a-z]\s+${DOTTED_VERSION.source}\s+[a-z]`, 'i');

/** The catalogue of other products, its phrases found in a question word by word (PhraseFinder). */
export class ProductCatalogue {
  readonly products: readonly PreparedProduct[];
  /** Whether any product stays the subject even when the question names something of ours. */
  readonly subjectEvenWhenOursNamed: boolean;
  private readonly finder: PhraseFinder;
  /** Each phrase by its number, normalised. */
  private readonly phrases: readonly string[];
  /** Each phrase's pattern in raw text, built the first time a question says it. */
  private readonly mentionPatterns = new Map<number, RegExp>();
  /** The numbers of the phrases that name a product (its match phrases, not its unless phrases). */
  private readonly matchPhrases: ReadonlySet<number>;
  private lastText: string | undefined;
  private lastSaid: ReadonlyMap<number, number> = new Map();

  constructor(products: readonly OtherProduct[]) {
    const phrases: string[] = [];
    const number = (list: readonly string[]) => list.map((s) => phrases.push(normalizeName(s)) - 1);
    this.products = products.map((product) => ({
      product,
      match: number(product.match),
      unless: number(product.unless ?? []),
      codes: product.codes ?? [],
      patterns: (product.patterns ?? []).map((p) => new RegExp(p, 'i')),
    }));
    this.finder = new PhraseFinder(phrases);
    this.matchPhrases = new Set(this.products.flatMap((p) => p.match));
    this.phrases = phrases;
    this.subjectEvenWhenOursNamed = products.some((p) => p.subject_even_when_ours_named || p.subject_when_named_first);
  }

  /**
   * The catalogue's phrases the text says, each with the position of its first word. words: the
   * text's normalised words (normalizeName split at spaces), when the caller has them already.
   * The last text's are kept: a question is read for them several times (namesAny, otherProductIn).
   */
  phrasesIn(text: string, words?: readonly string[]): ReadonlyMap<number, number> {
    if (this.lastText !== text) {
      this.lastSaid = this.finder.find(words ?? nameWords(text));
      // A product named with its version inside ("the Python 3.12 installer") names it as "the Python installer" does.
      if (VERSION_INSIDE.test(text)) {
        const said = new Map(this.lastSaid);
        for (const [m, at] of this.finder.find(nameWords(text.replace(DOTTED_VERSION, ' '))))
          if (this.matchPhrases.has(m) && !said.has(m)) said.set(m, at);
        this.lastSaid = said;
      }
      this.lastText = text;
    }
    return this.lastSaid;
  }

  /**
   * The phrases the text says once the adverbs that can stand inside them are taken out ("windows quietly reinstalled"
   * says "windows reinstalled"): for what keeps a product's question with us. Not kept as the last text's phrases are.
   */
  phrasesWithoutAdverbs(text: string): ReadonlyMap<number, number> {
    const words = nameWords(text);
    const kept = words.filter((w) => !INNER_ADVERBS.has(w));
    return kept.length === words.length ? this.phrasesIn(text, words) : this.finder.find(kept);
  }

  /** The text before and after each place it says phrase number m (its words as written, any spaces between). */
  *around(text: string, m: number): Generator<[before: string, after: string]> {
    for (const found of text.matchAll(this.mentionPattern(m)))
      yield [text.slice(0, found.index), text.slice(found.index + found[0].length)];
  }

  /** Phrase number m's pattern in raw text, built the first time a question says it. */
  private mentionPattern(m: number): RegExp {
    let re = this.mentionPatterns.get(m);
    if (!re) {
      // A version may stand between its words, as phrasesIn reads them.
      const escaped = escape(this.phrases[m]!).replace(/\s+/g, String.raw`(?:\s+${DOTTED_VERSION.source})?\s+`);
      re = new RegExp(String.raw`\b${escaped}\b`, 'gi');
      this.mentionPatterns.set(m, re);
    }
    return re;
  }

  /** Whether the text says one of the products' patterns ("avast's virus definitions", a program's own version). */
  saysAnyPattern(text: string): boolean {
    return this.products.some((p) => p.patterns.some((re) => re.test(text)));
  }

  /**
   * Whether every time the text says phrase number u, it is inside one of the phrases ms ("windows update" in
   * "Windows Update Blocker"): then u is only part of a product's name.
   */
  saidOnlyInside(text: string, u: number, ms: readonly number[]): boolean {
    const inner = ` ${this.phrases[u]} `;
    const around = ms.filter((m) => m !== u && ` ${this.phrases[m]} `.includes(inner));
    if (around.length === 0) return false;
    const count = (m: number) => [...text.matchAll(this.mentionPattern(m))].length;
    return count(u) <= around.reduce((n, m) => n + count(m), 0);
  }

  /** Whether some product of the catalogue claims the code. */
  claimsCode(code: string): boolean {
    return this.products.some((p) => claims(p, code));
  }

  /** Whether the text names any product of the catalogue, whatever else it says. */
  namesAny(text: string, words?: readonly string[]): boolean {
    for (const m of this.phrasesIn(text, words).keys()) if (this.matchPhrases.has(m)) return true;
    return false;
  }
}

export function prepareProducts(products: readonly OtherProduct[]): ProductCatalogue {
  return new ProductCatalogue(products);
}

/**
 * A clause's words after a product's name saying it works ("works fine on the same wifi", "downloads at full speed, but",
 * "isn't the problem"), with no negation or "but" first.
 */
const WORKS_FINE =
  /^(?:(?!\b(?:not|doesn|don|didn|isn|wasn|won|but|though|although)\b)[^.?!;,]){0,25}?\b(?:(?:works?|working|worked|is|are|was|runs?|running|connects?|connected|downloads?|downloading|loads?|loading|browses?|opens?|updates?|updating)\s+(?:just\s+|totally\s+|perfectly\s+)?(?:fine|ok|okay|great|normally|perfectly)\b|(?:works?|loads?|downloads?|connects?)\s*,?\s+but\b|(?:no\s+problems?|without\s+(?:any\s+)?(?:problems?|issues?)|at\s+full\s+speed|in\s+(?:seconds|no\s+time))\s*[,;]?\s*(?:but|so|while|yet)\b|(?:isn['’]?t|is\s+not|wasn['’]?t|was\s+not)\s+(?:the|my)\s+(?:problem|issue|culprit)\b)/i;

/**
 * Whether each time a product's phrase is said, it is said to work fine ("the phone works fine", "chrome history is
 * fine"), in the same clause: not "my game doesn't work on 24H2, worked fine on 23H2".
 */
function saidToWorkFine(catalogue: ProductCatalogue, text: string, m: number): boolean {
  return everyMention(catalogue, text, m, (_, after) => WORKS_FINE.test(after));
}

/** Whether the text says phrase number m, and each time with words around it that pass the test. */
function everyMention(
  catalogue: ProductCatalogue,
  text: string,
  m: number,
  test: (before: string, after: string) => boolean,
): boolean {
  let any = false;
  for (const [before, after] of catalogue.around(text, m)) {
    any = true;
    if (!test(before, after)) return false;
  }
  return any;
}

/** Whether the text says phrase number m at least once with words around it that pass the test. */
function someMention(
  catalogue: ProductCatalogue,
  text: string,
  m: number,
  test: (before: string, after: string) => boolean,
): boolean {
  for (const [before, after] of catalogue.around(text, m)) if (test(before, after)) return true;
  return false;
}

/**
 * The words before a product's name, in the same sentence, saying the PC restarted or updated in the middle of it
 * ("restarted itself in the MIDDLE of my Zoom call", "rebooted during our Teams meeting"): the product is only what
 * was interrupted.
 */
const INTERRUPTED =
  /\b(?:restart\w*|reboot\w*|shut\s*(?:down|off)|shuts\s+(?:down|off)|turned\s+(?:itself\s+)?off|install\w*|updat\w*)\b[^.?!]{0,50}?\b(?:in\s+the\s+middle\s+of|middle\s+of|mid-?|during|while\s+(?:i\s+was|i'm|im|i\s+am|we\s+were|we're)(?:\s+(?:in|on|using|playing|watching|doing|presenting\s+(?:on|in)))?)\s+(?:(?:my|a|the|our|an)\s+)?$/i;

/** ...or saying what the asker did something for ("turned off services to make games run faster"). */
const DONE_FOR = /\bto\s+(?:make|help|speed\s+up)\s+(?:(?:my|the|our)\s+)?$/i;

/**
 * ...or named as what the PC is used for ("I use it for Photoshop and Lightroom", "I need the laptop for AutoCAD"):
 * the asker's circumstance, told so that helpers know what matters.
 */
const USED_FOR =
  /\b(?:use|uses|using|need|needs)\s+(?:it|this|(?:the|my|our|this)\s+(?:pc|laptop|computer|desktop|machine|tablet))\s+(?:(?:mainly|mostly|only|just|also|primarily)\s+)?for\s+(?:(?:my|the|our)\s+)?(?:[\w.+-]{1,30}\s*(?:,|\band\b|\bor\b|&)\s*){0,3}$/i;

/**
 * ...or said not to be what it is about ("not a feature request, just asking", "this isn't a Chrome problem"), or
 * only suspected as the cause ("could it be the network adapter?", "maybe it's my antivirus").
 */
const NOT_IT =
  /(?:\bnot\s+(?:a|an)|\b(?:isn['’]?t|is\s+not|it['’]?s\s+not|wasn['’]?t|was\s+not)\s+(?:a|an|the|my)|\b(?:could|might|may|would|can)\s+(?:it|this|that)\s+be\s+(?:the|my|our|a|an|some)|\b(?:is\s+it|maybe\s+it['’]?s|maybe|probably|perhaps)\s+(?:the|my|our))\s+$/i;

/**
 * Words saying something is wrong with what a clause names ("crashes", "won't", "stuck"): such a clause is about it,
 * however it is marked as beside the point (HEARD, IF_IT_MATTERS).
 */
const SAYS_WRONG = String.raw`not|no|never|\w+n['’]?t|cannot|broke\w*|stopp\w*|fail\w*|crash\w*|freez\w*|frozen|stuck|error\w*|problems?|issues?`;

/**
 * ...or said not to be used or there at all ("i dont use geforce experience at all", "we don't even have Chrome"):
 * ruled out by the asker, so not what the question is about; nor the others listed with it ("not using Zoom or Teams").
 */
const NOT_USED =
  /\b(?:(?:i|we)\s+(?:don['’]?t|dont|do\s+not|never|no\s+longer|haven['’]?t|havent|have\s+not|didn['’]?t|didnt|did\s+not)\s+(?:even\s+|ever\s+)?(?:use|used|have|run|ran|install|installed|got)|(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+not\s+(?:even\s+)?(?:using|running))\s+(?:(?:the|any|a|an)\s+)?(?:[\w.+-]{1,30}\s*(?:,|\bor\b|\bnor\b|\band\b)\s*(?:(?:the|any|a|an)\s+)?){0,3}$/i;

/**
 * ...or named as what the asker is writing on ("typing this from my iPad", "on my phone rn bc my laptop restarted"):
 * the device at hand, not the one the question is about. Said with no verb of writing, at a sentence's or bullet's
 * start (or after a lead-in's "but", a greeting, "I'm"), the words after must say it is now or why ("rn", "because").
 */
const WRITING_ON =
  /\b(?:typing|writing|posting|asking|sending|texting|messaging)\s+(?:this\s+|you\s+)?(?:on|from)\s+(?:my\s+|a\s+)?$/i;
const ON_IT_NOW =
  /(?:^|[.!?\n(,:•*-]\s*|\b(?:i['’]?m|im|i\s+am|but|and|so|ok|okay|hi|hey)\s+)(?:on|from)\s+(?:my\s+|a\s+)?$/i;
const NOW_OR_WHY = /^\s*(?:rn|right\s+now|now|atm|because|bc|cuz|cause|cos|since|as)\b|^\s*[,(]/i;

/**
 * ...or only heard or seen going on ("screen is black after login, but i can hear teams notifications pinging"): a sign
 * of what still runs, unless the rest of its clause says it is what is wrong.
 */
const HEARD = /\b(?:can|could)\s+(?:still\s+)?(?:hear|see)\s+(?:the\s+|my\s+|a\s+|its\s+)?$/i;
const WRONG_WITH_IT = new RegExp(String.raw`^[^.!?\n]{0,40}?\b(?:${SAYS_WRONG})\b`, 'i');

/** ...or a phone as how someone is reached ("grandson isn't answering his phone", "called me on my phone"). */
const REACHED_ON =
  /\b(?:answer\w*|pick\w*\s+up|call\w*|text\w*|ring\w*|reach\w*)\s+(?:me\s+|him\s+|her\s+|them\s+)?(?:on\s+)?(?:his|her|their|my|the)\s+$/i;

/** ...but not when only used little ("I don't use Chrome much but it crashes"): then it is used. */
const USED_LITTLE = /^\s+(?:(?:that|very|too)\s+)?(?:much|often|a\s+lot|regularly|every\s*day)\b/i;

/** ...or given as one example among the things that do not work ("some things just don't work, like printing"). */
const EXAMPLE =
  /\b(?:(?:do|does|did|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t)\s+work|things|stuff|apps|programs)\b[^.?!]{0,20}?,?\s+(?:like|such\s+as|e\.?g\.?|for\s+example|including)\s+(?:(?:the|my)\s+)?$/i;

/**
 * The rest of a product's sentence marking it as perhaps beside the point ("I have a printer attached if that
 * matters"): its words still count, but it is not what the question is about. Not one that says something is wrong with
 * it first ("a printer that won't print since the update, if that matters").
 */
const IF_IT_MATTERS = new RegExp(
  String.raw`^(?:(?!\b(?:${SAYS_WRONG})\b)[^.!?\n]){0,80}?[\s,(]+(?:if\s+(?:that|it|this)\s+(?:matters|helps|is\s+relevant|makes\s+a\s+difference)|in\s+case\s+(?:that|it|this)\s+(?:matters|helps|is\s+relevant)|not\s+sure\s+if\s+(?:that['’]?s|it['’]?s|that\s+is|it\s+is)\s+relevant)\b`,
  'i',
);

/** Words that say something is wrong, or is being updated: a sentence with none of them only tells what is there. */
const TROUBLE = String.raw`not|n['’]?t|never|no|broke|broken|stopped|stops|fail\w*|crash\w*|freez\w*|since|after|but|which|that|when|because|keeps?|problem\w*|issues?|error\w*|updat\w*|upgrad\w*|driver\w*|work\w*|install\w*|help|fix\w*|how|why|what|can|could`;

/**
 * A sentence only saying what the asker has ("I have a Logitech mouse and an HP printer."): the words before a
 * product's name, and the words after it, with nothing wrong said of it.
 */
const OWNED_BEFORE = new RegExp(
  String.raw`(?:^|[.!?\n]\s*|\s)(?:i|we)\s+(?:have|['’]ve\s+got|have\s+got|own)\s+(?![^.!?\n]{0,60}?\b(?:${TROUBLE})\b)[^.!?\n]{0,60}$`,
  'i',
);
const OWNED_AFTER = new RegExp(String.raw`^(?![^.!?\n]{0,80}?\b(?:${TROUBLE})\b)[^.!?\n]{0,80}(?:[.!\n]|$)`, 'i');

/** The words after a product's name saying it is only what is open on the PC ("30 chrome tabs open"). */
const OPEN = /^\s+tabs?\b/i;

/**
 * ...or a device unplugged or taken out as one of the things tried ("tried restarting it, unplugging the printer like
 * someone said").
 */
const UNPLUGGED =
  /\b(?:unplug\w*|disconnect\w*|took\s+out|tak(?:e|ing)\s+out|pull(?:ed|ing)?\s+out)\s+(?:(?:the|my|all|our|every|that)\s+)?$/i;

/**
 * Whether each time a product's phrase is said, it is said only as what the PC's restart or update interrupted, what
 * the asker did something for or uses the PC for, what it is said not to be or only suspected as the cause, a device
 * unplugged as a thing tried, what is open on the PC, what may not matter, or only what the asker has: then it is the
 * question's circumstance, not its subject.
 */
function saidAsCircumstance(catalogue: ProductCatalogue, text: string, m: number): boolean {
  return everyMention(catalogue, text, m, (before, after) => {
    const near = before.slice(-120);
    return (
      INTERRUPTED.test(near) ||
      DONE_FOR.test(near) ||
      USED_FOR.test(near) ||
      NOT_IT.test(near) ||
      (NOT_USED.test(near) && !USED_LITTLE.test(after)) ||
      WRITING_ON.test(near) ||
      REACHED_ON.test(near) ||
      (HEARD.test(near) && !WRONG_WITH_IT.test(after)) ||
      (ON_IT_NOW.test(near) && NOW_OR_WHY.test(after)) ||
      UNPLUGGED.test(near) ||
      EXAMPLE.test(near) ||
      OPEN.test(after) ||
      IF_IT_MATTERS.test(after) ||
      (OWNED_BEFORE.test(near) && OWNED_AFTER.test(after))
    );
  });
}

/**
 * A product's name said as what did the updating ("steam updated cyberpunk", "the update Photoshop installed"), or
 * said of the update itself ("the Zoom update", "Zoom's latest update", "Windows Terminal got an update from the Store",
 * "forticlient got a bad update").
 */
const UPDATED_IT =
  /^(?:\s+(?:\w+\s+)?(?:updated|auto-?updated|installed|pushed|downloaded|rolled\s+out)|\s+(?:got|received|had|gets)\s+(?:an?\s+|its\s+)?(?:(?:new|bad|buggy|broken|faulty|latest|recent|big|major|forced)\s+)?(?:update|upgrade)|['’]s\s+(?:(?:latest|last|new|newest|recent|own|most\s+recent|auto|automatic)\s+)?(?:update|updates|patch|upgrade)(?!\s+(?:history|settings|service|page))|[\s-]+(?:update|updates|patch)(?!\s+(?:history|settings|service|page)))\b/i;

/** Whether a product's phrase is said, somewhere, as what put the update on: then its update is its own. */
function saidUpdating(catalogue: ProductCatalogue, text: string, m: number): boolean {
  return someMention(catalogue, text, m, (_, after) => UPDATED_IT.test(after));
}

/** How many words a question starts with that say what a post is about (subject_when_named_first). */
const FIRST_WORDS = 4;
/** How long a lead-in that tells nothing may be before them. */
const LEAD_IN_WORDS = 14;

/** Words before a product's name that take the product itself off or back ("rolled Spotify back", "uninstall Zoom"). */
const TAKES_IT_OFF =
  /\b(?:roll(?:ed|ing)?|uninstall(?:ed|ing)?|remov(?:e|ed|es|ing)|revert(?:ed|ing)?|downgrad(?:e|ed|es|ing))\s+(?:my\s+|the\s+)?$/i;

/** Whether a product's phrase is said, somewhere, as what is itself taken off or back: then going back is its own. */
function saidTakenOff(catalogue: ProductCatalogue, text: string, m: number): boolean {
  return someMention(catalogue, text, m, (before) => TAKES_IT_OFF.test(before.slice(-40)));
}

/** What the engine has read of a question beside its words, for otherProductIn; each is asked only when it matters. */
export interface ProductReading {
  /** The text's normalised words, when the caller has them already. */
  words?: readonly string[];
  /** Whether it speaks as a Windows administrator does (the scope vocabulary's windows_admin). */
  windowsAdmin?: () => boolean;
  /** Whether it asks to take the update off or hold it back (scope-words.yaml's take_update_off_patterns). */
  takesUpdateOff?: () => boolean;
  /** The text without the phrases that mention Windows Update only in passing (when it broke, or that it is fine), where only those were ours. */
  besideWhen?: string;
  /** Whether it says the PC restarted for its updates (scope-words.yaml's restart_for_updates_patterns). */
  restartsForUpdates?: () => boolean;
  /** Whether a meaning pattern of that meaning (scope-words.yaml's meaning_patterns) reads it: for unless_meant. */
  means?: (meaning: string) => boolean;
  /** How many telling words (search terms) some of its normalised words hold: none in a lead-in's chatter. */
  telling?: (words: readonly string[]) => number;
}

/**
 * The other product a question is about (the catalogue in knowledge/scope/): a code that belongs to
 * it, or its name, unless the question also says something that keeps it with Windows Update.
 */
export function otherProductIn(
  text: string,
  codes: readonly string[],
  catalogue: ProductCatalogue,
  /** Whether it names something of ours, a KB number or a code of ours (not only as when the product broke). */
  ours: boolean,
  {
    words,
    windowsAdmin = () => false,
    takesUpdateOff = () => false,
    besideWhen,
    restartsForUpdates = () => false,
    means = () => false,
    telling,
  }: ProductReading = {},
): OtherProduct | undefined {
  // A question that names something of ours and has no code is ours, unless a product stays the
  // subject even then: with none such in the catalogue, there is nothing to look for.
  if (ours && codes.length === 0 && !catalogue.subjectEvenWhenOursNamed) return undefined;
  const said = catalogue.phrasesIn(text, words);
  // What keeps a product's question with us is read beside those phrases: "Windows Update" said there
  // is only when the product broke.
  const saidBeside = besideWhen === undefined ? said : catalogue.phrasesIn(besideWhen);
  const besideText = besideWhen ?? text;
  // The unless phrases read with the adverbs inside them taken out too, the first time they are needed.
  let looseBeside: ReadonlyMap<number, number> | undefined;
  const saysBeside = (u: number) =>
    saidBeside.has(u) || (looseBeside ??= catalogue.phrasesWithoutAdverbs(besideText)).has(u);
  const kept = (p: PreparedProduct) =>
    p.unless.some((u) => saysBeside(u) && !catalogue.saidOnlyInside(besideText, u, p.match)) ||
    (p.product.unless_windows_admin === true && windowsAdmin()) ||
    // Taking "the update" off is taking a Windows update off, unless the product put it on itself.
    (p.product.unless_taking_update_off === true &&
      takesUpdateOff() &&
      !p.match.some((m) => said.has(m) && (saidUpdating(catalogue, text, m) || saidTakenOff(catalogue, text, m)))) ||
    (p.product.unless_restarting_for_updates === true && restartsForUpdates()) ||
    (p.product.unless_meant?.some(means) ?? false);
  for (const p of catalogue.products) {
    if (codes.some((c) => claims(p, c)) && !kept(p)) return p.product;
  }
  // A product named in the question's first words, where a post names its subject (subject_when_named_first); after a
  // lead-in that tells nothing ("not sure if this is the right place but", "Thanks in advance!") as well.
  const namedFirst = (p: PreparedProduct) =>
    p.product.subject_when_named_first === true &&
    p.match.some((m) => {
      const at = said.get(m);
      if (at === undefined) return false;
      return at < FIRST_WORDS || (at < LEAD_IN_WORDS && telling?.((words ?? nameWords(text)).slice(0, at)) === 0);
    });
  // The product named first is the subject; not one said only to work fine, which the question compares with
  // ("my phone works fine on the same wifi").
  let first: { p: PreparedProduct; at: number } | undefined;
  for (const p of catalogue.products) {
    // An error code of ours beside the device ("printer driver update fails 0x80070002") keeps it with us.
    if (ours && (!(p.product.subject_even_when_ours_named || namedFirst(p)) || codes.length > 0)) continue;
    for (const m of p.match) {
      const at = said.get(m);
      if (
        at !== undefined &&
        (!first || at < first.at) &&
        !kept(p) &&
        !saidToWorkFine(catalogue, text, m) &&
        !saidAsCircumstance(catalogue, text, m)
      )
        first = { p, at };
    }
  }
  if (first) return first.p.product;
  // A pattern ("3.5.3 -> 3.5.4": a program's own version) is weaker than a name: only where nothing of
  // ours is named and no error code is there to answer. A product that stays the subject even beside something of
  // ours keeps its patterns then too, and one whose patterns are its own updater failing ("edge://settings/help
  // throws 0x80070005") even beside an error code.
  // One read only beside Windows updating said in passing is looked for in what is left.
  return catalogue.products.find((p) => {
    const inPassingOnly = p.product.only_beside_in_passing === true;
    const read = inPassingOnly ? besideWhen : text;
    const allowed = inPassingOnly
      ? codes.length === 0
      : (codes.length === 0 || p.product.subject_even_beside_codes === true) &&
        (!ours || p.product.subject_even_when_ours_named === true);
    return allowed && read !== undefined && p.patterns.some((re) => re.test(read)) && !kept(p);
  })?.product;
}

export function assessScope(
  text: string,
  ranked: Hit[],
  namesKnown: boolean,
  index: SearchIndex,
  qTerms: readonly string[] = index.queryTerms(text),
  // Whether what it names is a part of ours (a service, a guide) rather than an error's own wording.
  namesOurs = namesKnown,
  // The entries of ours it names: one of them ranked first is the answer however little else matched
  // (a pasted log under "sfc /scannow shows errors").
  namedIds: ReadonlySet<string> = new Set(),
  // The question as said, without the meanings its synonyms append ("servicio" read as also saying
  // "service" must not make "... no arranca service" name an "arranca" service).
  said = text,
  // Whether it asks to take an update off ("uninstall the latest update", "pause the updates"): where no
  // other product is named as the subject (the catalogue came first), that is Windows Update's to do.
  takesUpdateOff = false,
): Scope {
  if (qTerms.length === 0) return { inScope: false, reason: 'I did not find a question in that.' };
  const best = ranked[0];
  if (!best) return { inScope: false, reason: 'I could not match that to anything I know.' };

  const foreign = foreignSubject(said, index);
  if (foreign && !namesOurs) return { inScope: false, reason: foreign, foreign: true };

  // How much must match depends on how sure it is that the question is about Windows Update at all:
  // - it names something of ours (a service, process, tool, KB number), or asks to take an update off: a
  //   third of its words;
  // - it speaks of updating on a Windows PC: the same, and a long, chatty question less;
  // - it speaks of updating, or of Windows, but not both: about half;
  // - neither ("my wifi keeps dropping on windows 11"): it must read like one of the entry's own
  //   phrasings and match real substance, or match a lot of a long Windows question, since the
  //   knowledge is not about everything on a PC.
  // Context is read from every word: a long question's search terms keep only its rarest words.
  // The query terms are read with typos repaired ("updte" as update): they count too.
  const { updating, admin, windows } = index.scope.contextOf([index.termsOf(text), qTerms], text);
  // An error's own wording ("the service did not respond in a timely fashion") comes from Windows for
  // every service: it names our entry only in a question about updating or Windows.
  const named =
    namesOurs ||
    takesUpdateOff ||
    (namesKnown && (updating || windows)) ||
    qTerms.some((t) => index.anchorTerms.has(t)) ||
    index.scope.kbNumber.test(text);
  const long = qTerms.length >= 12;
  const good = (h: Hit): boolean => {
    if (h === best && namedIds.has(h.entry.id)) return true;
    if (named) return h.phrase >= 0.2 || h.coverage >= (long ? 0.12 : 0.2);
    if (updating && windows) return h.phrase >= 0.25 || h.coverage >= (long ? 0.15 : 0.3);
    // Updating, or a Windows PC's own tools and settings: one clear context, so half must match.
    if (updating || admin) return h.phrase >= 0.45 || h.coverage >= 0.45;
    // Up to three words that are exactly one of an entry's phrasings ("catroot2", "windows medic servise") are that entry.
    if (qTerms.length <= 3 && h.phrase >= 0.95 && h.matchedWeight >= 0.5) return true;
    return (h.phrase >= 0.7 && h.matchedWeight >= 1.5) || (windows && h.coverage >= 0.5 && h.matchedWeight >= 3);
  };
  const hit = ranked.slice(0, CANDIDATES).find(good);
  // A lower hit that matches enough says the question is ours; which entry it is about, the ranking
  // says better, unless the two stand close: a short entry can cover the chatter of a casual question
  // ("update wont instal keep saying error" is not the entry whose few words it happens to cover).
  // Not when the first reads more like an entry's own phrasing than the lower one does: covering more
  // of the question is then its chatter ("keeps saying restart required" is not the restarts guide's).
  if (hit)
    return {
      inScope: true,
      reason: '',
      hit: hit.score < CLOSE_TO_BEST * best.score || best.phrase > hit.phrase ? best : hit,
    };
  // Where the question's words gather in one entry, several times as strongly as in any other
  // ("longest pause allowed?"), they say what it is about though too few of them match to be sure:
  // that entry is offered, unsure, with the next ones, rather than nothing. Not an error's entry: its
  // wording ("the service did not respond") is every program's. A second hit must have scored, so
  // there are alternatives to offer and the answer shows as unsure.
  const searchScore = (h: Hit) => h.searchScore ?? h.score;
  const second = Math.max(0, ...ranked.slice(1).map(searchScore));
  if (
    best.entry.kind !== 'error' &&
    second > 0 &&
    best.coverage >= STANDS_OUT_COVERAGE &&
    searchScore(best) >= STANDS_OUT * second
  )
    return { inScope: true, reason: '', hit: best, weak: true };
  // Only a question about a Windows PC that names nothing of ours gets here with such hits: one that
  // speaks of updating is answered by any hit reading that much like its phrasing. A word or two typed
  // alone ("reset", "drivers") that reads much like an entry's own phrasing is a topic asked for by
  // name, too common a word to answer from: its entries are offered.
  const byName = qTerms.length <= TOPIC_WORDS;
  const closest =
    windows || byName
      ? ranked
          .slice(0, CANDIDATES)
          .filter((h) => h.phrase >= (windows ? CLOSEST_PHRASE : TOPIC_PHRASE))
          .slice(0, CLOSEST)
      : [];
  return { inScope: false, reason: 'I could not connect that to Windows Update.', closest };
}
