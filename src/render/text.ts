// Plain text from a card: the console, the command line and the jsonl contract print this.
import { offerLine, type Card, type CardStep } from '../engine/card.ts';
import { overviewStepCount, UNSURE_NOTE } from './embed.ts';

const SHELL_LABEL = { cmd: 'Command Prompt', powershell: 'PowerShell', run: 'Win+R', settings: 'Settings' } as const;

export function stepText(s: CardStep, n: number): string {
  const lines = [`${n}. ${s.title}${s.admin ? ' (needs administrator)' : ''}`];
  if (s.text) lines.push(`   ${s.text}`);
  for (const c of s.commands) {
    lines.push(`   [${SHELL_LABEL[c.shell]}]`);
    for (const l of c.run.split('\n')) lines.push(`     ${l}`);
  }
  if (s.caution) lines.push(`   ⚠ ${s.caution}`);
  return lines.join('\n');
}

/** The first message as text; `full` renders every step (what paging through the guide shows). */
export function renderText(card: Card, opts: { full?: boolean } = {}): string {
  const out: string[] = [...(card.unsure ? [`(${UNSURE_NOTE})`] : []), card.title, card.summary];
  for (const f of [...card.lead, ...card.fields.slice(0, 1)]) out.push(`${f.name}:\n${f.value}`);
  // The steps the first message shows; the rest are a Next away.
  const shown = opts.full ? card.steps.length : overviewStepCount(card);
  if (card.steps.length)
    out.push(
      `Steps:\n${card.steps
        .slice(0, shown)
        .map((s, i) => stepText(s, i + 1))
        .join('\n')}${shown < card.steps.length ? `\n(steps ${shown + 1}–${card.steps.length}: Next)` : ''}`,
    );
  // A later step that holds what was asked, when the first message stops before it.
  const focus = card.focusStep ?? -1;
  const focused = card.steps[focus];
  if (focused && focus >= shown)
    out.push(`Also relevant, step ${focus + 1} of ${card.steps.length}:\n${stepText(focused, focus + 1)}`);
  for (const f of card.fields.slice(1)) out.push(`${f.name}:\n${f.value}`);
  for (const w of card.warnings) out.push(`⚠ ${w}`);
  if (card.next) out.push(`If this did not help: ${card.next.title}`);
  if (card.alternatives.length) out.push(`Did you mean:\n${card.alternatives.map((a) => offerLine(a)).join('\n')}`);
  if (card.related.length) out.push(`Related: ${card.related.map((r) => r.title).join('; ')}`);
  if (card.sources.length) {
    out.push(
      `Sources:\n${card.sources.map((s) => `- ${s.title}${s.third_party ? ' (not Microsoft)' : ''}: ${s.url}`).join('\n')}`,
    );
  }
  return out.join('\n\n');
}
