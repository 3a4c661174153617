// What each /wu subcommand means, independent of where it was typed (Discord or the console).
import type { Answer, Engine } from './engine/answer.ts';
import type { Kind } from './knowledge/schema.ts';

export const EXPLAIN_KINDS: readonly Kind[] = ['service', 'concept'];
export const FIX_KINDS: readonly Kind[] = ['fix'];

export const SUBCOMMANDS = ['explain', 'fix', 'error', 'ask', 'topics'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export function runSubcommand(engine: Engine, sub: Exclude<Subcommand, 'topics'>, value: string): Answer {
  switch (sub) {
    case 'explain':
      return engine.lookup(value, EXPLAIN_KINDS);
    case 'fix':
      return engine.lookup(value, FIX_KINDS);
    case 'error':
      return engine.error(value);
    case 'ask':
      return engine.ask(value);
  }
}
