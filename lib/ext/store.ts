/**
 * The background's handle on the database: opened lazily in the extension's origin,
 * reopened after a failure, and never required for reading: if IndexedDB is unavailable
 * (private mode, a newer schema, a full disk) the page is still analysed and painted.
 */
import { openLensDb, type LensDb } from '../db/index';

let opening: Promise<LensDb> | null = null;
let lastError: string | null = null;

export function lensDb(): Promise<LensDb> {
  opening ??= openLensDb().catch((e) => {
    opening = null;
    lastError = String((e as Error)?.message ?? e);
    throw e;
  });
  return opening;
}

export function dbError(): string | null {
  return lastError;
}
