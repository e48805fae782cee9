/**
 * PDF.js's worker, bundled as a worker of this extension page (./pdfjs.ts starts it). The
 * worker module starts itself on load: it listens on its own port when it runs in a worker.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
