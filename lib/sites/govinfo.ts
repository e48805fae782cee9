/**
 * govinfo.gov United States Courts Opinions (USCOURTS packages). No saved page could be
 * found to learn from. The opinions are PDFs: govinfo's own search results for USCOURTS
 * granules list a `pdffile` and no HTML rendition (juriscraper's ca4_example.json), so
 * the `body > pre` root below is a guess kept for a text rendition, should one be served;
 * otherwise the generic finder reads the page. The details page is a metadata page and
 * should score low.
 */
import { onHost, selectAdapter } from './select-adapter';

export const govinfo = selectAdapter({
  site: 'govinfo',
  matches: onHost('govinfo.gov', /USCOURTS-/),
  roots: ['body > pre'],
});
