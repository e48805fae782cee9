/**
 * The highlight styles, adopted at document_start while the page is still empty. Adopting
 * a stylesheet later makes the browser restyle the whole document: on a 1 MB opinion
 * that alone was a 60–70 ms task. The rules only style `::highlight(lens-*)`, so until the
 * main script paints they change nothing on the page.
 */
import { OPINION_SITES } from '../lib/ext/sites';
import { adoptHighlightSheet } from '../lib/dom/highlight-sheet';

export default defineContentScript({
  matches: OPINION_SITES,
  runAt: 'document_start',
  main() {
    try {
      adoptHighlightSheet(document);
    } catch {
      /* the main script installs it later */
    }
  },
});
