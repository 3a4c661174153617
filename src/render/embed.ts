// Discord embeds from a card. Never over Discord's limits: long text is cut at a line with an
// ellipsis, and long fix guides are shown a step a page.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { offerMarkdown, type Card, type CardKind, type CardStep } from '../engine/card.ts';

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  content: 2000,
} as const;

/** Said first when the engine is not sure the card is what was asked (its "Did you mean" follows). */
export const UNSURE_NOTE = 'Closest match, though I am not certain: other possibilities are under "Did you mean".';

export const KIND_COLOUR: Record<CardKind, number> = {
  service: 0x0078d4,
  fix: 0x107c10,
  error: 0xd13438,
  concept: 0x8764b8,
  decline: 0x737373,
  help: 0x0078d4,
};

const SHELL_BLOCK = { cmd: 'cmd', powershell: 'powershell', run: '', settings: '' } as const;
const SHELL_PREFIX = { cmd: '', powershell: '', run: 'Press Win+R and type: ', settings: '' } as const;

/** Cuts text to max characters at a line or word boundary, marking the cut. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  return `${cut.slice(0, at > max * 0.6 ? at : cut.length).trimEnd()}…`;
}

/**
 * Discord's markdown eats a backslash before punctuation (`%SystemDrive%\$Windows.~bt` loses its
 * backslash), so outside code spans a backslash the knowledge writes is doubled to show as written.
 */
export function keepBackslashes(text: string): string {
  // Most text has no backslash: nothing to split and join again.
  if (!text.includes('\\')) return text;
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')))
    .join('');
}

export function stepMarkdown(s: CardStep, n: number): string {
  const lines = [`**${n}. ${keepBackslashes(s.title)}**${s.admin ? ' 🛡️ *needs administrator*' : ''}`];
  if (s.text) lines.push(keepBackslashes(s.text));
  for (const c of s.commands) {
    if (c.shell === 'cmd' || c.shell === 'powershell')
      lines.push(`\`\`\`${SHELL_BLOCK[c.shell]}\n${c.run.replaceAll('```', "'''")}\n\`\`\``);
    else lines.push(`${SHELL_PREFIX[c.shell]}\`${c.run.replaceAll('`', "'")}\``);
  }
  if (s.caution) lines.push(`⚠️ ${keepBackslashes(s.caution)}`);
  return lines.join('\n');
}

function field(name: string, value: string): APIEmbedField {
  return {
    name: clamp(keepBackslashes(name), LIMITS.fieldName),
    value: clamp(keepBackslashes(value) || '—', LIMITS.fieldValue),
  };
}

function footerText(card: Card): string | undefined {
  if (!card.sources.length) return undefined;
  // The sources themselves are the link buttons under the answer; the footer says how far to trust them.
  const others = card.sources.filter((s) => s.third_party).length;
  const microsoft = card.sources.length - others;
  const parts = [
    microsoft ? `${microsoft} Microsoft page${microsoft === 1 ? '' : 's'}` : '',
    others ? `${others} other source${others === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `Sources: ${parts.join(' and ')}`;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Adds fields while the embed stays within the total; what does not fit is dropped. */
function withFields(base: APIEmbed, fields: APIEmbedField[]): APIEmbed {
  const out: APIEmbedField[] = [];
  let total = embedLength(base);
  for (const f of fields.slice(0, LIMITS.fields)) {
    const len = f.name.length + f.value.length;
    if (total + len > LIMITS.total) break;
    out.push(f);
    total += len;
  }
  return out.length ? { ...base, fields: out } : base;
}

export type EmbedView = { page: 'overview' } | { page: 'step'; index: number };

/** How much of a guide the first screen shows: enough steps to start, the rest a click away. */
export const OVERVIEW_BUDGET = 1400;

/** How many whole steps the overview shows: at least one, then as many as fit the budget. */
export function overviewStepCount(card: Card): number {
  return overviewDescription(card).steps;
}

interface Overview {
  text: string;
  /** How many whole steps it shows. */
  steps: number;
  allSteps: boolean;
  /** What it was built from: the overview holds while the card still has these. */
  from: { summary: string; steps: readonly CardStep[] };
}

// An answer's view asks for its overview several times (the embed, whether it pages, the Next label):
// each card's is built once, and kept only as long as the card.
const overviews = new WeakMap<Card, Overview>();

/** The description of the overview: the summary, then the steps that fit. */
function overviewDescription(card: Card): Overview {
  let overview = overviews.get(card);
  if (overview?.from.summary !== card.summary || overview.from.steps !== card.steps) {
    overview = buildOverview(card);
    overviews.set(card, overview);
  }
  return overview;
}

function buildOverview(card: Card): Overview {
  let text = keepBackslashes(card.summary);
  let used = card.summary.length;
  let n = 0;
  for (const [i, s] of card.steps.entries()) {
    const step = stepMarkdown(s, i + 1);
    used += step.length + 2;
    if (n > 0 && used > OVERVIEW_BUDGET) break;
    text += `\n\n${step}`;
    n += 1;
  }
  const allSteps = n === card.steps.length;
  if (!allSteps) text += `\n\n*Steps 1–${n} of ${card.steps.length}: Next goes on from step ${n + 1}.*`;
  return { text, steps: n, allSteps, from: { summary: card.summary, steps: card.steps } };
}

export function cardEmbed(card: Card, view: EmbedView = { page: 'overview' }): APIEmbed {
  const colour = KIND_COLOUR[card.kind];
  const footer = footerText(card);
  if (view.page === 'step') {
    const index = Math.min(Math.max(view.index, 0), Math.max(card.steps.length - 1, 0));
    const step = card.steps[index];
    const base: APIEmbed = {
      title: clamp(`${card.title} — step ${index + 1} of ${card.steps.length}`, LIMITS.title),
      description: step ? clamp(stepMarkdown(step, index + 1), LIMITS.description) : card.summary,
      color: colour,
      ...(footer ? { footer: { text: footer } } : {}),
    };
    const extra: APIEmbedField[] = [];
    if (index === card.steps.length - 1 && card.next) extra.push(field('If this did not help', card.next.title));
    return withFields(base, extra);
  }
  const base: APIEmbed = {
    ...(card.unsure ? { author: { name: UNSURE_NOTE } } : {}),
    title: clamp(card.title, LIMITS.title),
    description: clamp(overviewDescription(card).text, LIMITS.description),
    color: colour,
    ...(footer ? { footer: { text: footer } } : {}),
  };
  const fields = [...card.lead, ...card.fields].map((f) => field(f.name, f.value));
  for (const w of card.warnings) fields.push(field('⚠️ Caution', w));
  // A later step holds what was asked: shown here too when the overview stops before it, after the
  // cautions (the fields at the end are the ones left out when the embed is full). A step too long for a
  // field is named, not cut: a cut could lose its caution or end inside a command's code block.
  const focus = card.focusStep ?? -1;
  const focused = card.steps[focus];
  if (focused && focus >= overviewStepCount(card)) {
    const whole = stepMarkdown(focused, focus + 1);
    fields.push(
      field(
        `Also relevant: step ${focus + 1} of ${card.steps.length}`,
        whole.length <= LIMITS.fieldValue ? whole : `**${focused.title}**: open it with Next or All steps.`,
      ),
    );
  }
  if (card.next) fields.push(field('If this did not help', card.next.title));
  if (card.alternatives.length) fields.push(field('Did you mean', card.alternatives.map(offerMarkdown).join('\n')));
  // Related entries are in the "Open a related topic" menu, not repeated as text.
  return withFields(base, fields);
}

/** Whether the overview shows every step, or the guide needs paging. */
export function overviewShowsAllSteps(card: Card): boolean {
  return overviewDescription(card).allSteps;
}

/** What is over Discord's limits in an embed; empty when it can be sent. */
export function embedLimitProblems(e: APIEmbed): string[] {
  const p: string[] = [];
  if ((e.title?.length ?? 0) > LIMITS.title) p.push(`title is ${e.title?.length} characters (limit ${LIMITS.title})`);
  if ((e.description?.length ?? 0) > LIMITS.description)
    p.push(`description is ${e.description?.length} characters (limit ${LIMITS.description})`);
  if ((e.fields?.length ?? 0) > LIMITS.fields) p.push(`${e.fields?.length} fields (limit ${LIMITS.fields})`);
  for (const f of e.fields ?? []) {
    if (f.name.length > LIMITS.fieldName) p.push(`field name "${f.name.slice(0, 30)}" is too long`);
    if (f.value.length > LIMITS.fieldValue)
      p.push(`field "${f.name}" is ${f.value.length} characters (limit ${LIMITS.fieldValue})`);
  }
  if ((e.footer?.text.length ?? 0) > LIMITS.footer) p.push('footer is too long');
  if (embedLength(e) > LIMITS.total) p.push(`embed is ${embedLength(e)} characters in all (limit ${LIMITS.total})`);
  return p;
}
