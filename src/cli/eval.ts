// npm run eval [-- --failures tune|shared|probes-s11|probes-scope|probes-in|...] [--file PATH]...
// Scores the engine on every question set with ../shared/eval/score.mjs's rules, in process: overall,
// per topic, declines, and sure answers (no "Did you mean") that were wrong. The holdout split is for
// measuring only: its failures are never printed, so nobody tunes on them; nor are the measure-only probes'.
import { existsSync } from 'node:fs';
import { knowledgeDir } from '../knowledge/dir.ts';
import { engineOrExit } from '../startup.ts';
import { toLine } from './jsonl.ts';
import { SETS, judge, questionsIn } from './eval-sets.ts';
import { cardEmbed, embedLength } from '../render/embed.ts';

const args = process.argv.slice(2);
/** The --file sets, read (and so checked) before any set is scored. */
const readFirst = new Map<string, ReturnType<typeof questionsIn>>();
// --file PATH scores one more set, summary only (a batch just gathered, measured before any tuning on it).
for (let i = args.indexOf('--file'); i >= 0; i = args.indexOf('--file', i + 1)) {
  const file = args[i + 1];
  if (!file || !existsSync(file)) {
    console.error(`--file: no such question file: ${file ?? '(missing)'}`);
    process.exit(2);
  }
  // Read now: a malformed line is told before the other sets are scored, which takes a while.
  readFirst.set(file, questionsIn(file));
  SETS.push([file.replace(/^.*\//, '').replace(/\.jsonl$/, ''), file]);
}
const showFailures = args.includes('--failures') ? args[args.indexOf('--failures') + 1] : undefined;
const MEASURE_ONLY = new Set(SETS.filter(([, , measureOnly]) => measureOnly).map(([name]) => name));
if (showFailures !== undefined && MEASURE_ONLY.has(showFailures)) {
  console.error(`${showFailures} is for measuring only: its failures are not shown.`);
  process.exit(2);
}

const engine = await engineOrExit(knowledgeDir());
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

for (const [name, file] of SETS) {
  if (!existsSync(file)) continue;
  const questions = readFirst.get(file) ?? questionsIn(file);
  const tally = { answer: [0, 0], decline: [0, 0], any: [0, 0] };
  const topics = new Map<string, [number, number]>();
  const sure = [0, 0];
  const failures: string[] = [];
  const embedSizes: number[] = [];
  for (const q of questions) {
    const answer = engine.ask(q.q);
    const a = toLine(answer);
    if (answer.status === 'answer') embedSizes.push(embedLength(cardEmbed(answer.card)));
    const { ok, why } = judge(q, a);
    if (a.status === 'answer' && a.alternatives.length === 0) {
      sure[1]! += 1;
      if (!ok && q.expect !== 'any') sure[0]! += 1;
    }
    const t = tally[q.expect];
    t[1]! += 1;
    if (ok) t[0]! += 1;
    const topic = topics.get(q.topic ?? '?') ?? [0, 0];
    topic[1] += 1;
    if (ok) topic[0] += 1;
    topics.set(q.topic ?? '?', topic);
    if (!ok) failures.push(`  [${q.expect}] ${q.q.slice(0, 100).replace(/\s+/g, ' ')}  -> ${why}`);
  }
  const passed = tally.answer[0]! + tally.decline[0]! + tally.any[0]!;
  console.log(
    `${name.padEnd(8)} overall ${passed}/${questions.length} = ${pct(passed, questions.length)}; answer ${tally.answer[0]}/${tally.answer[1]}, ` +
      `decline ${tally.decline[0]}/${tally.decline[1]} (${pct(tally.decline[0]!, tally.decline[1]!)}), any ${tally.any[0]}/${tally.any[1]}; ` +
      `sure answers wrong ${sure[0]}/${sure[1]} (${pct(sure[0]!, sure[1]!)}); ` +
      `median first-message embed ${embedSizes.sort((x, y) => x - y)[Math.floor(embedSizes.length / 2)] ?? 0} chars`,
  );
  const weak = [...topics]
    .filter(([, [p, n]]) => p < n)
    .sort((a, b) => a[1][0] / a[1][1] - b[1][0] / b[1][1])
    .map(([t, [p, n]]) => `${t} ${p}/${n}`);
  if (weak.length) console.log(`         topics below 100%: ${weak.join(', ')}`);
  // A --file set's failures stay unseen too: it is measured, not tuned on.
  if (showFailures === name && !args.includes(file)) for (const f of failures) console.log(f);
}
