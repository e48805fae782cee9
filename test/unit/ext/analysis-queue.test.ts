/**
 * The background's queue of analyses (lib/ext/analysis-queue.ts): the visible tab first,
 * the rest in order, a tab that moved on dropped before its work runs.
 */
import { describe, expect, it } from 'vitest';
import { analysisQueue, StaleJobError } from '../../../lib/ext/analysis-queue';

function setup(visibleTab: number, staleRuns = new Set<string>()) {
  const order: string[] = [];
  const q = analysisQueue({ visible: (t) => t === visibleTab, stale: (_t, run) => !!run && staleRuns.has(run), yieldNow: () => Promise.resolve() });
  const job = (tabId: number, name: string, run?: string) => q.run({ tabId, run, work: () => (order.push(name), name) });
  return { q, order, job };
}

describe('analysisQueue', () => {
  it('runs one job at a time, the visible tab ahead of the others, the rest in arrival order', async () => {
    const { order, job } = setup(3);
    const all = Promise.all([job(1, 'first'), job(2, 'second'), job(4, 'third'), job(3, 'visible'), job(5, 'last')]);
    expect(await all).toEqual(['first', 'second', 'third', 'visible', 'last']);
    // all five were waiting when the first turn came: the visible tab's ran first
    expect(order).toEqual(['visible', 'first', 'second', 'third', 'last']);
  });
  it('after a finished job, the visible tab goes first among those that came meanwhile', async () => {
    const { order, job } = setup(3);
    const first = job(1, 'first');
    await first;
    const rest = Promise.all([job(2, 'second'), job(3, 'visible')]);
    await rest;
    expect(order).toEqual(['first', 'visible', 'second']);
  });
  it('drops a job whose tab moved on, before its work runs', async () => {
    const stale = new Set(['old']);
    const { order, job } = setup(9, stale);
    const a = job(1, 'a');
    const b = job(2, 'b', 'old');
    const c = job(2, 'c', 'new');
    await expect(b).rejects.toBeInstanceOf(StaleJobError);
    expect(await a).toBe('a');
    expect(await c).toBe('c');
    expect(order).toEqual(['a', 'c']);
  });
  it('a job that throws rejects alone; the queue goes on', async () => {
    const q = analysisQueue({ visible: () => false, stale: () => false, yieldNow: () => Promise.resolve() });
    const bad = q.run({ tabId: 1, work: () => { throw new Error('boom'); } });
    const good = q.run({ tabId: 2, work: () => 42 });
    await expect(bad).rejects.toThrow('boom');
    expect(await good).toBe(42);
    expect(q.size).toBe(0);
  });
});
