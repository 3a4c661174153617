// Reading the command lines a question quotes: the program each one runs.
import { describe, expect, it } from 'vitest';
import { quotedPrograms } from '../../src/engine/commands.ts';

describe('quotedPrograms', () => {
  it('reads the program of a quoted command line, without its extension', () => {
    expect(quotedPrograms('I ran `fleetpatch deploy --all` and then `sfc.exe /scannow`')).toEqual([
      'fleetpatch',
      'sfc',
    ]);
  });

  it('leaves quoted messages, paths and option-less words alone', () => {
    expect(quotedPrograms('it says `Install error - 0x800f081f`')).toEqual([]);
    expect(quotedPrograms('the folder `C:\\Windows\\SoftwareDistribution /s`')).toEqual([]);
    expect(quotedPrograms('I typed `fleetpatch update` and nothing')).toEqual([]);
    expect(quotedPrograms('no code here --all')).toEqual([]);
  });
});
