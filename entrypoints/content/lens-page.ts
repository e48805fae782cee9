/**
 * The content script's life on one page: read the opinion, ask the background for the
 * analysis (the core never runs on the page's main thread), paint it, answer the side
 * panel, follow the reader's scroll, and start again when the page swaps the opinion.
 * Everything it adds is removed by `stop()`; the page sees only the state flag and counts.
 */
import type { GuestContext } from '../guest/context';
import browser from 'webextension-polyfill';
import { paint, type PaintItem, type Painting } from '../../lib/dom/paint';
import { overlayBoxes, overlayMarks } from '../../lib/dom/overlay';
import { paintPlan, planCounts, stateCounts } from '../../lib/dom/paint-plan';
import { onWashChange, readWash, washOf, writeWash } from './wash-setting';
import { adoptHighlightSheet, removeHighlightSheet } from '../../lib/dom/highlight-sheet';
import { pageAliases } from '../../lib/dom/highlight-names';
import { defaultSettings, type Settings } from '../../lib/ext/settings';
import { legendRoot, showLegend, type Legend } from '../../lib/dom/legend';
import { citationAt, citationCard, type CitationCard } from '../../lib/dom/citation-card';
import { readText } from '../../lib/dom/read-page';
import { yieldToPage } from '../../lib/dom/yield';
import type { TextIndex } from '../../lib/dom/text-index';
import { textKeySliced } from '../../lib/dom/text-key-sliced';
import { uploadSliced } from '../../lib/dom/upload-sliced';
import { SLICE_CAPS, SlicePass } from '../../lib/dom/slice-meter';
import { PREVIEW_MIN_CHARS, previewWindow } from '../../lib/ext/preview-window';
import { adapterFor } from '../../lib/sites/index';
import { offsetFromPoint, rangeFromOffsets } from '../../lib/dom/text-index';
import { callBackground, serveContent } from '../../lib/ext/rpc';
import type { AnalysisReply, ViewportMessage } from '../../lib/ext/messages';
import type { Analysis } from '../../lib/types';

/** The opinion's elements and its reading text: what painting and re-runs need. */
type PageText = { roots: Element[]; index: TextIndex };
/**
 * Where the lens is on this page (running, ready, not-opinion, error) and the counts of its
 * answer. Kept in this isolated world only, for the browser tests: nothing on the page's
 * DOM says the lens is there (an attribute would tell every page script).
 */
const pageState: {
  state: 'running' | 'ready' | 'not-opinion' | 'error' | null;
  counts: ReturnType<typeof stateCounts> | null;
  /** what the whole painting's plan holds (ranges, characters, marks) and in which mode */
  painted: (ReturnType<typeof planCounts> & { wash: boolean }) | null;
} = { state: null, counts: null, painted: null };
/** A note's margin mark: the note's yellow, a pencil, and words that say only that it is a note. */
const NOTE_MARK = { symbol: '✎', label: 'Your note', colour: '#ffeb3b' };
const OWN_TAG = /^INJUNCTION-LENS-/;

export function startLens(ctx: GuestContext): void {
  // The overlay's boxes and the texts they cover, for the browser tests: in this isolated
  // world only (like `__injunctionLensSlices`); the page's own scripts never see it.
  Object.defineProperty(globalThis, '__injunctionLensOverlay', { get: overlayBoxes, configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensState', { get: () => ({ ...pageState }), configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensMarks', { get: overlayMarks, configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensLegend', { get: legendRoot, configurable: true });
  const page = new LensPage(ctx);
  // Settings decide whether to start by itself; the toolbar button always can ('rerun').
  void page.start();
  ctx.onLocationChange(() => page.rerunSoon(300));
  ctx.onInvalidated(() => page.stop());
}

class LensPage {
  private reading: PageText | null = null;
  private analysis: Analysis | null = null;
  private painting: Painting | null = null;
  /** paintings shown before the whole one (a long text's preview, its near-viewport part) */
  private early: Painting[] = [];
  private runs = 0;
  /** this page load's token: a message meant for another document in the tab never matches */
  private readonly token = Math.random().toString(36).slice(2);
  /** the reader asked for the lens on this page (toolbar, toggle): later re-runs stay on */
  private forced = false;
  /** stops early paintings adding highlights once the whole one starts */
  private early$ = new AbortController();
  private flashing: Painting | null = null;
  private around = 0;
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
  /** the paragraph wash (true) or findings first (false): the reader's choice (wash-setting.ts) */
  private wash = false;
  /** factors the reader switched off in the legend on this page (kept when the painting is made again) */
  private switchedOff = new Set<string>();
  /** the names our highlights go by on this page: opaque to the page (highlight-names.ts) */
  private alias = pageAliases();

  constructor(private ctx: GuestContext) {
    this.unserve = serveContent({
      scrollToParagraph: ({ index }) => ({ scrolled: this.scrollToParagraph(index) }),
      scrollToOffset: ({ start, end }) => ({ scrolled: this.scrollToSpan(start, end) }),
      setFactorVisible: ({ factor, visible }) => {
        this.setFactorVisible(factor, visible);
        return null;
      },
      toggleHighlights: () => {
        this.on = !this.on;
        if (this.on) void this.run(true);
        else this.clear(true);
        return { on: this.on };
      },
      rerun: () => {
        this.on = true;
        this.rerunSoon(0, true);
        return null;
      },
      step: ({ direction }) => ({ index: this.step(direction) }),
      getSelection: () => this.selectionOffsets(),
      paintNotes: ({ spans }) => {
        this.notes?.clear();
        this.notes = null;
        if (this.reading && this.on) this.notes = this.paintNotes(spans);
        return null;
      },
    });
    ctx.onInvalidated(() => this.unserve());
    const unwatch = onWashChange((wash) => {
      this.legend?.setWash(wash);
      this.setWash(wash, false);
    });
    ctx.onInvalidated(unwatch);
    ctx.addEventListener(window, 'resize', () => this.legend?.place(), { passive: true });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true });
    ctx.addEventListener(document, 'mousemove', (e) => this.onHover(e as MouseEvent), { passive: true });
    // focus, for readers on the keyboard: the caret (caret browsing, a click, a selection) in a citation shows its card
    ctx.addEventListener(document, 'selectionchange', () => this.onCaretSoon());
    ctx.addEventListener(document, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.card?.hide();
    });
  }

  start(): Promise<void> {
    return this.run(false);
  }

  /**
   * Reads, finds the cached analysis or has the text analysed, and paints. Unless `force`d
   * (the reader asked), the background's answer may be "not here" (auto-run off, site
   * switched off): then the run stops without a trace.
   */
  async run(force = true): Promise<void> {
    this.clear(false);
    if (force) this.forced = true;
    const signal = (this.run$ = new AbortController()).signal;
    this.early$ = new AbortController();
    ++this.runs;
    const run = this.runId();
    // the reader's choice of painting, read beside the first question (not after it)
    const washRead = readWash().catch(() => false);
    try {
      const first = await readText(document, location.href, (el) => OWN_TAG.test(el.tagName), signal);
      // each step below is a task of its own: the caret lookup may lay the page out, and
      // the text key is a pass over the whole text
      await yieldToPage();
      if (signal.aborted) return;
      // only the elements and the index: the pending rest of the extraction stays with `first`
      this.reading = { roots: first.roots, index: first.index };
      // Where the reader is, read before our styles change the page, and after the browser's
      // own first layout (asking before it would force the whole layout in our task).
      if (!rendered) await afterLayout();
      if (signal.aborted) return;
      const around = (this.around = this.viewportOffset() ?? 0);
      // One question to the background: may we run here, with which settings, and is this
      // text's analysis cached (a revisit: found by the page's own key for its text, so
      // neither the rest of the extraction nor the text itself has to be sent)?
      const adapter = adapterFor(document, location.href)?.site ?? 'generic';
      await yieldToPage();
      if (signal.aborted) return;
      // the key is a pass over the whole text: in slices (the same key as lib/text-key's)
      const key = first.index.text.trim().length >= 200 ? await textKeySliced(first.index.text, signal) : null;
      await yieldToPage();
      if (signal.aborted) return;
      // a long text: the text around the reader goes with the question (one upload chunk at
      // most), so that if nothing is cached its citations come back with the answer
      const preview = first.index.text.length >= PREVIEW_MIN_CHARS ? previewWindow(first.index.text, around, SLICE_CAPS.upload) : undefined;
      const asking = callBackground('cachedAnalysis', { key, url: location.href, site: first.site, adapter, around, force: this.forced, run, preview });
      if (preview) meterMessage(preview.text.length);
      const asked = await asking;
      if (signal.aborted) return;
      if (!asked.ok) return this.finish('error', null, asked.error);
      if (!asked.value.allowed) {
        // not here: no trace, not even the stylesheet the document_start script adopted
        this.reading = null;
        this.clear(true);
        return;
      }
      this.settings = asked.value.settings;
      this.wash = washOf(this.settings) ?? (await washRead);
      if (signal.aborted) return;
      pageState.state = 'running';
      let reply: AnalysisReply | null = asked.value.found;
      if (!reply) {
        // A long text: the citations around the reader (found by the background from the
        // text near the viewport only) are painted first, and the page renders them before
        // the extraction's rest, the upload and the analysis: our slices resume ahead of the
        // page's other tasks (scheduler.yield), so without this turn the frame with the first
        // highlights would wait for the whole extraction.
        if (asked.value.preview?.length) {
          this.installStyles();
          const p = (this.painting = this.paint(first.index, asked.value.preview.map((s) => ({ name: 'lens-citation', ...s })), around, this.early$.signal));
          await p.done;
          if (signal.aborted) return;
          await afterLayout();
          if (signal.aborted) return;
        }
        const reading = await first.complete(); // the extraction's rest: parts, caption, score
        if (signal.aborted) return;
        this.reading = { roots: reading.extraction.roots, index: reading.index };
        if (reading.extraction.opinionScore < 0.5 || reading.index.text.trim().length < 200) {
          return this.finish('not-opinion', null);
        }
        // the text goes to the background in chunks, each message a task of its own (the
        // browser serialises a message on this thread: a megabyte in one was a long task)
        const upload = await uploadSliced(reading.index.text, run, async (chunk) => {
          const r = await callBackground('uploadChunk', chunk);
          if (!r.ok) throw new Error(r.error);
          return r.value;
        }, signal);
        if (signal.aborted) return;
        const analysed = await callBackground('analyze', {
          upload,
          url: location.href,
          site: reading.extraction.site,
          meta: { ...reading.extraction.meta },
          caption: reading.extraction.caption,
          around,
          run,
        });
        if (signal.aborted) return;
        if (!analysed.ok) return this.finish('error', null, analysed.error);
        reply = analysed.value;
      }
      await this.show(reply, this.reading, around, signal);
    } catch (e) {
      if (signal.aborted) return;
      this.finish('error', null, String((e as Error)?.message ?? e));
    }
  }

  /** Paints an analysis: what is near the reader first, then (for a long one) the rest. */
  private async show(reply: AnalysisReply, reading: PageText, around: number, signal: AbortSignal) {
    const a: Analysis = { ...reply.analysis, text: reading.index.text };
    if (!a.isOpinion) return this.finish('not-opinion', null);
    this.installStyles();
    const partial = a.paragraphs.length + a.citations.length < reply.paragraphs + reply.citations;
    if (partial && reply.near) this.showEarly(this.paintAll(this.plan({ ...a, ...reply.near }), around, this.early$.signal));
    if (partial) {
      [a.paragraphs, a.citations] = await Promise.all([
        fetchParts('paragraphs', reply.paragraphs, signal),
        fetchParts('citations', reply.citations, signal),
      ]);
      if (signal.aborted) return;
    }
    a.citations = [...a.citations].sort((x, y) => x.start - y.start); // citationAt searches by start
    this.analysis = a;
    const early = this.painting ? [...this.early, this.painting] : this.early;
    this.early = early;
    // early paintings add nothing more (they would take names back from the whole one)
    this.early$.abort();
    // the plan, the painting's index of it and the card each go over every citation: tasks
    // apart, so a page of 200,000 `Id.` does not make them one long task
    const plan = this.plan(a);
    pageState.painted = { ...planCounts(plan), wash: this.wash };
    await yieldToPage();
    if (signal.aborted) return;
    this.painting = this.paintAll(plan, early.length ? (this.viewportOffset() ?? around) : around, signal);
    // what was painted early goes once the whole painting has covered the same window
    void this.painting.done.then(() => {
      for (const p of early) p.clear();
      this.early = this.early.filter((p) => !early.includes(p));
    });
    this.watchForChanges(reading);
    await yieldToPage();
    if (signal.aborted) return;
    const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
    this.card = citationCard(document, a, (s, e) => this.scrollToSpan(s, e));
    if (present.size) {
      this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v), {
        wash: this.wash,
        onWash: (wash) => this.setWash(wash, true),
        column: () => this.column(),
        avoid: () => [this.painting, this.notes].flatMap((p) => p?.rectsIn(0, window.innerHeight) ?? []),
      });
    }
    await this.painting.done;
    if (signal.aborted) return;
    this.finish('ready', a);
    await this.paintSavedNotes();
  }

  /** A painting shown until the whole one replaces it. */
  private showEarly(p: Painting) {
    if (this.painting) this.early.push(this.painting);
    this.painting = p;
  }

  /** The reader's painting of `a`: findings first or the paragraph wash, with margin marks. */
  private plan(a: Analysis): PaintItem[] {
    return paintPlan(a, { wash: this.wash, marks: true, colours: this.settings.colours });
  }

  /**
   * Findings first or the paragraph wash, from the legend (`store`: remembered with the
   * settings) or from the settings changed elsewhere. The painting is made again around
   * the reader; the old one goes first, so its marks leave their places to the new ones.
   */
  private setWash(wash: boolean, store: boolean) {
    if (store) void writeWash(wash).catch(() => {});
    if (wash === this.wash) return;
    this.wash = wash;
    const a = this.analysis;
    if (!a || !this.reading || !this.on) return;
    this.installStyles();
    const plan = this.plan(a);
    pageState.painted = { ...planCounts(plan), wash };
    this.clearPaintings();
    const painting = (this.painting = this.paintAll(plan, this.viewportOffset() ?? this.around, this.run$.signal));
    // painting again: 'running' until the new painting is done (the tests wait for 'ready')
    pageState.state = 'running';
    void painting.done.then(() => {
      if (this.painting === painting && pageState.state === 'running') pageState.state = 'ready';
    });
  }

  /**
   * Where the opinion's text runs now (viewport coordinates): the left and right edges of
   * the lines of the paragraphs around the reader. The legend docks beside it.
   */
  private column(): { left: number; right: number } | null {
    if (!this.reading || !this.analysis) return null;
    const paras = this.analysis.paragraphs;
    const at = this.paragraphAtViewport() ?? 0;
    let left = Infinity, right = -Infinity;
    for (const p of paras.slice(Math.max(0, at - 2), at + 6)) {
      const r = rangeFromOffsets(this.reading.index, p.start, p.end);
      for (const b of r ? Array.from(r.getClientRects()) : []) {
        if (!b.width) continue;
        left = Math.min(left, b.left);
        right = Math.max(right, b.right);
      }
    }
    return left < right ? { left, right } : null;
  }

  private paintAll(items: PaintItem[], around: number, signal: AbortSignal): Painting {
    return this.paint(this.reading!.index, items, around, signal);
  }

  /** Paints over `index` (the reading whose offsets the items are in). */
  private paint(index: TextIndex, items: PaintItem[], around: number, signal: AbortSignal): Painting {
    const painting = paint(index, items, { around, signal, alias: this.alias });
    for (const [f, v] of Object.entries(this.settings.visible)) if (!v) hideFactor(painting, f);
    for (const f of this.switchedOff) hideFactor(painting, f);
    return painting;
  }

  /** The reader's own highlights, re-anchored by the background against this text. */
  private async paintSavedNotes() {
    const r = await callBackground('listNotes', { tabId: null });
    if (!r.ok || !this.reading) return;
    const spans = r.value.filter((n) => n.kind === 'highlight' && n.start != null);
    this.notes?.clear();
    this.notes = this.paintNotes(spans.map((n) => ({ start: n.start!, end: n.end! })));
  }

  /**
   * The reader's notes: boxes in a closed shadow root, never the page's `CSS.highlights`
   * or our adopted sheet, which page scripts can read (which passages the reader annotated
   * is the reader's own). Only what the boxes cover goes in: no note's text, id or tags.
   */
  private paintNotes(spans: { start: number; end: number }[]): Painting | null {
    if (!this.reading || !spans.length) return null;
    const items = spans.flatMap((s) => [
      { name: 'lens-note', start: s.start, end: s.end },
      { name: 'lens-note-mark', start: s.start, end: s.end, mark: NOTE_MARK },
    ]);
    return paint(this.reading.index, items, { around: this.viewportOffset() ?? 0, overlay: true });
  }

  private finish(state: 'ready' | 'not-opinion' | 'error', a: Analysis | null, error?: string) {
    // nothing painted early (a long text's preview) stays on a page that is not an opinion
    if (state !== 'ready') this.clearPaintings();
    pageState.state = state;
    pageState.counts = a ? stateCounts(a) : null;
    if (!a) pageState.painted = null;
    if (state !== 'ready') void callBackground('reportStatus', { status: state, url: location.href, error });
  }

  /** A re-run the page caused (lazy content, navigation): it stays on if the reader had asked for it. */
  rerunSoon(ms: number, force = false) {
    clearTimeout(this.rerunTimer);
    this.rerunTimer = this.ctx.setTimeout(() => this.on && this.run(force || this.forced), ms);
  }

  private runId(): string {
    return `${this.token}:${this.runs}`;
  }

  /** Lazy content and single-page apps: a changed opinion text means a new run. */
  private watchForChanges(reading: PageText) {
    this.observer?.disconnect();
    const roots = reading.roots;
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
    adoptHighlightSheet(document, this.settings.colours, this.alias, { wash: this.wash });
  }

  private setFactorVisible(factor: string, visible: boolean) {
    if (visible) this.switchedOff.delete(factor);
    else this.switchedOff.add(factor);
    if (this.painting) hideFactor(this.painting, factor, visible);
  }

  private clear(all: boolean) {
    this.run$.abort();
    this.early$.abort();
    this.legend?.remove();
    this.legend = null;
    this.card?.remove();
    this.card = null;
    this.clearPaintings();
    this.notes?.clear();
    this.flashing?.clear();
    this.notes = this.flashing = null;
    this.observer?.disconnect();
    this.observer = null;
    this.analysis = null;
    if (all) {
      removeHighlightSheet(document);
      pageState.state = null;
      pageState.counts = null;
      pageState.painted = null;
    }
  }

  private clearPaintings() {
    this.painting?.clear();
    for (const p of this.early) p.clear();
    this.early = [];
    this.painting = null;
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
    this.flashing?.clear();
    // an overlay too: the side panel scrolls to a note this way, and the page must not learn which passage it was
    const f = (this.flashing = paint(this.reading.index, [{ name: 'lens-flash', start, end }], { overlay: true }));
    this.ctx.setTimeout(() => {
      f.clear();
      if (this.flashing === f) this.flashing = null;
    }, 1200);
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
      this.legend?.place();
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

  private caretTimer: number | undefined;
  private cardAtCaret = false;
  private onCaretSoon() {
    if (!this.card) return;
    clearTimeout(this.caretTimer);
    this.caretTimer = this.ctx.setTimeout(() => this.onCaret(), 120);
  }

  /** The citation under the caret (the selection's focus end), if any, gets its card. */
  private onCaret() {
    const sel = window.getSelection();
    if (!this.card || !this.analysis || !this.reading || !sel?.focusNode || !sel.rangeCount) return;
    if (sel.focusNode instanceof Element && OWN_TAG.test(sel.focusNode.tagName)) return;
    const off = offsetFromPoint(this.reading.index, sel.focusNode, sel.focusOffset);
    const c = off == null ? null : citationAt(this.analysis.citations, off);
    if (!c) {
      if (this.cardAtCaret) this.card.hide();
      this.cardAtCaret = false;
      return;
    }
    const r = sel.getRangeAt(0).getBoundingClientRect();
    this.card.show(c, r.left, r.bottom - 8);
    this.cardAtCaret = true;
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

function hideFactor(painting: Painting, factor: string, visible = false) {
  painting.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
  if (factor !== 'citation') {
    painting.setVisible(`lens-evidence-${factor}`, visible);
    painting.setVisible(`lens-mark-${factor}-`, visible);
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

/** Records a message of `chars` characters of the reading text as an `upload` slice of its own (the browser serialises it on this thread). */
function meterMessage(chars: number) {
  const pass = new SlicePass('upload');
  pass.slice(chars, chars);
  pass.end(chars);
}

/** Has the browser rendered a frame since this script started? */
let rendered = false;
requestAnimationFrame(() => (rendered = true));

/**
 * After the next frame's layout: a requestAnimationFrame callback runs just before it, a
 * task right after. A tab opened in the background renders no frames: it waits 100 ms at most.
 */
function afterLayout(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
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
