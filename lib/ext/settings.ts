/**
 * The reader's options and their checks (stored by ./settings-store.ts, their one home, in
 * `storage.local`, with a version number). The background
 * keeps them and sends them to each page with its first answer (and decides there whether
 * the page may run). `migrateSettings` accepts anything a past version
 * or a broken write could have left and returns valid current settings.
 */
import { FACTOR_COLOURS } from '../dom/palette';
import type { FactorName } from '../types';

export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'lens-settings';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** run by itself on the known opinion sites (else only on the toolbar button) */
  autoRun: boolean;
  /** per-site switch, keyed by adapter name ('courtlistener', 'justia', …); missing = on */
  sites: Record<string, boolean>;
  colours: Record<FactorName, string>;
  /** factors painted when a page opens */
  visible: Record<FactorName | 'citation', boolean>;
  /** paint whole labelled paragraphs (the wash) instead of findings first, the default */
  paragraphWash: boolean;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    autoRun: true,
    sites: {},
    colours: { ...FACTOR_COLOURS },
    visible: { standard: true, success: true, harm: true, equities: true, public: true, bond: true, disposition: true, citation: true },
    paragraphWash: false,
  };
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * `o[key]` when `o` holds it itself. A stored or restored value is any JSON: `in` and plain
 * reads also see what every object inherits ("toString", "constructor", "__proto__"), and a
 * restored backup must not set those. JSON.parse makes "__proto__" an own key, so it is
 * skipped by name too.
 */
function own(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) && key !== '__proto__' && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** The own entries of a plain object (none for anything else), without "__proto__". */
function entries(o: unknown): [string, unknown][] {
  return o !== null && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).filter(([k]) => k !== '__proto__') : [];
}

export function migrateSettings(raw: unknown): Settings {
  const out = defaultSettings();
  // version 1 stored `hidden: FactorName[]` instead of `visible`
  const hidden = own(raw, 'hidden');
  if (Array.isArray(hidden)) for (const f of hidden) if (typeof f === 'string' && own(out.visible, f) !== undefined) out.visible[f as FactorName] = false;
  const autoRun = own(raw, 'autoRun');
  if (typeof autoRun === 'boolean') out.autoRun = autoRun;
  for (const [k, v] of entries(own(raw, 'sites'))) if (typeof v === 'boolean') out.sites[k] = v;
  for (const [k, v] of entries(own(raw, 'colours'))) if (own(out.colours, k) !== undefined && typeof v === 'string' && COLOUR.test(v)) out.colours[k as FactorName] = v;
  for (const [k, v] of entries(own(raw, 'visible'))) if (own(out.visible, k) !== undefined && typeof v === 'boolean') out.visible[k as FactorName | 'citation'] = v;
  const wash = own(raw, 'paragraphWash');
  if (typeof wash === 'boolean') out.paragraphWash = wash;
  return out;
}

/** Should the content script run by itself on a page of `site`? */
export function shouldAutoRun(s: Settings, site: string): boolean {
  return s.autoRun && own(s.sites, site) !== false;
}
