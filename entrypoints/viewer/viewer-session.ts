/**
 * One PDF in the viewer, from its bytes to its highlights: open it (./open-document.ts),
 * lay out its pages (./page-views.ts), build its text with lib/pdf, analyse it off this
 * thread (./run-analysis.ts), map the analysis onto the text layer (./span-index.ts) and
 * paint it with the content script's painter and palette. A PDF whose text cannot be read
 * (scanned, garbled, doubled) says so in words and stays on screen as a PDF.
 */
import { buildPdfText, PdfOpenError, type PdfProblem, type PdfText } from '../../lib/pdf/index';
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
import { openPdf, type OpenPdf } from './open-document';
import { showPages, type PageViews } from './page-views';
import { cutItems, pdfTextIndex, type PdfTextIndex } from './span-index';
import { runAnalysis } from './run-analysis';
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
    try {
      this.pdf = await openPdf(source.bytes, (p) => this.ui.say(`Reading page ${p.number}…`));
      if (signal.aborted) return;
      const { pages } = this.pdf;
      this.state.pages = pages.length;
      this.views = showPages(this.ui.pages, this.pdf.doc, pages, this.pdf.contents, signal);
      await yieldToPage();
      const built = (this.built = buildPdfText(pages));
      if (built.problem || !built.text.trim()) {
        const problem = built.problem ?? { kind: 'empty' as const, message: 'This PDF has no text to read.' };
        this.state.problem = problem;
        this.ui.warn(`${problem.message} The pages are shown as they are; Injunction Lens cannot analyse this PDF.`);
        this.ui.say(`${pages.length} pages; not analysed.`);
        return this.set('unreadable');
      }
      this.ui.say(`${pages.length} pages; analysing…`);
      const [analysis] = await Promise.all([runAnalysis({ text: built.text, url: source.url, site: 'pdf' }), this.views.textLayers]);
      if (signal.aborted) return;
      this.analysis = analysis;
      this.index = pdfTextIndex(built, this.views.spans);
      if (analysis.document.title) document.title = `${analysis.document.title} – Injunction Lens`;
      if (!analysis.isOpinion) {
        this.ui.say(`${pages.length} pages. This PDF does not look like a court opinion: nothing is highlighted.`);
        return this.set('not-opinion');
      }
      await this.paint(analysis, this.index, signal);
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
      if (signal.aborted) return;
      const words = e instanceof PdfOpenError ? `This file could not be opened: ${e.message}.` : `Something went wrong: ${String((e as Error)?.message ?? e)}`;
      this.state.error = words;
      this.ui.warn(words);
      this.ui.say('');
      this.set('error');
    }
  }

  close(): void {
    this.abort.abort();
    this.painting?.clear();
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

  private async paint(a: Analysis, index: PdfTextIndex, signal: AbortSignal) {
    const settings = await this.ui.settings();
    // our own page: no page script can read the highlight registry, so names need no aliases
    adoptHighlightSheet(document, settings.colours, identity);
    for (const [factor, visible] of Object.entries(settings.visible)) if (!visible) this.hidden.add(factor);
    await yieldToPage();
    this.painting = this.paintPlan(a, index, signal);
    const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
    const sorted = { ...a, citations: [...a.citations].sort((x, y) => x.start - y.start) };
    this.card = citationCard(document, sorted, (s, e) => this.scrollToSpan(s, e));
    if (present.size) this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v));
    this.follow(sorted, signal);
    await this.painting.done;
  }

  /** Paints the analysis's plan around the reader, with the factors the reader switched off hidden. */
  private paintPlan(a: Analysis, index: PdfTextIndex, signal: AbortSignal): Painting {
    const painting = paint(index, cutItems(paintPlan(a), index.cuts), { alias: identity, around: this.viewportOffset(), signal });
    for (const f of this.hidden) hideFactor(painting, f, false);
    if (!this.highlightsOn) painting.setVisible('lens-', false);
    return painting;
  }

  /** Shows or hides a factor's highlights (or the citations'): the legend and the side panel's switches. */
  setFactorVisible(factor: string, visible: boolean): void {
    if (visible) this.hidden.delete(factor);
    else this.hidden.add(factor);
    if (this.painting) hideFactor(this.painting, factor, visible);
  }

  /** All highlights off or on again (Alt+Shift+H); the factors switched off stay off. */
  toggleHighlights(): boolean {
    this.highlightsOn = !this.highlightsOn;
    this.painting?.setVisible('lens-', this.highlightsOn);
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
  private viewportOffset(): number {
    if (!this.built || !this.views || !this.index) return 0;
    const views = this.views;
    return offsetAtTop(this.index, this.built.pages.map((p) => ({ start: p.start, box: views.box(p.page) })), this.ui.top());
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
