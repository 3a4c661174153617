// The command line: one question, and the jsonl contract the scorer uses.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const env = { ...process.env, KNOWLEDGE_DIR: 'test/fixtures/good' };
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { env, input, encoding: 'utf8' });

describe('npm run ask', () => {
  it('prints the answer as a person reads it', () => {
    const r = run(['what is the windows update service']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Windows Update service \(wuauserv\)/);
    expect(r.stdout).toContain('Sources:');
  });

  it('says how to use it when no question is given', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});

describe('npm run ask -- --jsonl', () => {
  it('answers one line per input line, in order, with error lines in place of bad ones', () => {
    const input =
      [
        '{"q": "0x80070422"}',
        'not json',
        '{"q": "how do I bake sourdough bread"}',
        '{"question": "wrong key"}',
        '{"q": "wuauserv"}',
      ].join('\n') + '\n';
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; id: string | null; text?: string; error?: string });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ status: 'answer', id: 'error-0x80070422' });
    expect(lines[0]?.text).toContain('0x80070422');
    expect(lines[1]).toMatchObject({ status: 'error' });
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ status: 'decline', id: null });
    expect(lines[3]).toMatchObject({ status: 'error' });
    expect(lines[4]).toMatchObject({ status: 'answer', id: 'wuauserv' });
  });

  it('refuses to start on a broken knowledge folder, naming the problem', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--jsonl'], {
      env: { ...env, KNOWLEDGE_DIR: 'test/fixtures/missing' },
      input: '{"q":"x"}\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read the knowledge folder/);
  });
});
