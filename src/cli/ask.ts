// npm run ask -- "question"      prints the answer as a person reads it
// npm run ask -- --jsonl         reads {"q": "..."} lines on stdin, writes one JSON answer line each
import { createInterface } from 'node:readline';
import { engineOrExit } from '../startup.ts';
import { knowledgeDir } from '../knowledge/dir.ts';
import { renderText } from '../render/text.ts';
import { withDetails } from '../engine/card.ts';
import { answerLine } from './jsonl.ts';

// A reader that stops early (`| head`, a scorer that has all it needs) closes the pipe: that ends the
// run as it ends any Unix filter, quietly, not with a stack trace for a write nobody will read.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const engine = await engineOrExit(knowledgeDir());
  if (args[0] === '--jsonl') {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) process.stdout.write(`${answerLine(engine, line)}\n`);
    return;
  }
  const question = args.join(' ').trim();
  if (!question) {
    console.error('usage: npm run ask -- "your question"   or   npm run --silent ask -- --jsonl < questions.jsonl');
    process.exit(2);
  }
  // A person at a terminal gets the whole answer (no Details button to click).
  console.log(renderText(withDetails(engine.ask(question).card), { full: true }));
}

await main();
