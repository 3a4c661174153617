// npm run kb:check [-- DIR]           validates a knowledge folder; exit 1 on any problem, an expired
//                                      valid_until included (the bot itself still answers, with a warning)
// npm run kb:check -- --stale [DIR]   lists entries not reviewed for 12 months, oldest first
import { loadKnowledge, formatProblem } from '../knowledge/load.ts';
import { expired, stale } from '../knowledge/check.ts';
import { KINDS } from '../knowledge/schema.ts';
import { KNOWLEDGE_CHECKS } from '../startup.ts';

const args = process.argv.slice(2);
const listStale = args.includes('--stale');
const dir = args.find((a) => !a.startsWith('--')) ?? 'knowledge';
// KB_TODAY lets a test pretend it is another day; dates are compared as YYYY-MM-DD.
const today = process.env.KB_TODAY ?? new Date().toISOString().slice(0, 10);

const result = loadKnowledge(dir, KNOWLEDGE_CHECKS);
if (listStale) {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const old = stale(result.files, yearAgo);
  for (const l of old) console.log(`${l.entry.reviewed}  ${l.file}`);
  console.log(
    old.length
      ? `\nkb:check: ${old.length} entr${old.length === 1 ? 'y' : 'ies'} not reviewed since ${yearAgo}`
      : `kb:check: every entry was reviewed after ${yearAgo}`,
  );
  process.exit(0);
}
const problems = [...(result.ok ? [] : result.problems), ...expired(result.files, today)];
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nkb:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
if (!result.ok) process.exit(1);
const counts = result.kb.countsByKind();
console.log(
  `kb:check: ${dir} is valid: ${result.kb.entries.length} entries (${KINDS.map((k) => `${counts[k]} ${k}${counts[k] === 1 ? '' : k === 'fix' ? 'es' : 's'}`).join(', ')}), ${result.kb.tableCodes.size} codes in ${result.kb.tables.length} tables`,
);
