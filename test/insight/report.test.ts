// The report: declined and unsure questions grouped by their telling words, with the nearest
// entries; the worst helpful ratios; declines that look in scope; --since.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { knowledgeDir } from '../../src/knowledge/dir.ts';
import { Engine } from '../../src/engine/answer.ts';
import { buildReport, formatReport, parseSince, tellingWords } from '../../src/insight/report.ts';
import type { Outcome, QuestionRow, Summary } from '../../src/insight/store.ts';

const engine = new Engine(loadKnowledgeOrThrow(knowledgeDir()));
const NOW = Date.UTC(2026, 10, 27);

const q = (question: string, outcome: Outcome = 'decline', user = 'u1'): QuestionRow => ({
  at: NOW,
  guild: '1',
  outcome,
  entry: outcome === 'decline' ? null : 'update-stuck-downloading',
  user,
  question,
});

const summary: Summary = {
  totals: { interactions: 40, users: 5, answers: 30, unsure: 3, declines: 7, limited: 0, errors: 0, withoutText: 1 },
  days: [{ day: '2026-11-27', interactions: 40, answers: 30, unsure: 3, declines: 7, helpful: 6, notHelpful: 4 }],
  used: [
    { entry: 'usosvc', count: 12 },
    { entry: 'bits', count: 5 },
  ],
  votes: [
    { entry: 'usosvc', helpful: 5, notHelpful: 0 },
    { entry: 'bits', helpful: 1, notHelpful: 3 },
    { entry: 'wuauserv', helpful: 0, notHelpful: 1 },
  ],
  questions: [
    q('how do I bake sourdough bread', 'decline', 'u1'),
    q('Sourdough bread recipe', 'decline', 'u2'),
    q('how do I bake sourdough bread', 'decline', 'u3'),
    q('printer offline after the last patch'),
    q('update stuck', 'unsure'),
    q('update stuck!', 'unsure', 'u2'),
    q('update stuck', 'unsure', 'u4'),
    q('windows update eats all my mobile data'),
  ],
  notHelpful: [
    { at: NOW, guild: '1', entry: 'bits', question: 'what is bits', comment: 'how to limit its bandwidth' },
    { at: NOW, guild: '1', entry: 'bits', question: null, comment: null },
  ],
};

describe('the report', () => {
  const r = buildReport(summary, engine, { since: NOW - 30 * 86_400_000 });

  it('drops the words every entry uses, keeps those that tell', () => {
    expect([...tellingWords(engine, 'Windows Update error: how do I bake sourdough bread?').values()]).toEqual([
      'bake',
      'sourdough',
      'bread',
    ]);
  });

  it('groups questions that share their telling words, most asked first, with the nearest entries', () => {
    expect(r.troubles[0]).toMatchObject({
      count: 3,
      declined: 3,
      users: 3,
      examples: ['how do I bake sourdough bread', 'Sourdough bread recipe'],
      words: expect.arrayContaining(['sourdough', 'bread']),
    });
    const stuck = r.troubles.find((g) => g.unsure === 3)!;
    expect(stuck).toMatchObject({ count: 3, users: 3, examples: ['update stuck', 'update stuck!'] });
    expect(stuck.nearest.map((n) => n.id)).toContain('update-stuck-downloading');
    expect(r.troubles.map((g) => g.count).reduce((a, b) => a + b)).toBe(summary.questions.length);
  });

  it('ranks entries by the worst helpful ratio, smoothed so one vote does not outrank many', () => {
    expect(r.worst.map((w) => [w.id, w.helpful, w.notHelpful, w.ratio])).toEqual([
      ['bits', 1, 3, 0.25],
      ['wuauserv', 0, 1, 0],
    ]);
    expect(buildReport(summary, engine, { since: 0, minVotes: 2 }).worst.map((w) => w.id)).toEqual(['bits']);
  });

  it('names the declines that look like Windows Update after all, and not the bread', () => {
    const examples = r.inScopeDeclines.flatMap((g) => g.examples);
    expect(examples).toContain('windows update eats all my mobile data');
    expect(examples).not.toContain('how do I bake sourdough bread');
  });

  it('keeps what people wrote with Not helpful, by entry', () => {
    expect(r.notHelpful).toEqual([
      expect.objectContaining({
        id: 'bits',
        count: 2,
        questions: ['what is bits'],
        comments: ['how to limit its bandwidth'],
      }),
    ]);
  });

  it('prints every section as text', () => {
    const out = formatReport(r);
    for (const heading of [
      'Most often declined or unsure',
      'Worst helpful ratio',
      'Not helpful, in their words',
      'Most used entries',
      'Declines that look in scope',
      'Per day',
    ])
      expect(out).toContain(heading);
    expect(out).toMatch(/40 interactions from 5 users/);
    expect(out).toMatch(/2026-11-27 +40/);
  });

  it('reads --since as days, hours, weeks or a date', () => {
    expect(parseSince('30d', NOW)).toBe(NOW - 30 * 86_400_000);
    expect(parseSince('12h', NOW)).toBe(NOW - 12 * 3_600_000);
    expect(parseSince('2w', NOW)).toBe(NOW - 14 * 86_400_000);
    expect(parseSince('2026-01-31', NOW)).toBe(Date.UTC(2026, 0, 31));
    expect(parseSince('yesterday', NOW)).toBeUndefined();
  });
});
