/**
 * The pages on screen: one box per page at its final size from the start (so the scroll bar
 * and the reader's place never jump), PDF.js's text layer in every box (what selection,
 * find-in-page, copy and our highlights work on: a few thousand spans of text, cheap to
 * keep), and a canvas only for the pages near the viewport. A canvas is the memory a PDF
 * costs (a letter page at 2x is ~8 MB), so one that scrolls far away is let go.
 */
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import type { PdfPage } from '../../lib/pdf/index';
import { yieldToPage } from '../../lib/dom/yield';
import { pdfjs } from './pdfjs';
import type { TextContent } from './open-document';

export interface PageViews {
  /** page n's text layer spans, span i = text item i (lib/pdf's PdfItem.index); null before its layer is made */
  spans(page: number): readonly HTMLElement[] | null;
  /** resolves when every page's text layer is in place */
  textLayers: Promise<void>;
  /** pages whose canvas is drawn now (for the tests: only those near the viewport) */
  drawn(): number[];
  /** the page box of page n */
  box(page: number): HTMLElement | null;
  destroy(): void;
}

/** widest a page is shown, in CSS pixels */
const MAX_PAGE_PX = 1000;
/** how far beyond the viewport (in viewport heights) a page still gets its canvas */
const NEAR = '150% 0px';

export function showPages(container: HTMLElement, doc: PDFDocumentProxy, pages: PdfPage[], contents: Map<number, TextContent>, signal: AbortSignal): PageViews {
  const widest = Math.max(1, ...pages.map((p) => p.width));
  const scale = Math.min(MAX_PAGE_PX, Math.max(320, container.clientWidth - 32)) / widest;
  container.style.setProperty('--total-scale-factor', String(scale));
  container.style.setProperty('--scale-round-x', '1px');
  container.style.setProperty('--scale-round-y', '1px');
  const boxes = new Map<number, HTMLElement>();
  const layers = new Map<number, readonly HTMLElement[]>();
  const drawn = new Map<number, { canvas: HTMLCanvasElement; task: RenderTask | null }>();

  for (const p of pages) {
    const box = document.createElement('div');
    box.className = 'page';
    box.dataset.page = String(p.number);
    box.style.width = `${p.width * scale}px`;
    box.style.height = `${p.height * scale}px`;
    box.setAttribute('aria-label', `Page ${p.number}`);
    boxes.set(p.number, box);
    container.append(box);
  }

  const draw = async (n: number) => {
    const box = boxes.get(n);
    if (!box || drawn.has(n)) return;
    const canvas = document.createElement('canvas');
    const entry: { canvas: HTMLCanvasElement; task: RenderTask | null } = { canvas, task: null };
    drawn.set(n, entry);
    try {
      const page = await doc.getPage(n);
      if (drawn.get(n) !== entry || signal.aborted) return;
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      box.prepend(canvas);
      entry.task = page.render({ canvas, viewport });
      await entry.task.promise;
    } catch (e) {
      // a render cancelled because the page scrolled away is not a failure
      if ((e as Error)?.name !== 'RenderingCancelledException') console.warn(`page ${n} was not drawn:`, e);
    }
  };
  const release = (n: number) => {
    const entry = drawn.get(n);
    if (!entry) return;
    drawn.delete(n);
    entry.task?.cancel();
    // a zero-sized canvas gives its pixels back at once (waiting for GC can hold hundreds of MB)
    entry.canvas.width = entry.canvas.height = 0;
    entry.canvas.remove();
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const n = Number((e.target as HTMLElement).dataset.page);
        if (e.isIntersecting) void draw(n);
        else release(n);
      }
    },
    { rootMargin: NEAR },
  );
  for (const box of boxes.values()) observer.observe(box);

  // text layers, one page per task, in page order (the reader starts at the top)
  const textLayers = (async () => {
    for (const p of pages) {
      if (signal.aborted) return;
      const content = contents.get(p.number);
      const box = boxes.get(p.number)!;
      if (!content) continue;
      const page: PDFPageProxy = await doc.getPage(p.number);
      const div = document.createElement('div');
      div.className = 'textLayer';
      const layer = new pdfjs.TextLayer({ textContentSource: content, container: div, viewport: page.getViewport({ scale }) });
      await layer.render();
      box.append(div);
      layers.set(p.number, layer.textDivs);
      await yieldToPage();
    }
  })();

  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const n of [...drawn.keys()]) release(n);
  });

  return {
    spans: (n) => layers.get(n) ?? null,
    textLayers,
    drawn: () => [...drawn.keys()].sort((a, b) => a - b),
    box: (n) => boxes.get(n) ?? null,
    destroy: () => {
      observer.disconnect();
      for (const n of [...drawn.keys()]) release(n);
      container.replaceChildren();
    },
  };
}
