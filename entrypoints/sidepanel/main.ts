/**
 * The side panel: shows the current tab's analysis and drives the page (scroll, flash).
 * `?tab=N` pins the panel to one tab (used when the panel is opened as a page).
 */
import browser from 'webextension-polyfill';
import { callBackground, callTab, onBroadcast } from '../../lib/ext/rpc';
import type { BehaviourFailure, TabState } from '../../lib/ext/messages';
import { h } from '../../lib/dom/h';
import { authoritiesView, paragraphsView, rulingView, type AuthoritySort, type OverrideAction, type ViewActions } from './views';
import { notesView } from './notes-view';
import { FACTOR_TITLES, STANCE_WORDS } from '../../lib/render/words';
import { defaultSettings } from '../../lib/ext/settings';
import { readSettings } from '../../lib/ext/settings-store';
import type { FactorName } from '../../lib/types';

type View = 'ruling' | 'paragraphs' | 'authorities' | 'notes';
const app = document.getElementById('app')!;
const status = document.getElementById('status')!;
/** the tab the status line speaks of: a message belongs to the tab it was made in, and leaves with it */
let statusTab: number | null = null;
const say = (msg: string, undo?: () => void) => {
  statusTab = state?.tabId ?? null;
  status.replaceChildren(msg, ...(undo ? [h('button', { type: 'button', onclick: () => { status.replaceChildren(); undo(); } }, 'Undo')] : []));
};
const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
let view: View = (new URLSearchParams(location.search).get('view') as View) || 'ruling';
let state: TabState | null = null;
let authoritySort: AuthoritySort = 'name';

const overrideAction: OverrideAction = async (o) => {
  if (!state) return 'no opinion';
  const r = await callBackground('setOverride', { tabId: state.tabId, ...o });
  if (!r.ok) return r.error;
  // said on the status line, outside the view, so the re-render that shows the new label
  // (on the background's tabStateChanged, sent before this reply) does not wipe it
  const what = o.remove ? `${FACTOR_TITLES[o.factor]} removed` : `${FACTOR_TITLES[o.factor]} ${STANCE_WORDS[o.stance].symbol} ${STANCE_WORDS[o.stance].words}`;
  say(`Saved as your label: ¶${o.paragraph + 1} ${what}. It wins in every view and export.`);
  return null;
};

/**
 * Which highlights each tab shows, as switched here; a tab starts as the reader's options
 * say (the factors shown when a page opens).
 */
const switchedOff = new Map<number, Set<string>>();
let shownAtOpen = defaultSettings().visible;
void readSettings(browser.storage.local).then((s) => (shownAtOpen = s.visible), () => {});
const offIn = (tabId: number) => {
  let off = switchedOff.get(tabId);
  if (!off) switchedOff.set(tabId, (off = new Set(Object.entries(shownAtOpen).filter(([, v]) => !v).map(([f]) => f))));
  return off;
};

const actions: ViewActions = {
  goParagraph: (index) => state && void callTab(state.tabId, 'scrollToParagraph', { index }),
  goSpan: (start, end) => state && void callTab(state.tabId, 'scrollToOffset', { start, end }),
  factorVisible: (factor) => !state || !offIn(state.tabId).has(factor),
  setFactorVisible: (factor: FactorName | 'citation', visible) => {
    if (!state) return;
    const off = offIn(state.tabId);
    if (visible) off.delete(factor);
    else off.add(factor);
    void callTab(state.tabId, 'setFactorVisible', { factor, visible }).then((r) => !r.ok && say(`The page did not switch: ${r.error}`));
  },
};

async function refresh() {
  const reply = await callBackground('getTabState', { tabId: pinned });
  state = reply.ok ? reply.value : null;
  if (statusTab !== null && state?.tabId !== statusTab) {
    status.replaceChildren();
    statusTab = null;
  }
  render();
}

let renderSeq = 0;
async function render() {
  const seq = ++renderSeq;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('#tabs button'))) b.setAttribute('aria-selected', String(b.dataset.view === view));
  app.replaceChildren();
  if (!state) return app.append(h('p', { class: 'muted' }, 'Open a court opinion to see its analysis.'));
  if (state.status === 'not-opinion') return app.append(h('p', { class: 'muted' }, 'This page does not look like a court opinion.'));
  if (state.status === 'running' && !state.analysis) return app.append(h('p', { class: 'muted' }, 'Reading this page…'), ...failedLines(state.failed));
  if (state.status === 'error' || !state.analysis) return app.append(h('p', { class: 'status-error' }, `Could not analyse this page: ${state.error ?? 'unknown error'}`));
  const a = state.analysis;
  const el =
    view === 'ruling' ? rulingView(a, actions)
    : view === 'paragraphs' ? paragraphsView(a, actions, overrideAction)
    : view === 'authorities' ? authoritiesView(a, actions, authoritySort, (s) => { authoritySort = s; void render(); })
    : await notesView(state, actions, () => void refresh(), say);
  if (seq === renderSeq) app.replaceChildren(...failedLines(state.failed), el);
}

/** The page's behaviours in the reader's words (entrypoints/content/lens-page.ts names them). */
const BEHAVIOURS: Record<string, string> = {
  legend: 'The legend',
  card: 'The citation cards',
  notes: 'Your notes on the page',
  follow: 'Following your scroll',
  answers: 'Going to a paragraph from this panel',
};

/** One short line per behaviour that failed on the page: the analysis and the rest still work. */
function failedLines(failed: BehaviourFailure[] | undefined): HTMLElement[] {
  return (failed ?? []).map((f) =>
    h('p', { class: 'status-warn', title: f.error }, `${BEHAVIOURS[f.behaviour] ?? 'A part of the lens'} could not start on this page; the rest works.`),
  );
}

document.getElementById('tabs')!.addEventListener('click', (e) => {
  const v = (e.target as HTMLElement).dataset.view as View | undefined;
  if (v) {
    view = v;
    render();
  }
});

onBroadcast((m) => {
  if (m.type === 'tabStateChanged' && (!pinned || m.tabId === pinned)) void refresh();
  // a content script's broadcast carries its own tab (lib/ext/rpc.ts onBroadcast), the viewer names its tab
  if (m.type === 'viewport' && m.tabId === state?.tabId) follow(m.paragraph);
  if (m.type === 'notesChanged' && m.tabId === state?.tabId && view === 'notes') void render();
});
browser.tabs.onActivated.addListener(() => !pinned && void refresh());

/** The panel follows the reader: the paragraph at the top of the page is marked. */
function follow(index: number | null) {
  for (const el of Array.from(app.querySelectorAll('.current'))) el.classList.remove('current');
  if (index == null) return;
  // Ruling view: the factor the reader is reading about
  for (const el of Array.from(app.querySelectorAll<HTMLElement>('.factor[data-paragraphs]'))) {
    if ((el.dataset.paragraphs ?? '').split(',').includes(String(index))) el.classList.add('current');
  }
  const el = app.querySelector(`.para[data-index="${index}"]`);
  el?.classList.add('current');
  el?.scrollIntoView({ block: 'nearest' });
}

void refresh();
