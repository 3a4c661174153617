// npm run kb:check on a broken copy of the knowledge names the file, line and fix for each kind of
// mistake a person makes; an expired valid_until fails it; --stale lists old reviews, oldest first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { Engine } from '../../src/engine/answer.ts';
import { renderText } from '../../src/render/text.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wu-kbcheck-'));
  dirs.push(dir);
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}
const edit = (dir: string, file: string, f: (t: string) => string) =>
  writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
const kbCheck = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb-check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('npm run kb:check', () => {
  it('passes on the knowledge as it is', () => {
    const r = kbCheck(['knowledge']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/knowledge is valid: \d+ entries .*codes in \d+ tables/);
  });

  it('reports every mistake in a broken copy, each with its file, line, column and fix', () => {
    const dir = copy();
    // A two-guide loop, and next pointing to a service.
    edit(dir, 'fixes/clean-boot.yaml', (t) => t.replace(/^next: .*$/m, '') + 'next: free-disk-space\n');
    edit(dir, 'fixes/free-disk-space.yaml', (t) => t.replace(/^next: .*$/m, '') + 'next: clean-boot\n');
    edit(dir, 'fixes/pause-updates.yaml', (t) => t.replace(/^next: .*$/m, '') + 'next: wuauserv\n');
    // sc config under PowerShell, without the space after start=.
    edit(dir, 'fixes/reenable-disabled-service.yaml', (t) =>
      t.replace(
        /shell: cmd\n(\s+)run: sc\.exe config wuauserv start= demand/,
        'shell: powershell\n$1run: sc config wuauserv start=demand',
      ),
    );
    // An unknown key one letter off, and a missing required field.
    edit(dir, 'services/bits.yaml', (t) => t.replace(/^summary:/m, 'sumary:'));
    // An expired valid_until.
    edit(dir, 'concepts/how-windows-update-works.yaml', (t) => `${t.trimEnd()}\nvalid_until: 2020-01-01\n`);
    const r = kbCheck([dir]);
    expect(r.status).toBe(1);
    const out = r.stderr;
    const at = (file: string) => new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: `);
    expect(out).toMatch(at('free-disk-space.yaml'));
    expect(out).toMatch(/next: "Still broken" loops: (clean-boot|free-disk-space) → .* → \1; end the chain/);
    expect(out).toMatch(/pause-updates\.yaml:\d+:\d+: next: points to "wuauserv", a service: next must be a fix guide/);
    expect(out).toMatch(
      /reenable-disabled-service\.yaml:\d+:\d+: steps\[\d+\]\.commands\[0\]\.run: `start=` needs a space/,
    );
    expect(out).toMatch(/reenable-disabled-service\.yaml:\d+:\d+: .*`sc` under shell: powershell runs Set-Content/);
    expect(out).toMatch(/services\/bits\.yaml:\d+:\d+: sumary: unknown key `sumary`: did you mean `summary`\?/);
    expect(out).toMatch(/services\/bits\.yaml:\d+:\d+: summary: `summary` is required/);
    expect(out).toMatch(/how-windows-update-works\.yaml:\d+:\d+: valid_until: expired on 2020-01-01/);
  });

  it('fails on a valid_until that has passed, while the same knowledge still loads for the bot', () => {
    const dir = copy();
    edit(dir, 'concepts/how-windows-update-works.yaml', (t) => `${t.trimEnd()}\nvalid_until: 2027-01-01\n`);
    expect(kbCheck([dir], { KB_TODAY: '2026-12-01' }).status).toBe(0);
    const later = kbCheck([dir], { KB_TODAY: '2027-01-02' });
    expect(later.status).toBe(1);
    expect(later.stderr).toMatch(/valid_until: expired on 2027-01-01: check the entry against its sources/);

    // The bot loads an expired entry and answers, saying it may be out of date, with absolute dates.
    edit(dir, 'concepts/how-windows-update-works.yaml', (t) =>
      t.replace('valid_until: 2027-01-01', 'valid_until: 2020-01-01'),
    );
    const loaded = loadKnowledge(dir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const answer = new Engine(loaded.kb).open('how-windows-update-works')!;
    expect(renderText(answer.card)).toMatch(
      /may be out of date: .* until 1 January 2020, and it was last checked on \d+ \w+ \d{4}/,
    );
  });

  it('--stale lists entries not reviewed for 12 months, oldest first', () => {
    const dir = copy();
    edit(dir, 'services/bits.yaml', (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2024-03-01'));
    edit(dir, 'services/cryptsvc.yaml', (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2025-06-01'));
    const r = kbCheck(['--stale', dir], { KB_TODAY: '2026-12-01' });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => /^\d{4}-/.test(l));
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['2024-03-01', '2025-06-01']);
    expect(r.stdout).toMatch(/2 entries not reviewed since 2025-12-01/);
  });
});
