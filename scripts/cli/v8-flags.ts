/**
 * V8 settings for the command line, set before any pattern of the core runs (a pattern is
 * compiled at its first use, not when its module loads, so importing this first suffices).
 *
 * `--no-regexp-tier-up`: V8 first runs each regular expression in its bytecode interpreter and
 * compiles it to machine code only once it proves hot, paying twice for every pattern that
 * runs more than a handful of times. The core holds hundreds of cue patterns, each run on every
 * sentence, so a one-opinion process spends much of its first analysis interpreting and then
 * recompiling them. Compiling each straight to machine code made the seed's first analysis
 * about a third faster (in-process, fastest of 7: 189 against 246 ms at load 9); folder runs
 * are measured in `npm run bench` (scripts/bench-cli.ts).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
