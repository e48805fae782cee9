/**
 * Star-page markers: the printed reporter's page breaks, shown as `*261` (CAP, Harvard
 * text on CourtListener, Google Scholar), `[*2]` (New York slip opinions) and the like.
 */
import type { PageMarker } from './types';
import { all, textOf } from './dom-text';
import { runSteps } from './steps';
import { SliceCounter } from '../dom/slice-meter';

/** A marker's whole text: `*12`, `**12`, `[*12]`, `[ *12 ]`, `*A12`-style letters excluded. */
const STAR_PAGE = /^\[?\s*\*{1,2}\s*(\d{1,5})\s*\]?$/;

/** Pages from explicit attributes (CAP and CourtListener's Harvard text: `data-label="261"`). */
function labelled(el: Element): string | null {
  const label = el.getAttribute('data-label') ?? el.getAttribute('label');
  return label && /^\d{1,5}$/.test(label.trim()) ? label.trim() : null;
}

/**
 * Every element inside `roots` whose whole text is a star-page marker, innermost only
 * (`<font>[*2]</font>` rather than a wrapper around it), in document order. `extra` lets
 * a site add its own marker selector (its text may lack the star).
 */
export function findPageMarkers(roots: readonly Element[], extra: string | null = null): PageMarker[] {
  return runSteps(findPageMarkersSteps(roots, extra));
}

/** `findPageMarkers` in steps of at most SLICE_CAPS.markers candidates (a page of many spans and links). */
export function* findPageMarkersSteps(roots: readonly Element[], extra: string | null = null): Generator<void, PageMarker[]> {
  const out: PageMarker[] = [];
  const seen = new Set<Element>();
  const meter = new SliceCounter('markers');
  for (const root of roots) {
    const candidates = all(root, extra ? `a, span, font, b, strong, sup, ${extra}` : 'a, span, font, b, strong, sup');
    for (const el of candidates) {
      if (seen.has(el)) continue;
      const text = textOf(el);
      if (meter.tick(text.length)) {
        meter.flush();
        yield;
      }
      if (text.length > 14) continue;
      const attr = el.classList.contains('page-label') ? labelled(el) : null;
      const m = STAR_PAGE.exec(text);
      const page = attr ?? m?.[1] ?? (extra && el.matches(extra) ? /\d{1,5}/.exec(text)?.[0] ?? null : null);
      if (!page) continue;
      // Innermost wins: skip when a child carries the same marker.
      if (Array.from(el.children).some((c) => STAR_PAGE.test(textOf(c)))) continue;
      seen.add(el);
      out.push({ element: el, page });
    }
  }
  meter.end();
  return sortInDocumentOrder(out);
}

function sortInDocumentOrder(markers: PageMarker[]): PageMarker[] {
  return markers.sort((a, b) => {
    if (a.element === b.element) return 0;
    // DOCUMENT_POSITION_FOLLOWING = 4
    return a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1;
  });
}
