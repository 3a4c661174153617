// Completing a topic still being typed, over the real knowledge's names.
import { describe, expect, it } from 'vitest';
import { NameCompleter } from '../../src/engine/complete.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const completer = new NameCompleter(loadKnowledgeOrThrow('knowledge').entries);
const ids = (typed: string, kinds: Parameters<NameCompleter['complete']>[1] = ['service', 'concept']) =>
  completer.complete(typed, kinds, 25).map((e) => e.id);

describe('NameCompleter', () => {
  it('takes each typed word as the start of a name word, in order, the last half typed', () => {
    expect(ids('delivery opt')[0]).toBe('dosvc');
    expect(ids('opt delivery')).not.toContain('dosvc');
  });

  it('puts a name begun at its first word, and the kinds asked for, first', () => {
    // "Background Intelligent Transfer Service" begins with "backg"; BITS's fix only mentions it later.
    expect(ids('backg')[0]).toBe('bits');
    expect(ids('res', ['fix'])[0]).toBe('reset-update-components');
  });

  it('finds nothing for what begins no name', () => {
    expect(ids('zzq')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});
