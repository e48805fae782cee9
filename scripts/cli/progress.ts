/**
 * Progress of a corpus run on stderr. On a terminal, one line redrawn in place (at most ten
 * times a second): a bar, the count, the rate and the time left. Elsewhere (a log, a CI job),
 * a plain line at every tenth of the way, so a log of a long run stays short and readable.
 */
export interface Progress {
  /** one file is done */
  tick(failed: boolean): void;
  /** a line for the reader (a note about a file), printed above the bar */
  say(line: string): void;
  /** the run is over: the bar is left showing its final state */
  end(): void;
}

interface Out {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

const WIDTH = 24;

/** "1h02m", "3m05s", "12s" */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

export function progress(total: number, out: Out = process.stderr, now: () => number = () => performance.now()): Progress {
  const started = now();
  let done = 0;
  let failed = 0;
  let drawnAt = -Infinity;
  let step = 1; // the next tenth a plain line is due at
  const figures = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : Infinity;
    return { rate, left };
  };
  const bar = () => {
    const { rate, left } = figures();
    const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${pct}%  ${rate.toFixed(1)} files/s  ${done < total ? `${duration(left)} left` : 'done'}${failed ? `  ${failed} failed` : ''}`;
    // cut to the terminal's width so the line never wraps (a wrapped line is not redrawn in place)
    return out.columns && out.columns >= 40 ? line.slice(0, out.columns - 1) : line;
  };
  const draw = () => {
    out.write(`\r\x1b[K${bar()}`);
    drawnAt = now();
  };
  return {
    tick(bad) {
      done++;
      if (bad) failed++;
      if (out.isTTY) {
        if (now() - drawnAt >= 100 || done === total) draw();
      } else if (total && done >= (total * step) / 10) {
        while (done >= (total * step) / 10) step++;
        const { rate, left } = figures();
        out.write(`lens: ${done}/${total} files (${Math.floor((done / total) * 100)}%), ${rate.toFixed(1)} files/s${done < total ? `, about ${duration(left)} left` : ''}${failed ? `, ${failed} failed` : ''}\n`);
      }
    },
    say(line) {
      if (out.isTTY) {
        out.write(`\r\x1b[K${line}\n`);
        draw();
      } else out.write(`${line}\n`);
    },
    end() {
      if (out.isTTY) {
        draw();
        out.write('\n');
      }
    },
  };
}
