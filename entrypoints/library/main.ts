/**
 * The library: every opinion the reader opened or annotated, searchable across notes,
 * quotes and tags, filterable by court, relief, outcome and factor finding; exported,
 * backed up and restored (./transfer.ts). Runs in the extension's origin, so it reads the
 * database directly.
 */
import { quoteOf } from '../../lib/anchoring/index';
import { searchLibrary, warmSearchIndex, type LibraryFilters } from '../../lib/db/index';
import type { ExportFormat } from '../../lib/ext/messages';
import { lensDb } from '../../lib/ext/store';
import type { Outcome, Relief } from '../../lib/types';
import { courtWords, findingsWords, outcomeWords, reliefWords } from '../../lib/render/words';
import { h } from '../../lib/dom/h';
import { exportLibraryDownload, FORMATS, IMPORT_ACCEPT, importChosenFile } from '../../lib/ext/library-transfer';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const hits = $('hits');
const count = $('count');
const dbp = lensDb();

/**
 * The opinion's link, only for http(s). Imports drop other schemes already
 * (lib/import/validate.ts httpUrl); this check stands even for a row written some other
 * way, so a `javascript:` or `data:` URL never becomes a link here.
 */
function webLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The court filter lists the courts of the opinions in the library, by name (the database
 * keeps courts-db ids such as `ctd`). The first search has no filter and sees every
 * opinion; later ones add the courts of what they find (an import), none is taken away.
 */
const courtFilter = $<HTMLSelectElement>('court');
const courtsShown = new Set<string>();
function knowCourts(ids: readonly (string | null)[]) {
  const fresh = ids.filter((id): id is string => !!id && !courtsShown.has(id));
  if (!fresh.length) return;
  for (const id of fresh) courtsShown.add(id);
  const chosen = courtFilter.value;
  const named = [...courtsShown].map((id) => [id, courtWords(id)] as const).sort((a, b) => a[1].localeCompare(b[1]));
  courtFilter.replaceChildren(h('option', { value: '' }, 'any court'), ...named.map(([id, name]) => h('option', { value: id, selected: id === chosen }, name)));
}

async function search() {
  const t0 = performance.now();
  const filters: LibraryFilters = {
    court: courtFilter.value || null,
    relief: ($<HTMLSelectElement>('relief').value || null) as Relief | null,
    outcome: ($<HTMLSelectElement>('outcome').value || null) as Outcome | null,
    findings: $<HTMLSelectElement>('finding').value ? [$<HTMLSelectElement>('finding').value] : [],
  };
  try {
    const db = await dbp;
    const r = await searchLibrary(db, $<HTMLInputElement>('q').value, filters);
    knowCourts(r.hits.map((x) => x.opinion.court));
    const ms = performance.now() - t0;
    count.textContent = `${r.hits.length} opinion(s), ${r.annotationMatches} matching note(s) · ${ms.toFixed(0)} ms`;
    hits.replaceChildren(...r.hits.map((hit) => {
      const o = hit.opinion;
      const href = webLink(o.url);
      return h('article', { class: 'hit' },
        h('h2', {}, href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, o.title ?? o.url ?? href) : (o.title ?? o.url ?? 'Untitled opinion')),
        h('div', { class: 'meta' }, [o.court && courtWords(o.court), o.date, o.docket, o.relief && reliefWords(o.relief), o.outcome && outcomeWords(o.outcome), findingsWords(o.findings)].filter(Boolean).join(' · ')),
        hit.annotations.slice(0, 20).map((a) => h('blockquote', {}, `“${quoteOf(a.selectors)?.exact.slice(0, 240) ?? ''}”`, a.note ? h('div', { class: 'note' }, a.note) : null, a.tags.length ? h('div', { class: 'meta' }, a.tags.join(', ')) : null)));
    }));
    if (!r.hits.length) hits.replaceChildren(h('p', { class: 'meta' }, 'Nothing matches. Opinions appear here once you open them with the extension.'));
  } catch (e) {
    count.textContent = `The library could not be read: ${(e as Error).message}`;
  }
}

let timer: number | undefined;
$('filters').addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(search, 120);
});
$('filters').addEventListener('submit', (e) => e.preventDefault());
// List first (no query needs no word index), then build the word index while the reader
// is still looking, so the first search typed is as fast as the rest.
void search().then(async () => warmSearchIndex(await dbp)).catch(() => {});
// notes made in other tabs meanwhile: rebuild when the reader comes back to this tab
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void dbp.then(warmSearchIndex).catch(() => {});
});

// Export, backup and restore, done here (not by the background): see ./transfer.ts.
const format = $<HTMLSelectElement>('export-format');
format.replaceChildren(...FORMATS.map(([v, t]) => h('option', { value: v, selected: v === 'backup' }, t)));
const exportButton = $<HTMLButtonElement>('export');
const importInput = $<HTMLInputElement>('import');
const transferStatus = $('transfer-status');
importInput.accept = IMPORT_ACCEPT;

exportButton.addEventListener('click', async () => {
  exportButton.disabled = true;
  transferStatus.textContent = 'Preparing the export…';
  try {
    transferStatus.textContent = `Exported ${await exportLibraryDownload(format.value as ExportFormat)}.`;
  } catch (e) {
    transferStatus.textContent = `Export failed: ${(e as Error)?.message ?? String(e)}`;
  } finally {
    exportButton.disabled = false;
  }
});

importInput.addEventListener('change', async () => {
  const f = importInput.files?.[0];
  if (!f) return;
  importInput.disabled = true;
  transferStatus.textContent = `Importing ${f.name}…`;
  try {
    transferStatus.textContent = await importChosenFile(f);
    await search();
    void dbp.then(warmSearchIndex).catch(() => {});
  } catch (e) {
    transferStatus.textContent = `Nothing imported: ${(e as Error)?.message ?? String(e)}`;
  } finally {
    importInput.value = '';
    importInput.disabled = false;
  }
});
