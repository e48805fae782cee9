/**
 * Colour arithmetic for the browser tests: computed CSS colours parsed, layered as the
 * browser composites them (normal and multiply blending), WCAG contrast and CIE76 ΔE.
 */
export type RGB = [number, number, number];
export type RGBA = [number, number, number, number];

/** `rgb()`, `rgba()` (commas or spaces) and `color(srgb r g b / a)`, as getComputedStyle writes them. */
export function parseColour(css: string): RGBA {
  const srgb = /color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+))?\)/.exec(css);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)/.exec(css);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
  throw new Error(`not a colour: ${css}`);
}

/** `top` laid over `base`: normal blending, or multiply (what `mix-blend-mode: multiply` does). */
export function layer(top: RGBA, base: RGB, mode: 'normal' | 'multiply' | string = 'normal'): RGB {
  const a = top[3];
  return [0, 1, 2].map((i) => {
    const mixed = mode === 'multiply' ? (base[i] * top[i]) / 255 : top[i];
    return base[i] * (1 - a) + mixed * a;
  }) as RGB;
}

export function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio. */
export function contrast(a: RGB, b: RGB): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function lab(rgb: RGB): [number, number, number] {
  const lin = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
  const y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  const z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2.3 is just noticeable, over 10 is plainly another colour. */
export function deltaE(a: RGB, b: RGB): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

export const rgb = (c: RGBA): RGB => [c[0], c[1], c[2]];

/** The first colour of a `box-shadow` value ("rgb(138, 97, 0) 0px -2px 0px 0px inset"). */
export function shadowColour(boxShadow: string): RGBA {
  const m = /(rgba?\([^)]*\)|color\([^)]*\))/.exec(boxShadow);
  if (!m) throw new Error(`no colour in box-shadow: ${boxShadow}`);
  return parseColour(m[1]);
}
