// Run by the bench in a fresh process: loads the knowledge, builds the engine, answers once, and
// prints the process's memory, so the figure is the product's and not the bench's.
import { loadKnowledgeOrThrow } from '../src/knowledge/load.ts';
import { knowledgeDir } from '../src/knowledge/dir.ts';
import { Engine } from '../src/engine/answer.ts';

const engine = new Engine(loadKnowledgeOrThrow(knowledgeDir()));
engine.ask('0x80070422');
const m = process.memoryUsage();
process.stdout.write(JSON.stringify({ rss: m.rss / 2 ** 20, heapUsed: m.heapUsed / 2 ** 20 }));
