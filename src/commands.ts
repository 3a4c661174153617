// What each /wu subcommand means, independent of where it was typed (Discord or the console).
import { EXPLAIN_KINDS, FIX_KINDS, type Answer, type Engine } from './engine/answer.ts';

export { EXPLAIN_KINDS, FIX_KINDS };

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
