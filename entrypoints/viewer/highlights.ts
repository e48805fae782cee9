/**
 * Everything the viewer paints over the text layer, and the reader's switches for it: the
 * preview (the citations of the first pages read, before the whole analysis), the whole
 * analysis with the content script's painter and palette (findings first, or the paragraph
 * wash the reader chose), the legend and the citation card, and the flash where the reader
 * was taken. The factors the reader switched off, and all highlights off (Alt+Shift+H), hold
 * across every painting: the preview, the whole analysis and a repaint after a correction.
 */
import { paint, type Painting } from '../../lib/dom/paint';
import { paintPlan } from '../../lib/dom/paint-plan';
import { adoptHighlightSheet } from '../../lib/dom/highlight-sheet';
import { identity } from '../../lib/dom/highlight-names';
import { showLegend, type Legend } from '../../lib/dom/legend';
import { citationCard, type CitationCard } from '../../lib/dom/citation-card';
import type { Settings } from '../../lib/ext/settings';
import type { Analysis } from '../../lib/types';
import { cutItems, type PdfTextIndex } from './span-index';

/** How long a span the reader was taken to stays flashed. */
const FLASH_MS = 1200;

/**
 * What the highlight rules are set on. Chromium paints a highlight on a text layer span with
 * its layer's `::highlight()` style (highlight inheritance), so there the rules sit on the
 * layers and the spans match none: styling them costs a tenth (lib/dom/palette.ts). Firefox
 * ESR paints nothing on a span from a rule on its layer (checked by screenshot), so there
 * the rules stay on every element.
 */
const RULES_ON = import.meta.env.FIREFOX ? '' : '.textLayer';

/** the viewer's own highlights: the reader's notes, and where the side panel or a step took the reader */
const OWN_RULES = `${RULES_ON}::highlight(lens-note) { background-color: rgba(255, 235, 59, 0.55); }
${RULES_ON}::highlight(lens-flash) { background-color: rgba(255, 193, 7, 0.6); }`;
/** adopted once for the page, whichever PDF it shows */
let ownSheet: CSSStyleSheet | null = null;

export class ViewerHighlights {
  private painting: Painting | null = null;
  /** the first highlights, painted before the whole analysis (showPreview) */
  private preview: Painting | null = null;
  private flashing: Painting | null = null;
  private legend: Legend | null = null;
  /** the citation card (hover a citation), once the whole analysis is painted */
  card: CitationCard | null = null;
  /** factors (and 'citation') the reader switched off, kept across repaints */
  readonly hidden = new Set<string>();
  on = true;
  /** the reader's paragraph wash (settings); findings first by default */
  private wash = false;
  /** the span flashed last, as text offsets */
  flashed: { start: number; end: number } | null = null;

  /** `go`: takes the reader to [start, end) (the citation card's link to what a short form points to). */
  constructor(private go: (start: number, end: number) => void) {}

  /** The reader's colours and the factors shown at first, and the highlight sheet they make (before the first text layer: adopted later, it restyles every span). */
  adopt(settings: Settings): void {
    // our own page: no page script can read the highlight registry, so names need no aliases
    adoptHighlightSheet(document, settings.colours, identity, undefined, RULES_ON);
    if (!ownSheet) {
      ownSheet = new CSSStyleSheet();
      ownSheet.replaceSync(OWN_RULES);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, ownSheet];
    }
    for (const [factor, visible] of Object.entries(settings.visible)) if (!visible) this.hidden.add(factor);
    this.wash = settings.paragraphWash;
  }

  /**
   * The first highlights: `citations` in the text of the pages read so far, with offsets into
   * that text (`index` is over it). They stay until the whole analysis is painted over them.
   */
  showPreview(index: PdfTextIndex, citations: { start: number; end: number }[], around: number, signal: AbortSignal): void {
    if (this.painting || this.preview) return;
    this.preview = this.shown(paint(index, cutItems(citations.map((c) => ({ name: 'lens-citation', ...c })), index.cuts), { alias: identity, around, signal }));
  }

  clearPreview(): void {
    this.preview?.clear();
    this.preview = null;
  }

  /** Paints the whole analysis, its card and legend, then lets go of the preview under it (no moment without highlights). */
  async paintAnalysis(a: Analysis, index: PdfTextIndex, around: number, signal: AbortSignal): Promise<void> {
    this.painting = this.plan(a, index, around, signal);
    this.card = citationCard(document, a, this.go);
    const present = new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
    if (present.size) this.legend = showLegend(document, present, (f, v) => this.setFactorVisible(f, v));
    await this.painting.done;
    this.clearPreview();
  }

  /** Paints `a` again in place of what was painted (the reader corrected a label). */
  async repaint(a: Analysis, index: PdfTextIndex, around: number, signal: AbortSignal): Promise<void> {
    this.painting?.clear();
    this.painting = this.plan(a, index, around, signal);
    await this.painting.done;
  }

  /** The painter keeps a window of highlights around the reader: the reader is now at `at`. */
  moveTo(at: number): void {
    void this.painting?.moveTo(at);
  }

  /** Shows or hides a factor's highlights (or the citations'): the legend and the side panel's switches. */
  setFactorVisible(factor: string, visible: boolean): void {
    if (visible) this.hidden.delete(factor);
    else this.hidden.add(factor);
    for (const p of [this.painting, this.preview]) if (p) hideFactor(p, factor, visible);
  }

  /** All highlights off or on again (Alt+Shift+H); the factors switched off stay off. */
  toggle(): boolean {
    this.on = !this.on;
    for (const p of [this.painting, this.preview]) p?.setVisible('lens-', this.on);
    return this.on;
  }

  /** Flashes [start, end) for a moment: where the side panel or a step took the reader. */
  flash(index: PdfTextIndex, start: number, end: number): void {
    this.flashing?.clear();
    this.flashed = { start, end };
    const f = (this.flashing = paint(index, cutItems([{ name: 'lens-flash', start, end }], index.cuts), { alias: identity, around: start }));
    setTimeout(() => {
      f.clear();
      if (this.flashing === f) this.flashing = null;
    }, FLASH_MS);
  }

  clear(): void {
    for (const p of [this.painting, this.preview, this.flashing]) p?.clear();
    this.legend?.remove();
    this.card?.remove();
    this.painting = this.preview = this.flashing = this.legend = this.card = null;
  }

  /** Paints the analysis's plan around the reader: findings first, as on a page, unless the reader chose the paragraph wash. */
  private plan(a: Analysis, index: PdfTextIndex, around: number, signal: AbortSignal): Painting {
    return this.shown(paint(index, cutItems(paintPlan(a, { wash: this.wash }), index.cuts), { alias: identity, around, signal }));
  }

  /** `painting` with the factors the reader switched off hidden, and everything if highlights are off. */
  private shown(painting: Painting): Painting {
    for (const f of this.hidden) hideFactor(painting, f, false);
    if (!this.on) painting.setVisible('lens-', false);
    return painting;
  }
}

function hideFactor(painting: Painting, factor: string, visible: boolean) {
  painting.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
  if (factor !== 'citation') painting.setVisible(`lens-evidence-${factor}`, visible);
}
