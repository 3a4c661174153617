// A pattern's cue: the word starts it cannot match without, so that texts saying none of them skip it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CueBook, CuedAlternation, CuedTest, topLevelAlternatives, wordCue } from '../../src/engine/word-cue.ts';
import { ScopeVocabulary } from '../../src/engine/scope-words.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const cue = (source: string, flags = 'i') => {
  const c = wordCue(new RegExp(source, flags));
  return c && [...c].sort();
};

describe('word cue', () => {
  it('reads the letters right after \\b, in every alternative', () => {
    expect(cue(String.raw`\b(?:turns?|turned)\s+on\b`)).toEqual(['turn']);
    expect(cue(String.raw`\bwake\s+source\b|\bput\s+it\s+to\s+sleep`)).toEqual(['sleep', 'source']);
    // Of a sequence's cues, the one whose shortest word start is longest.
    expect(cue(String.raw`\bit\s+keeps\s+\bcoming\b`)).toEqual(['coming']);
    // A lookaround is skipped: the group after it still starts at the boundary.
    expect(cue(String.raw`\b(?<!\bdon't\s+)(?:disabl\w*|stop)`)).toEqual(['disabl', 'stop']);
  });

  it('reads a word as starting after a space, a mark, a line start or a sentence start', () => {
    expect(cue(String.raw`\bi\s+(?:use|need)\s+it`)).toEqual(['need', 'use']);
    expect(cue(String.raw`(?:^|(?<=[.!?\n\s]))(?:kids|family)\s+\d`)).toEqual(['family', 'kids']);
    expect(cue(String.raw`^windows`)).toEqual(['windows']);
    // A lookbehind whose last character may be left out counts when what may stand before it is no word either.
    expect(cue(String.raw`(?:^|(?<=[.!?\n(]\s*))\s*version`)).toEqual(['version']);
    expect(cue(String.raw`(?<=[.!?\n(]\w*)version`)).toBeUndefined();
    expect(cue(String.raw`\bre-enabled`)).toEqual(['enabled']);
    expect(cue(String.raw`\b(?:really\s+)?slow`)).toEqual(['slow']);
    expect(cue(String.raw`['’,]\s*(?:ok)`)).toEqual(['ok']);
    // ...but not after what may be no mark at all, a class that may hold a letter, or a lookbehind for a letter.
    expect(cue(String.raw`x\s*update`)).toBeUndefined();
    expect(cue(String.raw`[a-z-]update`)).toBeUndefined();
    expect(cue(String.raw`[^.]update`)).toBeUndefined();
    expect(cue(String.raw`(?<=[a.])update`)).toBeUndefined();
  });

  it('reads nothing it is not sure of: the pattern is then always tried', () => {
    // An alternative with no cue of its own (a class, a letter outside ASCII, an optional part).
    expect(cue(String.raw`\bstuck|\d\dh\d`)).toBeUndefined();
    // A letter outside ASCII is no word character without the u flag: the text's word starts after it too.
    expect(cue(String.raw`\b(?:empêcher|avoid)`)).toEqual(['avoid', 'cher']);
    expect(cue(String.raw`\b(?:é|avoid)`)).toBeUndefined();
    expect(cue(String.raw`\b(?:really)?slow`)).toBeUndefined();
    expect(cue(String.raw`\bre-?enabled`)).toEqual(['re']);
    // In JavaScript "[]" is an empty class, not the start of one holding "]"; "\k" names a group or is a letter.
    expect(cue(String.raw`^[]|.]?a`)).toBeUndefined();
    expect(cue(String.raw`\k|>\bupdate`)).toBeUndefined();
    // The Kelvin sign is no "k" without the u flag, though its lowercase is.
    expect(cue('\\b\u212A')).toBeUndefined();
    // Letters not at a word start say nothing of a word's start.
    expect(cue(String.raw`update`)).toBeUndefined();
    // Case matters without the i flag, and the u flag reads \b otherwise.
    expect(cue(String.raw`\bupdate`, '')).toBeUndefined();
    expect(cue(String.raw`\bupdate`, 'iu')).toBeUndefined();
  });

  it('counts the alternatives outside every group, a class or an escaped bar being none', () => {
    expect(topLevelAlternatives(String.raw`a|b(?:c|d)`)).toBe(2);
    expect(topLevelAlternatives(String.raw`(?:a|b)c(?<=x|y)`)).toBe(1);
    expect(topLevelAlternatives(String.raw`[|]x\|y`)).toBe(1);
    // Not understood: undefined, so a caller treats it as it would any pattern it cannot read.
    expect(topLevelAlternatives('a(b')).toBeUndefined();
  });

  it('tries a pattern on a text only when one of its words starts with a cue', () => {
    const patterns = new CueBook();
    for (const p of [/\b(?:turns?|turned)\s+on\b/i, /\bstuck|\d\dh\d/i, /\bwake\s+source/i]) patterns.add(p);
    expect([...patterns.candidates('My PC TURNED on at night')].sort()).toEqual([0, 1]);
    expect([...patterns.candidates('Wake Source: Timer')].sort()).toEqual([1, 2]);
    // A word start inside a longer word counts ("sourced" starts with "source"); a word inside another does not.
    expect([...patterns.candidates('sourced from turned')].sort()).toEqual([0, 1, 2]);
    expect([...patterns.candidates('resource wakeup')].sort()).toEqual([1]);
    // A Kelvin sign parts words in the text as in the patterns ("\u212Aturned" says "turned").
    expect([...patterns.candidates('\u212Aturned on')].sort()).toEqual([0, 1]);
  });

  it('tests and replaces as the whole alternation does, trying only the patterns a text says a cue of', () => {
    const book = new CueBook();
    const test = new CuedTest(book, [String.raw`\bwake\s+source\b`, String.raw`\bturned\s+on`]);
    expect(test.test('The wake source was a timer')).toBe(true);
    expect(test.test('It turned on at 3am')).toBe(true);
    expect(test.test('Nothing of either here: wakes, sources')).toBe(false);
    // A pattern with no cue is always tried.
    const always = new CuedTest(book, [String.raw`\d\dh\d`]);
    expect(always.test('on 24H2')).toBe(true);
    const every = new CuedAlternation(book, [String.raw`\bthanks\b[^.]*\.`, String.raw`\bregards\b.*`], (ps) =>
      ps.map((p) => `(?:${p})`).join('|'),
    );
    expect(every.replace('Help me. Thanks in advance. Regards, Tom', ' ')).toBe(`Help me.${' '.repeat(4)}`);
    expect(every.replace('No sign-off here.', ' ')).toBe('No sign-off here.');
    expect(every.replace('Thanks a lot.', (m) => `[${m}]`)).toBe('[Thanks a lot.]');
    // A pattern without a cue is tried on every text, alone when no other may match, with the others when one may.
    const withImage = new CuedAlternation(book, [String.raw`!\[[^\]]*\]\([^)]*\)`, String.raw`\bregards\b.*`], (ps) =>
      ps.map((p) => `(?:${p})`).join('|'),
    );
    expect(withImage.replace('See ![shot](a.png) here', '')).toBe('See  here');
    expect(withImage.replace('See ![shot](a.png). Regards, Tom', '')).toBe('See . ');
  });

  it('never skips a pattern of the scope words that matches: every question of the eval sets', () => {
    const kb = loadKnowledgeOrThrow('knowledge');
    const scope = new ScopeVocabulary(kb.scopeWords);
    const files = ['tune.jsonl', ...[22, 23, 83, 87, 92, 121, 122].map((n) => `probes/written-${n}.jsonl`)].map(
      (f) => `eval/${f}`,
    );
    const questions = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    const { patterns } = scope.cues;
    let matched = 0;
    for (const q of questions) {
      const maybe = scope.cues.candidates(q);
      patterns.forEach((p, i) => {
        if (p.test(q)) {
          matched++;
          expect(maybe.has(i), `${p.source.slice(0, 80)} <- ${q}`).toBe(true);
        }
      });
    }
    // The check means something only if many questions match some pattern, and most patterns have a cue.
    expect(matched).toBeGreaterThan(1000);
    expect(patterns.length).toBeGreaterThan(300);
  });
});
