/**
 * The reader's options, stored in `storage.local` with a version number. The background
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
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    autoRun: true,
    sites: {},
    colours: { ...FACTOR_COLOURS },
    visible: { standard: true, success: true, harm: true, equities: true, public: true, bond: true, disposition: true, citation: true },
  };
}

const COLOUR = /^#[0-9a-f]{6}$/i;

export function migrateSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  // version 1 stored `hidden: FactorName[]` instead of `visible`
  if (Array.isArray(r.hidden)) for (const f of r.hidden) if (typeof f === 'string' && f in out.visible) out.visible[f as FactorName] = false;
  if (typeof r.autoRun === 'boolean') out.autoRun = r.autoRun;
  if (r.sites && typeof r.sites === 'object') {
    for (const [k, v] of Object.entries(r.sites)) if (typeof v === 'boolean') out.sites[k] = v;
  }
  if (r.colours && typeof r.colours === 'object') {
    for (const [k, v] of Object.entries(r.colours)) if (k in out.colours && typeof v === 'string' && COLOUR.test(v)) out.colours[k as FactorName] = v;
  }
  if (r.visible && typeof r.visible === 'object') {
    for (const [k, v] of Object.entries(r.visible)) if (k in out.visible && typeof v === 'boolean') out.visible[k as FactorName] = v;
  }
  return out;
}

/** Should the content script run by itself on a page of `site`? */
export function shouldAutoRun(s: Settings, site: string): boolean {
  return s.autoRun && s.sites[site] !== false;
}
