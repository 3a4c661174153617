// How sure a search answer is: a logistic model over signals that generalize (how the first hit
// stands against the second, how much of the question's telling vocabulary it covers, how closely it
// reads like one of the entry's phrasings, whether the question names something of ours). The
// weights and the "sure" threshold are data, fitted on the tune split by `npm run eval:fit`.
import { MODEL } from './confidence-model.ts';

export interface Signals {
  /** (first - second) / first, of the ranking score. */
  margin: number;
  phrase: number;
  coverage: number;
  strongCoverage: number;
  /** 1 when the question names a service, process or alias of ours. */
  named: number;
  /** log2(1 + number of telling terms): long pastes match thinly. */
  length: number;
}

export const SIGNALS: readonly (keyof Signals)[] = [
  'margin',
  'phrase',
  'coverage',
  'strongCoverage',
  'named',
  'length',
];

export function vector(s: Signals): number[] {
  return SIGNALS.map((k) => s[k]);
}

/** Probability that the answer is right, 0..1. */
export function confidenceOf(s: Signals, model = MODEL): number {
  const z = vector(s).reduce((sum, x, i) => sum + x * (model.weights[i] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** Below this the answer offers alternatives ("Did you mean"): chosen so sure answers are almost never wrong. */
export function sureThreshold(model = MODEL): number {
  return model.threshold;
}
