// npm run kb:schema: rewrites knowledge/schema.json from the zod schema (a test checks it is current).
import { writeFileSync } from 'node:fs';
import { knowledgeJsonSchema } from '../knowledge/json-schema.ts';

const out = process.argv[2] ?? 'knowledge/schema.json';
writeFileSync(out, knowledgeJsonSchema());
console.log(`wrote ${out}`);
