/**
 * The viewer's timeline: `lens:…` marks where its steps end (read by scripts/bench-viewer.ts,
 * the Chromium test and DevTools), so where the time goes can be seen rather than guessed.
 */

/** A timing mark on the viewer's timeline, `lens:<name>`. */
export function mark(name: string): void {
  performance.mark(`lens:${name}`);
}
