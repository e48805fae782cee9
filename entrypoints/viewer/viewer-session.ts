/**
 * One PDF in the viewer, from its bytes to its highlights: open it (./open-document.ts),
 * lay out its pages and draw those in view (./page-views.ts), read its text page by page,
 * making each page's text layer as it comes and handing its items to the text job off this
 * thread (./run-analysis.ts, ./text-job.ts), paint the citations of the pages in view as soon
 * as those are read (the preview), then map the whole analysis onto the text layer
 * (./span-index.ts) and paint it over the preview with the content script's painter and
 * palette. A PDF whose text cannot be read
 * (scanned, garbled, doubled) says so in words and stays on screen as a PDF.
 */
import { PdfOpenError, type PdfProblem, type PdfText } from '../../lib/pdf/index';
import { paint, type Painting } from '../../lib/dom/paint';
import { paintPlan, stateCounts } from '../../lib/dom/paint-plan';
import { adoptHighlightSheet } from '../../lib/dom/highlight-sheet';
import { identity } from '../../lib/dom/highlight-names';
import { showLegend, type Legend } from '../../lib/dom/legend';
import { citationAt, citationCard, type CitationCard } from '../../lib/dom/citation-card';
import type { TextIndex } from '../../lib/dom/text-index';
import { yieldToPage } from '../../lib/dom/yield';
import type { Settings } from '../../lib/ext/settings';
import type { Analysis } from '../../lib/types';
import { openPdf, readText, type OpenPdf } from './open-document';
import { showPages, type PageViews } from './page-views';
import { cutItems, pdfTextIndex, type PdfTextIndex } from './span-index';
import { startTextJob } from './run-analysis';
import { announce, labelledAnalysis, reportAnalysis } from './report';
import { isOnScreen, nextFinding, offsetAt, offsetAtTop, paragraphAtOffset, scrollToOffsets } from './navigate';
import type { PdfSource } from './pdf-source';
import { startNotes, type NotesUi, type ViewerNotes } from './viewer-notes';

export type ViewerStateName = 'idle' | 'running' | 'ready' | 'not-opinion' | 'unreadable' | 'error';

/** What the viewer shows the tests (on this, our own page's window): numbers and words, as the content script's flag. */
export interface ViewerState {
  state: ViewerStateName;
  counts: ReturnType<typeof stateCounts> | null;
  problem: PdfProblem | null;
  error: string | null;
  pages: number;
  /** whether the background took the analysis (null: not asked yet) */
  reported: boolean | null;
  /** the reader's notes on this PDF: placed on its text, and orphans */
  notes: { placed: number; orphans: number } | null;
}

/** What the snapshot adds, read live: pages drawn, the finding stepped to, the span flashed last, the factors switched off. */
export interface ViewerLive {
  drawn: number[];
  /** the paragraph the last step went to (-1: none yet) */
  current: number;
  /** the span the viewer last scrolled to and flashed, as text offsets */
  flashed: { start: number; end: number } | null;
  hidden: string[];
  highlights: boolean;
}

/** How long a span the reader was taken to stays flashed. */
const FLASH_MS = 1200;

export interface ViewerUi {
  pages: HTMLElement;
  /** the status line (a live region) */
  say(words: string): void;
  /** the banner for a PDF whose text cannot be read; null hides it */
  warn(words: string | null): void;
  settings(): Promise<Settings>;
  notes: Omit<NotesUi, 'say' | 'go' | 'changed'>;
  /** the bottom of the viewer's bar: what is above it is not in view */
  top(): number;
}

export class ViewerSession {
  readonly state: ViewerState = { state: 'idle', counts: null, problem: null, error: null, pages: 0, reported: null, notes: null };
  private abort = new AbortController();
  private pdf: OpenPdf | null = null;
  private views: PageViews | null = null;
  private painting: Painting | null = null;
  /** the first highlights, painted before the whole analysis (showPreview) */
  private preview: Painting | null = null;
  private legend: Legend | null = null;
  private card: CitationCard | null = null;
  private built: PdfText | null = null;
  private index: PdfTextIndex | null = null;
  private analysis: Analysis | null = null;
  private notes: ViewerNotes | null = null;
  private url: string | null = null;
  /** factors (and 'citation') the reader switched off, kept across repaints */
  private hidden = new Set<string>();
  private highlightsOn = true;
  /** the reader's paragraph wash (settings); findings first by default */
  private wash = false;
  private stepAt = -1;
  private flashing: Painting | null = null;
  private flashed: { start: number; end: number } | null = null;

  constructor(private ui: ViewerUi) {}

  /** the text index, analysis and page views, once ready (notes and tests use them) */
  get reading(): { index: TextIndex; analysis: Analysis; built: PdfText; views: PageViews } | null {
    return this.index && this.analysis && this.built && this.views ? { index: this.index, analysis: this.analysis, built: this.built, views: this.views } : null;
  }

  /** the state now, with the pages drawn and the notes' counts read live */
  snapshot(): ViewerState & ViewerLive {
    return {
      ...this.state,
      notes: this.notes?.counts() ?? null,
      drawn: this.views?.drawn() ?? [],
      current: this.stepAt,
      flashed: this.flashed,
      hidden: [...this.hidden],
      highlights: this.highlightsOn,
    };
  }

  async open(source: PdfSource): Promise<void> {
    const signal = this.abort.signal;
    this.url = source.url;
    this.set('running');
    this.ui.warn(null);
    document.title = `${source.name} – Injunction Lens`;
    this.ui.say(`Opening ${source.name}…`);
    // the text job's worker starts first: loading it takes longer than opening the PDF
    const built = deferred<PdfText>();
    const analysed = deferred<Analysis>();
    const job = startTextJob((r) => {
      if (r.type === 'preview') void this.showPreview(r.built, r.citations, signal);
      else if (r.type === 'built') built.resolve(r.built);
      else if (r.type === 'analysis') analysed.resolve(r.analysis);
      else {
        built.reject(new Error(r.error));
        analysed.reject(new Error(r.error));
      }
    });
    signal.addEventListener('abort', () => job.stop());
    try {
      const pdf = (this.pdf = await openPdf(source.bytes));
      mark('opened');
      if (signal.aborted) return;
      this.state.pages = pdf.sizes.length;
      // the boxes, and the canvases of the pages in view, before any text is read
      const read = deferred<void>();
      const views = (this.views = showPages(this.ui.pages, pdf.doc, pdf.sizes, signal, read.promise));
      // the highlight sheet before the first text layer: adopted later, it restyles every span
      await this.prepareHighlights();
      if (signal.aborted) return;
      // the citations of the pages in view are painted once those pages are read
      const previewAt = Math.max(1, ...views.inView());
      const pages = await readText(pdf, (p, content) => {
        views.addTextLayer(p.number, content);
        job.send({ type: 'page', page: p });
        if (p.number === previewAt) {
          mark('preview-pages-read');
          job.send({ type: 'preview' });
        }
        this.ui.say(`Reading page ${p.number}…`);
      }).finally(() => read.resolve());
      if (signal.aborted) return;
      const images: Record<number, boolean> = {};
      for (const p of pages) if (p.image !== undefined) images[p.number] = p.image;
      job.send({ type: 'end', images, url: source.url });
      mark('text-read');
      this.ui.say(`${pages.length} pages; analysing…`);
      const text = (this.built = await built.promise);
      mark('built');
      if (signal.aborted) return;
      if (text.problem || !text.text.trim()) {
        job.stop();
        this.clearPreview();
        const problem = text.problem ?? { kind: 'empty' as const, message: 'This PDF has no text to read.' };
        this.state.problem = problem;
        this.ui.warn(`${problem.message} The pages are shown as they are; Injunction Lens cannot analyse this PDF.`);
        this.ui.say(`${pages.length} pages; not analysed.`);
        return this.set('unreadable');
      }
      const analysis = await analysed.promise;
      mark('analysed');
      job.stop();
      await views.textLayers();
      if (signal.aborted) return;
      this.analysis = analysis;
      this.index = pdfTextIndex(text, views.spans);
      if (analysis.document.title) document.title = `${analysis.document.title} – Injunction Lens`;
      if (!analysis.isOpinion) {
        this.clearPreview();
        this.ui.say(`${pages.length} pages. This PDF does not look like a court opinion: nothing is highlighted.`);
        return this.set('not-opinion');
      }
      await this.paint(analysis, this.index, signal);
      mark('painted');
      if (signal.aborted) return;
      this.state.counts = stateCounts(analysis);
      this.ui.say(`${pages.length} pages · ${analysis.paragraphs.length} paragraphs · ${analysis.citations.length} citations`);
      await this.startNotes(analysis, this.index, signal);
      if (signal.aborted) return;
      this.set('ready');
      const reported = await reportAnalysis(analysis, source.url);
      this.state.reported = reported.ok;
      if (!reported.ok) this.ui.say(`${pages.length} pages · ${analysis.paragraphs.length} paragraphs · ${analysis.citations.length} citations (the side panel cannot show this PDF yet: ${reported.error})`);
    } catch (e) {
      job.stop();
      if (signal.aborted) return;
      this.clearPreview();
      const words = e instanceof PdfOpenError ? `This file could not be opened: ${e.message}.` : `Something went wrong: ${String((e as Error)?.message ?? e)}`;
      this.state.error = words;
      this.ui.warn(words);
      this.ui.say('');
      this.set('error');
    }
  }

  /**
   * The first highlights: the citations in the text of the pages read so far (the text job's
   * preview, with offsets into that text only, so it has a text index of its own over the
   * same text layer spans). They stay until the whole analysis is painted over them.
   */
  private async showPreview(built: PdfText, citations: { start: number; end: number }[], signal: AbortSignal) {
    const views = this.views;
    if (!views) return;
    await Promise.all(built.pages.map((p) => views.layer(p.page)));
    if (signal.aborted || this.painting || this.preview) return;
    mark('preview');
    const index = pdfTextIndex(built, views.spans);
    const preview = (this.preview = paint(index, cutItems(citations.map((c) => ({ name: 'lens-citation', ...c })), index.cuts), { alias: identity, around: this.viewportOffset(built, index), signal }));
    if (this.hidden.has('citation')) preview.setVisible('lens-citation', false);
    if (!this.highlightsOn) preview.setVisible('lens-', false);
  }

  private clearPreview() {
    this.preview?.clear();
    this.preview = null;
  }

  close(): void {
    this.abort.abort();
    this.painting?.clear();
    this.clearPreview();
    this.flashing?.clear();
    this.legend?.remove();
    this.card?.remove();
    this.notes?.stop();
    this.views?.destroy();
    void this.pdf?.close();
    this.painting = this.flashing = this.legend = this.card = this.views = this.pdf = this.notes = null;
    this.index = this.analysis = this.built = null;
  }

  /** Notes need the database: without it (private mode, a full disk) the PDF is still read and painted. */
  private async startNotes(a: Analysis, index: PdfTextIndex, signal: AbortSignal) {
    try {
      this.notes = await startNotes(a, index, { ...this.ui.notes, say: this.ui.say, go: (s, e) => this.scrollToSpan(s, e), changed: announce }, signal);
    } catch (e) {
      this.ui.say(`Notes are unavailable here: ${String((e as Error)?.message ?? e)}`);
    }
  }

  private set(state: ViewerStateName) {
    this.state.state = state;
  }

  /** The reader's colours and the factors shown at first, and the highlight sheet they make. */
  private async prepareHighlights() {
    const settings = await this.ui.settings();
    // our own page: no page script can read the highlight registry, so names need no aliases
    adoptHighlightSheet(document, settings.colours, identity);
    for (const [factor, visible] of Object.entries(settings.visible)) if (!visible) this.hidden.add(factor);
    this.wash = settings.paragraphWash;
  }

  /** Paints the whole analysis, then lets go of the preview under it (no moment without highlights). */
  private async paint(a: Analysis, index: PdfTextIndex, signal: AbortSignal) {
    await yieldToPage();
    this.painting = this.paintPlan(a, index, signal);
    const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
    const sorted = { ...a, citations: [...a.citations].sort((x, y) => x.start - y.start) };
    this.card = citationCard(document, sorted, (s, e) => this.scrollToSpan(s, e));
    if (present.size) this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v));
    this.follow(sorted, signal);
    await this.painting.done;
    this.clearPreview();
  }

  /** Paints the analysis's plan around the reader, with the factors the reader switched off hidden. */
  private paintPlan(a: Analysis, index: PdfTextIndex, signal: AbortSignal): Painting {
    // findings first, as on a page, unless the reader chose the paragraph wash (options page)
    const painting = paint(index, cutItems(paintPlan(a, { wash: this.wash }), index.cuts), { alias: identity, around: this.viewportOffset(), signal });
    for (const f of this.hidden) hideFactor(painting, f, false);
    if (!this.highlightsOn) painting.setVisible('lens-', false);
    return painting;
  }

  /** Shows or hides a factor's highlights (or the citations'): the legend and the side panel's switches. */
  setFactorVisible(factor: string, visible: boolean): void {
    if (visible) this.hidden.delete(factor);
    else this.hidden.add(factor);
    if (this.painting) hideFactor(this.painting, factor, visible);
    if (this.preview) hideFactor(this.preview, factor, visible);
  }

  /** All highlights off or on again (Alt+Shift+H); the factors switched off stay off. */
  toggleHighlights(): boolean {
    this.highlightsOn = !this.highlightsOn;
    this.painting?.setVisible('lens-', this.highlightsOn);
    this.preview?.setVisible('lens-', this.highlightsOn);
    return this.highlightsOn;
  }

  /**
   * The reader corrected a label in the side panel: the background applies the reader's
   * labels to the analysis this tab reported, and the highlights are painted again with them.
   */
  async relabel(): Promise<void> {
    const machine = this.analysis;
    const index = this.index;
    if (!machine || !index || this.state.state !== 'ready') return;
    // the background applies the reader's labels to what this tab reports, and keeps them for the panel
    const reported = await reportAnalysis(machine, this.url);
    const labelled = reported.ok ? await labelledAnalysis() : null;
    if (!labelled || this.analysis !== machine) return;
    this.painting?.clear();
    this.painting = this.paintPlan(labelled, index, this.abort.signal);
    this.state.counts = stateCounts(labelled);
    await this.painting.done;
  }

  /** The reader's selection on the text layer, or the words chosen last (for a note made in the side panel). */
  selection(): { start: number; end: number; exact: string } | null {
    const at = this.notes?.selection() ?? null;
    return at && this.index ? { ...at, exact: this.index.text.slice(at.start, at.end) } : null;
  }

  /** The notes changed elsewhere (the side panel): list and paint them again. */
  async refreshNotes(): Promise<void> {
    await this.notes?.refresh();
  }

  scrollToParagraph(index: number): boolean {
    const p = this.analysis?.paragraphs[index];
    return p ? this.scrollToSpan(p.start, p.end) : false;
  }

  /** Takes the reader to [start, end) and flashes it. */
  scrollToSpan(start: number, end: number): boolean {
    if (!this.index || !scrollToOffsets(this.index, start, end)) return false;
    this.flash(start, end);
    return true;
  }

  private flash(start: number, end: number) {
    if (!this.index) return;
    this.flashing?.clear();
    this.flashed = { start, end };
    const f = (this.flashing = paint(this.index, cutItems([{ name: 'lens-flash', start, end }], this.index.cuts), { alias: identity, around: start }));
    setTimeout(() => {
      f.clear();
      if (this.flashing === f) this.flashing = null;
    }, FLASH_MS);
  }

  /**
   * The next or previous paragraph with a finding (Alt+Shift+J / Alt+Shift+K, through the
   * background): from the one stepped to last while it is still on screen, else from where
   * the reader is. Returns the paragraph gone to, or null.
   */
  step(direction: 1 | -1): number | null {
    const a = this.analysis;
    const index = this.index;
    if (!a || !index) return null;
    const last = a.paragraphs[this.stepAt];
    const from = last && isOnScreen(index, last.start, last.end, this.ui.top()) ? this.stepAt : (paragraphAtOffset(a, this.viewportOffset()) ?? -1);
    const next = nextFinding(a, from, direction);
    if (next == null) return null;
    this.stepAt = next;
    this.scrollToParagraph(next);
    return next;
  }

  /** The text offset at the top of the viewport: the first words below the bar. */
  private viewportOffset(built = this.built, index: TextIndex | null = this.index): number {
    if (!built || !this.views || !index) return 0;
    const views = this.views;
    return offsetAtTop(index, built.pages.map((p) => ({ start: p.start, box: views.box(p.page) })), this.ui.top());
  }

  /** Highlights follow the scroll (the painter keeps a window of them); citation cards follow the pointer. */
  private follow(a: Analysis, signal: AbortSignal) {
    let queued = false;
    window.addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        const at = this.viewportOffset();
        void this.painting?.moveTo(at);
        this.tellPanel(paragraphAtOffset(a, at));
      });
    }, { passive: true, signal });
    let timer: number | undefined;
    document.addEventListener('mousemove', (e) => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const off = this.index ? offsetAt(this.index, e.clientX, e.clientY) : null;
        const c = off == null ? null : citationAt(a.citations, off);
        if (c) this.card?.show(c, e.clientX, e.clientY);
        else this.card?.hide();
      }, 80);
    }, { passive: true, signal });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.card?.hide();
    }, { signal });
  }

  private told: number | null = null;
  private tellTimer: number | undefined;
  /** The side panel follows the reader (as it does on an HTML page): the paragraph at the top, once the scroll rests. */
  private tellPanel(paragraph: number | null) {
    clearTimeout(this.tellTimer);
    this.tellTimer = window.setTimeout(() => {
      if (paragraph === this.told) return;
      this.told = paragraph;
      void announce({ type: 'viewport', paragraph });
    }, 150);
  }
}

function hideFactor(painting: Painting, factor: string, visible: boolean) {
  painting.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
  if (factor !== 'citation') painting.setVisible(`lens-evidence-${factor}`, visible);
}

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: Error): void } {
  let resolve!: (v: T) => void, reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // a rejection nobody awaits yet (the analysis while the text is judged) is not unhandled
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** A timing mark on the viewer's timeline (`lens:…`, read by scripts/bench-viewer.ts and DevTools). */
function mark(name: string) {
  performance.mark(`lens:${name}`);
}
