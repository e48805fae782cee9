/**
 * What a write returns. Storage full is a result the caller shows, not an exception:
 * the write's transaction is rolled back, so nothing saved earlier is lost.
 */
export type DbError = 'quota' | 'invalid' | 'not-found' | 'failed';
export type DbResult<T> = { ok: true; value: T } | { ok: false; error: DbError; message: string };

export function ok<T>(value: T): DbResult<T> {
  return { ok: true, value };
}

export function failure<T = never>(error: DbError, message: string): DbResult<T> {
  return { ok: false, error, message };
}

/** True for "storage full" however it arrives (DOMException, Dexie's wrapper, its inner error). */
export function isQuotaError(e: unknown): boolean {
  for (let cur = e as { name?: string; inner?: unknown } | null | undefined, depth = 0; cur && depth < 4; depth++) {
    if (cur.name === 'QuotaExceededError' || cur.name === 'QuotaExceeded') return true;
    cur = cur.inner as typeof cur;
  }
  return false;
}

/** Runs a write and turns a thrown error into a result; quota errors get words a reader can act on. */
export async function guard<T>(write: () => Promise<T>): Promise<DbResult<T>> {
  try {
    return ok(await write());
  } catch (e) {
    if (isQuotaError(e)) {
      return failure('quota', 'Storage is full: this change was not saved (everything saved before is kept). Export and delete old opinions or cached analyses to make room.');
    }
    return failure('failed', `Could not save: ${(e as Error)?.message ?? String(e)}`);
  }
}
