/**
 * A bench memo in Markdown: the relief and test with the standard's authorities; each
 * factor's finding (those not reached said so) with the key sentence quoted clean and
 * pin-cited to the reporter or slip page, and the authorities its sentences cite, each in
 * full with its court parenthetical and history where the memo first names it
 * (memo-model.ts); the disposition; and the reader's notes. Text from the opinion is
 * quoted as block quotes with Markdown's special characters escaped.
 */
import { anchor } from '../anchoring/anchor';
import { quoteOf } from '../anchoring/annotation';
import type { Relief } from '../types';
import { memoModel, type MemoQuote } from './memo-model';
import { prepare, type OpinionExport } from './opinion-export';
import { pageRef } from './page-ref';
import { paragraphAt } from './pin-cite';
import { OUTCOME_NAMES, RELIEF_NAMES, courtWords, testsWords } from '../render/words';

/** Escapes characters Markdown would read as markup (so "*12" and "_Id._" print as written). */
export function mdEscape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function quoteLine(q: MemoQuote): string {
  if (q.repeat) return `_Quoted above${q.pin ? ` (${mdEscape(q.pin)})` : ''}._`;
  const text = q.text.length > 600 ? q.text.slice(0, 599) + '…' : q.text;
  return `> ${mdEscape(text)}${q.pin ? ` (${mdEscape(q.pin)})` : ''}`;
}

function authorityList(list: readonly string[]): string[] {
  return list.length ? ['Authorities:', '', ...list.map((c) => `- ${mdEscape(c)}`), ''] : [];
}

function memoOf(item: OpinionExport, level = 1): string {
  const { analysis: a, notes } = prepare(item);
  const d = a.document;
  const h = (n: number) => '#'.repeat(Math.min(6, level + n - 1));
  const out: string[] = [];
  out.push(`${h(1)} ${mdEscape(d.title ?? 'Untitled opinion')}`, '');
  const facts = [
    d.courtName ?? d.court ? `**Court:** ${mdEscape(d.courtName ?? courtWords(d.court ?? ''))}` : null,
    d.date ? `**Decided:** ${d.date}` : null,
    d.docket ? `**Docket:** ${mdEscape(d.docket)}` : null,
    d.judge ? `**Judge:** ${mdEscape(d.judge)}` : null,
    d.source?.url ? `**Source:** <${d.source.url}>` : null,
  ].filter(Boolean);
  if (facts.length) out.push(facts.join('  \n'), '');

  const memo = memoModel(a);
  out.push(`${h(2)} Relief and standard`, '');
  const reliefs = a.standard.reliefs.length ? a.standard.reliefs : [a.standard.relief];
  out.push(`- **Relief sought:** ${reliefs.map((r) => RELIEF_NAMES[r] ?? r).join('; ')}${a.standard.mandatory ? ' (mandatory)' : ''}`);
  out.push(`- **Test applied:** ${testsWords(a.standard.tests)}`, '');
  out.push(...authorityList(memo.standard));

  out.push(`${h(2)} Factors`, '');
  for (const f of memo.factors) {
    const by = f.user ? ' (reader’s label)' : '';
    out.push(`${h(3)} ${f.title}: ${f.finding}${by}`, '');
    if (f.quote) out.push(quoteLine(f.quote), '');
    if (f.paragraphs.length) out.push(`Discussed at ${f.paragraphs.map((i) => `¶ ${i + 1}`).join(', ')}.`, '');
    out.push(...authorityList(f.authorities));
  }

  out.push(`${h(2)} Disposition`, '');
  const outcome = a.disposition.outcome;
  out.push(`**${outcome ? OUTCOME_NAMES[outcome] ?? outcome : 'Not identified'}**`, '');
  for (const m of a.disposition.motions ?? []) out.push(`- ${mdEscape(RELIEF_NAMES[m.motion as Relief] ?? m.motion)}: ${OUTCOME_NAMES[m.outcome] ?? m.outcome}`);
  if (a.disposition.motions?.length) out.push('');
  if (memo.disposition) out.push(quoteLine(memo.disposition), '');

  out.push(`${h(2)} Reader’s notes`, '');
  if (!notes.length) out.push('_No notes._', '');
  for (const n of notes) {
    const at = anchor(a.text, n.selectors);
    const text = at ? a.text.slice(at.start, at.end) : quoteOf(n.selectors)?.exact ?? '';
    const pin = at ? [pageRef(a, at.start), paragraphAt(a, at.start) != null ? `¶ ${paragraphAt(a, at.start)! + 1}` : null].filter(Boolean).join(', ') : 'not found in this text';
    out.push(`- “${mdEscape(text.replace(/\s+/g, ' ').trim())}” (${pin})`);
    if (n.note.trim()) out.push(`  ${mdEscape(n.note.trim()).replace(/\n/g, '\n  ')}`);
    if (n.tags.length) out.push(`  Tags: ${n.tags.map((t) => mdEscape(`#${t}`)).join(' ')}`);
  }
  out.push('');
  return out.join('\n');
}

/** The memo for one opinion. */
export function exportMarkdown(item: OpinionExport): string {
  return memoOf(item);
}

/** One memo per opinion under a library heading, with a summary table first. */
export function exportMarkdownLibrary(items: readonly OpinionExport[]): string {
  const out = ['# Injunction Lens library', '', '| Opinion | Court | Date | Relief | Outcome |', '| --- | --- | --- | --- | --- |'];
  for (const { analysis: a } of items) {
    const d = a.document;
    out.push(`| ${mdEscape(d.title ?? 'Untitled')} | ${mdEscape(d.courtName ?? (d.court ? courtWords(d.court) : ''))} | ${d.date ?? ''} | ${RELIEF_NAMES[a.standard.relief] ?? ''} | ${a.disposition.outcome ? OUTCOME_NAMES[a.disposition.outcome] : ''} |`);
  }
  out.push('');
  for (const item of items) out.push('---', '', memoOf(item, 2));
  return out.join('\n');
}
