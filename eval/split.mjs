#!/usr/bin/env node
// Run once, before any tuning: merges the gathered questions, drops repeats and questions already in the
// shared set, and splits them by source thread (so one thread never feeds both sides) into tune and
// holdout. Deterministic: the same input gives the same split.
//   node eval/split.mjs eval/gathered/raw-a.jsonl eval/gathered/raw-b.jsonl
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HOLDOUT_PERCENT = 38;
const shared = '../shared/eval/dev-questions.jsonl';
const key = (q) => q.trim().toLowerCase().replace(/\s+/g, ' ');
const sharedQs = new Set(
  existsSync(shared)
    ? readFileSync(shared, 'utf8').split('\n').filter(Boolean).map((l) => key(JSON.parse(l).q))
    : [],
);
const seen = new Set();
const out = { tune: [], holdout: [] };
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const q = JSON.parse(line);
    const k = key(q.q);
    if (sharedQs.has(k) || seen.has(k)) continue;
    seen.add(k);
    const bucket = parseInt(createHash('sha1').update(q.source).digest('hex').slice(0, 8), 16) % 100;
    out[bucket < HOLDOUT_PERCENT ? 'holdout' : 'tune'].push(q);
  }
}
for (const [name, qs] of Object.entries(out)) {
  writeFileSync(`eval/${name}.jsonl`, qs.map((q) => JSON.stringify(q)).join('\n') + '\n');
  console.log(`eval/${name}.jsonl: ${qs.length} questions`);
}
