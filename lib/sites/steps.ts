/**
 * Work cut into steps with `yield` between them (a generator), so a caller on the page's
 * main thread can hand the thread back; `runSteps` runs them all at once.
 */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
