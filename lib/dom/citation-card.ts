/**
 * The card shown when the reader hovers a citation or puts the caret in one: the full citation, its parenthetical,
 * and for a short form, Id. or supra, the citation it resolves to with a link that scrolls
 * there. A closed shadow root; every string goes in as text, never as HTML.
 */
import { historyTarget, NEGATIVE_HISTORY } from '../export/cite-format';
import type { Analysis, Citation } from '../types';
import { lastStartAtOrBefore } from '../sorted-spans';

export interface CitationCard {
  show(c: Citation, x: number, y: number): void;
  hide(): void;
  remove(): void;
}

const KIND_NAMES: Record<Citation['kind'], string> = {
  case: 'Case', short_case: 'Short form', id: 'Id.', supra: 'Supra', statute: 'Statute', rule: 'Rule',
  regulation: 'Regulation', constitution: 'Constitution', record: 'Record', other: 'Other authority',
};

/** The citation whose core span holds `offset` (citations sorted by start). */
export function citationAt(cites: readonly Citation[], offset: number): Citation | null {
  const found = lastStartAtOrBefore(cites, offset);
  // nested citations: walk back over earlier ones that still cover the offset
  for (let i = found; i >= 0 && i > found - 4; i--) if (cites[i].start <= offset && offset < cites[i].end) return cites[i];
  return null;
}

/**
 * A citation's subsequent history for its card, the nearest thing to a KeyCite flag offline:
 * its own ("rev'd", "abrogated on other grounds by" and the decision named), or for a short
 * form, Id. or supra, that of the full citation it resolves to. `negative` when the history
 * weakens the authority.
 */
export function cardHistory(a: Pick<Analysis, 'text' | 'citations'>, c: Citation): { text: string; negative: boolean } | null {
  const base = c.history ? c : c.antecedent ? a.citations.find((x) => x.id === c.antecedent) : undefined;
  if (!base?.history) return null;
  const target = historyTarget(a, base);
  const by = target ? a.text.slice(target.fullStart, target.fullEnd).replace(/\s+/g, ' ').trim() : '';
  return { text: by ? `${base.history} ${by}` : base.history, negative: NEGATIVE_HISTORY.test(base.history) };
}

export function citationCard(doc: Document, a: Analysis, goTo: (start: number, end: number) => void): CitationCard {
  const host = doc.createElement('injunction-lens-card');
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;display:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `.card{font:12px/1.45 system-ui,sans-serif;background:#fff;color:#222;border:1px solid #aaa;border-radius:6px;box-shadow:0 3px 12px rgba(0,0,0,.2);padding:8px 10px;max-width:380px}
    .k{color:#666;font-size:11px;text-transform:uppercase;letter-spacing:.03em}.p{color:#444;margin-top:4px}.h{margin-top:4px;color:#444}.h.neg{color:#b00020;font-weight:600}
    button{font:inherit;color:#0072b2;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline;text-align:left}
    @media (prefers-color-scheme: dark){.card{background:#202124;color:#e8eaed;border-color:#5f6368;box-shadow:0 3px 12px rgba(0,0,0,.6)}.k{color:#bdc1c6}.p,.h{color:#dadce0}.h.neg{color:#f28b82}button{color:#8ab4f8}}`;
  const card = doc.createElement('div');
  card.className = 'card';
  // read out when it appears for the caret (keyboard readers), as a tooltip would be
  card.setAttribute('role', 'tooltip');
  card.setAttribute('aria-live', 'polite');
  root.append(style, card);
  doc.documentElement.appendChild(host);
  // looked up when a card is shown, not indexed up front: a Map of 200,000 citations (a
  // page of `Id.`) was a long task of its own, and a hover can afford one pass
  const byId = (id: string) => a.citations.find((c) => c.id === id);
  const full = (c: Citation) => a.text.slice(c.fullStart, c.fullEnd).replace(/\s+/g, ' ').trim();
  const line = (cls: string, text: string) => {
    const d = doc.createElement('div');
    d.className = cls;
    d.textContent = text;
    return d;
  };
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  host.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  host.addEventListener('mouseleave', () => (host.style.display = 'none'));

  return {
    show(c, x, y) {
      clearTimeout(hideTimer);
      card.replaceChildren(line('k', KIND_NAMES[c.kind]), line('f', full(c)));
      if (c.parenthetical) card.append(line('p', `(${c.parenthetical})`));
      const later = cardHistory(a, c);
      if (later) card.append(line(later.negative ? 'h neg' : 'h', `${later.negative ? '⚑ ' : ''}Later history: ${later.text}`));
      if (['short_case', 'id', 'supra'].includes(c.kind) || c.antecedent) {
        const target = c.antecedent ? byId(c.antecedent) : undefined;
        if (target) {
          const b = doc.createElement('button');
          b.textContent = `→ ${full(target)}`;
          b.addEventListener('click', () => goTo(target.start, target.end));
          card.append(b);
        } else card.append(line('p', 'Its full citation is not in this opinion.'));
      }
      const w = doc.defaultView!;
      host.style.left = `${Math.min(x + 12, w.innerWidth - 400)}px`;
      host.style.top = `${y + 16 > w.innerHeight - 120 ? y - 110 : y + 16}px`;
      host.style.display = 'block';
    },
    hide() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => (host.style.display = 'none'), 250);
    },
    remove() {
      host.remove();
    },
  };
}
