// npm run eval:variants: each question said again the way people vary it, scored against its own label.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratchDir } from './script.ts';

const run = (args: string[]) => runScript('src/cli/variants.ts', args);
const dir = scratchDir('wu-variants-');

describe('npm run eval:variants', () => {
  it('counts the variants of a batch, and how many broke or mended, per variation', () => {
    const batch = join(dir, 'batch.jsonl');
    const lines = [
      { q: 'my pc cannot run windows 11, what is it missing?', expect: 'answer', ids: ['windows-11-requirements'] },
      { q: 'Steam will not update my games', expect: 'decline' },
      { q: 'anything', expect: 'any' },
    ];
    writeFileSync(batch, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = run(['--file', batch, '--only', 'windows-short,environment-line']);
    expect(r.status).toBe(0);
    // "windows 11" said in one question only; the line is added to both that are not "any".
    expect(r.stdout).toMatch(
      /^windows-short +1 variants, +0 broke, +0 mended {2}\(Windows 10\/11 written W10\/W11\)$/m,
    );
    expect(r.stdout).toMatch(/^environment-line +2 variants, +0 broke, +0 mended/m);
    expect(r.stdout).not.toMatch(/^typo-core/m);
  });

  it('names an unknown variation and a missing file', () => {
    const bogus = run(['--only', 'shouting']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toMatch(/no variation called shouting; there are: windows-short, /);
    const missing = run(['--file', join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such question file: .*nope\.jsonl/);
  });
});
