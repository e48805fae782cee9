/**
 * What is on screen: a screenshot of part of a page decoded into pixels (a small PNG
 * reader over node:zlib: 8-bit RGB or RGBA, no interlace, which is what Chromium writes),
 * and how much of a region is near a given colour.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { RGB } from './colour';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels of `clip` (CSS px at device scale 1), row by row. */
export async function pixels(page: Page, clip: Clip): Promise<RGB[]> {
  const c = { x: Math.max(0, Math.floor(clip.x)), y: Math.max(0, Math.floor(clip.y)), width: Math.max(1, Math.floor(clip.width)), height: Math.max(1, Math.floor(clip.height)) };
  return decodePng(await page.screenshot({ clip: c }));
}

export function decodePng(png: Buffer): RGB[] {
  let at = 8;
  let width = 0, height = 0, type = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const kind = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      type = data[9];
    } else if (kind === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const bpp = type === 6 ? 4 : type === 2 ? 3 : 0;
  if (!bpp) throw new Error(`PNG colour type ${type}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 255;
    }
  }
  const px: RGB[] = [];
  for (let i = 0; i < out.length; i += bpp) px.push([out[i], out[i + 1], out[i + 2]]);
  return px;
}

/** The share of `px` within `tolerance` (per channel) of `colour`. */
export function shareNear(px: RGB[], colour: RGB, tolerance = 10): number {
  if (!px.length) return 0;
  return px.filter((p) => Math.abs(p[0] - colour[0]) <= tolerance && Math.abs(p[1] - colour[1]) <= tolerance && Math.abs(p[2] - colour[2]) <= tolerance).length / px.length;
}
