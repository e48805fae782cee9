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
import { offsetFromPoint, rangeFromOffsets, type TextIndex } from '../../lib/dom/text-index';
import { yieldToPage } from '../../lib/dom/yield';
import type { Settings } from '../../lib/ext/settings';
import type { Analysis } from '../../lib/types';
import { openPdf, type OpenPdf } from './open-document';
import { showPages, type PageViews } from './page-views';
import { cutItems, pdfTextIndex, type PdfTextIndex } from './span-index';
import { runAnalysis } from './run-analysis';
import { reportAnalysis } from './report';
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

export interface ViewerUi {
  pages: HTMLElement;
  /** the status line (a live region) */
  say(words: string): void;
  /** the banner for a PDF whose text cannot be read; null hides it */
  warn(words: string | null): void;
  settings(): Promise<Settings>;
  notes: Omit<NotesUi, 'say'>;
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

  constructor(private ui: ViewerUi) {}

  /** the text index, analysis and page views, once ready (notes and tests use them) */
  get reading(): { index: TextIndex; analysis: Analysis; built: PdfText; views: PageViews } | null {
    return this.index && this.analysis && this.built && this.views ? { index: this.index, analysis: this.analysis, built: this.built, views: this.views } : null;
  }

  /** the state now, with the pages drawn and the notes' counts read live */
  snapshot(): ViewerState & { drawn: number[] } {
    return { ...this.state, notes: this.notes?.counts() ?? null, drawn: this.views?.drawn() ?? [] };
  }

  async open(source: PdfSource): Promise<void> {
    const signal = this.abort.signal;
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
    this.legend?.remove();
    this.card?.remove();
    this.notes?.stop();
    this.views?.destroy();
    void this.pdf?.close();
    this.painting = this.legend = this.card = this.views = this.pdf = this.notes = null;
    this.index = this.analysis = this.built = null;
  }

  /** Notes need the database: without it (private mode, a full disk) the PDF is still read and painted. */
  private async startNotes(a: Analysis, index: PdfTextIndex, signal: AbortSignal) {
    try {
      this.notes = await startNotes(a, index, { ...this.ui.notes, say: this.ui.say }, signal);
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
    const plan = cutItems(paintPlan(a), index.cuts);
    await yieldToPage();
    this.painting = paint(index, plan, { alias: identity, around: this.viewportOffset(), signal });
    for (const [factor, visible] of Object.entries(settings.visible)) if (!visible) this.setFactorVisible(factor, false);
    const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
    const sorted = { ...a, citations: [...a.citations].sort((x, y) => x.start - y.start) };
    this.card = citationCard(document, sorted, (s, e) => this.scrollToSpan(s, e));
    if (present.size) this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v));
    this.follow(sorted, signal);
    await this.painting.done;
  }

  private setFactorVisible(factor: string, visible: boolean) {
    if (!this.painting) return;
    this.painting.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
    if (factor !== 'citation') this.painting.setVisible(`lens-evidence-${factor}`, visible);
  }

  /** The text offset at the top of the viewport: the start of the first page still in view. */
  private viewportOffset(): number {
    if (!this.built || !this.views) return 0;
    for (const span of this.built.pages) {
      const box = this.views.box(span.page);
      if (box && box.getBoundingClientRect().bottom > 0) return span.start;
    }
    return 0;
  }

  /** Highlights follow the scroll (the painter keeps a window of them); citation cards follow the pointer. */
  private follow(a: Analysis, signal: AbortSignal) {
    let queued = false;
    window.addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        void this.painting?.moveTo(this.viewportOffset());
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

  scrollToSpan(start: number, end: number): boolean {
    const range = this.index ? rangeFromOffsets(this.index, start, end) : null;
    const el = range?.startContainer.parentElement;
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    return true;
  }
}

function offsetAt(index: TextIndex, x: number, y: number): number | null {
  const d = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return offsetFromPoint(index, pos.offsetNode, pos.offset);
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? offsetFromPoint(index, r.startContainer, r.startOffset) : null;
}
