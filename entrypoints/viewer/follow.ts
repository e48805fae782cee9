/**
 * The viewer follows the reader, as the content script does on an HTML page: highlights
 * follow the scroll (the painter keeps a window of them around the reader), the side panel
 * hears which paragraph is at the top once the scroll rests, and a citation's card follows
 * the pointer (Escape hides it).
 */
import { citationAt, type CitationCard } from '../../lib/dom/citation-card';
import type { Analysis } from '../../lib/types';
import { paragraphAtOffset } from './navigate';
import { announce } from './report';

/** the pointer rests this long on a citation before its card shows */
const CARD_MS = 80;
/** the scroll rests this long before the side panel is told where the reader is */
const TELL_MS = 150;

export interface Reader {
  /** the text offset at the top of the viewport */
  offsetAtTop(): number;
  /** the text offset under the viewport point (x, y), or null off the text */
  offsetAt(x: number, y: number): number | null;
  /** the reader scrolled to text offset `at` */
  moved(at: number): void;
  card(): CitationCard | null;
}

/** `a`: its citations in text order (the card finds the one under the pointer by offset). */
export function followReader(a: Analysis, reader: Reader, signal: AbortSignal): void {
  let queued = false;
  let told: number | null = null;
  let tellTimer: number | undefined;
  const tellPanel = (paragraph: number | null) => {
    clearTimeout(tellTimer);
    tellTimer = window.setTimeout(() => {
      if (paragraph === told) return;
      told = paragraph;
      void announce({ type: 'viewport', paragraph });
    }, TELL_MS);
  };
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const at = reader.offsetAtTop();
      reader.moved(at);
      tellPanel(paragraphAtOffset(a, at));
    });
  }, { passive: true, signal });
  let timer: number | undefined;
  document.addEventListener('mousemove', (e) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const off = reader.offsetAt(e.clientX, e.clientY);
      const c = off == null ? null : citationAt(a.citations, off);
      if (c) reader.card()?.show(c, e.clientX, e.clientY);
      else reader.card()?.hide();
    }, CARD_MS);
  }, { passive: true, signal });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') reader.card()?.hide();
  }, { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(tellTimer);
  });
}
