/**
 * compromise for the command line's bundle, loaded on first use rather than at start-up
 * (build.mjs puts this module where lib/nlp.ts imports 'compromise', and bundles compromise
 * into compromise.cjs beside the chunks). Compiling and evaluating compromise
 * (expanding its lexicon, merging its plugins) costs more than the whole analysis of a short
 * opinion, and most opinions ask it about a handful of sentences or none (the seed: none). The
 * library is the same source as everywhere else (its ES module entry, bundled): only when its
 * code is loaded changes, so every analysis is the same.
 */
import type compromise from 'compromise';

type Nlp = typeof compromise;

// the bundle's require (its banner: createRequire of the chunk's own URL), so the file beside it
declare const require: (id: string) => { default: Nlp };

let loaded: Nlp | null = null;
const load = (): Nlp => (loaded ??= require('./compromise.cjs').default);

const nlp = ((...args: Parameters<Nlp>) => load()(...args)) as Nlp;
nlp.extend = ((plugin: unknown) => load().extend(plugin as Parameters<Nlp['extend']>[0])) as Nlp['extend'];

export default nlp;
