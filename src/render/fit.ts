// Whether an entry, rendered, fits one Discord message without anything being cut.
import type { KnowledgeBase } from '../knowledge/base.ts';
import type { Entry } from '../knowledge/schema.ts';
import { entryCard, withDetails } from '../engine/card.ts';
import { renderText } from './text.ts';
import { LIMITS, cardEmbed, embedLength, stepMarkdown } from './embed.ts';

export function discordFitProblems(entry: Entry, kb: KnowledgeBase): string[] {
  // The first screen and the whole entry ("Details") must each fit one message.
  const card = withDetails(entryCard(entry, kb));
  const problems: string[] = [];
  const text = renderText(card, { full: true });
  if (text.length > LIMITS.total)
    problems.push(
      `rendered, the entry is ${text.length} characters; one Discord message holds ${LIMITS.total}: shorten it or split it`,
    );
  if (card.title.length > LIMITS.title)
    problems.push(`title: is ${card.title.length} characters; an embed title holds ${LIMITS.title}`);
  const notes = card.warnings.map((w) => ({
    name: 'caution',
    value: w,
  }));
  for (const f of [...card.fields, ...notes]) {
    if (f.value.length > LIMITS.fieldValue)
      problems.push(`"${f.name}" renders to ${f.value.length} characters; an embed field holds ${LIMITS.fieldValue}`);
  }
  card.steps.forEach((s, i) => {
    const len = stepMarkdown(s, i + 1).length;
    if (len > LIMITS.description)
      problems.push(`steps[${i}]: renders to ${len} characters; a step page holds ${LIMITS.description}`);
  });
  const shown = cardEmbed(card);
  const wanted = card.fields.length + notes.length + (card.next ? 1 : 0);
  if ((shown.fields?.length ?? 0) < wanted) {
    problems.push(
      `rendered, the embed would drop ${wanted - (shown.fields?.length ?? 0)} field(s) to stay within ${LIMITS.total} characters (now ${embedLength(shown)})`,
    );
  }
  return problems;
}
