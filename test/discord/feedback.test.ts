// Helpful / Not helpful: their ids (versioned, at most 100 characters, forged ones refused), and every
// answer the bot can give carrying them within Discord's component limits.
import { describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType } from 'discord.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { knowledgeDir } from '../../src/knowledge/dir.ts';
import { Engine } from '../../src/engine/answer.ts';
import { answerView, fixView, type View } from '../../src/discord/view.ts';
import { decodeFeedback, encodeFeedback, isFeedbackId } from '../../src/discord/feedback-id.ts';
import { withFeedback } from '../../src/discord/feedback-view.ts';
import { notHelpfulModal } from '../../src/discord/feedback.ts';
import { decode } from '../../src/discord/custom-id.ts';
import { callbackProblems } from '../fake-discord/index.ts';

const engine = new Engine(loadKnowledgeOrThrow(knowledgeDir()));
const REF = '1234567890123456789012'; // the longest snowflake the codec takes
const ids = (v: View) => v.components.flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
const feedbackOf = (v: View) => ids(v).filter(isFeedbackId).map(decodeFeedback);

describe('feedback ids', () => {
  it('round-trip, stay within 100 characters for the longest entry id and ref, and are not custom-id.ts ids', () => {
    const longest = 'a'.repeat(60);
    for (const a of [
      { type: 'vote', helpful: true, entry: longest, ref: REF },
      { type: 'vote', helpful: false, entry: 'usosvc', ref: null },
      { type: 'comment', entry: '0x80070422', ref: REF },
    ] as const) {
      const id = encodeFeedback(a);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(id.startsWith('fb1:')).toBe(true);
      expect(decodeFeedback(id)).toEqual(a);
      expect(decode(id)).toBeNull();
    }
  });

  it('refuse forged and stale ids', () => {
    for (const bad of [
      'fb0:h:usosvc:',
      'fb1:x:usosvc:',
      'fb1:h:../etc:',
      'fb1:h:usosvc:12ab',
      'fb1:h:usosvc',
      'fb1:h:usosvc::extra',
      `fb1:h:usosvc:${'1'.repeat(95)}`,
      'wu1:o:usosvc',
    ])
      expect(decodeFeedback(bad)).toBeNull();
  });
});

describe('answers with feedback buttons', () => {
  const views: [string, View][] = [];
  for (const e of engine.kb.entries) {
    const answer = engine.open(e.id)!;
    for (const ephemeral of [false, true]) views.push([e.id, answerView(answer, { ephemeral, feedback: REF })]);
    if (e.kind === 'fix')
      for (let step = 0; step < answer.card.steps.length; step++)
        views.push([e.id, fixView(answer.card, step, { ephemeral: true, feedback: REF })]);
  }
  for (const q of ['update stuck', 'windows update slow', 'pause updates on windows 11 home', '0x80070422 0x80070005'])
    views.push([q, answerView(engine.ask(q), { ephemeral: true, feedback: REF })]);

  it('every answer and every page of a guide carries Helpful and Not helpful, within Discord limits', () => {
    for (const [what, view] of views) {
      expect(callbackProblems({ type: 4, data: view }), what).toEqual([]);
      const fb = feedbackOf(view);
      expect(
        fb.map((a) => a?.type === 'vote' && a.helpful),
        what,
      ).toEqual([true, false]);
      expect(
        fb.every((a) => a?.ref === REF),
        what,
      ).toBe(true);
    }
  });

  it('a guide keeps It worked / Still broken beside them', () => {
    const fix = engine.open('reset-update-components')!;
    const view = answerView(fix, { ephemeral: false, feedback: REF });
    expect(
      ids(view)
        .map(decode)
        .filter((a) => a?.type === 'solved'),
    ).toHaveLength(2);
    expect(feedbackOf(view)).toHaveLength(2);
  });

  it('declines and views without insight have none', () => {
    expect(
      feedbackOf(answerView(engine.ask('how do I bake sourdough bread'), { ephemeral: true, feedback: REF })),
    ).toEqual([]);
    expect(feedbackOf(answerView(engine.open('usosvc')!, { ephemeral: false }))).toEqual([]);
  });

  it('a decline that came close to an entry offers it as a "Did you mean" button, and still no feedback', () => {
    const near = engine.ask('windows pc is slow in the morning');
    expect(near.status).toBe('decline');
    const view = answerView(near, { ephemeral: false, feedback: REF });
    const opens = ids(view)
      .map(decode)
      .filter((d) => d?.type === 'open');
    expect(opens.map((d) => (d?.type === 'open' ? d.id : ''))).toContain('update-worker-high-usage');
    expect(feedbackOf(view)).toEqual([]);
    expect(callbackProblems({ type: 4, data: { ...view } })).toEqual([]);
  });

  it('fit into a full message: at the end of a button row with room, or not at all', () => {
    const button = (i: number) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      custom_id: `x${i}`,
      label: `${i}`,
    });
    const rowOf = (n: number, from: number) => ({
      type: ComponentType.ActionRow as const,
      components: Array.from({ length: n }, (_, i) => button(from + i)),
    });
    const full: View = { embeds: [], components: [rowOf(5, 0), rowOf(5, 5), rowOf(3, 10), rowOf(5, 13), rowOf(5, 18)] };
    const fitted = withFeedback(full, 'usosvc', REF);
    expect(fitted.components).toHaveLength(5);
    expect(fitted.components[2]!.components).toHaveLength(5);
    expect(callbackProblems({ type: 4, data: fitted })).toEqual([]);
    const crowded: View = { embeds: [], components: [0, 5, 10, 15, 20].map((f) => rowOf(5, f)) };
    expect(withFeedback(crowded, 'usosvc', REF)).toBe(crowded);
  });

  it('Not helpful opens a modal Discord accepts', () => {
    expect(callbackProblems({ type: 9, data: notHelpfulModal('a'.repeat(60), REF, 90) })).toEqual([]);
  });
});
