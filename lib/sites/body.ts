/**
 * Finding the body of an unknown page by text density: every paragraph votes for its
 * parent (and half for its grandparent) with its length, links count against, and
 * containers named like chrome (nav, sidebar, comments, footer) lose. A plain-text
 * opinion served as one `<pre>`, or an old page whose text sits bare in `<body>` (the
 * New York slip opinions of 2000–2020), wins on its own direct text.
 */
import { all, NEVER_TEXT, outermost, solidLength, solidLengthSteps, squash, textLength, textOf } from './dom-text';
import { runSteps } from './steps';
import { SliceCounter } from '../dom/slice-meter';

const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|sidebar|side-bar|footer|header|masthead|banner|breadcrumbs?|comments?|share|social|related|promo|advert|ads?|cookie|newsletter|subscribe|toolbar|pagination|skip)(?:$|[\s_-])/i;
const GOOD = /(?:^|[\s_-])(?:opinion|casebody|case-?text|decision|judgment|judgement|document|content|article|main|body|text)(?:$|[\s_-])/i;

function nameOf(el: Element): string {
  return `${el.id ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/** Share of `el`'s text that is inside links, 0..1. */
export function linkDensity(el: Element): number {
  return runSteps(linkDensitySteps(el));
}

/** `linkDensity` in steps: the count of a long text in slices, then the links, SLICE_CAPS.links at a time. */
export function* linkDensitySteps(el: Element): Generator<void, number> {
  const total = yield* solidLengthSteps(el);
  if (total === 0) return 0;
  const meter = new SliceCounter('links');
  let linked = 0;
  for (const a of outermost(all(el, 'a'))) {
    const n = solidLength(a);
    linked += n;
    if (meter.tick(n)) {
      meter.flush();
      yield;
    }
  }
  meter.end();
  return Math.min(1, linked / total);
}

/** The text nodes directly under `el` (bare text, not inside child elements), squashed. */
function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += ` ${c.nodeValue ?? ''}`;
  return squash(s);
}

function commas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/**
 * The element most likely to hold the page's main text, or `doc.body` when nothing
 * stands out. Never null for a document with a body.
 */
export function findBody(doc: Document): Element {
  return runSteps(findBodySteps(doc));
}

/** `findBody` in steps (votes, a few milliseconds at a time, then the winner), for a caller that yields between. */
export function* findBodySteps(doc: Document): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  // A .txt opinion: Chrome and Firefox show it as a lone <pre>.
  const pres = all(body, 'pre');
  if (pres.length === 1 && textLength(pres[0]) > 0.8 * textLength(body)) return pres[0];
  // (the text length of <body> and the list of its blocks below are one pass each: steps of their own)
  yield;

  const scores = new Map<Element, number>();
  const vote = (el: Element | null, points: number) => {
    if (!el) return;
    scores.set(el, (scores.get(el) ?? 0) + points);
  };
  // a 1 MB page's blocks take 15–25 ms to read: hand the thread back every SLICE_CAPS.body
  // blocks (or BLOCK_CHARS characters read), whatever the clock says
  const meter = new SliceCounter('body');
  const blocks = all(body, 'p, pre, blockquote, li, dd, td, font, span, div');
  yield;
  for (const p of blocks) {
    const tag = p.tagName.toUpperCase();
    // Spans, fonts, tds and divs vote only with their bare text (old pages put text there).
    // (raw text for the rest: squashing every paragraph of a 1 MB page was a long task)
    const text = tag === 'SPAN' || tag === 'FONT' || tag === 'TD' || tag === 'DIV' ? ownText(p) : (p.textContent ?? '');
    if (meter.tick(text.length)) {
      meter.flush();
      yield;
    }
    if (text.length < 40) continue;
    const points = 1 + Math.min(text.length / 100, 12) + commas(text) * 0.2;
    const own = tag === 'DIV' || tag === 'TD' || tag === 'PRE';
    if (own) vote(p, points);
    vote(p.parentElement, own ? points / 2 : points);
    vote(p.parentElement?.parentElement ?? null, points / (own ? 4 : 2));
  }
  // Text sitting bare in <body> (old New York layout) votes for <body>.
  const bodyBare = ownText(body).length;
  if (bodyBare > 40) vote(body, 1 + Math.min(bodyBare / 100, 60));
  meter.end();
  yield;

  // A vote is adjusted by link density and the element's name. Density costs a pass over
  // the element's text, so it is computed only for elements that could still win: the
  // adjusted score never exceeds raw × 1.25 (on a 1 MB page this spares the <body> pass).
  const adjusted = new Map<Element, number>();
  function* adjust(el: Element, raw: number): Generator<void, number> {
    let s = adjusted.get(el);
    if (s !== undefined) return s;
    const name = nameOf(el);
    s = raw * (1 - (yield* linkDensitySteps(el)));
    if (CHROME.test(name) && !GOOD.test(name)) s *= 0.2;
    else if (GOOD.test(name)) s *= 1.25;
    adjusted.set(el, s);
    return s;
  }
  const candidates = [...scores].filter(([el]) => !NEVER_TEXT.has(el.tagName.toUpperCase())).sort((a, b) => b[1] - a[1]);
  let best: Element = body;
  let bestScore = 0;
  for (const [el, raw] of candidates) {
    if (raw * 1.25 <= bestScore) break;
    const s = yield* adjust(el, raw);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  // The winner may be one of several blocks that share the text (one opinion of several in
  // sibling divs; one row of a results table, as on Tennessee's opinion lists): climb to
  // the highest of its next few ancestors at which a sibling holds a strong vote too.
  yield; // the winner's link density is a pass over its text: the climb below is a step of its own
  function* strongest(el: Element, atLeast: number): Generator<void, boolean> {
    for (const [e, raw] of candidates) {
      if (raw * 1.25 > atLeast && (e === el || el.contains(e)) && (yield* adjust(e, raw)) > atLeast) return true;
    }
    return false;
  }
  let cur = best;
  let probe = best;
  for (let levels = 0; levels < 4 && probe !== body; ) {
    const parent = probe.parentElement;
    if (!parent || parent === body.parentElement) break;
    if (parent.children.length > 1) levels++;
    let shared = false;
    for (const c of Array.from(parent.children)) {
      if (c !== probe && (yield* strongest(c, 0.3 * bestScore))) {
        shared = true;
        break;
      }
    }
    if (shared && (yield* linkDensitySteps(parent)) < 0.5) cur = parent;
    probe = parent;
  }
  return cur;
}

/** Reporter's matter that "constitutes no part of the opinion" (the Supreme Court's own syllabus note). */
const EDITORIAL = /(?:^|[\s_-])(?:syllabus|headnotes?|head-?matter|case-?summary|opinion-?summary|synopsis|keycite|casenotes?)(?:$|[\s_-])/i;

/**
 * Elements inside `root` that a site marks as the reporter's (syllabus, headnotes,
 * summaries) by class or id, unless one holds most of the root's text (then the site
 * named its whole body so, and it is the opinion after all).
 */
export function findEditorial(root: Element): Element[] {
  return runSteps(findEditorialSteps(root));
}

/** `findEditorial` in steps of at most SLICE_CAPS.blocks elements. */
export function* findEditorialSteps(root: Element): Generator<void, Element[]> {
  yield* solidLengthSteps(root); // the root's text length, read in slices
  const total = textLength(root);
  const candidates = all(root, 'div, section, p, aside, blockquote, table');
  yield;
  const meter = new SliceCounter('blocks');
  const found: Element[] = [];
  for (const el of candidates) {
    yield* meter.step();
    if (EDITORIAL.test(nameOf(el)) && textLength(el) < 0.6 * total) found.push(el);
  }
  meter.end();
  return outermost(found);
}

const CHROME_SELECTOR = [
  'nav', 'header', 'footer', 'form', 'aside:not(.footnote)', 'menu', 'button', '[role="navigation"]', '[role="banner"]',
  '[role="contentinfo"]', '[role="search"]', '[role="complementary"]', '[aria-hidden="true"]', '[hidden]',
].join(', ');

/**
 * Elements inside `root` that are page chrome rather than the opinion: navigation,
 * headers and footers of the site, forms, and blocks named like ads or share bars that
 * are mostly links.
 */
export function findChrome(root: Element): Element[] {
  return runSteps(findChromeSteps(root));
}

/** `findChrome` in steps of at most SLICE_CAPS.blocks elements named like chrome or not. */
export function* findChromeSteps(root: Element): Generator<void, Element[]> {
  const candidates = all(root, 'div, section, ul, ol, span, p, table');
  yield;
  const meter = new SliceCounter('blocks');
  const named: Element[] = [];
  for (const el of candidates) {
    yield* meter.step();
    const name = nameOf(el);
    if (!CHROME.test(name) || GOOD.test(name) || /footnote/i.test(name)) continue;
    if (textLength(el) < 200 || (yield* linkDensitySteps(el)) > 0.4) named.push(el);
  }
  meter.end();
  // ASP.NET sites wrap the whole page in one <form>: chrome is never most of the text.
  yield* solidLengthSteps(root); // the root's text length, read in slices
  const total = textLength(root);
  return outermost([...all(root, CHROME_SELECTOR), ...named].filter((el) => el !== root && textLength(el) < 0.5 * total));
}

const CAPTION_START = /^(?:\d{1,4}[.)]\s+)?[A-Z0-9][^.]{0,100}?\sv\.?\s[A-Z]/;
const CAPTION = /\S\sv\.?\s[A-Z]/;

/**
 * Does this block open with a case caption the way a list entry does? Either it is short
 * and starts "A v. B", or a bold/link/heading near its start carries the caption (the
 * Supreme Court of Virginia's list: "<a>210389</a> <b>McKeithen v. City of Richmond</b>
 * 10/19/2023 In an appeal..."). Italics are left out: opinions italicise the case names
 * they cite ("In <i>Winter v. NRDC</i>, the Court...").
 */
function opensWithCaption(el: Element, depth = 0): boolean {
  const text = textOf(el);
  if (text.length < 300) return CAPTION_START.test(text.slice(0, 140));
  // A row or card: look at its first block with text (North Dakota's <tr><td><div><p>).
  const first = Array.from(el.children).find((c) => textOf(c).length >= 10);
  if (first && depth < 4 && !/^(?:A|B|I|EM|STRONG|SPAN|FONT)$/.test(first.tagName.toUpperCase())) return opensWithCaption(first, depth + 1);
  return all(el, 'a, b, strong, h2, h3, h4, h5')
    .slice(0, 3)
    .some((t) => {
      const title = textOf(t);
      return CAPTION.test(title) && text.indexOf(title) >= 0 && text.indexOf(title) < 40;
    });
}

/**
 * List items, rows and paragraphs inside `roots` that each open with a case caption: a
 * results list has one per hit, while an opinion cites cases inside its sentences. 0
 * unless such items are at least a fifth of the blocks with text.
 */
export function countCaptionedItems(roots: readonly Element[], exclude: readonly Element[] = []): number {
  // the first 600 blocks tell a results list from an opinion; reading all of a 1 MB page's did not pay
  const blocks = outermost(roots.flatMap((r) => all(r, 'li, p, dt, dd, tr, h2, h3, h4')))
    .slice(0, 600)
    .filter((el) => !exclude.some((x) => x.contains(el)));
  const items = blocks.filter(opensWithCaption).length;
  const paragraphs = blocks.filter((el) => textOf(el).length >= 40).length;
  return items >= 0.2 * paragraphs ? items : 0;
}
