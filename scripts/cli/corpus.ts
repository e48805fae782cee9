/**
 * `lens analyze DIR|FILE|GLOB... [--out results.jsonl] [--jobs N] [--resume]`: a corpus run.
 * One line per file in input order (results-file.ts), written as the answers come so the run
 * holds only a few analyses at a time; a file's error is its own line and the run goes on;
 * exit 1 at the end, with a summary, when any file failed.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { UsageError, type Args } from './args';
import { countInputs, inputs, type Input } from './inputs';
import { analyzeInOrder, type Done } from './pool';
import { progress } from './progress';
import { NotResults, prepareResume, resultLine } from './results-file';

/** failures listed by name in the summary; the rest are counted */
const LISTED = 10;

/** The inputs not yet in the output, and how many there are (for the bar). */
function todo(paths: readonly string[], done: Set<string>): { items: Iterator<Input>; total: number } {
  const skip = (i: Input) => i.error === undefined && done.has(resolve(i.file));
  let total = 0;
  for (const i of inputs(paths)) if (!skip(i)) total++;
  function* left() {
    for (const i of inputs(paths)) if (!skip(i)) yield i;
  }
  return { items: left(), total };
}

async function write(out: NodeJS.WritableStream | WriteStream, line: Uint8Array) {
  if (!out.write(line)) await once(out, 'drain');
}

export async function analyzeCorpus(args: Args): Promise<number> {
  if (args.resume && !args.out) throw new UsageError('--resume needs --out FILE (the results to continue)');
  let done = new Set<string>();
  let retried = 0;
  if (args.resume) {
    try {
      ({ done, retried } = await prepareResume(args.out!));
    } catch (e) {
      if (e instanceof NotResults) throw new UsageError(e.message);
      throw e;
    }
  }
  const { items, total } = args.resume ? todo(args.paths, done) : { items: inputs(args.paths), total: countInputs(args.paths) };
  const out = args.out ? createWriteStream(args.out, { flags: args.resume ? 'a' : 'w' }) : process.stdout;
  if (args.out) {
    // a folder as --out, or no room to create it: said in words before any work
    await new Promise<void>((ok, fail) => {
      (out as WriteStream).once('open', () => ok());
      (out as WriteStream).once('error', (e: NodeJS.ErrnoException) => fail(new UsageError(`cannot write ${args.out}: ${e.code ?? e.message}`)));
    });
    // a disk that fills up mid-run: said in one line; every line written so far stays, and --resume goes on from there
    out.on('error', (e: NodeJS.ErrnoException) => {
      process.stderr.write(`\nlens: cannot write ${args.out}: ${e.code ?? e.message}; run again with --resume to go on\n`);
      process.exit(2);
    });
  }
  const bar = progress(total);
  if (args.resume) bar.say(`lens: resuming: ${done.size} files already analysed${retried ? `, ${retried} that failed tried again` : ''}, ${total} to go`);
  const failures: Done[] = [];
  let failed = 0;
  let analysed = 0;
  for await (const d of analyzeInOrder(items, Math.max(1, Math.min(args.jobs, total)))) {
    for (const note of d.notes) bar.say(`lens: ${note}`);
    await write(out, resultLine(d));
    if (d.error !== undefined) {
      failed++;
      if (failures.length < LISTED) failures.push(d);
    } else analysed++;
    bar.tick(d.error !== undefined);
  }
  bar.end();
  if (args.out) {
    out.end();
    await once(out, 'close');
  }
  const summary = `lens: ${analysed} analysed${args.resume ? ` (${done.size} before)` : ''}, ${failed} failed${args.out ? `; results in ${args.out}` : ''}`;
  process.stderr.write(summary + '\n');
  for (const f of failures) process.stderr.write(`  ${f.error}\n`);
  if (failed > failures.length) process.stderr.write(`  … and ${failed - failures.length} more (the "error" lines of the output)\n`);
  return failed ? 1 : 0;
}
