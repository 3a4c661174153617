// Every real entry, rendered both ways, fits Discord's limits and carries the same content.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { entryCard, gistOf, GIST_MAX, offerMarkdown, offersOf } from '../../src/engine/card.ts';
import { renderText } from '../../src/render/text.ts';
import {
  cardEmbed,
  clamp,
  embedLimitProblems,
  keepBackslashes,
  LIMITS,
  overviewStepCount,
  stepMarkdown,
  UNSURE_NOTE,
} from '../../src/render/embed.ts';
import { knowledgeJsonSchema } from '../../src/knowledge/json-schema.ts';

const kb = loadKnowledgeOrThrow('knowledge');

describe('rendering every entry', () => {
  it.each(kb.entries.map((e) => [e.id, e] as const))(
    '%s fits one Discord message, overview and every step page',
    (_id, entry) => {
      const card = entryCard(entry, kb);
      expect(renderText(card).length).toBeLessThanOrEqual(LIMITS.total);
      expect(embedLimitProblems(cardEmbed(card))).toEqual([]);
      card.steps.forEach((_s, i) =>
        expect(embedLimitProblems(cardEmbed(card, { page: 'step', index: i }))).toEqual([]),
      );
    },
  );

  it('puts commands in shell code blocks and marks administrator steps', () => {
    const fix = kb
      .ofKind('fix')
      .find((f) => f.steps.some((s) => s.admin && s.commands?.some((c) => c.shell === 'cmd')))!;
    const card = entryCard(fix, kb);
    const i = card.steps.findIndex((s) => s.admin && s.commands.some((c) => c.shell === 'cmd'));
    const page = cardEmbed(card, { page: 'step', index: i }).description ?? '';
    expect(page).toMatch(/```cmd\n/);
    expect(page).toMatch(/needs administrator/);
    expect(renderText(card)).toMatch(/\(needs administrator\)/);
  });

  it('shows the same title and summary in the embed and the text, and accounts for every source', () => {
    for (const e of kb.entries) {
      const card = entryCard(e, kb);
      const embed = cardEmbed(card);
      const text = renderText(card);
      expect(embed.title).toBe(card.title);
      expect(embed.description).toContain(card.summary);
      expect(text).toContain(card.summary);
      for (const s of card.sources) expect(text).toContain(s.url);
      // The embed's footer counts the sources; the sources themselves are link buttons.
      const counted = [...(embed.footer?.text ?? '').matchAll(/(\d+) (?:Microsoft page|other source)/g)];
      expect(counted.reduce((n, m) => n + Number(m[1]), 0)).toBe(card.sources.length);
    }
  });

  it('cuts over-long text at a word with an ellipsis rather than failing', () => {
    const cut = clamp('word '.repeat(500), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('an answer the engine is not sure of', () => {
  it('says so first, in the embed and the text, and a sure one does not', () => {
    const entry = kb.entries[0]!;
    const card = {
      ...entryCard(entry, kb),
      alternatives: [{ id: kb.entries[1]!.id, title: kb.entries[1]!.title }],
      unsure: true,
    };
    expect(cardEmbed(card).author?.name).toBe(UNSURE_NOTE);
    expect(renderText(card).split('\n')[0]).toContain(UNSURE_NOTE);
    expect(embedLimitProblems(cardEmbed(card))).toEqual([]);
    const sure = entryCard(entry, kb);
    expect(renderText(card)).toContain(`Did you mean:\n• ${kb.entries[1]!.title}\n`);
    expect(cardEmbed(sure).author).toBeUndefined();
    expect(renderText(sure)).not.toContain(UNSURE_NOTE);
    // A step page is the guide itself, asked for: no note there.
    if (card.steps.length) expect(cardEmbed(card, { page: 'step', index: 0 }).author).toBeUndefined();
  });
});

describe('"Did you mean"', () => {
  it("shows each offer's gist after its title, in the text and the embed", () => {
    const [first, second, third] = kb.entries
      .slice(0, 3)
      .map((e) => ({ id: e.id, title: e.title, gist: gistOf(e.summary) }));
    const card = { ...entryCard(kb.entries[5]!, kb), alternatives: [first!, second!, third!], unsure: true };
    expect(renderText(card)).toContain(
      `Did you mean:\n• ${first!.title} — ${first!.gist}\n• ${second!.title} — ${second!.gist}`,
    );
    const field = cardEmbed(card).fields?.find((f) => f.name === 'Did you mean');
    expect(field?.value.split('\n')).toEqual([first, second, third].map((a) => `• **${a!.title}** — ${a!.gist}`));
    expect(embedLimitProblems(cardEmbed(card))).toEqual([]);
  });

  it("is a summary's opening whole sentences, and a first sentence that runs long is cut at a word", () => {
    const summary = 'Access was refused. Run the prompt as administrator. Then try again.';
    expect(gistOf(summary)).toBe(summary);
    expect(gistOf(summary, 60)).toBe('Access was refused. Run the prompt as administrator.');
    expect(gistOf(summary, 30)).toBe('Access was refused.');
    const long = gistOf(`${'very '.repeat(80)}long sentence. Next.`);
    expect(long.length).toBeLessThanOrEqual(GIST_MAX);
    expect(long).toMatch(/very…$/);
  });

  it('falls back to first sentences when the offers would not fit one embed field', () => {
    const sentence = (n: number) => `${'word '.repeat(n).trim()}.`;
    const long = (id: string) => ({ ...kb.entries[0]!, id, summary: `${sentence(20)} ${sentence(25)}` });
    const roomy = offersOf([long('a'), long('b')]);
    expect(roomy.map((o) => o.gist)).toEqual([`${sentence(20)} ${sentence(25)}`, `${sentence(20)} ${sentence(25)}`]);
    const tight = offersOf([long('a'), long('b'), long('c'), long('d')]);
    expect(tight.map((o) => o.gist)).toEqual(Array(4).fill(sentence(20)));
    const card = { ...entryCard(kb.entries[5]!, kb), alternatives: tight, unsure: true };
    const field = cardEmbed(card).fields?.find((f) => f.name === 'Did you mean');
    expect(field?.value).toBe(tight.map(offerMarkdown).join('\n'));
    expect(field!.value.length).toBeLessThanOrEqual(1024);
  });
});

describe('the JSON Schema for editors', () => {
  it('is current with the zod schema (run npm run kb:schema after changing it)', () => {
    expect(readFileSync('knowledge/schema.json', 'utf8')).toBe(knowledgeJsonSchema());
  });
});

describe('Discord markdown', () => {
  it('keeps a backslash before punctuation visible outside code, and leaves code as written', () => {
    expect(keepBackslashes('%SystemDrive%\\$Windows.~bt')).toBe('%SystemDrive%\\\\$Windows.~bt');
    expect(keepBackslashes('`C:\\$Windows.~BT` and C:\\Windows')).toBe('`C:\\$Windows.~BT` and C:\\Windows');
  });
});

describe("a guide's overview", () => {
  it('is built again when the card is given other steps', () => {
    const guide = kb.entries.find((e) => e.kind === 'fix' && e.steps.length > 3)!;
    const card = entryCard(guide, kb);
    const before = cardEmbed(card).description;
    expect(overviewStepCount(card)).toBeGreaterThan(1);
    card.steps = card.steps.slice(0, 1);
    expect(overviewStepCount(card)).toBe(1);
    expect(cardEmbed(card).description).not.toBe(before);
  });
});

describe('a later step the question is about (focusStep)', () => {
  const paged = kb.ofKind('fix').filter((f) => overviewStepCount(entryCard(f, kb)) < f.steps.length);

  it('applies to some guides: their overview stops before the last step', () => {
    expect(paged.length).toBeGreaterThan(0);
  });

  it.each(paged.map((f) => [f.id, f] as const))(
    '%s shows its last step on the first screen too, after the cautions and within the limits',
    (_id, fix) => {
      const card = { ...entryCard(fix, kb), focusStep: fix.steps.length - 1 };
      const n = card.steps.length;
      const last = card.steps[n - 1]!;
      const embed = cardEmbed(card);
      expect(embedLimitProblems(embed)).toEqual([]);
      const names = (embed.fields ?? []).map((f) => f.name);
      const at = names.indexOf(`Also relevant: step ${n} of ${n}`);
      expect(at).toBeGreaterThanOrEqual(0);
      // After every caution: when the embed is full, the fields at the end are the ones left out.
      expect(names.slice(at).includes('⚠️ Caution')).toBe(false);
      const whole = clamp(keepBackslashes(stepMarkdown(last, n)), LIMITS.fieldValue);
      const value = embed.fields![at]!.value;
      // Whole when it fits a field, else named: never cut inside its caution or a code block.
      if (stepMarkdown(last, n).length <= LIMITS.fieldValue) expect(value).toBe(whole);
      else expect(value).toBe(`**${keepBackslashes(last.title)}**: open it with Next or All steps.`);
      expect(renderText(card)).toContain(`Also relevant, step ${n} of ${n}:`);
      expect(renderText(card).length).toBeLessThanOrEqual(LIMITS.total);
    },
  );

  it('adds nothing when the overview already shows that step', () => {
    const card = entryCard(paged[0]!, kb);
    const focused = { ...card, focusStep: 0 };
    expect(cardEmbed(focused)).toEqual(cardEmbed(card));
    expect(renderText(focused)).toBe(renderText(card));
  });
});
