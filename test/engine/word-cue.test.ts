// A pattern's cue: the word starts it cannot match without, so that texts saying none of them skip it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CuedPatterns, topLevelAlternatives, wordCue } from '../../src/engine/word-cue.ts';
import { ScopeVocabulary } from '../../src/engine/scope-words.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const cue = (source: string, flags = 'i') => {
  const c = wordCue(new RegExp(source, flags));
  return c && [...c].sort();
};

describe('word cue', () => {
  it('reads the letters right after \\b, in every alternative', () => {
    expect(cue(String.raw`\b(?:turns?|turned)\s+on\b`)).toEqual(['turn']);
    expect(cue(String.raw`\bwake\s+source\b|\bput\s+it\s+to\s+sleep`)).toEqual(['put', 'wake']);
    // Of a sequence's cues, the one whose shortest word start is longest.
    expect(cue(String.raw`\bit\s+keeps\s+\bcoming\b`)).toEqual(['coming']);
    // A lookaround is skipped: the group after it still starts at the boundary.
    expect(cue(String.raw`\b(?<!\bdon't\s+)(?:disabl\w*|stop)`)).toEqual(['disabl', 'stop']);
  });

  it('reads nothing it is not sure of: the pattern is then always tried', () => {
    // An alternative with no cue of its own (a class, a letter outside ASCII, an optional part).
    expect(cue(String.raw`\bstuck|\d\dh\d`)).toBeUndefined();
    expect(cue(String.raw`\b(?:empêcher|avoid)`)).toEqual(['avoid', 'emp']);
    expect(cue(String.raw`\b(?:éviter|avoid)`)).toBeUndefined();
    expect(cue(String.raw`\b(?:really\s+)?slow`)).toBeUndefined();
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
    const patterns = new CuedPatterns([/\b(?:turns?|turned)\s+on\b/i, /\bstuck|\d\dh\d/i, /\bwake\s+source/i]);
    expect([...patterns.candidates('My PC TURNED on at night')].sort()).toEqual([0, 1]);
    expect([...patterns.candidates('Wake Source: Timer')].sort()).toEqual([1, 2]);
    // A word start inside a longer word counts ("wakeup" starts with "wake"); a word inside another does not.
    expect([...patterns.candidates('wakeup returned')].sort()).toEqual([1, 2]);
  });

  it('never skips a meaning pattern that matches: every question of the eval sets', () => {
    const kb = loadKnowledgeOrThrow('knowledge');
    const scope = new ScopeVocabulary(kb.scopeWords);
    const files = ['tune.jsonl', ...[22, 23, 83, 87, 92].map((n) => `probes/written-${n}.jsonl`)].map(
      (f) => `eval/${f}`,
    );
    const questions = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    let matched = 0;
    for (const q of questions) {
      const maybe = scope.meaningCues.candidates(q);
      scope.meanings.forEach((m, i) => {
        if (m.said.test(q)) {
          matched++;
          expect(maybe.has(i), `${m.meaning} <- ${q}`).toBe(true);
        }
      });
    }
    // The check means something only if many questions match some pattern.
    expect(matched).toBeGreaterThan(100);
  });
});
