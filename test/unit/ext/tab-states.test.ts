/**
 * What the background keeps of each tab (lib/ext/tab-states.ts): a behaviour's failure keeps
 * the tab's analysis (the page is still painted) and is listed for the panel; a run's own
 * error still replaces the analysis; the failures go with the document.
 */
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/ext/messages';
import { tabStates } from '../../../lib/ext/tab-states';
import { makeAnalysis } from '../db/analysis-factory';

const URL_ = 'https://www.courtlistener.com/opinion/1/roman-catholic-diocese/';
const ready = (tabId: number): TabState => ({ tabId, url: URL_, status: 'ready', analysis: makeAnalysis(), hash: 'h1' });

function recorded() {
  const seen: TabState[] = [];
  return { seen, tabs: tabStates((s) => seen.push(s)) };
}

describe('tabStates', () => {
  it('keeps the analysis when the legend fails, lists the failure and tells the panel', () => {
    const { seen, tabs } = recorded();
    tabs.set(ready(4));
    tabs.behaviourFailed(4, URL_, { behaviour: 'legend', error: 'attachShadow is not a function' });
    const t = tabs.get(4)!;
    expect(t.status).toBe('ready');
    expect(t.analysis?.document.docket).toBe('20A87');
    expect(t.failed).toEqual([{ behaviour: 'legend', error: 'attachShadow is not a function' }]);
    expect(seen.map((s) => [s.tabId, s.status, s.failed?.length ?? 0])).toEqual([
      [4, 'ready', 0],
      [4, 'ready', 1],
    ]);
  });

  it('keeps one line per behaviour (the newest error), and other tabs untouched', () => {
    const { tabs } = recorded();
    tabs.set(ready(4));
    tabs.set(ready(5));
    tabs.behaviourFailed(4, URL_, { behaviour: 'card', error: 'first' });
    tabs.behaviourFailed(4, URL_, { behaviour: 'notes', error: 'quota' });
    tabs.behaviourFailed(4, URL_, { behaviour: 'card', error: 'again' });
    expect(tabs.get(4)!.failed).toEqual([
      { behaviour: 'notes', error: 'quota' },
      { behaviour: 'card', error: 'again' },
    ]);
    expect(tabs.get(5)!.failed).toBeUndefined();
  });

  it('keeps a failure that came before the first answer, through the answer', () => {
    const { tabs } = recorded();
    tabs.behaviourFailed(6, URL_, { behaviour: 'follow', error: 'x' });
    expect(tabs.get(6)).toMatchObject({ status: 'running', analysis: null });
    tabs.set(ready(6));
    expect(tabs.get(6)).toMatchObject({ status: 'ready', failed: [{ behaviour: 'follow', error: 'x' }] });
  });

  it('a run that fails as a whole still replaces the analysis (reportStatus)', () => {
    const { tabs } = recorded();
    tabs.set(ready(4));
    tabs.set({ tabId: 4, url: URL_, status: 'error', analysis: null, error: 'no reply' });
    expect(tabs.get(4)).toEqual({ tabId: 4, url: URL_, status: 'error', analysis: null, error: 'no reply' });
  });

  it('forgets the failures when the tab loads another document, and everything when it closes', () => {
    const { tabs } = recorded();
    tabs.set(ready(4));
    tabs.behaviourFailed(4, URL_, { behaviour: 'legend', error: 'x' });
    tabs.navigated(4);
    expect(tabs.get(4)!.failed).toBeUndefined();
    expect(tabs.get(4)!.status).toBe('ready');
    tabs.forget(4);
    expect(tabs.get(4)).toBeUndefined();
    expect(tabs.all()).toEqual([]);
  });

  it('a state handed back with its failures (a relabelled tab) stores none of them as its own', () => {
    const { tabs } = recorded();
    tabs.set(ready(4));
    tabs.behaviourFailed(4, URL_, { behaviour: 'legend', error: 'x' });
    tabs.set({ ...tabs.get(4)!, status: 'ready' });
    tabs.navigated(4);
    expect(tabs.get(4)!.failed).toBeUndefined();
  });
});
