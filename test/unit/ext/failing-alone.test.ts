// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

const calls: { type: string; args: unknown }[] = [];
vi.mock('../../../lib/ext/rpc', () => ({
  callBackground: vi.fn(async (type: string, args: unknown) => {
    calls.push({ type, args });
    return { ok: true, value: null };
  }),
}));

const { guarded } = await import('../../../entrypoints/content/status');

describe('content-script behaviours fail alone (entrypoints/content/status.ts)', () => {
  it('reports a failing start as that behaviour’s failure (not the page’s), and the next one still starts', () => {
    const started: string[] = [];
    guarded('card', () => {
      throw new Error('no shadow roots here');
    });
    guarded('legend', () => started.push('legend'));
    expect(started).toEqual(['legend']);
    expect(calls).toEqual([{ type: 'behaviourFailed', args: { behaviour: 'card', error: 'no shadow roots here', url: location.href } }]);
  });

  it('reports nothing for a start that succeeds', () => {
    calls.length = 0;
    guarded('follow', () => {});
    expect(calls).toEqual([]);
  });
});
