// npm run kb:codes-diff -- PAGE [TABLE]
// Compares a saved copy of Microsoft's code page (its Markdown source from the MicrosoftDocs repository,
// or the page's text) with a code table in knowledge/tables/ (default: windows-update-agent), and
// prints what the page added, removed or renamed. The bot never fetches the page itself.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { codeTable } from '../knowledge/schema.ts';
import { codesOnPage, diffCodes } from '../knowledge/code-page.ts';

const [page, tableName = 'windows-update-agent'] = process.argv.slice(2);
if (!page) {
  console.error('usage: npm run kb:codes-diff -- saved-page.md [table name in knowledge/tables]');
  process.exit(2);
}
const tableFile = tableName.endsWith('.yaml') ? tableName : `knowledge/tables/${tableName}.yaml`;
const table = codeTable.parse(parse(readFileSync(tableFile, 'utf8')));
const diff = diffCodes(codesOnPage(readFileSync(page, 'utf8')), table);
for (const c of diff.added) console.log(`+ ${c.code} ${c.name}   (on the page, not in ${tableFile})`);
for (const c of diff.removed) console.log(`- ${c.code} ${c.name}   (in ${tableFile}, no longer on the page)`);
for (const c of diff.renamed) console.log(`~ ${c.code} ${c.table} -> ${c.page}`);
const n = diff.added.length + diff.removed.length + diff.renamed.length;
console.log(n ? `\n${n} difference(s): update ${tableFile} (and its read: date)` : `${tableFile} matches the page`);
process.exit(n ? 1 : 0);
