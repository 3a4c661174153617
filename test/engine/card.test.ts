// Entry cards: the same content each time an entry is shown, whatever earlier cards went through,
// and the out-of-date warning only past an entry's valid_until.
import { describe, expect, it } from 'vitest';
import { entryCard, focusDetail, focusSection, type DetailWeigher } from '../../src/engine/card.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const kb = loadKnowledgeOrThrow('knowledge');
const dated = kb.entries.find((e) => e.valid_until)!;
const dayAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);

describe('entry cards', () => {
  it('warns that an entry may be out of date once its valid_until has passed, once per card', () => {
    const before = entryCard(dated, kb, [], dayAfter(dated.valid_until!, -1));
    expect(before.warnings.join('\n')).not.toMatch(/out of date/);
    const late = entryCard(dated, kb, [], dayAfter(dated.valid_until!, 1));
    const later = entryCard(dated, kb, [], dayAfter(dated.valid_until!, 2));
    expect(late.warnings[0]).toMatch(/^This may be out of date: it holds facts known to be true until \d+ \w+ \d{4}/);
    expect(later.warnings).toEqual(late.warnings);
    expect(late.warnings.filter((w) => /out of date/.test(w))).toHaveLength(1);
    expect(entryCard(dated, kb, [], dayAfter(dated.valid_until!, -1)).warnings).toEqual(before.warnings);
  });

  it('gives each card lists of its own: changing one card leaves the next as it was', () => {
    for (const e of kb.entries.slice(0, 40)) {
      const first = entryCard(e, kb);
      const copy = structuredClone(first);
      first.fields.push({ name: 'added', value: 'by a caller' });
      first.steps.length = 0;
      first.related.pop();
      first.warnings.unshift('added');
      first.details?.push({ name: 'added', value: 'by a caller' });
      first.fixes?.pop();
      expect(entryCard(e, kb)).toEqual(copy);
    }
  });
});

describe("a concept's card for a question", () => {
  // A concept with more sections than its first screen holds.
  const concept = kb.entries.find(
    (e) => e.kind === 'concept' && entryCard(e, kb).details?.some((d) => e.sections.some((s) => s.title === d.name)),
  )!;
  const card = entryCard(concept, kb);
  const hidden = card.details!.find(
    (d) => concept.kind === 'concept' && concept.sections.some((s) => s.title === d.name),
  )!;
  const by = (name: string) => (section: { name: string }) => (section.name === name ? 5 : 1);

  it('brings the section that answers the question to the first screen, and keeps the one it replaces in details', () => {
    const focused = focusSection(card, concept, by(hidden.name));
    expect(focused.fields.map((f) => f.name)).toContain(hidden.name);
    expect(focused.fields[0]).toEqual(card.fields[0]);
    expect(focused.fields).toHaveLength(card.fields.length);
    const all = (c: typeof card) => [...c.fields, ...(c.details ?? [])].map((f) => f.name).sort();
    expect(all(focused)).toEqual(all(card));
  });

  it('changes nothing when a section already shown answers as well, or for another kind of entry', () => {
    expect(focusSection(card, concept, () => 1)).toBe(card);
    const fixEntry = kb.entries.find((e) => e.kind === 'fix')!;
    const fix = entryCard(fixEntry, kb);
    expect(focusSection(fix, fixEntry, () => 9)).toBe(fix);
  });

  it('never brings the note of what no Microsoft page confirms forward in place of a section', () => {
    const noted = kb.entries.find((e) => e.kind === 'concept' && e.unverified?.length)!;
    const c = entryCard(noted, kb);
    expect(c.details?.map((d) => d.name)).toContain('Not confirmed by a Microsoft page');
    const focused = focusSection(c, noted, (s) => (s.name === 'Not confirmed by a Microsoft page' ? 9 : 1));
    expect(focused.fields.map((f) => f.name)).not.toContain('Not confirmed by a Microsoft page');
  });
});

describe('focusDetail', () => {
  // A weigher as the engine's, over plain lower-case words, each asked word weighing 1.
  const askedOf = (words: string[]): DetailWeigher => ({
    terms: (text) => new Set(text.toLowerCase().split(/[^a-z0-9]+/)),
    weight: () => 1,
    asked: new Set(words),
  });
  const service = kb.entries.find((e) => e.kind === 'service' && (e.notes?.length ?? 0) > 1)!;
  const note = service.kind === 'service' ? service.notes![service.notes!.length - 1]! : '';
  const card = entryCard(service, kb);
  const rare = note
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 5 && !JSON.stringify(card).toLowerCase().replace(note.toLowerCase(), '').includes(w));

  it('brings forward the note that holds what the first screen leaves unanswered, as a lead field', () => {
    expect(rare.length).toBeGreaterThan(0);
    const focused = focusDetail(card, service, askedOf(rare.slice(0, 1)));
    expect(focused.lead).toContainEqual({ name: 'Good to know', value: note });
    expect(focused.details).toEqual(card.details);
  });

  it('changes nothing when the first screen already says every asked word, or the best detail holds too little of it', () => {
    expect(focusDetail(card, service, askedOf([card.title.toLowerCase().split(' ')[0]!]))).toBe(card);
    // One word of a note against four it does not hold: under a quarter of what is left unanswered.
    expect(focusDetail(card, service, askedOf([rare[0]!, 'qqqq', 'zzzz', 'xxxx', 'yyyy']))).toBe(card);
    expect(focusDetail(card, service, askedOf([]))).toBe(card);
  });

  it("points at a guide's later step, never at its first", () => {
    const fixEntry = kb.get('repair-image-dism-sfc')!;
    const fix = entryCard(fixEntry, kb);
    const cbs = fix.steps.findIndex((s) => /cbs\.log/i.test(s.title));
    expect(cbs).toBeGreaterThan(0);
    expect(focusDetail(fix, fixEntry, askedOf(['cbs'])).focusStep).toBe(cbs);
    expect(focusDetail(fix, fixEntry, askedOf(['elevated'])).focusStep).toBeUndefined();
  });
});
