import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledge } from '../../src/knowledge/load.ts';
import type { EntryCheck } from '../../src/knowledge/check.ts';
import { discordFitProblems } from '../../src/render/fit.ts';

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

function problemsOf(dir: string, checks: EntryCheck[] = []): string[] {
  const r = loadKnowledge(dir, checks);
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

  it('names the file, line, column, field path and what is wrong, with the value it probably meant', () => {
    const dir = brokenCopy('fixes/reenable-disabled-service.yaml', (t) =>
      t.replace('shell: cmd\n        run: net start', 'shell: cmdd\n        run: net start'),
    );
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /fixes\/reenable-disabled-service\.yaml:\d+:\d+: steps\[1\]\.commands\[0\]\.shell: `cmdd` is not one of .*did you mean `cmd`\?/,
    );
  });

  it('says a missing field is required, and suggests the key an unknown one was meant to be', () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t.replace(/^does: /m, 'doez: '));
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/services\/wuauserv\.yaml:\d+:1: does: `does` is required/);
    expect(problems).toMatch(/services\/wuauserv\.yaml:\d+:1: doez: unknown key `doez`: did you mean `does`\?/);
  });

  it('reports a YAML syntax error once, with its line, and not again as references to the file', () => {
    const dir = brokenCopy('fixes/reenable-disabled-service.yaml', (t) => `${t}\n  bad: [unclosed\n`);
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/reenable-disabled-service\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('requires a source with an https address', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t.replace('url: https://', 'url: http://'));
    expect(problemsOf(dir).join('\n')).toMatch(
      /restart-update-services\.yaml:\d+:\d+: sources\[0\]\.url: must be an https:\/\/ address/,
    );
  });

  it('catches a duplicate id and names both files', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) => t);
    writeFileSync(
      join(dir, 'concepts/restart-update-services.yaml'),
      readFileSync(join(dir, 'fixes/restart-update-services.yaml')),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /restart-update-services\.yaml:\d+:\d+: id: "restart-update-services" is also the id of .*restart-update-services\.yaml/,
    );
  });

  it('catches a file whose id does not match its name', () => {
    const dir = brokenCopy('concepts/how-windows-update-works.yaml', (t) =>
      t.replace('id: how-windows-update-works', 'id: how-it-works'),
    );
    expect(problemsOf(dir).join('\n')).toContain(
      'id: is "how-it-works" but the file is named how-windows-update-works.yaml',
    );
  });

  it('catches a duplicate error code', () => {
    const dir = brokenCopy('errors/error-family-0x8024.yaml', (t) =>
      t.replace('family: "0x8024"', 'family: "0x8024"\ncodes:\n  - code: "0x80070422"'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /error-family-0x8024\.yaml:\d+:\d+: codes\[0\]\.code: 0x80070422 is already explained by .*error-0x80070422\.yaml/,
    );
  });

  it('catches an alias claimed by two entries', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) =>
      t.replace('aliases: [restart windows update]', 'aliases: [Windows Update Service]'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /(restart-update-services|wuauserv)\.yaml:\d+:\d+: aliases(\[0\])?: "windows update service" is also claimed by .*(wuauserv|restart-update-services)\.yaml/i,
    );
  });

  it('catches a generic alias claimed by another entry, or listed in the same entry\'s aliases too', () => {
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) =>
      t.replace(
        'aliases: [restart windows update]',
        'aliases: [restart windows update]\ngeneric_aliases: [restart windows update, service is disabled]',
      ),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(
      /restart-update-services\.yaml:\d+:\d+: generic_aliases\[0\]: "restart windows update" is also in aliases/,
    );
    expect(problems).toMatch(/generic_aliases\[1\]: "service is disabled" is also claimed by .*reenable-disabled-service\.yaml/);
  });

  it('catches references that point nowhere', () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) =>
      t.replace('fixes: [restart-update-services]', 'fixes: [restart-everything]'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /wuauserv\.yaml:\d+:\d+: fixes\[0\]: points to "restart-everything", which no entry has/,
    );
  });

  it('catches an entry too long for one Discord message, when the caller adds that check', () => {
    const long = Array.from({ length: 12 }, (_, i) => `  - title: Step ${i}\n    text: ${'x'.repeat(600)}`).join('\n');
    const dir = brokenCopy('fixes/restart-update-services.yaml', (t) =>
      t.replace(/steps:[\s\S]*?next:/, `steps:\n${long}\nnext:`),
    );
    expect(problemsOf(dir)).toEqual([]);
    expect(problemsOf(dir, [discordFitProblems]).join('\n')).toMatch(
      /restart-update-services\.yaml: rendered, the entry is \d+ characters; one Discord message holds 6000/,
    );
  });

  it('catches a "Still broken" loop between two guides, and next pointing to something not a guide', () => {
    const loop = brokenCopy('fixes/reenable-disabled-service.yaml', (t) => `${t}next: restart-update-services\n`);
    expect(problemsOf(loop).join('\n')).toMatch(
      /reenable-disabled-service\.yaml:\d+:\d+: next: "Still broken" loops: reenable-disabled-service → restart-update-services → reenable-disabled-service/,
    );
    const toService = brokenCopy('fixes/restart-update-services.yaml', (t) =>
      t.replace('next: reenable-disabled-service', 'next: wuauserv'),
    );
    expect(problemsOf(toService).join('\n')).toMatch(
      /restart-update-services\.yaml:\d+:\d+: next: points to "wuauserv", a service: next must be a fix guide/,
    );
  });

  it('catches commands written for the wrong shell, with the fix in the message', () => {
    const dir = brokenCopy('fixes/reenable-disabled-service.yaml', (t) =>
      t.replace('shell: cmd\n        run: sc.exe config wuauserv start= demand', 'shell: powershell\n        run: sc config wuauserv start=demand'),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/run: `start=` needs a space after "=" for sc\.exe: write `start= value`/);
    expect(problems).toMatch(/run: `sc` under shell: powershell runs Set-Content, not the service tool: write `sc\.exe`/);
    const cmdlet = brokenCopy('fixes/reenable-disabled-service.yaml', (t) =>
      t.replace('run: net start wuauserv', 'run: Start-Service wuauserv'),
    );
    expect(problemsOf(cmdlet).join('\n')).toMatch(/Start-Service is a PowerShell cmdlet: put this line under shell: powershell/);
  });

  it('checks code tables: components that exist, and one name per code across tables and entries', () => {
    const dir = brokenCopy('errors/error-0x80070422.yaml', (t) => t);
    mkdirSync(join(dir, 'tables'));
    writeFileSync(
      join(dir, 'tables', 'win32.yaml'),
      [
        'id: win32',
        'title: Win32 errors',
        'sources: [{ title: System Error Codes, url: "https://learn.microsoft.com/windows/win32/debug/system-error-codes" }]',
        'read: 2026-12-01',
        'components: [{ id: service, name: Service errors, fixes: [reenable-disabled-service] }]',
        'codes:',
        '  - { code: "0x80070422", name: ERROR_SERVICE_DISABLED_TYPO, component: service, meaning: The service is disabled., win32: 1058 }',
        '  - { code: "0x80070424", name: ERROR_SERVICE_DOES_NOT_EXIST, component: services, meaning: No such service., win32: 1060 }',
      ].join('\n'),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/tables\/win32\.yaml:7:\d+: codes\[0\]\.name: 0x80070422 is named ERROR_SERVICE_DISABLED in .*error-0x80070422\.yaml/);
    expect(problems).toMatch(/tables\/win32\.yaml:8:\d+: codes\[1\]\.component: "services" is not one of this table's components/);
  });

  it("catches a scope pattern that is not a regular expression, and a product that names nothing", () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t);
    mkdirSync(join(dir, 'scope'));
    writeFileSync(
      join(dir, 'scope/other-products.yaml'),
      [
        'id: other-products',
        'reviewed: 2026-12-02',
        'sources:',
        '  - title: Update other Microsoft products',
        '    url: https://learn.microsoft.com/windows/deployment/update/update-other-microsoft-products',
        'products:',
        '  - id: versions',
        '    name: Versions',
        '    match: []',
        "    patterns: ['\\d+(']",
        '    where: Elsewhere.',
        '  - id: nothing',
        '    name: Nothing',
        '    match: []',
        '    where: Elsewhere.',
        '',
      ].join('\n'),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/scope\/other-products\.yaml:\d+:\d+: products\[0\]\.patterns\[0\]: must be a valid regular expression/);
    expect(problems).toMatch(/products\[1\]\.match: give at least one phrase in match/);
  });

  it("writes a catalogue's phrase sets out into each product's unless, and names a set it lacks", () => {
    const catalogue = (sets: string) =>
      [
        'id: other-products',
        'reviewed: 2026-12-03',
        'sources:',
        '  - title: Update other Microsoft products',
        '    url: https://learn.microsoft.com/windows/deployment/update/update-other-microsoft-products',
        'phrase_sets:',
        '  updating-windows: [windows update, kb]',
        'products:',
        '  - id: games',
        '    name: Games',
        '    match: [game]',
        '    unless: [driver]',
        `    unless_sets: [${sets}]`,
        '    where: Elsewhere.',
        '',
      ].join('\n');
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t);
    mkdirSync(join(dir, 'scope'));
    writeFileSync(join(dir, 'scope/other-products.yaml'), catalogue('updating-windows'));
    const r = loadKnowledge(dir);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.kb.products[0]?.unless).toEqual(['driver', 'windows update', 'kb']);
    writeFileSync(join(dir, 'scope/other-products.yaml'), catalogue('updating-windows, updating-apps'));
    expect(problemsOf(dir).join('\n')).toMatch(
      /scope\/other-products\.yaml:13:37: products\[0\]\.unless_sets\[1\]: names "updating-apps", which phrase_sets does not hold/,
    );
  });

  it("names a product's unless_meant that no meaning pattern of the scope words means", () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t);
    mkdirSync(join(dir, 'vocabulary'));
    mkdirSync(join(dir, 'scope'));
    writeFileSync(
      join(dir, 'vocabulary/scope-words.yaml'),
      [
        'id: scope-words',
        'reviewed: 2026-12-07',
        'windows: [windows]',
        'updating_itself: [update]',
        'meaning_patterns:',
        '  - meaning: list installed updates',
        "    patterns: ['\\bupdate\\s+history\\b']",
        '',
      ].join('\n'),
    );
    const catalogue = (meant: string) =>
      [
        'id: other-products',
        'reviewed: 2026-12-07',
        'sources:',
        '  - title: Update other Microsoft products',
        '    url: https://learn.microsoft.com/windows/deployment/update/update-other-microsoft-products',
        'products:',
        '  - id: apps',
        '    name: Apps',
        '    match: [spotify]',
        `    unless_meant: [${meant}]`,
        '    where: Elsewhere.',
        '',
      ].join('\n');
    writeFileSync(join(dir, 'scope/other-products.yaml'), catalogue('list installed updates'));
    expect(problemsOf(dir)).toEqual([]);
    writeFileSync(join(dir, 'scope/other-products.yaml'), catalogue('list installed update'));
    expect(problemsOf(dir).join('\n')).toMatch(
      /scope\/other-products\.yaml:\d+:\d+: products\[0\]\.unless_meant\[0\]: names "list installed update", which no meaning pattern/,
    );
  });

  it('reads the scope words from the vocabulary folder, and names the field of a broken pattern', () => {
    const dir = brokenCopy('services/wuauserv.yaml', (t) => t);
    mkdirSync(join(dir, 'vocabulary'));
    const file = (patterns: string) =>
      [
        'id: scope-words',
        'reviewed: 2026-12-02',
        'windows: [windows]',
        'updating_itself: [update]',
        `updating_patterns: [${patterns}]`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'vocabulary/scope-words.yaml'), file("'\\b24h2\\b'"));
    const r = loadKnowledge(dir);
    expect(r.ok && r.kb.scopeWords?.updating_patterns).toEqual(['\\b24h2\\b']);
    writeFileSync(join(dir, 'vocabulary/scope-words.yaml'), file("'(24h2'"));
    expect(problemsOf(dir).join('\n')).toMatch(
      /vocabulary\/scope-words\.yaml:\d+:\d+: updating_patterns\[0\]: must be a valid regular expression/,
    );
  });

  it('reports a folder that does not exist', () => {
    expect(problemsOf('test/fixtures/nowhere').join('\n')).toMatch(/cannot read the knowledge folder/);
  });
});
