/**
 * The side panel's views, each a function of the analysis that returns an element.
 * `go` scrolls the page to a span (and flashes it).
 */
import { leadingFactor } from '../../lib/dom/paint-plan';
import { FACTOR_COLOURS } from '../../lib/dom/palette';
import { courtWords, FACTOR_TITLES, outcomeWords, reliefWords, STANCE_WORDS, STANCES, testsWords } from '../../lib/render/words';
import type { Analysis, AnalysisParagraph, Citation, FactorName, OutlineNode, Stance } from '../../lib/types';
import { h } from './h';
import { factorFindings, FINDING_FACTORS, type FactorFinding } from '../../lib/export/findings';

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

const GROUPS: [string, Citation['kind'][]][] = [
  ['Cases', ['case']],
  ['Statutes', ['statute']],
  ['Rules', ['rule']],
  ['Regulations', ['regulation']],
  ['Constitutional provisions', ['constitution']],
  ['Record', ['record']],
  ['Other authorities', ['other']],
];

/** Table of authorities: every full citation with the pins and paragraphs that cite it. */
export type AuthoritySort = 'name' | 'order' | 'cites';

export function authoritiesView(a: Analysis, act: ViewActions, sort: AuthoritySort = 'name', onSort?: (s: AuthoritySort) => void): HTMLElement {
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  const root = (c: Citation): Citation => {
    let x = c;
    for (let i = 0; i < 20 && x.antecedent && byId.has(x.antecedent); i++) x = byId.get(x.antecedent)!;
    return x;
  };
  const entries = new Map<string, { head: Citation; cites: Citation[] }>();
  for (const c of a.citations) {
    const r = root(c);
    const key = r.kind === 'case' ? `${r.volume} ${r.reporter} ${r.page}|${r.caseName ?? ''}` : `${r.kind}|${r.text}`;
    const e = entries.get(key) ?? { head: r, cites: [] };
    e.cites.push(c);
    entries.set(key, e);
  }
  const out: HTMLElement[] = [];
  for (const [title, kinds] of GROUPS) {
    const rows = [...entries.values()].filter((e) => kinds.includes(e.head.kind) || (title === 'Cases' && ['short_case', 'id', 'supra'].includes(e.head.kind)));
    if (!rows.length) continue;
    const byName = (x: { head: Citation }, y: { head: Citation }) => (x.head.caseName ?? x.head.text).localeCompare(y.head.caseName ?? y.head.text);
    if (sort === 'order') rows.sort((x, y) => x.head.start - y.head.start);
    else if (sort === 'cites') rows.sort((x, y) => y.cites.length - x.cites.length || byName(x, y));
    else rows.sort(byName);
    out.push(h('div', { class: 'group' }, `${title} (${rows.length})`));
    out.push(h('table', {}, h('tbody', {}, rows.map((e) => {
      const full = a.text.slice(e.head.fullStart, e.head.fullEnd).replace(/\s+/g, ' ');
      const pins = [...new Set(e.cites.map((c) => c.pin).filter(Boolean))];
      const paras = [...new Set(e.cites.map((c) => c.paragraph).filter((p): p is number => p != null))];
      return h('tr', {},
        h('td', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); act.goSpan(e.head.start, e.head.end); } }, e.head.caseName ? h('i', {}, e.head.caseName) : e.head.text),
          e.head.caseName ? `, ${e.head.text}` : '', pins.length ? h('div', { class: 'muted' }, `pins: ${pins.join(', ')}`) : null),
        h('td', { class: 'muted' }, `${e.cites.length}×`),
        h('td', {}, paras.map((i) => h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `))),
        h('td', {}, h('button', { title: 'Copy citation', onclick: () => navigator.clipboard.writeText(full).catch(() => {}) }, 'copy')));
    }))));
  }
  const sorter = h('label', { class: 'sort' }, 'Sort by ',
    h('select', { 'aria-label': 'Sort authorities', onchange: (e: Event) => onSort?.((e.target as HTMLSelectElement).value as AuthoritySort) },
      ([['name', 'name'], ['order', 'first appearance'], ['cites', 'times cited']] as const).map(([v, t]) => h('option', { value: v, selected: v === sort }, t))));
  return h('div', {}, out.length ? [sorter, ...out] : h('p', { class: 'muted' }, 'No citations found.'));
}
