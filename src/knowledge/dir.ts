// Where the knowledge lives: KNOWLEDGE_DIR, or knowledge/ beside the sources.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export function knowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR ? resolve(env.KNOWLEDGE_DIR) : DEFAULT_KNOWLEDGE_DIR;
}
