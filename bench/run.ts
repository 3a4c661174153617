// npm run bench: figures, not pass/fail. Index build time, cold start, per-question latency
// (p50/p99) over the dev questions repeated, RSS after load; and the same for a plain MiniSearch
// with default options over the same entries, side by side. Then the bot as it runs (interactions.ts):
// compiled, through tsx and a minimal discord.js bot under the same traffic. npm run bench builds
// dist/ first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.ts';
import { knowledgeDir } from '../src/knowledge/dir.ts';
import { readSnapshot } from '../src/knowledge/snapshot.ts';
import { Engine } from '../src/engine/answer.ts';
import { renderText } from '../src/render/text.ts';
import { insightBench, interactionBench } from './interactions.ts';

const QUESTIONS_FILE = process.env.BENCH_QUESTIONS ?? '../shared/eval/dev-questions.jsonl';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeEach(questions: string[], fn: (q: string) => unknown): { p50: number; p99: number; mean: number } {
  for (const q of questions) fn(q); // warm up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of questions) {
      const t = process.hrtime.bigint();
      fn(q);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

const questions = existsSync(QUESTIONS_FILE)
  ? readFileSync(QUESTIONS_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => String((JSON.parse(l) as { q: string }).q))
  : [
      '0x80070422',
      'what does the update orchestrator service do',
      'update stuck at 0%',
      'how to reset windows update components',
    ];

const t0 = performance.now();
const kb = loadKnowledgeOrThrow(knowledgeDir());
const tLoad = performance.now() - t0;
// What the compiled bot does instead when the build's snapshot was made from these very files
// (src/knowledge/snapshot.ts): hash the files, read the JSON. npm run bench has just made it current.
const tSnap0 = performance.now();
const fromSnapshot = readSnapshot(knowledgeDir(), {
  file: 'dist/knowledge-snapshot.json',
  stampFile: 'dist/.build-stamp',
});
const tSnapshot = performance.now() - tSnap0;
const t1 = performance.now();
const engine = new Engine(kb);
const tIndex = performance.now() - t1;

// Memory of a fresh process that has loaded the knowledge and answered once (the engine without
// discord.js, run from the sources through tsx), and of bare node and node + tsx processes, for
// reading the figure. The flags npm start runs the bot with (package.json): a small young generation,
// and an old generation grown by a fifth between collections (V8 lets a heap of this size grow by up to
// several times, so each burst of traffic left tens of MB of garbage uncollected), keep RSS down.
const NODE_FLAGS = ['--max-semi-space-size=1', '--heap-growing-percent=20'];
const TSX = ['--import', 'tsx'];
const probe = JSON.parse(
  execFileSync(process.execPath, [...NODE_FLAGS, ...TSX, 'bench/rss-probe.ts'], { encoding: 'utf8' }),
) as { rss: number; heapUsed: number };
const probeDefault = JSON.parse(
  execFileSync(process.execPath, [...TSX, 'bench/rss-probe.ts'], { encoding: 'utf8' }),
) as { rss: number; heapUsed: number };
const bareRss = (flags: string[]) =>
  Number(
    execFileSync(
      process.execPath,
      [...NODE_FLAGS, ...flags, '-e', 'process.stdout.write(String(process.memoryUsage().rss / 2 ** 20))'],
      { encoding: 'utf8' },
    ),
  );
const bareNode = bareRss([]);
const bareTsx = bareRss(TSX);
const t2 = performance.now();
const plain = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
plain.addAll(kb.entries.map((e) => ({ id: e.id, text: JSON.stringify(e) })));
const tPlainIndex = performance.now() - t2;

const ours = timeEach(questions, (q) => renderText(engine.ask(q).card));
const oursEngineOnly = timeEach(questions, (q) => engine.ask(q));
const base = timeEach(questions, (q) => plain.search(q));
// Autocomplete runs on every key typed: every prefix of each entry's title (first three words), as
// /wu explain and /wu fix would see it, both kinds at a time.
const typed = [
  ...new Set(
    kb.entries.flatMap((e) => {
      const topic = e.title.split(/\s+/).slice(0, 3).join(' ');
      return [...topic].map((_, i) => topic.slice(0, i + 1));
    }),
  ),
];
const autocomplete = timeEach(typed, (t) => {
  engine.suggest(t, ['service', 'concept']);
  engine.suggest(t, ['fix']);
});
const rss = process.memoryUsage().rss / 2 ** 20;

// Cold start: a fresh process from start to its first answer (the CLI, which loads and indexes),
// compiled and through tsx, taking turns.
const coldRuns = { compiled: [] as number[], tsx: [] as number[] };
for (let i = 0; i < 5; i++) {
  for (const [kind, args] of [
    ['compiled', [...NODE_FLAGS, 'dist/cli/ask.js']],
    ['tsx', [...NODE_FLAGS, ...TSX, 'src/cli/ask.ts']],
  ] as const) {
    const t = performance.now();
    execFileSync(process.execPath, [...args, '0x80070422'], { stdio: 'ignore' });
    coldRuns[kind].push(performance.now() - t);
  }
}
const median5 = (xs: number[]) => [...xs].sort((a, b) => a - b)[2] ?? 0;

const f = (n: number, d = 3) => n.toFixed(d);
console.log(
  `WU Helper bench: ${kb.entries.length} entries, ${questions.length} questions x ${ROUNDS} rounds (${questions.length * ROUNDS} answers)`,
);
console.log('');
console.log('                              WU Helper engine   plain MiniSearch   ratio');
console.log(
  `index build (ms)              ${f(tIndex, 2).padStart(16)}   ${f(tPlainIndex, 2).padStart(16)}   ${f(tIndex / tPlainIndex, 1)}x`,
);
console.log(
  `latency p50 (ms)              ${f(oursEngineOnly.p50).padStart(16)}   ${f(base.p50).padStart(16)}   ${f(oursEngineOnly.p50 / base.p50, 1)}x`,
);
console.log(
  `latency p99 (ms)              ${f(oursEngineOnly.p99).padStart(16)}   ${f(base.p99).padStart(16)}   ${f(oursEngineOnly.p99 / base.p99, 1)}x`,
);
console.log(`with text rendering p50/p99   ${`${f(ours.p50)} / ${f(ours.p99)}`.padStart(16)}`);
console.log(
  `autocomplete p50/p99 (ms)     ${`${f(autocomplete.p50)} / ${f(autocomplete.p99)}`.padStart(16)}   (${typed.length} prefixes typed, /wu explain and /wu fix each)`,
);
console.log('');
console.log(`knowledge load + validate: ${f(tLoad, 1)} ms`);
console.log(
  fromSnapshot
    ? `knowledge from the build's snapshot (the compiled start when the files are unchanged): ${f(tSnapshot, 1)} ms`
    : "knowledge from the build's snapshot: none current (npm run build makes it)",
);
console.log(
  `cold start of npm run ask (process start to first answer, median of 5): compiled ${f(median5(coldRuns.compiled), 0)} ms, through tsx ${f(median5(coldRuns.tsx), 0)} ms`,
);
console.log(
  `RSS of the engine alone (fresh process through tsx, npm start's flags, knowledge loaded, one answer): ${f(probe.rss, 1)} MB, heap used ${f(probe.heapUsed, 1)} MB`,
);
console.log(
  `  the same with node's default heap settings: ${f(probeDefault.rss, 1)} MB; bare node: ${f(bareNode, 1)} MB; bare node + tsx: ${f(bareTsx, 1)} MB; this bench process at the end: ${f(rss, 1)} MB`,
);
console.log('targets: p99 < 0.2 ms a question, cold start < 1000 ms, RSS < 120 MB');
console.log('');
console.log(
  await interactionBench(Number(process.env.BENCH_INTERACTIONS ?? 300), Number(process.env.BENCH_PROCESSES ?? 3)),
);
console.log('');
console.log(await insightBench(Number(process.env.BENCH_INSIGHT_ROUNDS ?? 10)));
