/**
 * What the background knows of each tab, for the side panel: its status and analysis
 * (`TabState`), and which of the page's behaviours failed. A run's end (`set`) replaces
 * the status and analysis; a behaviour's failure (`behaviourFailed`) changes neither: the
 * page is still painted and the panel keeps its analysis, saying in a line what does not
 * work. Failures belong to the document the tab shows and go when it loads another.
 */
import type { BehaviourFailure, TabState } from './messages';

export interface TabStates {
  /** the tab's state with its failed behaviours, or undefined for a tab never seen */
  get(tabId: number): TabState | undefined;
  /** a run's outcome (ready, not-opinion, error, an analysis relabelled) */
  set(state: TabState): void;
  /** one behaviour failed on the tab's page; the tab's status and analysis stay */
  behaviourFailed(tabId: number, url: string, failure: BehaviourFailure): void;
  /** the tab loads another document: the failures of the one before go */
  navigated(tabId: number): void;
  /** the tab closed */
  forget(tabId: number): void;
  /** every tab's state (for repainting open tabs) */
  all(): TabState[];
}

/** `changed(state)`: called after each change, with the tab's state as `get` gives it (badge, broadcast). */
export function tabStates(changed: (state: TabState) => void): TabStates {
  const tabs = new Map<number, TabState>();
  const failures = new Map<number, BehaviourFailure[]>();
  const get = (tabId: number): TabState | undefined => {
    const t = tabs.get(tabId);
    const failed = failures.get(tabId);
    return t && failed?.length ? { ...t, failed: [...failed] } : t;
  };
  return {
    get,
    set(state) {
      const { failed: _ignored, ...own } = state;
      tabs.set(state.tabId, own);
      changed(get(state.tabId)!);
    },
    behaviourFailed(tabId, url, failure) {
      // a behaviour started again on a new run (the legend, the card) that fails again is one line
      const list = (failures.get(tabId) ?? []).filter((f) => f.behaviour !== failure.behaviour);
      failures.set(tabId, [...list, { behaviour: failure.behaviour, error: failure.error }]);
      // a failure before the first answer: the panel shows the page as running, not as failed
      if (!tabs.has(tabId)) tabs.set(tabId, { tabId, url, status: 'running', analysis: null });
      changed(get(tabId)!);
    },
    navigated(tabId) {
      failures.delete(tabId);
    },
    forget(tabId) {
      tabs.delete(tabId);
      failures.delete(tabId);
    },
    all: () => [...tabs.keys()].map((id) => get(id)!),
  };
}
