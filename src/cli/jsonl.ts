// The jsonl contract: one input line in, one JSON line out, in order; bad lines get an error line.
import type { Engine } from '../engine/answer.ts';
import { renderText } from '../render/text.ts';

export function answerLine(engine: Engine, line: string): string {
  let q: unknown;
  try {
    q = (JSON.parse(line) as { q?: unknown } | null)?.q;
  } catch (err) {
    return JSON.stringify({ status: 'error', error: `not valid JSON: ${(err as Error).message}` });
  }
  if (typeof q !== 'string') return JSON.stringify({ status: 'error', error: 'expected an object with a string "q"' });
  const a = engine.ask(q);
  return JSON.stringify({ status: a.status, id: a.entry?.id ?? null, text: renderText(a.card) });
}
