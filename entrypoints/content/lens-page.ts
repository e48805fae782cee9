/**
 * The content script's life on one page: read the opinion, ask the background for the
 * analysis (the core never runs on the page's main thread), paint it, answer the side
 * panel, follow the reader's scroll, and start again when the page swaps the opinion.
 * Everything it adds is removed by `stop()`; the page sees only the state flag and counts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import browser from 'webextension-polyfill';
import { paint, type Painting } from '../../lib/dom/paint';
import { paintPlan, stateCounts } from '../../lib/dom/paint-plan';
import { adoptHighlightSheet, removeHighlightSheet } from '../../lib/dom/highlight-sheet';
import { defaultSettings, migrateSettings, SETTINGS_KEY, shouldAutoRun, type Settings } from '../../lib/ext/settings';
import { showLegend, type Legend } from '../../lib/dom/legend';
import { citationAt, citationCard, type CitationCard } from '../../lib/dom/citation-card';
import { readPage, type PageReading } from '../../lib/dom/read-page';
import { adapterFor } from '../../lib/sites/index';
import { offsetFromPoint, rangeFromOffsets } from '../../lib/dom/text-index';
import { callBackground, serveContent } from '../../lib/ext/rpc';
import type { ViewportMessage } from '../../lib/ext/messages';
import type { Analysis } from '../../lib/types';

const STATE = 'data-injunction-lens';
const COUNTS = 'data-injunction-lens-counts';
const OWN_TAG = /^INJUNCTION-LENS-/;

export function startLens(ctx: ContentScriptContext): void {
  const page = new LensPage(ctx);
  // Settings decide whether to start by itself; the toolbar button always can ('rerun').
  void page.start();
  ctx.addEventListener(window, 'wxt:locationchange', () => page.rerunSoon(300));
  ctx.onInvalidated(() => page.stop());
}

class LensPage {
  private reading: PageReading | null = null;
  private analysis: Analysis | null = null;
  private painting: Painting | null = null;
  private notes: Painting | null = null;
  private legend: Legend | null = null;
  private card: CitationCard | null = null;
  private observer: MutationObserver | null = null;
  private run$ = new AbortController();
  private rerunTimer: number | undefined;
  private on = true;
  private stepAt = -1;
  private unserve: () => void;
  private settings: Settings = defaultSettings();

  constructor(private ctx: ContentScriptContext) {
    this.unserve = serveContent({
      scrollToParagraph: ({ index }) => ({ scrolled: this.scrollToParagraph(index) }),
      scrollToOffset: ({ start, end }) => ({ scrolled: this.scrollToSpan(start, end) }),
      setFactorVisible: ({ factor, visible }) => {
        this.setFactorVisible(factor, visible);
        return null;
      },
      toggleHighlights: () => {
        this.on = !this.on;
        if (this.on) this.run();
        else this.clear(true);
        return { on: this.on };
      },
      rerun: () => {
        this.on = true;
        this.rerunSoon(0);
        return null;
      },
      step: ({ direction }) => ({ index: this.step(direction) }),
      getSelection: () => this.selectionOffsets(),
      paintNotes: ({ spans }) => {
        this.notes?.clear();
        if (this.reading) this.notes = paint(this.reading.index, spans.map((s) => ({ name: 'lens-note', start: s.start, end: s.end })), { around: this.viewportOffset() ?? 0 });
        return null;
      },
    });
    ctx.onInvalidated(() => this.unserve());
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true });
    ctx.addEventListener(document, 'mousemove', (e) => this.onHover(e as MouseEvent), { passive: true });
  }

  async start(): Promise<void> {
    try {
      this.settings = migrateSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    } catch {
      /* defaults */
    }
    const site = adapterFor(document, location.href)?.site ?? 'generic';
    if (shouldAutoRun(this.settings, site)) await this.run();
  }

  async run(): Promise<void> {
    this.clear(false);
    const signal = (this.run$ = new AbortController()).signal;
    const html = document.documentElement;
    html.setAttribute(STATE, 'running');
    try {
      const reading = await readPage(document, location.href, (el) => OWN_TAG.test(el.tagName), signal);
      if (signal.aborted) return;
      this.reading = reading;
      if (reading.extraction.opinionScore < 0.5 || reading.index.text.trim().length < 200) {
        return this.finish('not-opinion', null);
      }
      const reply = await callBackground('analyze', {
        text: reading.index.text,
        url: location.href,
        site: reading.extraction.site,
        meta: { ...reading.extraction.meta },
      });
      if (signal.aborted) return;
      if (!reply.ok) return this.finish('error', null, reply.error);
      const a: Analysis = { ...reply.value.analysis, text: reading.index.text };
      if (a.paragraphs.length + a.citations.length < reply.value.paragraphs + reply.value.citations) {
        [a.paragraphs, a.citations] = await Promise.all([
          fetchParts('paragraphs', reply.value.paragraphs, signal),
          fetchParts('citations', reply.value.citations, signal),
        ]);
      }
      if (signal.aborted) return;
      a.citations = [...a.citations].sort((x, y) => x.start - y.start); // citationAt searches by start
      if (!a.isOpinion) return this.finish('not-opinion', null);
      this.analysis = a;
      // where the reader is, read before our styles change the page (no forced re-layout)
      const around = this.viewportOffset() ?? 0;
      this.installStyles();
      this.painting = paint(reading.index, paintPlan(a), { around, signal });
      for (const [f, v] of Object.entries(this.settings.visible)) if (!v) this.setFactorVisible(f, false);
      this.watchForChanges(reading);
      const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
      this.card = citationCard(document, a, (s, e) => this.scrollToSpan(s, e));
      if (present.size) this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v));
      await this.painting.done;
      if (signal.aborted) return;
      this.finish('ready', a);
      await this.paintSavedNotes();
    } catch (e) {
      if (signal.aborted) return;
      this.finish('error', null, String((e as Error)?.message ?? e));
    }
  }

  /** The reader's own highlights, re-anchored by the background against this text. */
  private async paintSavedNotes() {
    const r = await callBackground('listNotes', { tabId: null });
    if (!r.ok || !this.reading) return;
    const spans = r.value.filter((n) => n.kind === 'highlight' && n.start != null);
    this.notes?.clear();
    this.notes = paint(this.reading.index, spans.map((n) => ({ name: 'lens-note', start: n.start!, end: n.end! })), { around: this.viewportOffset() ?? 0 });
  }

  private finish(state: 'ready' | 'not-opinion' | 'error', a: Analysis | null, error?: string) {
    const html = document.documentElement;
    html.setAttribute(STATE, state);
    if (a) html.setAttribute(COUNTS, JSON.stringify(stateCounts(a)));
    else html.removeAttribute(COUNTS);
    if (state !== 'ready') void callBackground('reportStatus', { status: state, url: location.href, error });
  }

  rerunSoon(ms: number) {
    clearTimeout(this.rerunTimer);
    this.rerunTimer = this.ctx.setTimeout(() => this.on && this.run(), ms);
  }

  /** Lazy content and single-page apps: a changed opinion text means a new run. */
  private watchForChanges(reading: PageReading) {
    this.observer?.disconnect();
    const roots = reading.extraction.roots;
    const before = reading.index.text.length;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => r.target instanceof Element && OWN_TAG.test(r.target.tagName))) return;
      const detached = roots.some((r) => !r.isConnected);
      const grown = Math.abs((roots[0]?.textContent?.length ?? 0) - (roots[0] ? reading.index.text.length : 0)) > before * 0.2;
      if (detached || grown) this.rerunSoon(500);
    });
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private installStyles() {
    adoptHighlightSheet(document, this.settings.colours);
  }

  private setFactorVisible(factor: string, visible: boolean) {
    this.painting?.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
    if (factor !== 'citation') this.painting?.setVisible(`lens-evidence-${factor}`, visible);
  }

  private clear(all: boolean) {
    this.run$.abort();
    this.legend?.remove();
    this.legend = null;
    this.card?.remove();
    this.card = null;
    this.painting?.clear();
    this.notes?.clear();
    this.painting = this.notes = null;
    this.observer?.disconnect();
    this.observer = null;
    this.analysis = null;
    if (all) {
      removeHighlightSheet(document);
      document.documentElement.removeAttribute(STATE);
      document.documentElement.removeAttribute(COUNTS);
    }
  }

  stop() {
    this.clear(true);
  }

  private scrollToParagraph(index: number): boolean {
    const p = this.analysis?.paragraphs[index];
    return p ? this.scrollToSpan(p.start, p.end) : false;
  }

  private scrollToSpan(start: number, end: number): boolean {
    if (!this.reading) return false;
    const range = rangeFromOffsets(this.reading.index, start, end);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    this.flash(start, end);
    return true;
  }

  private flash(start: number, end: number) {
    if (!this.reading) return;
    const f = paint(this.reading.index, [{ name: 'lens-flash', start, end }]);
    this.ctx.setTimeout(() => f.clear(), 1200);
  }

  private step(direction: 1 | -1): number | null {
    const paras = this.analysis?.paragraphs.filter((p) => p.factors.some((f) => f.factor !== 'standard')) ?? [];
    if (!paras.length) return null;
    // continue from the last stepped-to paragraph while it is still on screen, else from where the reader is
    const from = this.stepAt >= 0 && this.isOnScreen(this.stepAt) ? this.stepAt : (this.paragraphAtViewport() ?? -1);
    const next = direction > 0 ? paras.find((p) => p.index > from) : [...paras].reverse().find((p) => p.index < from);
    if (!next) return null;
    this.stepAt = next.index;
    this.scrollToParagraph(next.index);
    return next.index;
  }

  private isOnScreen(index: number): boolean {
    const p = this.analysis?.paragraphs[index];
    const r = p && this.reading ? rangeFromOffsets(this.reading.index, p.start, p.end)?.getBoundingClientRect() : null;
    return !!r && r.bottom > 0 && r.top < window.innerHeight;
  }

  private viewportOffset(): number | null {
    if (!this.reading) return null;
    const x = Math.min(window.innerWidth / 2, 200);
    for (const y of [40, 120, 240]) {
      const pos = caretAt(x, y);
      if (!pos) continue;
      const off = offsetFromPoint(this.reading.index, pos.node, pos.offset);
      if (off != null) return off;
    }
    return null;
  }

  private paragraphAtViewport(): number | null {
    const off = this.viewportOffset();
    if (off == null || !this.analysis) return null;
    const paras = this.analysis.paragraphs;
    let found: number | null = null;
    for (const p of paras) {
      if (p.start <= off) found = p.index;
      else break;
    }
    return found;
  }

  private lastSent: number | null = null;
  private scrollTimer: number | undefined;
  private onScroll() {
    if (!this.analysis) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = this.ctx.setTimeout(() => {
      const at = this.viewportOffset();
      if (at != null) {
        void this.painting?.moveTo(at);
        void this.notes?.moveTo(at);
      }
      const index = this.paragraphAtViewport();
      if (index === this.lastSent) return;
      this.lastSent = index;
      const msg: ViewportMessage = { channel: 'lens-broadcast', type: 'viewport', paragraph: index };
      browser.runtime.sendMessage(msg).catch(() => {});
    }, 150);
  }

  private hoverPoint: { x: number; y: number } | null = null;
  /** Hovering a citation shows its card. One caret lookup per 80 ms, for the latest point. */
  private onHover(e: MouseEvent) {
    if (!this.card) return;
    if (e.target instanceof Element && OWN_TAG.test(e.target.tagName)) return;
    const pending = this.hoverPoint;
    this.hoverPoint = { x: e.clientX, y: e.clientY };
    if (pending) return; // a lookup is already scheduled; it will read the latest point
    this.ctx.setTimeout(() => {
      const p = this.hoverPoint;
      this.hoverPoint = null;
      if (!p || !this.card || !this.analysis || !this.reading) return;
      const pos = caretAt(p.x, p.y);
      const off = pos ? offsetFromPoint(this.reading.index, pos.node, pos.offset) : null;
      const c = off == null ? null : citationAt(this.analysis.citations, off);
      if (c) this.card.show(c, p.x, p.y);
      else this.card.hide();
    }, 80);
  }

  private selectionOffsets(): { start: number; end: number; exact: string } | null {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !this.reading) return null;
    const r = sel.getRangeAt(0);
    const start = offsetFromPoint(this.reading.index, r.startContainer, r.startOffset);
    const end = offsetFromPoint(this.reading.index, r.endContainer, r.endOffset);
    if (start == null || end == null || end <= start) return null;
    return { start, end, exact: this.reading.index.text.slice(start, end) };
  }
}

/** Takes the analysis's paragraphs or citations in parts small enough to parse quickly. */
async function fetchParts<P extends 'paragraphs' | 'citations'>(part: P, total: number, signal: AbortSignal, size = 400): Promise<Analysis[P]> {
  const out: unknown[] = [];
  for (let from = 0; from < total && !signal.aborted; from += size) {
    const r = await callBackground('analysisPart', { part, from, count: size });
    if (!r.ok) throw new Error(r.error);
    out.push(...(r.value as unknown[]));
  }
  return out as Analysis[P];
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
