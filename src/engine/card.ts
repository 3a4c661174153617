// The render-neutral card: what the user sees, before it becomes a Discord embed or plain text.
// Both renderers read only this, so Discord and the console always carry the same content.
import type { KnowledgeBase, TableHit } from '../knowledge/base.ts';
import type { Command, Entry, ErrorEntry, Kind, Source } from '../knowledge/schema.ts';

export interface CardStep {
  title: string;
  text?: string;
  commands: Command[];
  admin: boolean;
  caution?: string;
}

export interface CardField {
  name: string;
  /** Plain text; list items start with "• ". */
  value: string;
}

export interface CardLink {
  id: string;
  title: string;
  /** What the entry is about, from its summary's opening sentences: shown where it is offered as "Did you mean". */
  gist?: string;
}

/**
 * The longest a gist runs: about two sentences, so an offer says enough to choose it by (what the topic is
 * and what it does about it) and three offers stay a short list.
 */
export const GIST_MAX = 300;

/** The longest a short gist runs: one sentence, where room is tight (three long offers, a menu option). */
export const SHORT_GIST_MAX = 160;

/** A summary's opening whole sentences within `max`; a first sentence longer than that is cut at a word. */
export function gistOf(summary: string, max = GIST_MAX): string {
  const [first = '', ...rest] = summary.trim().split(/(?<=[.!?])\s+/);
  if (first.length > max) {
    const cut = first.slice(0, max - 1);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
  }
  let gist = first;
  for (const next of rest) {
    if (gist.length + 1 + next.length > max) break;
    gist += ` ${next}`;
  }
  return gist;
}

export type CardKind = Kind | 'decline' | 'help';

export interface Card {
  kind: CardKind;
  entryId: string | null;
  title: string;
  summary: string;
  /** Shown before the entry's own fields: for example what the code the user pasted means. */
  lead: CardField[];
  fields: CardField[];
  steps: CardStep[];
  warnings: string[];
  sources: Source[];
  next?: CardLink;
  related: CardLink[];
  /** Other entries that may be what the user meant ("Did you mean"). */
  alternatives: CardLink[];
  /** The engine is not sure this is what was asked: the card says so before anything else. */
  unsure?: boolean;
  /** Entries the question itself named (the other codes in it), to open from the answer. */
  mentioned?: CardLink[];
  /** The fixes the answer names, in order; the first is offered as "Start". */
  fixes?: CardLink[];
  /** What the first screen leaves out, one click away ("Details"): background, notes, causes. */
  details?: CardField[];
  /** A later step that holds what was asked (by its index): shown on the first screen when the overview stops before it. */
  focusStep?: number;
}

const bullets = (items: readonly string[]) => items.map((i) => `• ${i}`).join('\n');

/** Each entry's gist, worked out once: every card links to several entries, on every answer. */
const gists = new WeakMap<Entry, string>();

/** A link to an entry: its title, and its gist for where a list says what each topic is about. */
export function linkTo(e: Entry): CardLink {
  let gist = gists.get(e);
  if (gist === undefined) gists.set(e, (gist = gistOf(e.summary)));
  return { id: e.id, title: e.title, gist };
}

function links(kb: KnowledgeBase, ids: readonly string[]): CardLink[] {
  return ids.flatMap((id) => {
    const e = kb.get(id);
    return e ? [linkTo(e)] : [];
  });
}

/** The longest the "Did you mean" list runs, so every renderer shows it whole (a Discord embed field holds 1,024). */
const OFFERS_MAX = 1024;

/** An offer as the "Did you mean" list shows it: its title (bold in the embed's markdown), then its gist. */
export const offerLine = (a: CardLink, markdown = false): string =>
  `• ${markdown ? `**${a.title}**` : a.title}${a.gist ? ` — ${a.gist}` : ''}`;

/** The offer in the embed's markdown, whose length the list's budget counts. */
export const offerMarkdown = (a: CardLink): string => offerLine(a, true);

/**
 * The entries offered as "Did you mean", each with its gist; when the list would not fit one embed field,
 * each gist is its first sentence, so the embed and the text show the same offers and words.
 */
export function offersOf(entries: readonly Entry[]): CardLink[] {
  const offers = entries.map(linkTo);
  const length = offers.map(offerMarkdown).join('\n').length;
  if (length <= OFFERS_MAX) return offers;
  return offers.map((o) => ({ ...o, gist: o.gist && gistOf(o.gist, SHORT_GIST_MAX) }));
}

const linkList = (l: readonly CardLink[]) => bullets(l.map((x) => x.title));

interface KindParts {
  fields: CardField[];
  details: CardField[];
  steps: CardStep[];
  warnings: string[];
  next?: CardLink;
  fixes?: CardLink[];
}

const numbered = (l: readonly CardLink[]) => l.map((x, i) => `${i + 1}. ${x.title}`).join('\n');

/** The first screen carries what the user needs; the rest goes to details. */
function kindFields(e: Entry, kb: KnowledgeBase): KindParts {
  const fields: CardField[] = [];
  const details: CardField[] = [];
  const warnings: string[] = [];
  switch (e.kind) {
    case 'service': {
      const names = [`${e.service_name} (${e.display_name})`];
      if (e.processes.length) names.push(`Seen as: ${e.processes.join(', ')}`);
      // What it should be set to is asked as often as what it is ("it's Disabled, what should it be?").
      if (e.default_start) names.push(`Start type: ${e.default_start}`);
      fields.push({ name: 'Service', value: names.join('\n') });
      fields.push({ name: 'What it does', value: e.does });
      fields.push({ name: 'If it stops or is disabled', value: e.when_stopped });
      const fixes = links(kb, e.fixes);
      if (fixes.length) fields.push({ name: 'Fixes to try', value: linkList(fixes) });
      if (e.notes?.length) details.push({ name: 'Good to know', value: bullets(e.notes) });
      return { fields, details, steps: [], warnings, fixes };
    }
    case 'fix': {
      // A guide's first screen is its steps; when to use it and when to hand over are details.
      details.push({ name: 'When to use this', value: e.when });
      if (e.caution) warnings.push(e.caution);
      details.push({ name: 'When to go to IT', value: e.escalate });
      const steps = e.steps.map((s) => ({
        title: s.title,
        text: s.text,
        commands: s.commands ?? [],
        admin: s.admin ?? false,
        caution: s.caution,
      }));
      const next = e.next ? links(kb, [e.next])[0] : undefined;
      return { fields, details, steps, warnings, next };
    }
    case 'error': {
      fields.push({ name: 'What it means', value: e.meaning });
      const fixes = links(kb, e.fixes);
      if (fixes.length) fields.push({ name: 'Fixes to try, in order', value: numbered(fixes) });
      if (e.codes.length > 1 || e.codes.some((c) => c.name || c.meaning)) {
        details.push({
          name: e.codes.length > 1 ? 'Codes' : 'Code',
          value: bullets(e.codes.map((c) => [c.code, c.name, c.meaning].filter(Boolean).join(' — '))),
        });
      }
      if (e.causes.length) details.push({ name: 'Likely causes', value: bullets(e.causes) });
      if (e.notes?.length) details.push({ name: 'Good to know', value: bullets(e.notes) });
      return { fields, details, steps: [], warnings, fixes };
    }
    case 'concept': {
      // The first sections while they stay short; the rest is one click away.
      let used = 0;
      for (const [i, sec] of e.sections.entries()) {
        if (i === 0 || used + sec.text.length <= FIRST_SCREEN) fields.push({ name: sec.title, value: sec.text });
        else details.push({ name: sec.title, value: sec.text });
        used += sec.text.length;
      }
      return { fields, details, steps: [], warnings };
    }
  }
}

/** About how much explanation the first screen holds before "Details". */
export const FIRST_SCREEN = 1200;

// Formatting a date through Intl costs more than answering a question; there are a few dates.
const longDates = new Map<string, string>();
const longDate = (iso: string) => {
  let long = longDates.get(iso);
  if (long === undefined) {
    long = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDates.set(iso, long);
  }
  return long;
};

/** The whole card: the first screen with its details after it ("Details"). */
export function withDetails(card: Card): Card {
  return { ...card, fields: [...card.fields, ...(card.details ?? [])], details: [] };
}

/** What an entry's card always holds, whatever the question and the day. */
interface EntryParts extends KindParts {
  related: CardLink[];
}

// An entry's card is the same every time it is shown but for the date: its parts are worked out
// once per knowledge base, and each card gets its own copies of the lists (callers add to them).
const partsByKb = new WeakMap<KnowledgeBase, WeakMap<Entry, EntryParts>>();

function entryParts(e: Entry, kb: KnowledgeBase): EntryParts {
  let byEntry = partsByKb.get(kb);
  if (!byEntry) partsByKb.set(kb, (byEntry = new WeakMap()));
  let parts = byEntry.get(e);
  if (!parts) {
    const kind = kindFields(e, kb);
    const unconfirmed = e.unverified?.length ? e.unverified.join(' ') : undefined;
    // What no Microsoft page confirms is one click away, under its own heading.
    if (unconfirmed) kind.details.push({ name: 'Not confirmed by a Microsoft page', value: unconfirmed });
    parts = { ...kind, related: links(kb, e.related) };
    byEntry.set(e, parts);
  }
  return parts;
}

export function entryCard(e: Entry, kb: KnowledgeBase, lead: CardField[] = [], today = new Date()): Card {
  const parts = entryParts(e, kb);
  const fields = [...parts.fields];
  const details = [...parts.details];
  const warnings = [...parts.warnings];
  const fixes = parts.fixes && [...parts.fixes];
  // An expired fact never stops the bot: the answer says it may be out of date, with absolute dates.
  if (e.valid_until && e.valid_until < today.toISOString().slice(0, 10))
    warnings.unshift(
      `This may be out of date: it holds facts known to be true until ${longDate(e.valid_until)}, and it was last checked on ${longDate(e.reviewed)}.`,
    );
  return {
    kind: e.kind,
    entryId: e.id,
    title: e.title,
    summary: e.summary,
    lead,
    fields,
    steps: [...parts.steps],
    warnings,
    sources: e.sources,
    next: parts.next,
    related: [...parts.related],
    alternatives: [],
    ...(fixes?.length ? { fixes } : {}),
    ...(details.length ? { details } : {}),
  };
}

/**
 * A concept's card with the section that answers the question on its first screen: when one of its
 * sections left to "Details" matches the question better than every section shown after the first,
 * it takes the place of the last of those (or joins the first, when that one is alone). `matches`
 * scores a section's title and text against the question. Only the entry's own sections move: the
 * note of what no Microsoft page confirms stays under its heading, one click away.
 */
export function focusSection(card: Card, entry: Entry, matches: (section: CardField) => number): Card {
  const details = card.details ?? [];
  if (entry.kind !== 'concept' || details.length === 0) return card;
  const titles = new Set(entry.sections.map((s) => s.title));
  let best = -1;
  let bestScore = 0;
  details.forEach((d, i) => {
    const score = titles.has(d.name) ? matches(d) : 0;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const shown = card.fields.slice(1).map(matches);
  if (best < 0 || shown.some((s) => s >= bestScore)) return card;
  const fields = [...card.fields];
  const rest = [...details];
  const [focus] = rest.splice(best, 1);
  // The section it replaces goes first among the details, so nothing is lost.
  if (fields.length > 1) rest.unshift(fields.pop()!);
  fields.push(focus!);
  return { ...card, fields, details: rest };
}

/** Below this weight of asked words that only it holds, a detail stays where it is. */
const FOCUS_MIN = 0.25;
/** The share of what the first screen leaves unanswered that the detail must hold: more than a stray word. */
const SHARE = 0.25;

/**
 * How a question's words are weighed against a card: the words it asks that a text holds and the
 * first screen (shown) does not say, summed by weight. `terms` reads a text's terms (remembered: an
 * entry's texts come back question after question); only the words entries are asked by count, so
 * a question's chatter ("correct", "provide") neither makes a detail look relevant nor hides one.
 */
export interface DetailWeigher {
  terms: (text: string) => ReadonlySet<string>;
  /** The weight of an asked word that counts, else 0. */
  weight: (term: string) => number;
  asked: ReadonlySet<string>;
}

function unanswered(w: DetailWeigher, shown: ReadonlySet<string>, text?: ReadonlySet<string>): number {
  let sum = 0;
  for (const t of w.asked) if (!shown.has(t) && (!text || text.has(t))) sum += w.weight(t);
  return sum;
}

/** A step's words as the engine reads them: title, text and commands. */
const stepWords = (s: CardStep) => `${s.title}\n${s.text ?? ''}\n${s.commands.map((c) => c.run).join('\n')}`;

/** A card's first screen and the details that may come forward, as terms. */
interface Candidates {
  shown: ReadonlySet<string>;
  picks: { terms: ReadonlySet<string>; field?: CardField; step?: number }[];
}

/**
 * An entry's candidates, and what its first screen shows without a lead field, depend only on the
 * entry (and on how terms are read): worked out once, not on every question. A lead field (a code's
 * own line) adds its words to what is shown.
 */
const candidateMemo = new WeakMap<DetailWeigher['terms'], WeakMap<Entry, Candidates>>();

function candidatesOf(card: Card, entry: Entry, terms: DetailWeigher['terms']): Candidates {
  let byEntry = candidateMemo.get(terms);
  if (!byEntry) candidateMemo.set(terms, (byEntry = new WeakMap()));
  let found = byEntry.get(entry);
  if (!found) {
    // A guide's first step is always on the first screen.
    const first = entry.kind === 'fix' ? card.steps[0] : undefined;
    const shown = terms(
      [card.title, card.summary, ...card.fields.map((f) => `${f.name} ${f.value}`), first ? stepWords(first) : ''].join(
        '\n',
      ),
    );
    const picks: Candidates['picks'] = [];
    if (entry.kind === 'fix')
      card.steps.forEach((s, i) => i > 0 && picks.push({ terms: terms(stepWords(s)), step: i }));
    else {
      if (entry.kind === 'error')
        for (const c of entry.causes) picks.push({ terms: terms(c), field: { name: 'Likely cause', value: c } });
      if (entry.kind !== 'concept')
        for (const n of entry.notes ?? []) picks.push({ terms: terms(n), field: { name: 'Good to know', value: n } });
    }
    byEntry.set(entry, (found = { shown, picks }));
  }
  if (card.lead.length === 0) return found;
  const lead = terms(card.lead.map((f) => f.value).join('\n'));
  return { shown: new Set([...found.shown, ...lead]), picks: found.picks };
}

/**
 * A question about one detail of an entry ("where does the orchestrator keep its logs") is answered
 * by a note, a cause or a later step that the first screen leaves out. The one holding the most asked
 * words that nothing on the first screen holds comes forward: a note or cause as a lead field, a step
 * as focusStep. (A service's start type is always on its first screen.)
 */
export function focusDetail(card: Card, entry: Entry, w: DetailWeigher): Card {
  if (entry.kind === 'concept' || w.asked.size === 0) return card;
  const { shown, picks } = candidatesOf(card, entry, w.terms);
  const left = unanswered(w, shown);
  // Nothing telling left unanswered: the first screen is the answer.
  if (left === 0) return card;
  let best: { score: number; field?: CardField; step?: number } = { score: Math.max(FOCUS_MIN, SHARE * left) - 1e-9 };
  for (const pick of picks) {
    const score = unanswered(w, shown, pick.terms);
    if (score > best.score) best = { score, field: pick.field, step: pick.step };
  }
  if (best.field) return { ...card, lead: [...card.lead, best.field] };
  if (best.step !== undefined) return { ...card, focusStep: best.step };
  return card;
}

/**
 * A code that has no entry of its own but is in one of Microsoft's code tables: its name, component
 * and meaning, the fixes for its component, then what its family says. Marked as from the list.
 */
export function tableCodeCard(
  code: string,
  hit: TableHit,
  family: ErrorEntry | undefined,
  kb: KnowledgeBase,
  lead: CardField[] = [],
): Card {
  const { info, component, table } = hit;
  const fixes = [...new Set([...component.fixes, ...(family?.fixes ?? [])])];
  const fields: CardField[] = [];
  if (fixes.length)
    fields.push({
      name: 'Fixes to try, in order',
      value: links(kb, fixes)
        .slice(0, 5)
        .map((l, i) => `${i + 1}. ${l.title}`)
        .join('\n'),
    });
  if (family) fields.push({ name: `About ${family.family ?? ''}xxxx codes`, value: family.summary });
  const win32 = info.win32 !== undefined ? ` It is Win32 error ${info.win32}.` : '';
  return {
    kind: 'error',
    entryId: family?.id ?? null,
    title: `${code}: ${info.name}`,
    summary: `${info.meaning}${win32}`,
    lead: [
      ...lead,
      {
        name: "From Microsoft's code list",
        value: `${table.title}: ${info.name} (${component.name}). No guide covers this exact code, so the fixes below are the ones for its kind of error.`,
      },
    ],
    fields,
    steps: [],
    warnings: [],
    sources: [...table.sources.slice(0, 2), ...(family?.sources.slice(0, 1) ?? [])],
    related: family ? links(kb, [family.id, ...family.related]).slice(0, 5) : [],
    alternatives: [],
  };
}
