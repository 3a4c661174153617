// npm run eval: every split scored by the shared scorer's rules; a batch just gathered is scored with
// --file, summary only, and the holdout's failures are never printed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, scratchDir } from './script.ts';

const run = (args: string[]) => runScript('src/cli/eval.ts', args);
const dir = scratchDir('wu-eval-');

describe('npm run eval', () => {
  it('scores a batch given with --file beside the splits, and keeps its failures unseen', () => {
    const batch = join(dir, 'new-batch.jsonl');
    const lines = [
      { q: '0x80070422', expect: 'answer', must_mention: [['0x80070422']], topic: 'code' },
      { q: 'how do I bake sourdough bread', expect: 'decline', must_mention: [], topic: 'out-of-scope' },
      { q: 'what is wuauserv', expect: 'decline', must_mention: [], topic: 'mislabelled' },
    ];
    writeFileSync(batch, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = run(['--file', batch, '--failures', 'new-batch']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^tune {5}overall \d+\/\d+/m);
    expect(r.stdout).toMatch(/^new-batch overall 2\/3 = 66\.7%; answer 1\/1, decline 1\/2 \(50\.0%\)/m);
    expect(r.stdout).not.toContain('what is wuauserv');
    // It scores every set (some 16,000 questions): on a loaded machine that takes longer than the usual limit.
  }, 120_000);

  it('refuses to list the failures of the sets kept for measuring, and names a missing --file', () => {
    expect(run(['--failures', 'holdout']).status).toBe(2);
    const forum = run(['--failures', 'probes-forum']);
    expect(forum.status).toBe(2);
    expect(forum.stderr).toMatch(/probes-forum is for measuring only/);
    const missing = run(['--file', join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such question file: .*nope\.jsonl/);
  });

  it('names the file, line and field of a malformed question', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"q": "0x80070422", "expect": "answer"}\n{"q": "what is bits", "expect": "maybe"}\n');
    const r = run(['--file', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2: expect: /);
  });
});
