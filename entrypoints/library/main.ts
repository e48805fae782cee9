/**
 * The library: every opinion the reader opened or annotated, searchable across notes,
 * quotes and tags, filterable by court, relief, outcome and factor finding. Runs in the
 * extension's origin, so it reads the database directly.
 */
import { quoteOf } from '../../lib/anchoring/index';
import { openLensDb, searchLibrary, warmSearchIndex, type LibraryFilters } from '../../lib/db/index';
import type { Outcome, Relief } from '../../lib/types';
import { h } from '../sidepanel/h';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const hits = $('hits');
const count = $('count');
const dbp = openLensDb();

async function search() {
  const t0 = performance.now();
  const filters: LibraryFilters = {
    court: $<HTMLInputElement>('court').value.trim() || null,
    relief: ($<HTMLSelectElement>('relief').value || null) as Relief | null,
    outcome: ($<HTMLSelectElement>('outcome').value || null) as Outcome | null,
    findings: $<HTMLSelectElement>('finding').value ? [$<HTMLSelectElement>('finding').value] : [],
  };
  try {
    const db = await dbp;
    const r = await searchLibrary(db, $<HTMLInputElement>('q').value, filters);
    const ms = performance.now() - t0;
    count.textContent = `${r.hits.length} opinion(s), ${r.annotationMatches} matching note(s) · ${ms.toFixed(0)} ms`;
    hits.replaceChildren(...r.hits.map((hit) => {
      const o = hit.opinion;
      return h('article', { class: 'hit' },
        h('h2', {}, o.url ? h('a', { href: o.url, target: '_blank', rel: 'noopener noreferrer' }, o.title ?? o.url) : (o.title ?? 'Untitled opinion')),
        h('div', { class: 'meta' }, [o.court, o.date, o.docket, o.relief?.replace(/_/g, ' '), o.outcome?.replace(/_/g, ' '), o.findings.join(' ')].filter(Boolean).join(' · ')),
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
