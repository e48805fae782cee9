/**
 * govinfo.gov United States Courts Opinions (USCOURTS packages). No saved page could be
 * found to learn from. The opinions are PDFs; their HTML renditions (…/html/….htm) are the
 * text in one `<pre>`, which the generic finder takes whole. The details page is a
 * metadata page and should score low.
 */
import { onHost, selectAdapter } from './select-adapter';

export const govinfo = selectAdapter({
  site: 'govinfo',
  matches: onHost('govinfo.gov', /USCOURTS-/),
  roots: ['body > pre'],
});
