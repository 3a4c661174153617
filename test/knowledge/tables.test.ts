// The code tables against what Microsoft's pages list (a copy of the page's code column is kept as
// test data), and the diff a maintainer runs when the page changes.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codeTable } from '../../src/knowledge/schema.ts';
import { codesOnPage, diffCodes } from '../../src/knowledge/code-page.ts';

const PAGE = 'test/fixtures/wu-error-reference-codes.txt';
const table = codeTable.parse(parse(readFileSync('knowledge/tables/windows-update-agent.yaml', 'utf8')));

describe('the Windows Update error table', () => {
  it("holds every code on Microsoft's error reference page, with the same symbolic name", () => {
    const page = codesOnPage(readFileSync(PAGE, 'utf8'));
    expect(page.length).toBeGreaterThan(250);
    const diff = diffCodes(page, table);
    expect(diff.added).toEqual([]);
    expect(diff.renamed).toEqual([]);
  });

  it('reads Markdown table rows as the page source writes them, and reports what changed', () => {
    const md = [
      '| Error code | Message | Description |',
      '|---|---|---|',
      '| 0x80240001 | `WU_E_NO_SERVICE` | Windows Update Agent was unable to provide the service. |',
      '| 0x8024FFFE | `WU_E_NEW_ON_THE_PAGE` | Something new. |',
    ].join('\n');
    const diff = diffCodes(codesOnPage(md), table);
    expect(diff.added).toEqual([{ code: '0x8024FFFE', name: 'WU_E_NEW_ON_THE_PAGE' }]);
    expect(diff.removed.length).toBe(table.codes.length - 1);
  });

  it('npm run kb:codes-diff says the table matches the saved page', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb-codes-diff.ts', PAGE], { encoding: 'utf8' });
    expect(r.stdout).toContain('matches the page');
    expect(r.status).toBe(0);
  });
});
