/**
 * An adapter for a site we know only by URL and, at most, by a root selector from the
 * site's own public source: take the first selector that finds the opinion, else let the
 * generic body finder look (still labelled with the site's name), and assemble as usual.
 */
import type { OpinionMeta, OpinionPart, SiteAdapter, SiteName } from './types';
import { all, one, outermost, readingBefore, readingText } from './dom-text';
import type { AssembleInput } from './types';
import { findBody } from './body';

/** A site known by its URLs and, optionally, selectors from its public source. */
export interface SelectSpec {
  site: SiteName;
  matches(url: string): boolean;
  /** Root selectors, best first; every match of the first that finds any is a root. */
  roots?: readonly string[];
  exclude?: readonly string[];
  /** Elements to skip that no selector can name (a caption's leading lines, prelims before an author line). */
  excludeElements?(doc: Document): Element[];
  markerSelector?: string;
  noteSelector?: string;
  refSelector?: string;
  meta?(doc: Document): Partial<OpinionMeta>;
  parts?(doc: Document, roots: Element[]): OpinionPart[];
  detect?(doc: Document): boolean;
}

/** An adapter from a spec; it never returns null (the generic finder backs the selectors up). */
export function selectAdapter(spec: SelectSpec): SiteAdapter {
  return {
    site: spec.site,
    matches: spec.matches,
    detect: spec.detect,
    locate(doc) {
      let roots: Element[] = [];
      for (const s of spec.roots ?? []) {
        roots = outermost(all(doc, s));
        if (roots.length > 0) break;
      }
      const known = roots.length > 0;
      if (!known) roots = [findBody(doc)];
      const body = doc.body ?? doc.documentElement;
      const exclude = roots.flatMap((r) => (spec.exclude ?? []).flatMap((s) => all(r, s)));
      if (known && spec.excludeElements) exclude.push(...spec.excludeElements(doc));
      const first = roots[0];
      // the lines right above the opinion (its own text cites other cases)
      const captionText = first === body ? undefined : readingBefore(first, 2000);
      return {
        site: spec.site,
        doc,
        roots,
        exclude,
        markerSelector: spec.markerSelector,
        noteSelector: known ? spec.noteSelector : undefined,
        refSelector: known ? spec.refSelector : undefined,
        parts: spec.parts?.(doc, roots),
        meta: spec.meta?.(doc),
        captionText,
        siteLayout: known,
      };
    },
  };
}

/** A host test: `host` or any subdomain of it, and optionally a path prefix. */
export function onHost(host: string, path: RegExp = /./): (url: string) => boolean {
  return (url) => {
    try {
      const u = new URL(url);
      const h = u.hostname.toLowerCase();
      return (h === host || h.endsWith(`.${host}`)) && path.test(u.pathname);
    } catch {
      return false;
    }
  };
}

/** Text of the first match, or null. */
export function textAt(doc: Document, selector: string): string | null {
  const el = one(doc, selector);
  return el ? readingText([el]) || null : null;
}
