/**
 * The viewer answers the side panel and the background as a content script answers them on
 * an HTML page: the same requests (lib/ext/messages.ts ContentCalls), sent with
 * tabs.sendMessage to this tab (which reaches an extension page in the tab too). As for a
 * content script, only the extension itself may send them (serveContent refuses a content
 * script's runtime message: a court site's renderer cannot drive the viewer).
 */
import { serveContent } from '../../lib/ext/rpc';
import type { ViewerSession } from './viewer-session';

/** `current()`: the session showing a PDF now (opening another file makes a new one). */
export function servePanel(current: () => ViewerSession): () => void {
  return serveContent({
    scrollToParagraph: ({ index }) => ({ scrolled: current().scrollToParagraph(index) }),
    scrollToOffset: ({ start, end }) => ({ scrolled: current().scrollToSpan(start, end) }),
    setFactorVisible: ({ factor, visible }) => {
      current().setFactorVisible(factor, visible);
      return null;
    },
    toggleHighlights: () => ({ on: current().toggleHighlights() }),
    // a correction made in the side panel: paint the reader's label
    rerun: async () => {
      await current().relabel();
      return null;
    },
    relabel: async () => ({ repainted: (await current().relabel(), true) }),
    step: ({ direction }) => ({ index: current().step(direction) }),
    getSelection: () => current().selection(),
    // the notes changed through the background (the side panel's Notes tab): the viewer
    // keeps its own list from the database, so it reads them again
    paintNotes: async () => {
      await current().refreshNotes();
      return null;
    },
  });
}
