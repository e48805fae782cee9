import type { DocModel } from '../document/model';
import type { AnalysisParagraph, Citation, Disposition, DocumentInfo, OutlineNode, Standard } from '../types';

export interface InjunctionAnalysis {
  document: DocumentInfo;
  standard: Standard;
  disposition: Disposition;
  paragraphs: AnalysisParagraph[];
  outline: OutlineNode[];
  isOpinion: boolean;
}

/**
 * Decides relief, test, paragraph factor labels, disposition and outline for a document.
 * `citations` carry source offsets and their paragraph index. Placeholder until it lands.
 */
export function analyzeInjunction(doc: DocModel, citations: Citation[]): InjunctionAnalysis {
  void citations;
  return {
    document: { title: null, court: null, courtName: null, docket: null, date: null, judge: null, source: null },
    standard: { relief: 'none', reliefs: [], mandatory: false, tests: [] },
    disposition: { outcome: null, start: 0, end: 0 },
    paragraphs: doc.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end, heading: p.heading, factors: [] })),
    outline: [],
    isOpinion: doc.paragraphs.length > 0,
  };
}
