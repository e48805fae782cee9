/**
 * A printable HTML report: header, relief and test, factor findings with their key
 * sentences and authorities (the memo's, memo-model.ts), disposition, the reader's notes
 * and the table of authorities (authorities.ts: court, year, pins, subsequent history). Every piece
 * of text from the opinion or the reader goes through `escapeHtml`; nothing is inserted
 * as markup, and the page loads no script or remote resource.
 */
import { anchor } from '../anchoring/anchor';
import { quoteOf } from '../anchoring/annotation';
import { authorities } from './authorities';
import { memoModel, type MemoQuote } from './memo-model';
import { prepare, type OpinionExport } from './opinion-export';
import { pageRef } from './page-ref';
import { paragraphAt } from './pin-cite';
import { OUTCOME_NAMES, RELIEF_NAMES, courtWords, testsWords } from '../render/words';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{font:15px/1.5 Georgia,serif;max-width:46em;margin:2em auto;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:1.05em}
blockquote{margin:.5em 0 .5em 1em;padding-left:1em;border-left:3px solid #999}
.pin{color:#555;font-size:.9em}.user{font-style:italic;color:#7a3}table{border-collapse:collapse}
td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
article+article{page-break-before:always}@media print{body{margin:0}}`;

function block(q: MemoQuote): string {
  const pin = q.pin ? ` <span class="pin">(${escapeHtml(q.pin)})</span>` : '';
  return q.repeat ? `<p class="pin">Quoted above${pin}.</p>` : `<blockquote>${escapeHtml(q.text)}${pin}</blockquote>`;
}

function authorityList(list: readonly string[]): string {
  return list.length ? `<p class="pin">Authorities:</p><ul class="pin">${list.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : '';
}

function article(item: OpinionExport): string {
  const { analysis: a, notes } = prepare(item);
  const d = a.document;
  const e = (s: string | null | undefined) => escapeHtml(s ?? '');
  const out: string[] = [`<article>`, `<h1>${e(d.title ?? 'Untitled opinion')}</h1>`, '<p>'];
  if (d.courtName ?? d.court) out.push(`${e(d.courtName ?? courtWords(d.court ?? ''))}<br>`);
  if (d.date) out.push(`Decided ${e(d.date)}<br>`);
  if (d.docket) out.push(`Docket ${e(d.docket)}<br>`);
  if (d.source?.url) out.push(`Source: ${e(d.source.url)}`);
  out.push('</p>', '<h2>Relief and standard</h2><ul>');
  const reliefs = a.standard.reliefs.length ? a.standard.reliefs : [a.standard.relief];
  out.push(`<li>Relief sought: ${e(reliefs.map((r) => RELIEF_NAMES[r] ?? r).join('; '))}${a.standard.mandatory ? ' (mandatory)' : ''}</li>`);
  out.push(`<li>Test: ${e(testsWords(a.standard.tests))}</li></ul>`);
  const memo = memoModel(a);

  out.push(authorityList(memo.standard));

  out.push('<h2>Factors</h2>');
  for (const f of memo.factors) {
    out.push(`<h3>${e(f.title)}: ${e(f.finding)}${f.user ? ' <span class="user">(reader’s label)</span>' : ''}</h3>`);
    if (f.quote) out.push(block(f.quote));
    if (f.paragraphs.length) out.push(`<p class="pin">Discussed at ${e(f.paragraphs.map((i) => `¶ ${i + 1}`).join(', '))}</p>`);
    out.push(authorityList(f.authorities));
  }

  out.push('<h2>Disposition</h2>');
  out.push(`<p><strong>${e(a.disposition.outcome ? OUTCOME_NAMES[a.disposition.outcome] ?? a.disposition.outcome : 'Not identified')}</strong></p>`);
  if (memo.disposition) out.push(block(memo.disposition));

  out.push('<h2>Reader’s notes</h2>');
  if (!notes.length) out.push('<p>No notes.</p>');
  for (const n of notes) {
    const at = anchor(a.text, n.selectors);
    const quoted = at ? a.text.slice(at.start, at.end) : quoteOf(n.selectors)?.exact ?? '';
    out.push(`<blockquote>${e(quoted.replace(/\s+/g, ' ').trim())} <span class="pin">(${e(at ? [pageRef(a, at.start), paragraphAt(a, at.start) != null ? `¶ ${paragraphAt(a, at.start)! + 1}` : null].filter(Boolean).join(', ') : 'not found in this text')})</span></blockquote>`);
    if (n.note.trim()) out.push(`<p>${e(n.note.trim()).replace(/\n/g, '<br>')}</p>`);
    if (n.tags.length) out.push(`<p class="pin">Tags: ${e(n.tags.join(', '))}</p>`);
  }

  const rows = authorities(a).filter((r) => r.kind !== 'record' && r.kind !== 'other');
  if (rows.length) {
    out.push('<h2>Table of authorities</h2><table><tr><th>Authority</th><th>Citation</th><th>Court</th><th>Year</th><th>Pins</th><th>Subsequent history</th></tr>');
    for (const r of rows) {
      const history = r.history ? `${r.negativeHistory ? '⚑ ' : ''}${r.history}${r.historyBy ? ` ${r.historyBy}` : ''}` : '';
      out.push(`<tr><td>${e(r.name ?? r.citation)}</td><td>${e(r.citation)}</td><td>${e(r.courtName ?? '')}</td><td>${r.year ?? ''}</td><td>${e(r.pins.join(', '))}</td><td>${e(history)}</td></tr>`);
    }
    out.push('</table>');
  }
  out.push('</article>');
  return out.join('\n');
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>\n<style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

/** A printable report for one opinion. */
export function exportHtml(item: OpinionExport): string {
  return page(item.analysis.document.title ?? 'Injunction Lens report', article(item));
}

/** One report for the library: an article per opinion, each starting a printed page. */
export function exportHtmlLibrary(items: readonly OpinionExport[]): string {
  return page('Injunction Lens library', items.map(article).join('\n'));
}
