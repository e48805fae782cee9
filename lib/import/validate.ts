/**
 * Checks for imported JSON. Each throws `Invalid` with a message that says where
 * ("item 3: …"), so the reader learns which part of the file is wrong.
 */
import type { FactorOverride, Selector } from '../anchoring/annotation';
import { FACTORS, type FactorName, type Stance } from '../types';
import { Invalid } from './result';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(o: Json, key: string, where: string, optional = false): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (optional && v == null) return '';
  throw new Invalid(`${where}: "${key}" should be text`);
}

export function strOrNull(o: Json, key: string, where: string): string | null {
  const v = o[key];
  if (v == null) return null;
  if (typeof v === 'string') return v;
  throw new Invalid(`${where}: "${key}" should be text or null`);
}

export function offset(v: unknown, what: string, where: string): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  throw new Invalid(`${where}: ${what} should be a whole number ≥ 0`);
}

/**
 * A link the library may show: http(s) only, with no space or control character anywhere
 * (browsers strip those from a URL before reading its scheme, so "java\tscript:" would be
 * a script link). Anything else (javascript:, data:, file:, a relative path) → null:
 * the row is kept, without a link.
 */
export function httpUrl(v: string | null): string | null {
  return v !== null && /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i.test(v) ? v : null;
}

/** Selectors we understand; others (XPath, CSS, range) are skipped, not refused. */
export function selectors(v: unknown, where: string): Selector[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const out: Selector[] = [];
  for (const s of list) {
    if (!isObject(s)) throw new Invalid(`${where}: a selector should be an object`);
    if (s.type === 'TextQuoteSelector') {
      out.push({ type: 'TextQuoteSelector', exact: str(s, 'exact', where), prefix: str(s, 'prefix', where, true), suffix: str(s, 'suffix', where, true) });
    } else if (s.type === 'TextPositionSelector') {
      const start = offset(s.start, 'start', where), end = offset(s.end, 'end', where);
      if (end < start) throw new Invalid(`${where}: position ends (${end}) before it starts (${start})`);
      out.push({ type: 'TextPositionSelector', start, end });
    }
  }
  return out;
}

const STANCES: readonly Stance[] = ['law', 'movant', 'nonmovant', 'neutral'];

export function factor(v: unknown, where: string): FactorName {
  if (typeof v === 'string' && (FACTORS as readonly string[]).includes(v)) return v as FactorName;
  throw new Invalid(`${where}: unknown factor "${String(v)}"`);
}

export function stance(v: unknown, where: string): Stance {
  if (typeof v === 'string' && (STANCES as readonly string[]).includes(v)) return v as Stance;
  throw new Invalid(`${where}: unknown stance "${String(v)}"`);
}

/** An override from an object ({factor, stance, replaces?, remove?}). */
export function overrideObject(v: unknown, where: string): FactorOverride | null {
  if (v == null) return null;
  if (!isObject(v)) throw new Invalid(`${where}: "override" should be an object`);
  const o: FactorOverride = { factor: factor(v.factor, where), stance: stance(v.stance, where) };
  if (v.replaces != null) o.replaces = factor(v.replaces, where);
  if (v.remove === true) o.remove = true;
  return o;
}

/**
 * An override from the text of a JSON-LD classifying body, as Lens wrote it before the
 * label had fields of its own: "factor=harm; stance=movant; replaces=success; remove".
 */
export function overrideText(value: string, where: string): FactorOverride {
  const fields = new Map<string, string>();
  for (const part of value.split(';')) {
    const [k, ...rest] = part.split('=');
    if (k.trim()) fields.set(k.trim(), rest.join('=').trim());
  }
  const o: FactorOverride = { factor: factor(fields.get('factor'), where), stance: stance(fields.get('stance'), where) };
  if (fields.get('replaces')) o.replaces = factor(fields.get('replaces'), where);
  if (fields.has('remove')) o.remove = true;
  return o;
}
