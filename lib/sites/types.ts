/**
 * What a site adapter says about a page: where the opinion is, what inside it to skip,
 * where the printed pages break, its footnotes, its separate opinions and its caption.
 * A DOM layer: it hands back live elements of the page and never changes the page.
 */
import type { PageEvidence } from '../analysis/is-opinion';

/** Which adapter read the page. */
export type SiteName =
  | 'courtlistener'
  | 'justia'
  | 'scholar'
  | 'cornell'
  | 'findlaw'
  | 'casemine'
  | 'leagle'
  | 'govinfo'
  | 'nycourts'
  | 'publicresource'
  | 'cap'
  | 'westlaw'
  | 'generic';

/** The kind of a separate opinion. */
export type PartKind = 'majority' | 'concurrence' | 'dissent' | 'per_curiam' | 'other';

/** One opinion of the case (majority, a concurrence, a dissent...). */
export interface OpinionPart {
  kind: PartKind;
  /** Surname as printed ("SPINA", "Brewer"), or null when the page does not say. */
  author: string | null;
  /**
   * The part's own container when the page wraps each opinion (CAP's `<article>`);
   * otherwise the element that opens it (its "X, J., dissenting." line), and the part
   * runs to the next part's element in reading order.
   */
  element: Element;
}

/** A printed page break inside the roots. */
export interface PageMarker {
  /** The marker element itself (`*261`, `[*2]`); its text is part of the roots' text. */
  element: Element;
  /** The page number as printed, without stars or brackets: "261". */
  page: string;
}

/** A note and the call that points at it. */
export interface Footnote {
  /** The call in the text (the superscript link), or null when none could be paired. */
  ref: Element | null;
  /** The note's container. */
  note: Element;
  /** Its label without trailing dot: "1", "*", "a". */
  label: string;
}

/** A type alias, not an interface, so that it fits `Record<string, string | null>` (the analyze message's `meta`). */
export type OpinionMeta = {
  title: string | null;
  court: string | null;
  date: string | null;
  docket: string | null;
  citation: string | null;
  parties: string | null;
};

/** Where the opinion is on a page, and what it is. */
export interface Extraction {
  site: SiteName;
  /** The opinion body element(s), in reading order. */
  roots: Element[];
  /** Elements inside roots whose text is not the opinion's (headnotes, captions, nav, ads). */
  exclude: Element[];
  /** Star-page markers inside roots; they are not excluded. */
  pageMarkers: PageMarker[];
  footnotes: Footnote[];
  parts: OpinionPart[];
  meta: OpinionMeta;
  /**
   * The caption's text as the page prints it apart from the roots (Westlaw's caption block,
   * nycourts' case-information box, CAP's head matter; for the generic reader, what precedes
   * the body), for `analyze({ caption })`; null when nothing was read apart.
   */
  caption: string | null;
  /**
   * What only the page knows about whether this is an opinion (link density, a list of
   * captions, the site's own layout): evidence for the core's one decision, `analyze({ page })`.
   */
  evidence: PageEvidence;
}

/** One site: which URLs it claims and how it reads them. */
export interface SiteAdapter {
  site: SiteName;
  matches(url: string): boolean;
  /** Recognises the site's layout on a saved or locally served copy (any URL). */
  detect?(doc: Document): boolean;
  /**
   * Where the opinion is and what the site says about it; null when the page is not laid
   * out as expected (the generic reader then takes it). `assemble` does the rest.
   */
  locate(doc: Document, url: string): AssembleInput | null;
}

/** Caption with nothing known. */
export const emptyMeta = (): OpinionMeta => ({ title: null, court: null, date: null, docket: null, citation: null, parties: null });

export interface LocatedText {
  site: SiteName;
  roots: Element[];
  exclude: Element[];
}

/** What an adapter knows about a page; everything else `assemble` finds itself. */
export interface AssembleInput {
  site: SiteName;
  doc: Document;
  roots: Element[];
  exclude?: Element[];
  meta?: Partial<OpinionMeta>;
  /** A site's own page-marker selector (text may lack the star). */
  markerSelector?: string;
  noteSelector?: string;
  refSelector?: string;
  /** Parts the site marks up itself; otherwise found from opener lines. */
  parts?: OpinionPart[];
  /** Author when the page names one outside the roots ("Mr. Justice BREWER delivered..."). */
  author?: string | null;
  /** Text before the opinion (caption, header table) to read missing metadata from. */
  captionText?: string;
  /** The site's own opinion layout was recognised (evidence for "is this an opinion?"). */
  siteLayout?: boolean;
  /** Also exclude generic chrome (nav, footer, forms) and marked syllabus/headnotes inside the roots. */
  stripChrome?: boolean;
}
