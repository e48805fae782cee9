/** What every exporter takes: one opinion's analysis and the reader's annotations on it. */
import type { Annotation } from '../anchoring/annotation';
import type { Analysis } from '../types';
import { applyOverrides } from './overrides';

export interface OpinionExport {
  analysis: Analysis;
  annotations: readonly Annotation[];
}

/** The analysis with the reader's overrides applied, and the live highlights (not overrides, not deleted). */
export function prepare(item: OpinionExport): { analysis: Analysis; notes: Annotation[]; overrides: Annotation[] } {
  const live = item.annotations.filter((a) => a.deletedAt == null);
  return {
    analysis: applyOverrides(item.analysis, live),
    notes: live.filter((a) => a.kind === 'highlight'),
    overrides: live.filter((a) => a.kind === 'override'),
  };
}

/** The IRI an export names the opinion by: its URL, else a URN from its text hash or title. */
export function opinionSource(analysis: Analysis, annotations: readonly Annotation[] = []): string {
  const url = analysis.document.source?.url;
  if (url) return url;
  const id = annotations[0]?.opinionId;
  if (id && /^[a-z][a-z0-9+.-]*:/i.test(id) && !id.startsWith('sha256:')) return id;
  if (id) return `urn:lens:${id}`;
  return `urn:lens:opinion:${slug(analysis.document.title ?? 'untitled')}-${fnv(analysis.text)}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'opinion';
}

/** A short stable hash (FNV-1a, 32 bits) so ids do not change between exports of one text. */
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
