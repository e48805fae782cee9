/**
 * What the viewer page gives a session (./viewer-session.ts) and what a session shows the
 * tests: its state on our own page's window (`__lensViewer`), numbers and words, as the
 * content script's flag.
 */
import type { stateCounts } from '../../lib/dom/paint-plan';
import type { Settings } from '../../lib/ext/settings';
import type { PdfProblem } from '../../lib/pdf/index';
import type { NotesUi } from './viewer-notes';

export type ViewerStateName = 'idle' | 'running' | 'ready' | 'not-opinion' | 'unreadable' | 'error';

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
