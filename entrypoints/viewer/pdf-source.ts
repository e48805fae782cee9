/**
 * Where the viewer's PDF comes from: `?file=<http(s) URL>` (fetched by this extension page,
 * which needs host permission for it), a file the reader picks, or one dropped on the page.
 * Every failure is a sentence for the reader.
 */

export interface PdfSource {
  bytes: Uint8Array;
  /** the opinion's address: the http(s) URL it came from, or null for a local file */
  url: string | null;
  /** what to call it before its caption is read */
  name: string;
}

/** largest PDF the viewer reads (a slip opinion is well under 10 MB; a scanned record can be large) */
export const MAX_PDF_BYTES = 256 * 1024 * 1024;

export class SourceError extends Error {}

/** The `file` parameter of the viewer's own URL, or null. */
export function fileParam(href: string): string | null {
  return new URL(href).searchParams.get('file');
}

export async function fromUrl(raw: string, signal?: AbortSignal): Promise<PdfSource> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceError(`“${raw}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceError('Only PDFs from http(s) addresses can be opened by address; open a local file with “Open a PDF…”.');
  let res: Response;
  try {
    res = await fetch(url.href, { signal, credentials: 'include' });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new SourceError(`The PDF at ${url.host} could not be fetched (the extension may not have access to that site).`);
  }
  if (!res.ok) throw new SourceError(`The PDF at ${url.host} could not be fetched (HTTP ${res.status}).`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_PDF_BYTES) throw new SourceError(tooLarge(length));
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES) throw new SourceError(tooLarge(bytes.length));
  return { bytes, url: url.href, name: decodeURIComponent(url.pathname.split('/').pop() || url.host) };
}

export async function fromFile(file: File): Promise<PdfSource> {
  if (file.size > MAX_PDF_BYTES) throw new SourceError(tooLarge(file.size));
  return { bytes: new Uint8Array(await file.arrayBuffer()), url: null, name: file.name };
}

function tooLarge(n: number): string {
  return `This PDF is ${Math.round(n / 1048576)} MB; the viewer reads PDFs up to ${MAX_PDF_BYTES / 1048576} MB.`;
}
