// The JSON Schema editors use to complete and check knowledge files, made from the zod schema.
import { z } from 'zod';
import { entry } from './schema.ts';

export function knowledgeJsonSchema(): string {
  const schema = z.toJSONSchema(entry, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'WU Helper knowledge entry' }, null, 2)}\n`;
}
