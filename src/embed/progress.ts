/**
 * Terminal progress reporting for long jobs (embedding, model download).
 *
 * A cli-progress bar is drawn only when stderr is an interactive terminal; in
 * every other case (CI logs, pipes, the bot under a process manager, tests)
 * the returned reporter is a silent no-op so logs are not flooded with
 * carriage-return frames.
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  /** Report absolute progress; `total` may change between calls. */
  update(done: number, total: number): void;
  /** Finish the bar (leaves the final line on screen). Safe to call twice. */
  stop(): void;
  /** True when a real bar is being drawn. */
  readonly active: boolean;
}

export interface ProgressOptions {
  /** Text shown before the bar, e.g. "Embedding". */
  label?: string;
  /** Override TTY detection (mainly for tests). Default: `process.stderr.isTTY`. */
  enabled?: boolean;
  /** Stream to draw on. Default: process.stderr. */
  stream?: NodeJS.WriteStream;
}

const NOOP: ProgressReporter = {
  update() {},
  stop() {},
  active: false,
};

export function createProgress(opts: ProgressOptions = {}): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  const enabled = opts.enabled ?? Boolean(stream.isTTY);
  if (!enabled) return NOOP;

  const label = opts.label ?? 'Progress';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    active: true,
    update(done: number, total: number) {
      if (stopped) return;
      if (!started) {
        bar.start(Math.max(total, 0), Math.max(done, 0));
        started = true;
        return;
      }
      if (bar.getTotal() !== total) bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (started) bar.stop();
    },
  };
}

/**
 * Convenience: an `onProgress(done, total)` callback that draws a bar on a TTY
 * and stops it automatically when `done >= total`.
 */
export function progressCallback(opts: ProgressOptions = {}): (done: number, total: number) => void {
  const p = createProgress(opts);
  return (done, total) => {
    p.update(done, total);
    if (done >= total) p.stop();
  };
}
