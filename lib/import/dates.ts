/**
 * Dates in imported files. A file may carry any text as a date ("9999", an RFC 2822 date,
 * a date with an offset), and the newer of two rows wins a re-import, so every date is
 * turned into one instant written one way (ISO 8601 UTC) before it is stored, and dates
 * are compared as instants, never as strings ("9999" > "2026-…" as text).
 *
 * | input                              | becomes                        | why                                      |
 * |------------------------------------|--------------------------------|------------------------------------------|
 * | "2025-01-28T12:00:00Z"             | "2025-01-28T12:00:00.000Z"     | one spelling per instant                 |
 * | "Tue, 01 Dec 2026 10:00:00 +0100"  | "2026-12-01T09:00:00.000Z"     | RFC 2822 is a date; stored as UTC ISO    |
 * | missing / null                     | the fallback                   | optional in the W3C model                |
 * | "9999", "3000-01-01"               | the fallback, counted          | beyond now + 1 day: a broken clock or a  |
 * |                                    |                                | file made to win every re-import; the    |
 * |                                    |                                | note is kept, only the date is dropped   |
 * | "yesterday", 42, {}                | the file is refused            | not a date: the file is malformed        |
 */
import { Invalid } from './result';

/** How far past the clock a date may lie (time zones, a clock a little fast) before it is dropped. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** The start of time for a row whose date is unknown: it never wins against a dated row. */
export const UNKNOWN_DATE = new Date(0).toISOString();

/** The import's clock, and how many dates lay in the future and were dropped. */
export interface ImportClock {
  now: number;
  dropped: number;
}

export function importClock(now: Date | number = Date.now()): ImportClock {
  return { now: typeof now === 'number' ? now : now.getTime(), dropped: 0 };
}

/** An imported date as ISO 8601 UTC; `fallback` when missing or in the future (counted); not a date → Invalid. */
export function isoDate(v: unknown, where: string, fallback: string, clock: ImportClock): string {
  if (v == null) return fallback;
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  if (Number.isNaN(ms)) throw new Invalid(`${where}: "${String(v)}" is not a date`);
  if (ms > clock.now + FUTURE_SLACK_MS) {
    clock.dropped++;
    return fallback;
  }
  return new Date(ms).toISOString();
}

/**
 * An imported time in ms since the epoch (an opinion's `lastOpened`): a number, or a date
 * as text; 0 (unknown) when missing or in the future (counted); anything else → Invalid.
 */
export function epochMs(v: unknown, where: string, key: string, clock: ImportClock): number {
  if (v == null) return 0;
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms) || ms < 0) throw new Invalid(`${where}: "${key}" should be a time (ms since 1970, or a date)`);
  if (ms > clock.now + FUTURE_SLACK_MS) {
    clock.dropped++;
    return 0;
  }
  return Math.floor(ms);
}

/**
 * A stored date (ISO text, or ms) as an instant for comparison. A row stored before dates
 * were checked may hold anything: what does not parse, or lies beyond now + 1 day, counts
 * as unknown (-Infinity), so it neither wins nor blocks a re-import by its date alone.
 */
export function instant(v: string | number | null | undefined, now: number): number {
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) && ms <= now + FUTURE_SLACK_MS ? ms : -Infinity;
}
