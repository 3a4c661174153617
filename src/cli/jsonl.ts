// The jsonl contract: one input line in, one JSON line out, in order; bad lines get an error line.
// "alternatives" are the entries offered as "Did you mean": empty when the answer is sure; a decline
// that came close to some entries offers them too.
import type { Answer, Engine } from '../engine/answer.ts';
import { renderText } from '../render/text.ts';

export interface AnswerLine {
  status: Answer['status'];
  id: string | null;
  alternatives: string[];
  text: string;
}

export function toLine(a: Answer): AnswerLine {
  return {
    status: a.status,
    id: a.entry?.id ?? null,
    alternatives: a.card.alternatives.map((x) => x.id),
    text: renderText(a.card),
  };
}

export function answerLine(engine: Engine, line: string): string {
  let q: unknown;
  try {
    q = (JSON.parse(line) as { q?: unknown } | null)?.q;
  } catch (err) {
    return JSON.stringify({ status: 'error', error: `not valid JSON: ${(err as Error).message}` });
  }
  if (typeof q !== 'string') return JSON.stringify({ status: 'error', error: 'expected an object with a string "q"' });
  return JSON.stringify(toLine(engine.ask(q)));
}
