/**
 * The on-page legend: each factor's colour, the stance marks, and a toggle per factor.
 * It lives in a closed shadow root so the page can neither style nor read it, and it
 * shows only the legend, never the analysis.
 */
import { FACTOR_COLOURS, FACTOR_TITLES, STANCE_MARKS } from './palette';
import type { FactorName } from '../types';

export interface Legend {
  remove(): void;
}

const FACTORS: FactorName[] = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];

export function showLegend(doc: Document, present: Set<FactorName>, onToggle: (factor: FactorName | 'citation', visible: boolean) => void): Legend {
  const host = doc.createElement('injunction-lens-legend');
  host.style.cssText = 'all:initial;position:fixed;right:12px;bottom:12px;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    .box{font:12px/1.4 system-ui,sans-serif;background:#fff;color:#222;border:1px solid #bbb;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:6px 8px;max-width:240px}
    summary{cursor:pointer;font-weight:600}
    label{display:flex;align-items:center;gap:6px;margin:2px 0;cursor:pointer}
    .chip{display:inline-block;width:12px;height:12px;border-radius:2px}
    .key{color:#555;margin-top:4px;border-top:1px solid #eee;padding-top:4px}`;
  const details = doc.createElement('details');
  details.className = 'box';
  const summary = doc.createElement('summary');
  summary.textContent = 'Injunction Lens';
  details.append(summary);
  const rows: [FactorName | 'citation', string, string][] = [
    ...FACTORS.filter((f) => present.has(f)).map((f) => [f, FACTOR_TITLES[f], FACTOR_COLOURS[f]] as [FactorName, string, string]),
    ['citation', 'Citations', '#555'],
  ];
  for (const [key, title, colour] of rows) {
    const label = doc.createElement('label');
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => onToggle(key, box.checked));
    const chip = doc.createElement('span');
    chip.className = 'chip';
    chip.style.background = key === 'citation' ? 'transparent' : colour;
    if (key === 'citation') chip.style.borderBottom = '2px dotted #555';
    label.append(box, chip, doc.createTextNode(title));
    details.append(label);
  }
  const key = doc.createElement('div');
  key.className = 'key';
  key.textContent = (['movant', 'nonmovant', 'neutral'] as const)
    .map((s) => `${STANCE_MARKS[s].symbol} ${STANCE_MARKS[s].decoration.replace('underline ', '')} underline: ${STANCE_MARKS[s].words}`)
    .join(' · ');
  details.append(key);
  root.append(style, details);
  doc.documentElement.appendChild(host);
  return { remove: () => host.remove() };
}
