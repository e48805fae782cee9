/**
 * The side panel's views, each a function of the analysis that returns an element.
 * `go` scrolls the page to a span (and flashes it).
 */
import { leadingFactor } from '../../lib/dom/paint-plan';
import { FACTOR_COLOURS, FACTOR_TITLES, STANCE_MARKS } from '../../lib/dom/palette';
import type { Analysis, Citation, FactorName, OutlineNode, Stance } from '../../lib/types';
import { h } from './h';
import { factorFindings, FINDING_FACTORS } from '../../lib/export/findings';

/** Correct a paragraph's label; resolves to an error message or null. */
export type OverrideAction = (o: { paragraph: number; factor: FactorName; stance: Stance; remove?: boolean }) => Promise<string | null>;

const LABELS: FactorName[] = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];
const STANCES: Stance[] = ['movant', 'nonmovant', 'neutral', 'law'];

function overrideForm(index: number, current: FactorName | null, onOverride: OverrideAction): HTMLElement {
  const factor = h('select', { 'aria-label': 'Factor' }, LABELS.map((f) => h('option', { value: f, selected: f === current }, FACTOR_TITLES[f])));
  const stance = h('select', { 'aria-label': 'Stance' }, STANCES.map((s) => h('option', { value: s }, `${STANCE_MARKS[s].symbol} ${STANCE_MARKS[s].words}`)));
  const msg = h('span', { class: 'muted' });
  const send = async (remove: boolean) => {
    const err = await onOverride({ paragraph: index, factor: factor.value as FactorName, stance: stance.value as Stance, remove });
    msg.textContent = err ? `Not saved: ${err}` : 'Saved as your label.';
  };
  return h('form', { class: 'override', hidden: true, onclick: (e: Event) => e.stopPropagation(), onsubmit: (e: Event) => { e.preventDefault(); void send(false); } },
    factor, stance, h('button', { type: 'submit' }, 'Set'), h('button', { type: 'button', onclick: () => void send(true) }, 'Remove'), msg);
}

export interface ViewActions {
  goParagraph(index: number): void;
  goSpan(start: number, end: number): void;
}

const RELIEF_NAMES: Record<string, string> = {
  tro: 'Temporary restraining order',
  preliminary_injunction: 'Preliminary injunction',
  permanent_injunction: 'Permanent injunction',
  stay_pending_appeal: 'Stay pending appeal',
  injunction_pending_appeal: 'Injunction pending appeal',
  administrative_stay: 'Administrative stay',
  other: 'Other injunctive relief',
  none: 'No injunction standard applied',
};

export function snippet(a: Analysis, start: number, end: number, max = 140): string {
  const s = a.text.slice(start, Math.min(end, start + max + 40)).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max).replace(/\s\S*$/, '') + '…' : s;
}

export function rulingView(a: Analysis, act: ViewActions): HTMLElement {
  const d = a.document;
  const summary = h('dl', { class: 'summary' },
    h('dt', {}, 'Case'), h('dd', {}, d.title ?? '—'),
    h('dt', {}, 'Court'), h('dd', {}, d.courtName ?? d.court ?? '—'),
    h('dt', {}, 'Date'), h('dd', {}, d.date ?? '—'),
    h('dt', {}, 'Judge'), h('dd', {}, d.judge ?? '—'),
    h('dt', {}, 'Relief'), h('dd', {}, RELIEF_NAMES[a.standard.relief] + (a.standard.mandatory ? ' (mandatory)' : '')),
    h('dt', {}, 'Test'), h('dd', {}, a.standard.tests.join(', ') || '—'),
    h('dt', {}, 'Outcome'), h('dd', {}, a.disposition.outcome
      ? h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goSpan(a.disposition.start, a.disposition.end); } }, a.disposition.outcome.replace(/_/g, ' '))
      : '—'),
  );
  const found = new Map(factorFindings(a).map((f) => [f.factor, f]));
  const board = FINDING_FACTORS.map((factor) => {
    const f = found.get(factor);
    const row = { factor, stance: f?.stance ?? null, paragraphs: f?.paragraphs ?? [], key: f?.keySentence ?? null };
    const mark = row.stance ? STANCE_MARKS[row.stance] : { symbol: '–', words: 'not reached' };
    const list = h('ol', { hidden: true }, row.paragraphs.map((i) => h('li', {}, h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `, snippet(a, a.paragraphs[i].start, a.paragraphs[i].end, 80)))));
    return h('section', { class: 'factor', style: `--c:${FACTOR_COLOURS[row.factor]}`, tabindex: 0, 'data-factor': row.factor, 'data-paragraphs': row.paragraphs.join(','),
      onclick: (e: Event) => { if ((e.target as Element).tagName !== 'A') list.hidden = !list.hidden; } },
      h('h3', {}, h('span', {}, FACTOR_TITLES[row.factor]), h('span', { title: mark.words, 'aria-label': mark.words }, `${mark.symbol} ${row.paragraphs.length ? `${row.paragraphs.length} ¶` : ''}`)),
      row.key ? h('blockquote', {}, snippet(a, row.key.start, row.key.end, 200)) : null,
      list);
  });
  return h('div', {}, summary,
    a.standard.relief === 'none' ? h('p', { class: 'muted' }, 'This opinion applies no injunction standard.') : board,
    a.outline.length ? h('section', { class: 'outline' }, h('h4', {}, 'Outline of the ruling'), outlineTree(a, a.outline, act)) : null);
}

/** The ruling as a tree: caption → posture → standard → each factor's finding → disposition. */
function outlineTree(a: Analysis, nodes: OutlineNode[], act: ViewActions): HTMLElement {
  return h('ul', {}, nodes.map((n) => {
    const mark = n.stance && n.kind === 'factor' ? STANCE_MARKS[n.stance] : null;
    const go = n.keySentence ?? (n.paragraphs.length ? a.paragraphs[n.paragraphs[0]] : null);
    return h('li', { 'data-kind': n.kind },
      go ? h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goSpan(go.start, go.end); } }, n.label) : n.label,
      mark ? h('span', { class: 'muted', title: mark.words }, ` ${mark.symbol}`) : null,
      n.paragraphs.length ? h('span', { class: 'muted' }, ' ', n.paragraphs.map((i) => h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); act.goParagraph(i); } }, `¶${i + 1} `))) : null,
      n.keySentence && n.kind !== 'caption' ? h('div', { class: 'key' }, snippet(a, n.keySentence.start, n.keySentence.end, 160)) : null,
      n.children.length ? outlineTree(a, n.children, act) : null);
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
    items.push(h('div', { class: 'para', tabindex: 0, role: 'button', 'data-index': p.index, style: lead ? `--c:${FACTOR_COLOURS[lead.factor]}` : '',
      onclick: () => act.goParagraph(p.index), onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') act.goParagraph(p.index); } },
      h('span', { class: 'n' }, `¶${p.index + 1}`), snippet(a, p.start, p.end),
      h('span', { class: 'tags' }, p.factors.map((f) => h('span', { class: 'tag', style: `--c:${FACTOR_COLOURS[f.factor]}`, title: STANCE_MARKS[f.stance].words + (f.user ? ' (your label)' : '') }, `${f.factor} ${STANCE_MARKS[f.stance].symbol}${f.user ? ' ✎' : ''}`)))));
    if (onOverride) {
      const form = overrideForm(p.index, lead?.factor ?? null, onOverride);
      const row = items[items.length - 1];
      row.append(h('button', { type: 'button', class: 'fix', title: 'Correct this paragraph’s label', 'aria-label': `Correct the label of paragraph ${p.index + 1}`, onclick: (e: Event) => { e.stopPropagation(); form.hidden = !form.hidden; } }, '✎'));
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
