import type { DocModel } from '../../../lib/document/model';

/** Source text of each body paragraph (footnotes excluded). */
export function bodies(doc: DocModel): string[] {
  return doc.paragraphs.filter((p) => p.footnote === null).map((p) => doc.source.slice(p.start, p.end));
}

/** Reading text of each paragraph, in reading order. */
export function readings(doc: DocModel): string[] {
  return doc.paragraphs.map((p) => doc.reading.text.slice(p.reading.start, p.reading.end));
}

/**
 * Every reading character comes from the source character its map points at: the same
 * character, a space standing for whitespace, or a character decoded from an entity ("&amp;").
 */
export function mapErrors(doc: DocModel): string[] {
  const { text, map } = doc.reading;
  const errors: string[] = [];
  if (map.length !== text.length + 1) errors.push(`map length ${map.length} for ${text.length}`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const s = doc.source[map[i]];
    if (c === s || c === ' ' || c === '\n' || s === '&') continue;
    errors.push(`reading ${i} ${JSON.stringify(c)} maps to ${JSON.stringify(s)}`);
    if (errors.length > 5) break;
  }
  for (let i = 1; i < map.length; i++) if (map[i] < 0 || map[i] > doc.source.length) errors.push(`map ${i} out of range`);
  return errors;
}
