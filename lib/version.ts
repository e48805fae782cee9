/** Bumped whenever the analysis output changes, so cached analyses are recomputed. */
export const ANALYZER_VERSION = 'lens-0.3.0';
