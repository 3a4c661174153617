// npm run kb:check [-- DIR]: validates a knowledge folder; exit 1 on any problem.
import { loadKnowledge, formatProblem } from '../knowledge/load.ts';
import { KINDS } from '../knowledge/schema.ts';

const dir = process.argv[2] ?? 'knowledge';
const result = loadKnowledge(dir);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nkb:check: ${result.problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
const counts = result.kb.countsByKind();
console.log(
  `kb:check: ${dir} is valid: ${result.kb.entries.length} entries (${KINDS.map((k) => `${counts[k]} ${k}${counts[k] === 1 ? '' : k === 'fix' ? 'es' : 's'}`).join(', ')})`,
);
