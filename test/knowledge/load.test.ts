import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledge } from '../../src/knowledge/load.ts';

const GOOD = 'test/fixtures/good';
const temps: string[] = [];

/** A copy of the good fixture with one file changed by edit (or removed when edit returns null). */
function brokenCopy(file: string, edit: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'wu-kb-'));
  temps.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  const path = join(dir, file);
  const next = edit(readFileSync(path, 'utf8'));
  if (next === null) rmSync(path);
  else writeFileSync(path, next);
  return dir;
}

function problemsOf(dir: string): string[] {
  const r = loadKnowledge(dir);
  return r.ok ? [] : r.problems.map(formatProblem);
}

afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadKnowledge', () => {
  it('loads a good folder and indexes its codes, families and names', () => {
    const r = loadKnowledge(GOOD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kb.countsByKind()).toEqual({ service: 1, fix: 2, error: 2, concept: 1 });
    expect(r.kb.byCode.get('0x80070422')?.entry.id).toBe('error-0x80070422');
    expect(r.kb.family('0x80240FFF')?.id).toBe('error-family-0x8024');
    expect(r.kb.byName.get('error service disabled')).toBe('error-0x80070422');
  });

  it('names the file, the field path and what is wrong for a bad shell', () => {
    const dir = brokenCopy('fixes/reenable-disabled-service.yaml', (t) => t.replace('shell: cmd\n        run: net start', 'shell: bash\n        run: net start'));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/fixes\/reenable-disabled-service\.yaml: steps\[1\]\.commands\[0\]\.shell: .*expected one of/i);
  });

  it('reports a missing required field and an unknown field', () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t.replace(/^does: .*$/m, 'doez: typo'));
    const problems = problemsOf(dir).join('\n');
    expect(problems).toContain('services/wuauserv.yaml: does:');
    expect(problems).toMatch(/doez/);
  });

  it('reports YAML syntax errors with the line', () => {
    const dir = brokenCopy('concepts/how-windows-update-works.yaml', (t) => `${t}\n  bad: [unclosed\n`);
    expect(problemsOf(dir).join('\n')).toMatch(/how-windows-update-works\.yaml: YAML syntax: .* at line \d+, column \d+/);
  });

  it('requires a source with an https address', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t.replace('url: https://', 'url: http://'));
    expect(problemsOf(dir).join('\n')).toContain('restart-update-services.yaml: sources[0].url: must be an https:// address');
  });

  it('catches a duplicate id and names both files', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t);
    writeFileSync(join(dir, 'concepts/restart-update-services.yaml'), readFileSync(join(dir, 'fixes/restart-update-services.yaml')));
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/restart-update-services\.yaml: id: "restart-update-services" is also the id of .*restart-update-services\.yaml/);
  });

  it('catches a file whose id does not match its name', () => {
    const dir = brokenCopy('concepts/how-windows-update-works.yaml', (t) => t.replace('id: how-windows-update-works', 'id: how-it-works'));
    expect(problemsOf(dir).join('\n')).toContain('id: is "how-it-works" but the file is named how-windows-update-works.yaml');
  });

  it('catches a duplicate error code', () => {
    const dir = brokenCopy('errors/error-family-0x8024.yaml', (t) => t.replace('family: "0x8024"', 'family: "0x8024"\ncodes:\n  - code: "0x80070422"'));
    expect(problemsOf(dir).join('\n')).toMatch(/error-family-0x8024\.yaml: codes\[0\]\.code: 0x80070422 is already explained by .*error-0x80070422\.yaml/);
  });

  it('catches an alias claimed by two entries', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t.replace('aliases: [restart windows update]', 'aliases: [Windows Update Service]'));
    expect(problemsOf(dir).join('\n')).toMatch(/(restart-update-services|wuauserv)\.yaml: aliases: "windows update service" is also claimed by .*(wuauserv|restart-update-services)\.yaml/i);
  });

  it('catches references that point nowhere', () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t.replace('fixes: [restart-update-services]', 'fixes: [restart-everything]'));
    expect(problemsOf(dir).join('\n')).toContain('wuauserv.yaml: fixes[0]: points to "restart-everything", which no entry has');
  });

  it('catches an entry too long for one Discord message', () => {
    const long = Array.from({ length: 12 }, (_, i) => `  - title: Step ${i}\n    text: ${'x'.repeat(600)}`).join('\n');
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t.replace(/steps:[\s\S]*?next:/, `steps:\n${long}\nnext:`));
    expect(problemsOf(dir).join('\n')).toMatch(/restart-update-services\.yaml: rendered, the entry is \d+ characters; one Discord message holds 6000/);
  });

  it('reports a folder that does not exist', () => {
    expect(problemsOf('test/fixtures/nowhere').join('\n')).toMatch(/cannot read the knowledge folder/);
  });
});
