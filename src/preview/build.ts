// What the preview shows of an entry or a question: the messages the bot sends, built by the bot's own
// views (answerView, fixView, detailsView) exactly as the interaction handlers build them, and the
// plain text beside them. Only src/preview/html.ts turns them into HTML.
import type { Answer, Engine } from '../engine/answer.ts';
import { withDetails } from '../engine/card.ts';
import { KINDS } from '../knowledge/schema.ts';
import { renderText } from '../render/text.ts';
import { decode, type Action } from '../discord/custom-id.ts';
import { answerView, detailsView, fixView, KIND_LABEL, type View } from '../discord/view.ts';
import { pageHtml, type IndexGroup, type Linker, type Screen, type Section } from './html.ts';

/** The actions of a message's buttons and menus, decoded from their custom_ids. */
function actionsOf(view: View): Action[] {
  return view.components.flatMap((r) =>
    r.components.flatMap((c) => {
      const a = 'custom_id' in c ? decode(c.custom_id) : null;
      return a ? [a] : [];
    }),
  );
}

const q = (s: string | undefined) => (s === undefined ? 'undefined' : `'${s}'`);

/** Every screen of one answer: what the bot sends first, each step of a guide, and Details. */
function screensOf(engine: Engine, answer: Answer, anchor: string, call: string): Screen[] {
  // As replyWithAnswer sends it: a decline is private, an answer public (no private: option).
  const ephemeral = answer.status === 'decline';
  const first = answerView(answer, { ephemeral });
  const screens: Screen[] = [
    {
      anchor: `${anchor}-first`,
      caption: 'First screen',
      call: `answerView(${call}, { ephemeral: ${ephemeral} })`,
      kind: 'first',
      message: first,
      ephemeral,
    },
  ];
  const actions = actionsOf(first);
  // A guide's steps, as its Next and Previous buttons show them (the 'page' handler: engine.open(id)).
  const id = answer.card.entryId;
  if (answer.card.kind === 'fix' && id) {
    const guide = engine.open(id)?.card;
    const back = actions.find((a) => a.type === 'page')?.back;
    guide?.steps.forEach((_s, i) =>
      screens.push({
        anchor: `${anchor}-step-${i + 1}`,
        caption: `Step ${i + 1} of ${guide.steps.length}`,
        call: `fixView(card, ${i}, { ephemeral: ${ephemeral}, back: ${q(back)} })`,
        kind: 'step',
        message: fixView(guide, i, { ephemeral, back }),
        ephemeral,
      }),
    );
  }
  // Details, as its button opens it (the 'details' handler: engine.open(id), back from the custom_id).
  const details = actions.find((a) => a.type === 'details');
  const whole = details && engine.open(details.id)?.card;
  if (details && whole)
    screens.push({
      anchor: `${anchor}-details`,
      caption: 'Details',
      call: `detailsView(card, { ephemeral: ${ephemeral}, back: ${q(details.back)} })`,
      kind: 'details',
      message: detailsView(whole, { ephemeral, back: details.back }),
      ephemeral,
    });
  return screens;
}

export const entryAnchor = (id: string) => `entry-${id}`;

export function entrySection(engine: Engine, id: string): Section {
  const answer = engine.open(id);
  if (!answer) throw new Error(`no entry ${id}`);
  const anchor = entryAnchor(id);
  const entry = answer.entry!;
  return {
    anchor,
    entryId: id,
    kind: entry.kind,
    title: entry.title,
    meta: [`id: ${id}`, `kind: ${entry.kind}`, `reviewed: ${entry.reviewed}`],
    screens: screensOf(engine, answer, anchor, `engine.open(${q(id)})`),
    // What the console and `npm run ask` print: the whole entry, every step.
    text: renderText(withDetails(answer.card), { full: true }),
    textCall: 'renderText(withDetails(card), { full: true })',
  };
}

export function questionSection(engine: Engine, question: string): Section {
  const answer = engine.ask(question);
  const anchor = 'question';
  return {
    anchor,
    entryId: answer.entry?.id ?? null,
    kind: answer.card.kind,
    title: answer.card.title,
    meta: [
      `question: ${question}`,
      `${answer.status}${answer.entry ? `: ${answer.entry.id}` : ''}`,
      `matched by ${answer.matchedBy}`,
      `confidence ${answer.confidence}`,
    ],
    screens: screensOf(engine, answer, anchor, `engine.ask(${JSON.stringify(question)})`),
    text: renderText(withDetails(answer.card), { full: true }),
    textCall: 'renderText(withDetails(card), { full: true })',
  };
}

/** Where a button or menu option leads, when its target is on the page: the page works like the bot. */
function linker(engine: Engine, sections: readonly Section[]): Linker {
  const anchorOf = new Map<string, string>();
  for (const s of sections) if (s.entryId && !anchorOf.has(s.entryId)) anchorOf.set(s.entryId, s.anchor);
  const screens = new Set(sections.flatMap((s) => s.screens.map((sc) => sc.anchor)));
  const to = (id: string | undefined, screen = 'first') => {
    const a = id && anchorOf.get(id);
    return a && screens.has(`${a}-${screen}`) ? `#${a}-${screen}` : undefined;
  };
  return (customId, value) => {
    const action = decode(customId);
    switch (action?.type) {
      case 'page':
        return to(action.id, action.step === 'all' ? 'first' : `step-${action.step + 1}`);
      case 'details':
        return to(action.id, 'details');
      case 'open':
        return to(action.id);
      case 'code':
        return to(engine.error(action.code).entry?.id);
      case 'related':
        return to(value);
      // Share posts a new message, solved leads out of the entry, topics to the browser: none is on the page.
      case 'share':
      case 'solved':
      case 'topics':
      case undefined:
        return undefined;
    }
  };
}

export interface Preview {
  html: string;
  /** A file name for it, without the folder: the entry id, or the question made file-safe. */
  slug: string;
  sections: Section[];
}

/** The page for one entry id, or for one question when no entry has that id. */
export function previewOne(engine: Engine, arg: string): Preview {
  const entry = engine.kb.get(arg.trim());
  const section = entry ? entrySection(engine, entry.id) : questionSection(engine, arg);
  const slug = entry
    ? entry.id
    : arg
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '') || 'question';
  const sections = [section];
  return {
    slug,
    sections,
    html: pageHtml({
      title: `WU Helper preview: ${section.title}`,
      subtitle: entry
        ? `The entry ${entry.id} as Discord shows it, built by the bot's own views.`
        : `The answer to "${arg}" as Discord shows it, built by the bot's own views.`,
      sections,
      link: linker(engine, sections),
    }),
  };
}

/** The whole knowledge on one page, kind by kind, with an index. */
export function previewAll(engine: Engine): Preview {
  const index: IndexGroup[] = [];
  const sections: Section[] = [];
  for (const kind of KINDS) {
    const entries = engine.kb.entries.filter((e) => e.kind === kind).sort((a, b) => a.title.localeCompare(b.title));
    index.push({
      name: KIND_LABEL[kind],
      items: entries.map((e) => ({ anchor: entryAnchor(e.id), title: e.title, id: e.id })),
    });
    for (const e of entries) sections.push(entrySection(engine, e.id));
  }
  const screens = sections.reduce((n, s) => n + s.screens.length, 0);
  return {
    slug: 'all',
    sections,
    html: pageHtml({
      title: 'WU Helper knowledge preview',
      subtitle: `${sections.length} entries, ${screens} messages, as Discord shows them, built by the bot's own views. Buttons and menus lead to their screen where it is on this page.`,
      sections,
      index,
      link: linker(engine, sections),
    }),
  };
}
