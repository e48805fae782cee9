/**
 * The reader's choice between findings first (the default) and the paragraph wash, kept in
 * the settings object in `storage.local` (lib/ext/settings.ts, key `SETTINGS_KEY`) as its
 * `paragraphWash` field, beside the colours and the factor switches.
 *
 * `Settings` declares it (so `migrateSettings` keeps it and backups carry it); the content
 * script and the options page read and write it here, in the stored object itself, keeping
 * every other field as it is.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../../lib/ext/settings';

export const WASH_FIELD = 'paragraphWash';

/** The stored choice in a settings object (stored or migrated): true only when it says so. */
export function washOf(raw: unknown): boolean | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !Object.hasOwn(raw, WASH_FIELD)) return null;
  const v = (raw as Record<string, unknown>)[WASH_FIELD];
  return typeof v === 'boolean' ? v : null;
}

/** The reader's choice as stored; findings first (false) when never chosen. */
export async function readWash(): Promise<boolean> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return washOf(got[SETTINGS_KEY]) ?? false;
}

/** Stores the choice in the settings object, every other field kept as stored. */
export async function writeWash(wash: boolean): Promise<void> {
  const got = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const base = got !== null && typeof got === 'object' && !Array.isArray(got) ? (got as Record<string, unknown>) : {};
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...base, [WASH_FIELD]: wash } });
}

/** Calls `cb` when the stored choice changes (the options page, the legend in another tab). */
export function onWashChange(cb: (wash: boolean) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(washOf(changes[SETTINGS_KEY].newValue) ?? false);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
