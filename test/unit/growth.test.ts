import { describe, expect, it } from 'vitest';
import { growth } from './growth';

// work whose cost is known: a sum over n items, and one over n² pairs
const linear = (n: number) => () => {
  let s = 0;
  for (let r = 0; r < 40; r++) for (let i = 0; i < n; i++) s += i % 7;
  return s;
};
const quadratic = (n: number) => () => {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 1;
  return s;
};

describe('growth: the linear-time checks still catch quadratic work after measuring again', () => {
  it('a quadratic loop stays over the bound on every attempt', () => {
    expect(growth(quadratic(1500), quadratic(6000), 8).ratio).toBeGreaterThan(8);
  });
  it('a linear loop comes under it', () => {
    expect(growth(linear(200_000), linear(800_000), 8).ratio).toBeLessThan(8);
  });
});
