/**
 * One PDF in the viewer, from its bytes to its highlights: read it (./read-pdf.ts: open,
 * lay out and draw the pages, read the text into text layers and the text job), paint the
 * preview and then the whole analysis (./highlights.ts) on the text layer (./span-index.ts),
 * follow the reader (./follow.ts), place the notes (./viewer-notes.ts) and answer the side
 * panel (./panel-link.ts calls the methods here). A PDF whose text cannot be read (scanned,
 * garbled, doubled) says so in words and stays on screen as a PDF.
 */
import { PdfOpenError, type PdfText } from '../../lib/pdf/index';
import { stateCounts } from '../../lib/dom/paint-plan';
import type { TextIndex } from '../../lib/dom/text-index';
import { yieldToPage } from '../../lib/dom/yield';
import type { Analysis } from '../../lib/types';
import type { OpenPdf } from './open-document';
import type { PageViews } from './page-views';
import { pdfTextIndex, type PdfTextIndex } from './span-index';
import { readPdf } from './read-pdf';
import { ViewerHighlights } from './highlights';
import { followReader } from './follow';
import { announce, labelledAnalysis, reportAnalysis } from './report';
import { isOnScreen, nextFinding, offsetAt, offsetAtTop, paragraphAtOffset, scrollToOffsets } from './navigate';
import type { PdfSource } from './pdf-source';
import { prepareNotes, startNotes, type ViewerNotes } from './viewer-notes';
import { mark } from './timing';
import type { ViewerLive, ViewerState, ViewerStateName, ViewerUi } from './viewer-state';

export type { ViewerLive, ViewerState, ViewerStateName, ViewerUi } from './viewer-state';

export class ViewerSession {
  readonly state: ViewerState = { state: 'idle', counts: null, problem: null, error: null, pages: 0, reported: null, notes: null };
  private abort = new AbortController();
  private pdf: OpenPdf | null = null;
  private views: PageViews | null = null;
  private highlights = new ViewerHighlights((s, e) => void this.scrollToSpan(s, e));
  private built: PdfText | null = null;
  private index: PdfTextIndex | null = null;
  private analysis: Analysis | null = null;
  private notes: ViewerNotes | null = null;
  private url: string | null = null;
  private stepAt = -1;

  constructor(private ui: ViewerUi) {}

  /** the text index, analysis and page views, once ready (notes and tests use them) */
  get reading(): { index: TextIndex; analysis: Analysis; built: PdfText; views: PageViews } | null {
    return this.index && this.analysis && this.built && this.views ? { index: this.index, analysis: this.analysis, built: this.built, views: this.views } : null;
  }

  /** the state now, with the pages drawn and the notes' counts read live */
  snapshot(): ViewerState & ViewerLive {
    const h = this.highlights;
    return { ...this.state, notes: this.notes?.counts() ?? null, drawn: this.views?.drawn() ?? [], current: this.stepAt, flashed: h.flashed, hidden: [...h.hidden], highlights: h.on };
  }

  async open(source: PdfSource): Promise<void> {
    const signal = this.abort.signal;
    this.url = source.url;
    this.set('running');
    this.ui.warn(null);
    document.title = `${source.name} – Injunction Lens`;
    this.ui.say(`Opening ${source.name}…`);
    prepareNotes();
    try {
      const read = await readPdf(source.bytes, source.url, {
        container: this.ui.pages,
        // the reader's settings are read while PDF.js opens the document
        beforeText: this.ui.settings().then((s) => this.highlights.adopt(s)),
        opened: (pdf, views) => {
          this.pdf = pdf;
          this.views = views;
          this.state.pages = pdf.sizes.length;
        },
        preview: (built, citations) => void this.showPreview(built, citations, signal),
        say: this.ui.say,
      }, signal);
      if (!read || signal.aborted) return;
      const pages = read.pdf.sizes.length;
      const { built, analysis } = read;
      this.built = built;
      if (!analysis) {
        this.highlights.clearPreview();
        const problem = built.problem ?? { kind: 'empty' as const, message: 'This PDF has no text to read.' };
        this.state.problem = problem;
        this.ui.warn(`${problem.message} The pages are shown as they are; Injunction Lens cannot analyse this PDF.`);
        this.ui.say(`${pages} pages; not analysed.`);
        return this.set('unreadable');
      }
      this.analysis = analysis;
      const index = (this.index = pdfTextIndex(built, read.views.spans));
      if (analysis.document.title) document.title = `${analysis.document.title} – Injunction Lens`;
      if (!analysis.isOpinion) {
        this.highlights.clearPreview();
        this.ui.say(`${pages} pages. This PDF does not look like a court opinion: nothing is highlighted.`);
        return this.set('not-opinion');
      }
      await this.paint(analysis, index, signal);
      mark('painted');
      if (signal.aborted) return;
      this.state.counts = stateCounts(analysis);
      const summary = `${pages} pages · ${analysis.paragraphs.length} paragraphs · ${analysis.citations.length} citations`;
      this.ui.say(summary);
      await this.startNotes(analysis, index, signal);
      if (signal.aborted) return;
      this.set('ready');
      const reported = await reportAnalysis(analysis, source.url);
      this.state.reported = reported.ok;
      if (!reported.ok) this.ui.say(`${summary} (the side panel cannot show this PDF yet: ${reported.error})`);
    } catch (e) {
      if (signal.aborted) return;
      this.highlights.clearPreview();
      const words = e instanceof PdfOpenError ? `This file could not be opened: ${e.message}.` : `Something went wrong: ${String((e as Error)?.message ?? e)}`;
      this.state.error = words;
      this.ui.warn(words);
      this.ui.say('');
      this.set('error');
    }
  }

  /** The preview's highlights, once the text layers of the pages it covers are in place (its own index: its offsets are into its own text). */
  private async showPreview(built: PdfText, citations: { start: number; end: number }[], signal: AbortSignal) {
    const views = this.views;
    if (!views) return;
    await Promise.all(built.pages.map((p) => views.layer(p.page)));
    if (signal.aborted || this.analysis) return;
    mark('preview');
    const index = pdfTextIndex(built, views.spans);
    this.highlights.showPreview(index, citations, this.viewportOffset(built, index), signal);
  }

  close(): void {
    this.abort.abort();
    this.highlights.clear();
    this.notes?.stop();
    this.views?.destroy();
    void this.pdf?.close();
    this.views = this.pdf = this.notes = null;
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

  /** Paints the whole analysis around the reader and follows the reader from then on. */
  private async paint(a: Analysis, index: PdfTextIndex, signal: AbortSignal) {
    await yieldToPage();
    // the card and the pointer find a citation by offset: in text order
    const sorted = { ...a, citations: [...a.citations].sort((x, y) => x.start - y.start) };
    const painted = this.highlights.paintAnalysis(sorted, index, this.viewportOffset(), signal);
    followReader(sorted, {
      offsetAtTop: () => this.viewportOffset(),
      offsetAt: (x, y) => (this.index ? offsetAt(this.index, x, y) : null),
      moved: (at) => this.highlights.moveTo(at),
      card: () => this.highlights.card,
    }, signal);
    await painted;
  }

  /** Shows or hides a factor's highlights (or the citations'): the legend and the side panel's switches. */
  setFactorVisible(factor: string, visible: boolean): void {
    this.highlights.setFactorVisible(factor, visible);
  }

  /** All highlights off or on again (Alt+Shift+H); the factors switched off stay off. */
  toggleHighlights(): boolean {
    return this.highlights.toggle();
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
    this.state.counts = stateCounts(labelled);
    await this.highlights.repaint(labelled, index, this.viewportOffset(), this.abort.signal);
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
    this.highlights.flash(this.index, start, end);
    return true;
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
}
