/**
 * The pages on screen: one box per page at its final size from the start (so the scroll bar
 * and the reader's place never jump), PDF.js's text layer in every box (what selection,
 * find-in-page, copy and our highlights work on: a few thousand spans of text, cheap to
 * keep), and a canvas only for the pages near the viewport. A canvas is the memory a PDF
 * costs (a letter page at 2x is ~8 MB), so one that scrolls far away is let go.
 *
 * The boxes and the canvases in view come first, before any text is read; each page's text
 * layer is made as its text arrives, `LAYER_CHUNK` spans a task. The boxes skip the style and
 * layout of what is off screen (`content-visibility: auto` in viewer.css): with the
 * highlight sheet's `::highlight()` rules, restyling every span of a 30-page PDF took over a
 * second of one task on this machine, and a page far away needs none of it until it nears.
 */
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { yieldToPage } from '../../lib/dom/yield';
import { pdfjs } from './pdfjs';
import type { PageSize, TextContent } from './open-document';

export interface PageViews {
  /** page n's text layer spans, span i = text item i (lib/pdf's PdfItem.index); null before its layer is made */
  spans(page: number): readonly HTMLElement[] | null;
  /** makes page n's text layer from its text content, after the layers asked for before it */
  addTextLayer(n: number, content: TextContent): void;
  /** resolves when every text layer asked for so far is in place */
  textLayers(): Promise<void>;
  /** resolves when page n's text layer is in place (or will not be: page n was never added) */
  layer(n: number): Promise<void>;
  /** the pages whose box reaches into the viewport now (the reader sees them first) */
  inView(): number[];
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
/** text layer spans made in one task (a Tarrant page has about 120, each measured and styled: 32 a task took up to 80 ms on a busy machine) */
const LAYER_CHUNK = 16;
/**
 * chunks of a page near the view made between two frames: the browser styles them in the
 * frame after (a chunk a frame made page 1's 120 spans wait 8 frames for the first highlights,
 * 1–3 s on a loaded machine; 64 spans styled at once is a few ms of one frame)
 */
const CHUNKS_A_FRAME = 4;

/** `later`: settles when the text is read; the pages near the view but not in it are drawn after it. */
export function showPages(container: HTMLElement, doc: PDFDocumentProxy, pages: PageSize[], signal: AbortSignal, later: Promise<unknown> = Promise.resolve()): PageViews {
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

  const draw = async (n: number, visible: boolean) => {
    const box = boxes.get(n);
    if (!box || drawn.has(n)) return;
    const canvas = document.createElement('canvas');
    const entry: { canvas: HTMLCanvasElement; task: RenderTask | null } = { canvas, task: null };
    drawn.set(n, entry);
    try {
      // a page near the view but not in it waits until the text is read: PDF.js's worker
      // does both, and the reader sees the pages in view and the text's highlights first
      if (!visible) await later;
      if (drawn.get(n) !== entry || signal.aborted) return;
      const page = await doc.getPage(n);
      if (drawn.get(n) !== entry || signal.aborted) return;
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      // drawn off the document, then put in: a canvas in the document makes each font change
      // of the drawing restyle what the page changed since (the text layer being made)
      entry.task = page.render({ canvas, viewport });
      await entry.task.promise;
      if (drawn.get(n) === entry && !signal.aborted) box.prepend(canvas);
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
        if (e.isIntersecting) void draw(n, e.boundingClientRect.bottom > 0 && e.boundingClientRect.top < window.innerHeight);
        else release(n);
      }
    },
    { rootMargin: NEAR },
  );
  for (const box of boxes.values()) observer.observe(box);

  // text layers, one page after another, a chunk of spans per task
  let layersDone: Promise<void> = Promise.resolve();
  const layerOf = new Map<number, Promise<void>>();
  const addTextLayer = (n: number, content: TextContent) => {
    const box = boxes.get(n);
    if (!box || layerOf.has(n)) return;
    layersDone = layersDone.then(async () => {
      if (signal.aborted) return;
      const page: PDFPageProxy = await doc.getPage(n);
      const div = document.createElement('div');
      div.className = 'textLayer';
      // in the box from the start: the spans are styled a chunk at a time as they are added
      box.append(div);
      let chunks = 0;
      const layer = new pdfjs.TextLayer({ textContentSource: chunked(content, () => pace(n, ++chunks), signal), container: div, viewport: page.getViewport({ scale }) });
      try {
        await layer.render();
      } catch (e) {
        if (!signal.aborted) console.warn(`page ${n} has no text layer:`, e);
        return;
      }
      layers.set(n, layer.textDivs);
    });
    layerOf.set(n, layersDone);
  };
  // A page near the view (one with a canvas) is styled as its spans arrive, so its chunks go
  // `CHUNKS_A_FRAME` a frame (the browser styles what arrived in the frame after); a page away
  // from view is skipped by the browser (content-visibility), so its chunks need only hand
  // the thread back. (Asking the box where it is would force the styling it is meant to spread.)
  const pace = (n: number, chunk: number): Promise<void> => {
    if (!drawn.has(n) || chunk % CHUNKS_A_FRAME) return yieldToPage();
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  };
  const inView = () =>
    [...boxes].filter(([, box]) => {
      const r = box.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }).map(([n]) => n);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const n of [...drawn.keys()]) release(n);
  });

  return {
    spans: (n) => layers.get(n) ?? null,
    addTextLayer,
    textLayers: () => layersDone,
    layer: (n) => layerOf.get(n) ?? Promise.resolve(),
    inView,
    drawn: () => [...drawn.keys()].sort((a, b) => a - b),
    box: (n) => boxes.get(n) ?? null,
    destroy: () => {
      observer.disconnect();
      for (const n of [...drawn.keys()]) release(n);
      container.replaceChildren();
    },
  };
}

/**
 * A page's text content as a stream of `LAYER_CHUNK` items, each chunk after `pause()`:
 * PDF.js's TextLayer lays out one chunk per read, so no task makes a whole page's spans.
 */
function chunked(content: TextContent, pause: () => Promise<void>, signal: AbortSignal): ReadableStream<TextContent> {
  let at = 0;
  return new ReadableStream<TextContent>({
    async pull(controller) {
      if (at > 0) await pause();
      if (signal.aborted || at >= content.items.length) return controller.close();
      controller.enqueue({ ...content, items: content.items.slice(at, at + LAYER_CHUNK) });
      at += LAYER_CHUNK;
    },
  });
}
