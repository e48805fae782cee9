/** Types of build.mjs (plain JavaScript, so `node scripts/cli/build.mjs` needs no compiler). */
export declare const ROOT: string;
export declare const DEFAULT_OUT: string;
/** Bundles the CLI into `outdir` (default .output-cli); returns the path of its lens.mjs. */
export declare function buildCli(outdir?: string): Promise<string>;
