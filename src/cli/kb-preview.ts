// npm run kb:preview -- <entry id | question>   writes preview/<id or question>.html
// npm run kb:preview -- --all                   writes preview/all.html: every entry, with an index
// Add --out <file> to write somewhere else. The page shows each answer as Discord shows it (every step
// of a guide, and Details) beside its plain text, built by the views the bot sends.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { engineOrExit } from '../startup.ts';
import { knowledgeDir } from '../knowledge/dir.ts';
import { previewAll, previewOne } from '../preview/build.ts';

const USAGE =
  'usage: npm run kb:preview -- <entry id | question>   or   npm run kb:preview -- --all   [--out file.html]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !out) {
    console.error(USAGE);
    process.exit(2);
  }
  const rest = at >= 0 ? args.filter((_a, i) => i !== at && i !== at + 1) : args;
  const all = rest.includes('--all');
  const arg = rest
    .filter((a) => a !== '--all')
    .join(' ')
    .trim();
  if (all === Boolean(arg)) {
    console.error(USAGE);
    process.exit(2);
  }
  const engine = await engineOrExit(knowledgeDir());
  const preview = all ? previewAll(engine) : previewOne(engine, arg);
  const file = resolve(out ?? `preview/${preview.slug}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, preview.html);
  const screens = preview.sections.reduce((n, s) => n + s.screens.length, 0);
  console.log(
    `${preview.sections.length === 1 ? preview.sections[0]!.title : `${preview.sections.length} entries`}: ` +
      `${screens} message(s) written to ${pathToFileURL(file).href}`,
  );
}

await main();
