/**
 * The highlight styles, adopted at document_start while the page is still empty (registered
 * in the manifest by wxt.config.ts, like ../guest). Adopting a stylesheet later makes the
 * browser restyle the whole document: on a 1 MB opinion that alone was a 60–70 ms task.
 * The rules only style `::highlight(lens-*)`, so until the main script paints they change
 * nothing on the page. The rules are findings first's (the settings' default): a reader who
 * chose the paragraph wash gets them replaced once the main script knows.
 */
import { adoptHighlightSheet } from '../../lib/dom/highlight-sheet';

export default defineUnlistedScript(() => {
  try {
    adoptHighlightSheet(document, undefined, undefined, { wash: false });
  } catch {
    /* the main script installs it later */
  }
});
