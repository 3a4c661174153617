// Every message the bot builds, as Discord sees it: answers (the embed from the card and the buttons
// that go with it) and the topics listing. Commands and components both draw on these; this module
// imports no command, so the flow stays one way (registry > commands > views).
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord.js';
import type { Answer, Engine } from '../engine/answer.ts';
import { KINDS, type Kind } from '../knowledge/schema.ts';
import { gistOf, withDetails, type Card, type CardLink } from '../engine/card.ts';
import { cardEmbed, clamp, overviewShowsAllSteps, overviewStepCount } from '../render/embed.ts';
import { encode } from './custom-id.ts';
import { withFeedback } from './feedback-view.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface View {
  embeds: APIEmbed[];
  components: Row[];
}

export interface ViewOptions {
  /** The message is private: offer "Share in channel". */
  ephemeral: boolean;
  /** Where "Back" returns: an entry id, or an error code. */
  back?: string;
  /** Insight is on: the id of the interaction that asked, for the Helpful / Not helpful buttons (feedback-view.ts). */
  feedback?: string;
}

const label = (s: string) => clamp(s, 80);

function button(
  customId: string,
  text: string,
  style: ButtonStyle = ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label: label(text), style, disabled } as APIButtonComponent;
}

function row(buttons: APIButtonComponent[]): Row | undefined {
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons.slice(0, 5) } : undefined;
}

function sourceLinks(card: Card): APIButtonComponent[] {
  return card.sources.slice(0, 3).map((s): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    url: s.url,
    label: label(`Source: ${s.title}`),
  }));
}

/** Keeps custom_ids unique within a message, as Discord requires. */
function dedupe(rows: (Row | undefined)[]): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of rows) {
    if (!r) continue;
    const components = r.components.filter((c) => {
      const id = 'custom_id' in c ? c.custom_id : undefined;
      if (!id) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (components.length) out.push({ ...r, components });
  }
  return out.slice(0, 5);
}

function shareRow(card: Card, opts: ViewOptions, code?: string): Row | undefined {
  const buttons = sourceLinks(card);
  if (opts.ephemeral && card.entryId)
    buttons.push(button(encode({ type: 'share', id: card.entryId, code }), 'Share in channel', ButtonStyle.Primary));
  return row(buttons);
}

function alternativesRow(card: Card): Row | undefined {
  return row(card.alternatives.map((a) => button(encode({ type: 'open', id: a.id }), `Did you mean: ${a.title}`)));
}

function solvedButtons(id: string, yes: string, no: string): APIButtonComponent[] {
  return [
    button(encode({ type: 'solved', id, solved: true }), yes, ButtonStyle.Success),
    button(encode({ type: 'solved', id, solved: false }), no, ButtonStyle.Danger),
  ];
}

/** The Back button, to where the user came from. */
function backButton(back: string | undefined): APIButtonComponent[] {
  if (!back) return [];
  const action = /^0x/.test(back) ? { type: 'code' as const, code: back } : { type: 'open' as const, id: back };
  return [button(encode(action), 'Back')];
}

function detailsButton(card: Card, here: string | undefined): APIButtonComponent[] {
  return card.entryId && card.details?.length
    ? [button(encode({ type: 'details', id: card.entryId, back: here }), 'Details')]
    : [];
}

/** Every entry the answer names, in the order they appear: the other codes, the fixes, the next fix, related. */
export function namedLinks(card: Card): CardLink[] {
  const seen = new Set<string>(card.entryId ? [card.entryId] : []);
  const out: CardLink[] = [];
  for (const l of [
    ...(card.mentioned ?? []),
    ...(card.fixes ?? []),
    ...(card.next ? [card.next] : []),
    ...card.related,
  ])
    if (!seen.has(l.id)) {
      seen.add(l.id);
      out.push(l);
    }
  return out.slice(0, 25);
}

/** "Open a related topic": a select menu of what the answer names (Discord: 25 options, 100-character labels). */
function relatedMenu(card: Card, here: string | undefined): Row | undefined {
  const links = namedLinks(card);
  if (!links.length || !here) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encode({ type: 'related', from: here }),
        placeholder: 'Open a related topic',
        // Each option says what the topic is about under its title (Discord: 100-character descriptions).
        options: links.map((l) => ({
          label: clamp(l.title, 100),
          value: l.id,
          ...(l.gist ? { description: gistOf(l.gist, 100) } : {}),
        })),
      },
    ],
  };
}

/** A fix guide: the overview (its first steps), or one step a page. */
export function fixView(card: Card, step: number | 'all', opts: ViewOptions, code?: string): View {
  const id = card.entryId!;
  const n = card.steps.length;
  const back = opts.back;
  if (step === 'all') {
    const nav = [
      button(
        encode({
          type: 'page',
          id,
          step: overviewShowsAllSteps(card) ? 0 : Math.min(overviewStepCount(card), n - 1),
          back,
        }),
        overviewShowsAllSteps(card) ? 'Step by step' : `Next: step ${overviewStepCount(card) + 1}`,
        ButtonStyle.Primary,
      ),
    ];
    const overview = {
      embeds: [cardEmbed(card)],
      components: dedupe([
        row([...nav, ...solvedButtons(id, 'It worked', 'Still broken')]),
        row([...detailsButton(card, id), ...backButton(back)]),
        alternativesRow(card),
        relatedMenu(card, id),
        shareRow(card, opts, code),
      ]),
    };
    return withFeedback(overview, id, opts.feedback);
  }
  const i = Math.min(Math.max(step, 0), n - 1);
  const last = i === n - 1;
  const nav = [
    // On the first step Previous is disabled; it points at this step so ids stay unique.
    button(encode({ type: 'page', id, step: Math.max(i - 1, 0), back }), 'Previous', ButtonStyle.Secondary, i === 0),
    ...(last ? [] : [button(encode({ type: 'page', id, step: i + 1, back }), 'Next', ButtonStyle.Primary)]),
    button(encode({ type: 'page', id, step: 'all', back }), 'All steps'),
    ...backButton(back),
  ];
  const rows = [row(nav)];
  if (last) rows.push(row(solvedButtons(id, 'Did this fix it? Yes', 'No, still broken')));
  rows.push(shareRow(card, opts, code));
  return withFeedback(
    { embeds: [cardEmbed(card, { page: 'step', index: i })], components: dedupe(rows) },
    id,
    opts.feedback,
  );
}

export function cardView(card: Card, opts: ViewOptions, code?: string): View {
  if (card.kind === 'fix' && card.entryId && card.steps.length) return fixView(card, 'all', opts, code);
  // Where the buttons of this message come back to: the code the user asked about, or the entry.
  const here = code ?? card.entryId ?? undefined;
  const first = card.fixes?.[0];
  const start =
    first && card.kind === 'error'
      ? [
          button(
            encode({ type: 'page', id: first.id, step: 0, back: here }),
            `Start: ${first.title}`,
            ButtonStyle.Primary,
          ),
        ]
      : [];
  const next = card.next
    ? [button(encode({ type: 'open', id: card.next.id, back: here }), `Next: ${card.next.title}`)]
    : [];
  const view = {
    embeds: [cardEmbed(card)],
    components: dedupe([
      row([...start, ...next, ...detailsButton(card, here), ...backButton(opts.back)]),
      alternativesRow(card),
      relatedMenu(card, here),
      card.entryId ? shareRow(card, opts, code) : undefined,
    ]),
  };
  // Declines (no entry) have no feedback buttons.
  return withFeedback(view, card.entryId, opts.feedback);
}

/** The whole entry, with what the first screen left out; Back returns to the first screen. */
export function detailsView(card: Card, opts: ViewOptions): View {
  const full = withDetails(card);
  const sources = card.sources.map((s) => `• ${s.title}${s.third_party ? ' (not Microsoft)' : ''}`).join('\n');
  if (sources) full.fields.push({ name: 'Sources', value: sources });
  return {
    embeds: [cardEmbed({ ...full, steps: [] }, { page: 'overview' })],
    components: dedupe([row(backButton(opts.back)), shareRow(card, opts)]),
  };
}

export function answerView(answer: Answer, opts: ViewOptions): View {
  const code = ['code', 'table', 'family'].includes(answer.matchedBy) ? answer.codes[0] : undefined;
  return cardView(answer.card, opts, code);
}

/** What the user sees after "It worked". */
export function solvedView(title: string): View {
  return {
    embeds: [
      {
        title: 'Glad that fixed it ✅',
        description: clamp(`Marked as solved: ${title}. If it comes back, run /wu fix again.`, 4096),
        color: 0x107c10,
      },
    ],
    components: [],
  };
}

/** After "Still broken": the next fix the knowledge names, or at the end of the chain, how to escalate. */
export function stillBrokenView(engine: Engine, fixId: string, opts: ViewOptions): View {
  const next = engine.nextFix(fixId);
  if (next) return cardView(next.card, opts);
  return cardView(engine.escalation(fixId).card, opts);
}

// ---- /wu topics ----

/** What each kind is called in /wu topics, and in the preview's index (src/preview/build.ts). */
export const KIND_LABEL: Record<Kind, string> = {
  service: 'Services',
  fix: 'Fix guides',
  error: 'Error codes',
  concept: 'Background',
};
const PAGE = 25;

/** /wu topics: the kinds with their counts, or one kind's entries a page at a time. */
export function topicsView(engine: Engine, kind?: Kind, page = 0): View {
  if (!kind) {
    const counts = engine.kb.countsByKind();
    return {
      embeds: [
        {
          title: 'What I know about Windows Update',
          description:
            KINDS.map((k) => `**${KIND_LABEL[k]}**: ${counts[k]}`).join('\n') + '\n\nPick a kind to see its entries.',
          color: 0x0078d4,
        },
      ],
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.StringSelect,
              custom_id: encode({ type: 'topics', page: 0 }),
              placeholder: 'Choose a kind',
              options: KINDS.map((k) => ({ label: `${KIND_LABEL[k]} (${counts[k]})`, value: k })),
            },
          ],
        },
      ],
    };
  }
  const all = engine.kb.ofKind(kind);
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const slice = all.slice(p * PAGE, (p + 1) * PAGE);
  const rows: Row[] = [];
  if (slice.length) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encode({ type: 'topics', kind, page: p }),
          placeholder: 'Open an entry',
          options: slice.map((e) => ({ label: clamp(e.title, 100), value: e.id })),
        },
      ],
    });
  }
  const nav = [];
  if (p > 0)
    nav.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: `${encode({ type: 'topics', kind, page: p - 1 })}`,
      label: 'Previous page',
    });
  if (p < pages - 1)
    nav.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: `${encode({ type: 'topics', kind, page: p + 1 })}`,
      label: 'Next page',
    });
  nav.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: encode({ type: 'topics', page: 1 }),
    label: 'All kinds',
  });
  rows.push({ type: ComponentType.ActionRow, components: nav } as Row);
  return {
    embeds: [
      {
        title: `${KIND_LABEL[kind]} (${all.length})${pages > 1 ? ` — page ${p + 1} of ${pages}` : ''}`,
        description: clamp(slice.map((e) => `• ${e.title}`).join('\n'), 4096),
        color: 0x0078d4,
      },
    ],
    components: rows,
  };
}
