import { describe, expect, it } from 'vitest';
import { pdfOpenFor } from '../../../lib/ext/pdf-open';

const VIEWER = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/viewer.html';
const open = (url: string) => `${VIEWER}?file=${encodeURIComponent(url)}`;

describe('pdfOpenFor: which tabs open in the viewer', () => {
  it.each([
    // [tab URL, content type, the PDF's address the viewer fetches, or null]
    ['https://www.supremecourt.gov/opinions/24pdf/23-719_n7ip.pdf', undefined, 'https://www.supremecourt.gov/opinions/24pdf/23-719_n7ip.pdf'],
    ['https://storage.courtlistener.com/recap/gov.uscourts.cacd.652774/gov.uscourts.cacd.652774.40.0.pdf', undefined, 'https://storage.courtlistener.com/recap/gov.uscourts.cacd.652774/gov.uscourts.cacd.652774.40.0.pdf'],
    ['https://www.govinfo.gov/content/pkg/USCOURTS-cand-3_04-cv-00098/pdf/USCOURTS-cand-3_04-cv-00098-0.PDF#page=3', undefined, 'https://www.govinfo.gov/content/pkg/USCOURTS-cand-3_04-cv-00098/pdf/USCOURTS-cand-3_04-cv-00098-0.PDF'],
    ['http://127.0.0.1:8080/pdfs/order.pdf?download=1', 'application/pdf', 'http://127.0.0.1:8080/pdfs/order.pdf?download=1'],
    // PACER: no .pdf in the address, the content type says it
    ['https://ecf.cacd.uscourts.gov/doc1/031123456789', 'application/pdf', 'https://ecf.cacd.uscourts.gov/doc1/031123456789'],
    ['https://ecf.cacd.uscourts.gov/doc1/031123456789', undefined, null],
    ['https://www.courtlistener.com/opinion/4564/winter-v-nrdc/', 'text/html', null],
    // a .pdf path answered with a page (a login form) is not a PDF
    ['https://ecf.nysd.uscourts.gov/order.pdf', 'text/plain', null],
    ['file:///home/clerk/Downloads/order.pdf', undefined, 'file:///home/clerk/Downloads/order.pdf'],
    ['chrome://extensions/', undefined, null],
    [`${VIEWER}?file=https%3A%2F%2Fexample.com%2Fa.pdf`, undefined, null],
    ['not a url', undefined, null],
  ] as [string, string | undefined, string | null][])('%s (%s)', (url, contentType, file) => {
    const r = pdfOpenFor({ url, contentType }, VIEWER);
    if (file === null) expect(r).toBeNull();
    else expect(r).toEqual({ viewer: open(file), file });
  });

  it('keeps the viewer page but not its own query', () => {
    expect(pdfOpenFor({ url: 'https://a.gov/x.pdf' }, `${VIEWER}?file=old#top`)?.viewer).toBe(open('https://a.gov/x.pdf'));
  });
});
