/**
 * The side panel's views, each a function of the analysis that returns an element.
 * `go` scrolls the page to a span (and flashes it).
 */
import { leadingFactor } from '../../lib/dom/paint-plan';
import { FACTOR_COLOURS } from '../../lib/dom/palette';
import { courtWords, FACTOR_TITLES, outcomeWords, reliefWords, STANCE_WORDS, STANCES, testsWords } from '../../lib/render/words';
import type { Analysis, AnalysisParagraph, FactorName, OutlineNode, Stance } from '../../lib/types';
import { h } from '../../lib/dom/h';
import { factorFindings, FINDING_FACTORS, type FactorFinding } from '../../lib/export/findings';
import { authorities, AUTHORITY_KINDS, type AuthorityRow } from '../../lib/export/authorities';

/** Correct a paragraph's label; resolves to an error message or null. */
export type OverrideAction = (o: { paragraph: number; factor: FactorName; stance: Stance; remove?: boolean }) => Promise<string | null>;

const LABELS: FactorName[] = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];

/** Words a screen reader reads (and a text search finds) next to a mark that only shows a symbol. */
const sr = (text: string) => h('span', { class: 'sr' }, text);

/**
 * The correction form under a paragraph, opened by its ✎. It opens on the paragraph's
 * current label (its leading factor and that factor's stance), and choosing another factor
 * shows that factor's stance here, so Set with nothing changed changes nothing. A paragraph
 * without a label opens on empty choices, which Set refuses: one stray click cannot invent
 * a finding.
 */
function overrideForm(p: AnalysisParagraph, onOverride: OverrideAction): HTMLFormElement {
  const current = (f: string) => p.factors.find((l) => l.factor === f) ?? null;
  const lead = leadingFactor(p.factors);
  const factor = h('select', { 'aria-label': 'Factor', required: true },
    lead ? null : h('option', { value: '' }, 'Factor…'),
    LABELS.map((f) => h('option', { value: f, selected: f === lead?.factor }, FACTOR_TITLES[f] + (current(f) ? ' (on this paragraph)' : ''))));
  const stance = h('select', { 'aria-label': 'Stance', required: true },
    h('option', { value: '' }, 'Stance…'),
    STANCES.map((s) => h('option', { value: s, selected: s === lead?.stance }, `${STANCE_WORDS[s].symbol} ${STANCE_WORDS[s].words}`)));
  const remove = h('button', { type: 'button', onclick: () => void send(true) }, 'Remove');
  const sync = () => {
    const l = current(factor.value);
    stance.value = l?.stance ?? '';
    remove.disabled = !l;
  };
  factor.addEventListener('change', sync);
  remove.disabled = !lead;
  const msg = h('span', { class: 'status-error', role: 'alert' });
  const send = async (rm: boolean) => {
    if (!factor.value || (!rm && !stance.value)) return void (msg.textContent = 'Choose a factor and a stance first.');
    msg.textContent = '';
    const err = await onOverride({ paragraph: p.index, factor: factor.value as FactorName, stance: (stance.value || 'neutral') as Stance, remove: rm });
    // success is confirmed on the panel's status line, which outlives the re-render
    if (err) msg.textContent = `Not saved: ${err}`;
  };
  return h('form', { class: 'override', hidden: true, 'data-index': p.index, onclick: (e: Event) => e.stopPropagation(), onsubmit: (e: Event) => { e.preventDefault(); void send(false); } },
    factor, stance, h('button', { type: 'submit' }, 'Set'), remove, msg);
}

export interface ViewActions {
  goParagraph(index: number): void;
  goSpan(start: number, end: number): void;
  /** whether a factor's highlights (or the citations') are shown on the page */
  factorVisible(factor: FactorName | 'citation'): boolean;
  /** shows or hides a factor's highlights on the page (an HTML tab or the PDF viewer) */
  setFactorVisible(factor: FactorName | 'citation', visible: boolean): void;
}

/** A switch for a factor's highlights on the page; its clicks stay its own (the section around it opens a list). */
function factorSwitch(factor: FactorName | 'citation', title: string, act: ViewActions): HTMLElement {
  const box = h('input', { type: 'checkbox', checked: act.factorVisible(factor), 'data-switch': factor, 'aria-label': `Show the highlights of ${title} on the page`,
    onchange: () => act.setFactorVisible(factor, box.checked) });
  return h('label', { class: 'switch', title: 'Highlights on the page', onclick: (e: Event) => e.stopPropagation() }, box, 'shown');
}

export function snippet(a: Analysis, start: number, end: number, max = 140): string {
  const s = a.text.slice(start, Math.min(end, start + max + 40)).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max).replace(/\s\S*$/, '') + '…' : s;
}

export function rulingView(a: Analysis, act: ViewActions): HTMLElement {
  const d = a.document;
  const summary = h('dl', { class: 'summary' },
    h('dt', {}, 'Case'), h('dd', {}, d.title ?? '—'),
    h('dt', {}, 'Court'), h('dd', {}, d.courtName ?? (d.court ? courtWords(d.court) : '—')),
    h('dt', {}, 'Date'), h('dd', {}, d.date ?? '—'),
    h('dt', {}, 'Judge'), h('dd', {}, d.judge ?? '—'),
    h('dt', {}, 'Relief'), h('dd', {}, reliefWords(a.standard.relief, a.standard.mandatory)),
    h('dt', {}, 'Test'), h('dd', {}, testsWords(a.standard.tests)),
    h('dt', {}, 'Outcome'), h('dd', {}, a.disposition.outcome
      ? h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goSpan(a.disposition.start, a.disposition.end); } }, outcomeWords(a.disposition.outcome))
      : '—'),
  );
  const found = new Map(factorFindings(a).map((f) => [f.factor, f]));
  const board = FINDING_FACTORS.map((factor) => {
    const f = found.get(factor);
    const paragraphs = f?.paragraphs ?? [];
    // a factor no paragraph discusses was not reached
    const mark = STANCE_WORDS[f?.stance ?? 'neutral'];
    const said = `${mark.words}${f?.user ? ' (your label)' : ''}`;
    const list = h('ol', { hidden: true }, paragraphs.map((i) => h('li', {}, h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `, snippet(a, a.paragraphs[i].start, a.paragraphs[i].end, 80)))));
    return h('section', { class: 'factor', style: `--c:${FACTOR_COLOURS[factor]}`, tabindex: 0, 'data-factor': factor, 'data-stance': f?.stance ?? 'neutral', 'data-paragraphs': paragraphs.join(','),
      onclick: (e: Event) => { if ((e.target as Element).tagName !== 'A') list.hidden = !list.hidden; } },
      h('h3', {}, h('span', {}, FACTOR_TITLES[factor]), h('span', { class: 'mark', title: mark.explain }, `${mark.symbol}${paragraphs.length ? ` ${paragraphs.length} ¶` : ''}`)),
      paragraphs.length ? factorSwitch(factor, FACTOR_TITLES[factor], act) : null,
      h('div', { class: f?.user ? 'finding user' : 'finding' }, said),
      f?.keySentence ? h('blockquote', {}, snippet(a, f.keySentence.start, f.keySentence.end, 200)) : null,
      list);
  });
  return h('div', {}, summary,
    a.citations.length ? h('p', { class: 'citations-switch' }, 'Citations ', factorSwitch('citation', 'the citations', act)) : null,
    a.standard.relief === 'none' ? h('p', { class: 'muted' }, 'This opinion applies no injunction standard.') : board,
    a.outline.length ? h('section', { class: 'outline' }, h('h4', {}, 'Outline of the ruling'), outlineTree(a, a.outline, act, found)) : null);
}

/** A node's words: the factor's finding as the scoreboard has it (the reader's label wins), the rest from the words tables. */
function nodeLabel(a: Analysis, n: OutlineNode, f: FactorFinding | undefined): string {
  switch (n.kind) {
    case 'posture': return reliefWords(a.standard.relief, a.standard.mandatory);
    case 'standard': return `Standard: ${testsWords(a.standard.tests)}`;
    case 'disposition': return `Disposition: ${outcomeWords(a.disposition.outcome)}`;
    case 'factor': return n.factor ? `${FACTOR_TITLES[n.factor]}: ${STANCE_WORDS[f?.stance ?? n.stance ?? 'neutral'].words}${f?.user ? ' (your label)' : ''}` : n.label;
    default: return n.label;
  }
}

/** The ruling as a tree: caption → posture → standard → each factor's finding → disposition. */
function outlineTree(a: Analysis, nodes: OutlineNode[], act: ViewActions, found: Map<FactorName, FactorFinding>): HTMLElement {
  return h('ul', {}, nodes.map((n) => {
    const f = n.kind === 'factor' && n.factor ? found.get(n.factor) : undefined;
    const stance = n.kind === 'factor' ? (f?.stance ?? n.stance ?? null) : null;
    const mark = stance ? STANCE_WORDS[stance] : null;
    const key = f ? f.keySentence : n.keySentence;
    const go = key ?? (n.paragraphs.length ? a.paragraphs[n.paragraphs[0]] : null);
    const label = nodeLabel(a, n, f);
    return h('li', { 'data-kind': n.kind, 'data-factor': n.kind === 'factor' ? n.factor : undefined, 'data-stance': stance ?? undefined },
      go ? h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goSpan(go.start, go.end); } }, label) : label,
      mark ? h('span', { class: 'muted mark', title: mark.explain }, ` ${mark.symbol}`) : null,
      n.paragraphs.length ? h('span', { class: 'muted' }, ' ', n.paragraphs.map((i) => h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `))) : null,
      key && n.kind !== 'caption' ? h('div', { class: 'key' }, snippet(a, key.start, key.end, 160)) : null,
      n.children.length ? outlineTree(a, n.children, act, found) : null);
  }));
}

export function paragraphsView(a: Analysis, act: ViewActions, onOverride?: OverrideAction): HTMLElement {
  const items: HTMLElement[] = [];
  let heading: string | null = null;
  for (const p of a.paragraphs) {
    if (p.heading && p.heading !== heading) {
      heading = p.heading;
      items.push(h('div', { class: 'heading' }, heading));
    }
    const lead = leadingFactor(p.factors);
    const row = h('div', { class: 'para', tabindex: 0, role: 'button', 'data-index': p.index, style: lead ? `--c:${FACTOR_COLOURS[lead.factor]}` : '',
      onclick: () => act.goParagraph(p.index), onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') act.goParagraph(p.index); } },
      h('span', { class: 'n' }, `¶${p.index + 1}`), snippet(a, p.start, p.end),
      h('span', { class: 'tags' }, p.factors.map((f) => {
        const mark = STANCE_WORDS[f.stance];
        return h('span', { class: f.user ? 'tag user' : 'tag', 'data-factor': f.factor, 'data-stance': f.stance, style: `--c:${FACTOR_COLOURS[f.factor]}`, title: `${mark.words}${f.user ? ' (your label)' : ''}: ${mark.explain}` },
          `${FACTOR_TITLES[f.factor]} ${mark.symbol}`, sr(` ${mark.words}`), f.user ? [' ✎', sr(' your label')] : null);
      })));
    items.push(row);
    if (onOverride) {
      const form = overrideForm(p, onOverride);
      row.append(h('button', { type: 'button', class: 'fix', title: 'Correct this paragraph’s label', 'aria-label': `Correct the label of paragraph ${p.index + 1}`, 'aria-expanded': 'false',
        onclick: (e: Event) => {
          e.stopPropagation();
          form.hidden = !form.hidden;
          (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(!form.hidden));
          if (!form.hidden) form.querySelector('select')?.focus();
        } }, '✎'));
      items.push(form);
    }
  }
  return h('div', { class: 'paragraphs' }, items.length ? items : h('p', { class: 'muted' }, 'No paragraphs found.'));
}

const GROUP_TITLES: Record<AuthorityRow['kind'], string> = {
  case: 'Cases', statute: 'Statutes', rule: 'Rules', regulation: 'Regulations', constitution: 'Constitutional provisions', record: 'Record', other: 'Other authorities',
  short_case: 'Cases', id: 'Cases', supra: 'Cases',
};

export type AuthoritySort = 'name' | 'order' | 'cites';

/** Puts text on the clipboard: the Clipboard API, else a selected textarea and the copy command. */
async function copyText(text: string): Promise<void> {
  try {
    return await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = h('textarea', { readonly: true, style: 'position:fixed;opacity:0' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw e;
  }
}

/**
 * Table of authorities (lib/export/authorities, as the HTML report and CSL-JSON list them):
 * one row per authority, parallel cites together, with its court and year, pins in page
 * order, subsequent history (⚑ when it weakens the authority), how often and in which
 * paragraphs it is cited, and *copy*, which copies the full citation and says what it copied.
 */
export function authoritiesView(a: Analysis, act: ViewActions, sort: AuthoritySort = 'name', onSort?: (s: AuthoritySort) => void): HTMLElement {
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  const copied = h('p', { class: 'muted copied', role: 'status' });
  const copy = async (r: AuthorityRow) => {
    try {
      await copyText(r.full);
      copied.textContent = `Copied: ${r.full}`;
    } catch (e) {
      copied.textContent = `Not copied: ${(e as Error)?.message ?? String(e)}`;
    }
  };
  const all = authorities(a);
  const out: HTMLElement[] = [];
  for (const kind of AUTHORITY_KINDS) {
    // authorities() sorts by name (unnamed after); the other orders keep it among equals
    const rows = all.filter((r) => r.kind === kind);
    if (!rows.length) continue;
    if (sort === 'order') rows.sort((x, y) => x.start - y.start);
    else if (sort === 'cites') rows.sort((x, y) => y.citations.length - x.citations.length);
    out.push(h('div', { class: 'group' }, `${GROUP_TITLES[kind]} (${rows.length})`));
    out.push(h('table', {}, h('tbody', {}, rows.map((r) => {
      const first = r.citations.map((id) => byId.get(id)).find((c) => c?.start === r.start) ?? byId.get(r.citations[0]);
      const court = [r.courtAbbreviation ?? r.courtName, r.year].filter((x) => x != null).join(' ');
      const history = r.history ? `${r.history}${r.historyBy ? ` ${r.historyBy}` : ''}` : null;
      return h('tr', { 'data-authority': r.id, 'data-kind': r.kind },
        h('td', {},
          h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); if (first) act.goSpan(first.start, first.end); } }, r.name ? h('i', {}, r.name) : r.citation),
          r.name ? `, ${r.citation}` : '',
          court ? h('span', { class: 'court' }, ` (${court})`) : null,
          history ? h('div', { class: r.negativeHistory ? 'history negative' : 'history' }, r.negativeHistory ? [h('span', { 'aria-hidden': 'true' }, '⚑ '), sr('Subsequent history weakens it: '), history] : history) : null,
          r.pins.length ? h('div', { class: 'muted pins' }, `pins: ${r.pins.join(', ')}`) : null),
        h('td', { class: 'muted' }, `${r.citations.length}×`),
        h('td', {}, r.paragraphs.map((i) => h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `))),
        h('td', {}, h('button', { type: 'button', title: `Copy “${r.full}”`, onclick: () => void copy(r) }, 'copy')));
    }))));
  }
  const sorter = h('label', { class: 'sort' }, 'Sort by ',
    h('select', { 'aria-label': 'Sort authorities', onchange: (e: Event) => onSort?.((e.target as HTMLSelectElement).value as AuthoritySort) },
      ([['name', 'name'], ['order', 'first appearance'], ['cites', 'times cited']] as const).map(([v, t]) => h('option', { value: v, selected: v === sort }, t))));
  return h('div', {}, out.length ? [sorter, copied, ...out] : h('p', { class: 'muted' }, 'No citations found.'));
}
