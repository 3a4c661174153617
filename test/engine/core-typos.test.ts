// The scope's core words written as meant where a question misspells them, so its phrases and patterns read them.
import { describe, expect, it } from 'vitest';
import { CoreTypos } from '../../src/engine/core-typos.ts';
import { SearchIndex } from '../../src/engine/search.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const kb = loadKnowledgeOrThrow('knowledge');
const index = new SearchIndex(kb);
const typos = new CoreTypos(kb.scopeWords?.core_words ?? [], {
  wordTerms: (w) => index.wordTerms(w),
  knows: (t) => index.docFrequency.has(t),
});

describe('CoreTypos', () => {
  it('writes a misspelt core word as the form it is closest to', () => {
    expect(typos.repair('since the last Widnows upadte it crashes')).toBe('since the last windows update it crashes');
    expect(typos.repair('the udpates never instlal')).toBe('the updates never install');
    // "Uninstall" too: the readings of taking an update off are written with it.
    expect(typos.repair('how do i unistall it')).toBe('how do i uninstall it');
  });

  it('leaves known words, other words and words of other languages as typed', () => {
    const kept = "Steam's own updater is stuck, la actualización se queda en 'descargando'";
    expect(typos.repair(kept)).toBe(kept);
  });
});
