// The command line: one question, and the jsonl contract the scorer uses.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  it('ends quietly when its reader stops reading, as `| head -1` does', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--jsonl'], { env });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Far more answers than a pipe buffers: it is still writing when the reader goes.
    child.stdin.on('error', () => {}).end('{"q": "0x80070422"}\n'.repeat(3000));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    expect(await exited).toBe(0);
    // No EPIPE and no stack trace (its frames are lines starting "at "); any other note is not this test's.
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

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

describe('the compiled npm run ask, which starts from the knowledge snapshot', () => {
  // dist/ and its snapshot of knowledge/ are made by test/global-setup.ts. A copy of knowledge/ has the
  // same files, so the snapshot holds for it until the copy is edited.
  const compiled = (dir: string, input: string) =>
    spawnSync(process.execPath, ['dist/cli/ask.js', '--jsonl'], {
      env: { ...process.env, KNOWLEDGE_DIR: dir },
      input,
      encoding: 'utf8',
    });

  it('answers as the sources do, and an edit that breaks the knowledge still stops it with file:line:col', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wu-kb-'));
    try {
      cpSync('knowledge', dir, { recursive: true });
      const input = '{"q": "0x80070422"}\n{"q": "update stuck at 0%"}\n';
      const ok = compiled(dir, input);
      expect(ok.status).toBe(0);
      const fromSources = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--jsonl'], {
        env: { ...process.env, KNOWLEDGE_DIR: dir },
        input,
        encoding: 'utf8',
      });
      expect(ok.stdout).toContain('"id":"error-0x80070422"');
      expect(ok.stdout).toBe(fromSources.stdout);
      const file = join(dir, 'services/bits.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary:/m, 'sumary:'));
      const broken = compiled(dir, input);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/services\/bits\.yaml:\d+:\d+: sumary/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
