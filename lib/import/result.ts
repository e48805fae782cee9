/** What parsing an import file returns: the validated content, or why it was refused. */
export type ImportError = 'malformed' | 'partial' | 'future-version' | 'unsupported';
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError; message: string };

export function refuse(error: ImportError, message: string): { ok: false; error: ImportError; message: string } {
  return { ok: false, error, message };
}

/** Thrown inside validators and turned into a `partial` refusal naming the bad item. */
export class Invalid extends Error {}
