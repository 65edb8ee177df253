import cliProgress from 'cli-progress';
import type { Io } from './context.ts';

/** A progress bar on standard error, only when it is a terminal; otherwise nothing at all. */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the bar and says what happens next, on a line of its own (a terminal only). */
  finish(note: string): void;
  stop(): void;
}

export function progressBar(io: Io, label: string): ProgressBar {
  if (!io.stderr.isTTY) return { update() {}, finish() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    finish(note) {
      if (started) bar.stop();
      started = false;
      io.stderr.write(`${note}\n`);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
