/**
 * The on-page legend: each factor's colour, the marks, a switch per factor and the switch
 * between findings first and the paragraph wash. It lives in a closed shadow root so the
 * page can neither style nor read it, and it shows only the legend, never the analysis.
 *
 * It never covers the text it explains: given where the opinion's column is, it docks in
 * the wider margin beside it; where neither margin has room it collapses to its title and
 * sits where hit-testing finds no text and none of our highlights is (along the right
 * edge, then the left), moving when
 * the reader scrolls (`place`). Opened by the reader, it stays open where they opened it.
 */
import { FACTOR_COLOURS, STANCE_MARKS } from './palette';
import { FACTOR_TITLES, STANCE_WORDS, STANCES } from '../render/words';
import { textAt } from './margin';
import { NOTE_EDGE, NOTE_FILL } from './paint';
import type { FactorName } from '../types';

export interface Legend {
  remove(): void;
  /** shows the wash switch in this state (the reader changed it elsewhere) */
  setWash(wash: boolean): void;
  /** docks, or finds a free place again (after a scroll, a resize) */
  place(): void;
}

export interface LegendOptions {
  /** findings first (false) or the paragraph wash (true); no switch shown when `onWash` is missing */
  wash?: boolean;
  onWash?: (wash: boolean) => void;
  /** where the opinion's text runs now, in viewport coordinates; without it the legend sits bottom right */
  column?: () => { left: number; right: number } | null;
  /** what the collapsed legend must not cover besides the page's text: our highlights' rects in view */
  avoid?: () => readonly Box[];
}

type Box = { left: number; top: number; right: number; bottom: number };

/** The legend shown last, for the browser tests (read in the isolated world only, like the overlay's boxes). */
let lastRoot: ShadowRoot | null = null;
export function legendRoot(): ShadowRoot | null {
  return lastRoot?.host.isConnected ? lastRoot : null;
}

const FACTORS: FactorName[] = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];
/** The docked legend's width at most, and the least a margin must have to dock it. */
const WIDTH = 240;
const DOCK_MIN = 200;
const EDGE = 8;
/** Hit-testing grid over the collapsed legend (CSS px): finer than a short word. */
const PROBE_STEP = 6;

export function showLegend(doc: Document, present: Set<FactorName>, onToggle: (factor: FactorName | 'citation', visible: boolean) => void, opts: LegendOptions = {}): Legend {
  const host = doc.createElement('injunction-lens-legend');
  host.style.cssText = `all:initial;position:fixed;right:${EDGE}px;bottom:12px;z-index:2147483647;`;
  const root = (lastRoot = host.attachShadow({ mode: 'closed' }));
  const style = doc.createElement('style');
  style.textContent = `
    .box{font:12px/1.4 system-ui,sans-serif;background:#fff;color:#222;border:1px solid #bbb;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:6px 8px;max-width:${WIDTH}px;box-sizing:border-box}
    .box:not([open]){padding:2px 8px}
    summary{cursor:pointer;font-weight:600}
    label{display:flex;align-items:center;gap:6px;margin:2px 0;cursor:pointer}
    .chip{display:inline-block;width:12px;height:12px;border-radius:2px;flex:none}
    .mark{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid rgba(128,128,128,.7);font:bold 10px/12px system-ui,sans-serif;text-align:center;box-sizing:border-box;color:#000}
    .wash{border-top:1px solid #eee;margin-top:4px;padding-top:4px}
    .key{color:#555;margin:4px 0 0;border-top:1px solid #eee;padding:4px 0 0;list-style:none}
    .key li{margin:1px 0}
    .sample{display:inline-block;min-width:2.6em;text-decoration-thickness:2px;text-decoration-color:#555}
    @media (prefers-color-scheme: dark){
      .box{background:#202124;color:#e8eaed;border-color:#5f6368;box-shadow:0 2px 8px rgba(0,0,0,.6)}
      .key{color:#bdc1c6;border-color:#3c4043}.wash{border-color:#3c4043}
      .sample{text-decoration-color:#bdc1c6}
    }`;
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
    if (key === 'citation') chip.style.borderBottom = '2px dotted currentColor';
    label.append(box, chip, doc.createTextNode(title));
    details.append(label);
  }
  let washBox: HTMLInputElement | null = null;
  if (opts.onWash) {
    const label = doc.createElement('label');
    label.className = 'wash';
    washBox = doc.createElement('input');
    washBox.name = 'wash';
    washBox.type = 'checkbox';
    washBox.checked = !!opts.wash;
    const onWash = opts.onWash;
    washBox.addEventListener('change', () => onWash(washBox!.checked));
    label.append(washBox, doc.createTextNode('Colour whole paragraphs'));
    details.append(label);
  }
  // every mark the page can show, with what it means: the stance marks (symbol and
  // underline, so colour is never the only cue), the margin marks, the citation underline,
  // the coloured sentences, the reader's notes
  const key = doc.createElement('ul');
  key.className = 'key';
  const line = (sample: string, css: string, words: string, cls = 'sample') => {
    const li = doc.createElement('li');
    const s = doc.createElement('span');
    s.className = cls;
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
  const lead = FACTORS.find((f) => present.has(f) && f !== 'standard') ?? 'harm';
  line(STANCE_WORDS.movant.symbol, `background:${FACTOR_COLOURS[lead]}`, 'in the margin: the paragraph’s label, in its factor’s colour (the symbols as above)', 'mark');
  line('abc', 'text-decoration:underline dotted;text-decoration-thickness:1px', 'dotted grey underline: a citation (hover it, or put the caret in it, for its card)');
  const washed = opts.wash ?? !opts.onWash;
  const sentence = doc.createElement('li');
  key.append(sentence);
  const explainWash = (wash: boolean) => {
    sentence.replaceChildren();
    const s = doc.createElement('span');
    s.className = 'sample';
    s.style.cssText = 'background:#0002';
    s.textContent = 'abc';
    sentence.append(s, doc.createTextNode(wash ? ' darker wash: the words that decided the label' : ' coloured sentence: the court’s finding on a factor, or the sentence that decided its label'));
  };
  explainWash(washed);
  line('abc', `background:${NOTE_FILL.light};box-shadow:inset 0 -2px 0 ${NOTE_EDGE.light};color:#222`, 'yellow with an amber line: your note (✎ in the margin)');
  details.append(key);
  root.append(style, details);
  doc.documentElement.appendChild(host);

  // where the reader opened or closed it themselves, it stays so
  let chosen: boolean | null = null;
  let placing = false;
  details.addEventListener('toggle', () => {
    if (placing) return;
    chosen = details.open;
    fit();
  });
  /** an opened legend stays on screen: it grows from where it sits, so it may have to move up */
  const fit = () => {
    const win = doc.defaultView;
    if (!win || !host.style.top) return;
    const r = host.getBoundingClientRect();
    if (r.bottom > win.innerHeight - EDGE) host.style.top = `${Math.max(EDGE, win.innerHeight - EDGE - r.height)}px`;
  };
  const set = (css: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'maxWidth', string>>, open: boolean) => {
    placing = true;
    details.open = chosen ?? open;
    host.style.left = css.left ?? '';
    host.style.right = css.right ?? '';
    host.style.top = css.top ?? '';
    host.style.bottom = css.bottom ?? '';
    details.style.maxWidth = css.maxWidth ?? '';
    placing = false;
  };
  const place = () => {
    const win = doc.defaultView;
    const col = opts.column?.();
    if (!win || !col) return;
    const width = doc.documentElement.clientWidth;
    const right = width - col.right - 2 * EDGE;
    const left = col.left - 2 * EDGE;
    // the right margin first: the margin marks take the left one
    if (right >= DOCK_MIN) return set({ right: `${EDGE}px`, bottom: '12px', maxWidth: `${Math.min(WIDTH, right)}px` }, true);
    if (left >= DOCK_MIN) return set({ left: `${EDGE}px`, bottom: '12px', maxWidth: `${Math.min(WIDTH, left)}px` }, true);
    // no margin wide enough: collapsed, where no text is (the reader may still open it)
    set({ right: `${EDGE}px`, bottom: '12px' }, false);
    if (details.open) return fit();
    const spots: [string, number][] = [];
    for (let top = win.innerHeight - 12 - 24; top >= EDGE; top -= 12) spots.push(['right', top]);
    for (let top = win.innerHeight - 12 - 24; top >= EDGE; top -= 12) spots.push(['left', top]);
    const before = host.style.pointerEvents;
    host.style.pointerEvents = 'none'; // hit-testing must see the page under it
    try {
      const avoid = opts.avoid?.() ?? [];
      for (const [side, top] of spots) {
        set(side === 'right' ? { right: `${EDGE}px`, top: `${top}px` } : { left: `${EDGE}px`, top: `${top}px` }, false);
        const r = host.getBoundingClientRect();
        if (!avoid.some((b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) && !coversText(doc, r)) return;
      }
      set({ right: `${EDGE}px`, bottom: '12px' }, false);
    } finally {
      host.style.pointerEvents = before;
    }
  };
  place();
  return {
    remove: () => host.remove(),
    setWash(wash) {
      if (washBox) washBox.checked = wash;
      explainWash(wash);
    },
    place,
  };
}

/** Does any character of the page's text lie under `r` (viewport coordinates)? Sampled every PROBE_STEP px. */
function coversText(doc: Document, r: DOMRect): boolean {
  if (!r.width || !r.height) return false;
  for (let y = r.top + 1; y < r.bottom; y += PROBE_STEP) {
    for (let x = r.left + 1; x < r.right; x += PROBE_STEP) if (textAt(doc, x, y)) return true;
    if (textAt(doc, r.right - 1, y)) return true;
  }
  for (let x = r.left + 1; x < r.right; x += PROBE_STEP) if (textAt(doc, x, r.bottom - 1)) return true;
  return false;
}
