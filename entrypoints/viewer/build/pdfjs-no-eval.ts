/**
 * A build step for the viewer (added to wxt.config.ts's Vite plugins): PDF.js keeps code
 * paths that evaluate strings, which the viewer never takes and Firefox's add-on linter
 * reports (DANGEROUS_EVAL, UNSAFE_VAR_ASSIGNMENT): the `new Function("")` probe behind
 * `isEvalSupported` (we open every PDF with `isEvalSupported: false`; with the probe gone
 * PDF.js also knows eval is off), the PostScript function compiler behind it, the
 * "fake worker" that imports the worker script on this thread (we always give PDF.js a
 * real worker), and the import of a JPEG 2000 fallback script from `wasmUrl` (we give none).
 * Each is replaced by what PDF.js does when that path fails. One more replacement is about
 * time, not eval: PDF.js draws a page's canvas in slices of 15 ms, looking at the clock every
 * 10 drawing operations, so on a busy machine a slice of text runs and font changes took
 * 35–136 ms of the viewer's thread; it looks every 2 operations, with 8 ms, instead. The
 * patterns are exact for the pinned pdfjs-dist: if one stops matching, the build fails
 * rather than ship them.
 */
import type { Plugin } from 'vite';

const FILES = /[\\/]pdfjs-dist[\\/]build[\\/]pdf(\.worker)?\.mjs$/;

/** [what PDF.js has, what it becomes, which of the two files has it] */
const REPLACEMENTS: [from: string, to: string, worker: boolean | 'both'][] = [
  ['    new Function("");\n    return true;', '    throw new Error("eval is off in Injunction Lens");', 'both'],
  ['return new Function("src", "srcOffset", "dest", "destOffset", compiled);', 'return null;', true],
  ['await import(\n      /*webpackIgnore: true*/\n      /*@vite-ignore*/\n      path);', 'await Promise.reject(new Error("no JPEG 2000 fallback script"));', true],
  ['await import(\n      /*webpackIgnore: true*/\n      /*@vite-ignore*/\n      this.workerSrc);', 'await Promise.reject(new Error("no fake worker in Injunction Lens"));', false],
  ['const EXECUTION_TIME = 15;\nconst EXECUTION_STEPS = 10;', 'const EXECUTION_TIME = 8;\nconst EXECUTION_STEPS = 2;', false],
];

export function pdfjsNoEval(): Plugin {
  return {
    name: 'injunction-lens:pdfjs-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const m = FILES.exec(id.split('?')[0]);
      if (!m) return null;
      const isWorker = !!m[1];
      let out = code;
      for (const [from, to, where] of REPLACEMENTS) {
        if (where !== 'both' && where !== isWorker) continue;
        if (!out.includes(from)) throw new Error(`pdfjs-no-eval: ${id} no longer has ${JSON.stringify(from.slice(0, 60))}: check the pinned pdfjs-dist`);
        out = out.split(from).join(to);
      }
      return { code: out, map: null };
    },
  };
}
