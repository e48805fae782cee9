/**
 * PDF.js for the viewer page: the modern build, its worker bundled as a worker of this page
 * (./pdf-worker.ts, started by ./early-start.ts before the rest of the page's code), so
 * nothing is fetched from a CDN and both go through the same build
 * (./build/pdfjs-no-eval.ts takes out the code paths that would evaluate strings).
 */
// 'pdfjs-dist' is build/pdf.mjs (its package main), with the package's types
import * as pdfjs from 'pdfjs-dist';
import { pdfWorker } from './early-start';

pdfjs.GlobalWorkerOptions.workerPort = pdfWorker;

export { pdfjs };
