/**
 * The overlay's host on the page (lib/dom/overlay.ts): one element with a neutral name and
 * a neutral inline style, and a closed shadow root holding the boxes' and marks' rules.
 */
import { holderOf, MARK_SIZE } from './margin';
import { relativeLuminance } from './palette';

/** Makes the host `tag` with its closed shadow root and appends it to the document. */
export function createOverlayHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  // all: initial, so the page's own rules for unknown elements cannot move or show it;
  // a 0×0 box at the document's origin that scrolls with the document. No z-index: one
  // would make the host a stacking context of its own, and a box's `multiply` would then
  // blend with the host's empty backdrop instead of the page (the words under a note
  // turned the note's olive, not staying black). As the document's last positioned
  // element it is drawn above the page's other positioned boxes but under any the page
  // lifts with a z-index of its own (a sticky header covers a note, as it covers the words).
  host.style.cssText = 'all:initial;display:block;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // boxes: each its own inline style (a highlighter's yellow multiplied under dark words, a
  // translucent amber over light ones); marks: a small chip, its symbol as text
  style.textContent = `.b,.m{position:absolute;pointer-events:none;user-select:none;-webkit-user-select:none;}
      .m{box-sizing:border-box;width:${MARK_SIZE}px;height:${MARK_SIZE}px;border-radius:3px;border:1px solid rgba(128,128,128,.7);font:bold 10px/${MARK_SIZE - 2}px system-ui,sans-serif;text-align:center;overflow:hidden}
      .vh{width:1px;height:1px;border:0;clip-path:inset(50%);white-space:nowrap}`;
  root.appendChild(style);
  doc.documentElement.appendChild(host);
  return { host, root };
}

/** Are the words at the range's start light (so the page under them is dark)? */
export function lightText(range: Range): boolean {
  const el = holderOf(range);
  const win = el?.ownerDocument.defaultView;
  if (!el || !win?.getComputedStyle) return false;
  const rgb = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)/.exec(win.getComputedStyle(el).color);
  return !!rgb && relativeLuminance([+rgb[1], +rgb[2], +rgb[3]]) > 0.4;
}
