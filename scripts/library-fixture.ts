/**
 * A library of 60 opinions and 10,000 annotations (sentences of a real opinion as quotes
 * and notes), for the library benchmarks in Node and in Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe } from '../lib/anchoring/describe';
import { toRecord } from '../lib/db/annotations';
import type { AnnotationRecord, OpinionRecord } from '../lib/db/index';

const text = readFileSync(new URL('../test/fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt', import.meta.url), 'utf8');
const sentences = text.match(/[^.!?]{40,200}[.!?]/g)!;
const courts = ['dcd', 'ca9', 'scotus', 'nysd'];

export function libraryFixture(opinionCount = 60, annotationCount = 10_000): { opinions: OpinionRecord[]; annotations: AnnotationRecord[] } {
  const opinions: OpinionRecord[] = Array.from({ length: opinionCount }, (_, i) => ({
    id: `https://example.test/op/${i}`, url: `https://example.test/op/${i}`, site: null, title: `Opinion ${i} v. Agency`, court: courts[i % 4],
    date: null, docket: null, textHash: `h${i}`, lastOpened: i, relief: 'preliminary_injunction' as const, outcome: 'granted' as const,
    findings: i % 5 === 0 ? ['harm:movant', 'harm:presumed'] : ['harm:nonmovant'],
  }));
  const annotations = Array.from({ length: annotationCount }, (_, i) => {
    const s = sentences[i % sentences.length];
    const at = text.indexOf(s);
    return toRecord({
      id: `urn:uuid:${i}`, opinionId: `https://example.test/op/${i % opinionCount}`, kind: 'highlight', selectors: describe(text, at, at + 60),
      note: sentences[(i * 7) % sentences.length], tags: i % 10 === 0 ? ['expedited removal'] : [], paragraph: null, override: null,
      created: '2026-11-01T00:00:00Z', modified: '2026-11-01T00:00:00Z', deletedAt: null,
    });
  });
  return { opinions, annotations };
}
