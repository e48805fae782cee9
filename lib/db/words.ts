/** Words for the annotation search index: lower-cased, accents folded, short words dropped. */
import type { Annotation } from '../anchoring/annotation';
import { quoteOf } from '../anchoring/annotation';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’§.-]*[\p{L}\p{N}]|[\p{L}\p{N}§]/gu;

/** Lower-case words of at least two characters, accents folded, in order, with repeats removed. */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const out = new Set<string>();
  for (const m of folded.matchAll(WORD)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length >= 2) out.add(w);
  }
  return [...out];
}

/** Tags trimmed, lower-cased, without a leading '#', empty ones and repeats dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const n = t.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase();
    if (n) out.add(n);
  }
  return [...out];
}

/** What the `words` index holds for one annotation: its note, tags and quoted text. */
export function annotationWords(a: Pick<Annotation, 'note' | 'tags' | 'selectors'>): string[] {
  const quote = quoteOf(a.selectors)?.exact ?? '';
  return words(`${a.note} ${a.tags.join(' ')} ${quote}`);
}
