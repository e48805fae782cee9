/**
 * One run: read the opinion's text, ask the background whether we may run here and for the
 * cached analysis (by the page's own key for its text), else upload the text and have it
 * analysed (the core never runs on the page's main thread), then show the answer.
 */
import { readText } from '../../lib/sites/read-page';
import { readingHints } from '../../lib/sites/hints';
import { yieldToPage } from '../../lib/dom/yield';
import { textKeySliced } from '../../lib/dom/text-key-sliced';
import { uploadSliced } from '../../lib/ext/upload-sliced';
import { SLICE_CAPS, SlicePass } from '../../lib/dom/slice-meter';
import { PREVIEW_MIN_CHARS, previewWindow } from '../../lib/ext/preview-window';
import { adapterFor } from '../../lib/sites/index';
import { callBackground } from '../../lib/ext/rpc';
import type { AnalysisReply } from '../../lib/ext/messages';
import { clear, OWN_TAG, pageState, type LensState } from './lens-state';
import { installStyles, paint } from './painting';
import { show } from './show-analysis';
import { finish } from './status';
import { afterLayout, hasRendered, viewportOffset } from './viewport';

/**
 * Reads, finds the cached analysis or has the text analysed, and paints. Unless `force`d
 * (the reader asked), the background's answer may be "not here" (auto-run off, site
 * switched off): then the run stops without a trace.
 */
export async function run(lens: LensState, force = true): Promise<void> {
  clear(lens, false);
  if (force) lens.forced = true;
  const signal = (lens.run$ = new AbortController()).signal;
  lens.early$ = new AbortController();
  ++lens.runs;
  const run = `${lens.token}:${lens.runs}`;
  try {
    pageState.reads++;
    const first = await readText(document, location.href, (el) => OWN_TAG.test(el.tagName), signal);
    // each step below is a task of its own: the caret lookup may lay the page out, and
    // the text key is a pass over the whole text
    await yieldToPage();
    if (signal.aborted) return;
    // only the elements and the index: the pending rest of the extraction stays with `first`
    lens.reading = { roots: first.roots, index: first.index };
    // Where the reader is, read before our styles change the page, and after the browser's
    // own first layout (asking before it would force the whole layout in our task).
    if (!hasRendered()) await afterLayout();
    if (signal.aborted) return;
    const around = (lens.around = viewportOffset(lens) ?? 0);
    // One question to the background: may we run here, with which settings, and is this
    // text's analysis cached (a revisit: found by the page's own key for its text, so
    // neither the rest of the extraction nor the text itself has to be sent)?
    const adapter = adapterFor(document, location.href)?.site ?? 'generic';
    await yieldToPage();
    if (signal.aborted) return;
    // the key is a pass over the whole text: in slices (the same key as lib/text-key's)
    const key = first.index.text.trim().length >= 200 ? await textKeySliced(first.index.text, signal) : null;
    await yieldToPage();
    if (signal.aborted) return;
    // a long text: the text around the reader goes with the question (one upload chunk at
    // most), so that if nothing is cached its citations come back with the answer
    const preview = first.index.text.length >= PREVIEW_MIN_CHARS ? previewWindow(first.index.text, around, SLICE_CAPS.upload) : undefined;
    const asking = callBackground('cachedAnalysis', { key, url: location.href, site: first.site, adapter, around, force: lens.forced, run, preview });
    if (preview) meterMessage(preview.text.length);
    const asked = await asking;
    if (signal.aborted) return;
    if (!asked.ok) return finish(lens, 'error', null, asked.error);
    if (!asked.value.allowed) {
      // not here: no trace, not even the stylesheet the document_start script adopted
      lens.reading = null;
      clear(lens, true);
      return;
    }
    lens.settings = asked.value.settings;
    lens.wash = lens.settings.paragraphWash;
    pageState.state = 'running';
    let reply: AnalysisReply | null = asked.value.found;
    if (!reply) {
      // A long text: the citations around the reader (found by the background from the
      // text near the viewport only) are painted first, and the page renders them before
      // the extraction's rest, the upload and the analysis: our slices resume ahead of the
      // page's other tasks (scheduler.yield), so without this turn the frame with the first
      // highlights would wait for the whole extraction.
      if (asked.value.preview?.length) {
        installStyles(lens);
        const p = (lens.painting = paint(lens, first.index, asked.value.preview.map((s) => ({ name: 'lens-citation', ...s })), around, lens.early$.signal));
        await p.done;
        if (signal.aborted) return;
        await afterLayout();
        if (signal.aborted) return;
      }
      const reading = await first.complete(); // the extraction's rest: parts, caption, the page's evidence
      if (signal.aborted) return;
      lens.reading = { roots: reading.extraction.roots, index: reading.index };
      // "is this an opinion?" is the core's (the analysis' isOpinion, from the page's evidence too)
      if (reading.index.text.trim().length < 200) {
        return finish(lens, 'not-opinion', null);
      }
      // the text goes to the background in chunks, each message a task of its own (the
      // browser serialises a message on this thread: a megabyte in one was a long task)
      const upload = await uploadSliced(reading.index.text, run, async (chunk) => {
        const r = await callBackground('uploadChunk', chunk);
        if (!r.ok) throw new Error(r.error);
        return r.value;
      }, signal);
      if (signal.aborted) return;
      const analysed = await callBackground('analyze', {
        upload,
        url: location.href,
        site: reading.extraction.site,
        meta: { ...reading.extraction.meta },
        caption: reading.extraction.caption,
        page: reading.extraction.evidence,
        hints: readingHints(reading.extraction, reading.index),
        around,
        run,
      });
      if (signal.aborted) return;
      if (!analysed.ok) return finish(lens, 'error', null, analysed.error);
      reply = analysed.value;
    }
    await show(lens, reply, lens.reading, around, signal);
  } catch (e) {
    if (signal.aborted) return;
    finish(lens, 'error', null, String((e as Error)?.message ?? e));
  }
}

/** Records a message of `chars` characters of the reading text as an `upload` slice of its own (the browser serialises it on this thread). */
function meterMessage(chars: number) {
  const pass = new SlicePass('upload');
  pass.slice(chars, chars);
  pass.end(chars);
}
