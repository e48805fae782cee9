/**
 * The on-page legend: each factor's colour, the stance marks, and a toggle per factor.
 * It lives in a closed shadow root so the page can neither style nor read it, and it
 * shows only the legend, never the analysis.
 */
import { FACTOR_COLOURS, STANCE_MARKS } from './palette';
import { FACTOR_TITLES, STANCE_WORDS, STANCES } from '../render/words';
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
    .key{color:#555;margin:4px 0 0;border-top:1px solid #eee;padding:4px 0 0;list-style:none}
    .key li{margin:1px 0}
    .sample{display:inline-block;min-width:2.6em;text-decoration-thickness:2px;text-decoration-color:#555}`;
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
  // every mark the page can show, with what it means: the stance marks (symbol and
  // underline, so colour is never the only cue), the citation underline, the darker wash
  const key = doc.createElement('ul');
  key.className = 'key';
  const line = (sample: string, css: string, words: string) => {
    const li = doc.createElement('li');
    const s = doc.createElement('span');
    s.className = 'sample';
    s.style.cssText = css;
    s.textContent = sample;
    li.append(s, doc.createTextNode(` ${words}`));
    key.append(li);
  };
  for (const st of STANCES) {
    const deco = STANCE_MARKS[st].decoration;
    const how = deco === 'none' ? 'no underline' : `${deco.replace('underline ', '')} underline`;
    line(STANCE_WORDS[st].symbol, deco === 'none' ? '' : `text-decoration:${deco}`, `${how}: ${STANCE_WORDS[st].words} (${STANCE_WORDS[st].explain})`);
  }
  line('abc', 'text-decoration:underline dotted #555;text-decoration-thickness:1px', 'dotted grey underline: a citation (hover it, or put the caret in it, for its card)');
  line('abc', 'background:#0002', 'darker wash: the words that decided the label');
  details.append(key);
  root.append(style, details);
  doc.documentElement.appendChild(host);
  return { remove: () => host.remove() };
}
