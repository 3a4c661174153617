import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/engine/lower-bound.ts';

describe('lowerBound', () => {
  it('finds where a value would go in numbers or words, before any equal ones', () => {
    expect(lowerBound(Float64Array.from([1, 3, 3, 5]), 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 5], 4)).toBe(3);
    expect(lowerBound([1, 3], 9)).toBe(2);
    expect(lowerBound(['restart', 'update', 'updater'], 'upd')).toBe(1);
    expect(lowerBound([], 'x')).toBe(0);
  });
});
