import { randomUUID } from 'node:crypto';
import type { Input, Outcome, Progress, Summary } from '../pipeline.ts';
import type { JobBody } from './schemas.ts';

/**
 * Sources added from the browser run as jobs, one at a time in the order they were submitted (the
 * pipeline already uses every core for one batch, and one writer keeps the ledger's order plain).
 * A job's state is kept in memory for the page to follow; the ledger itself is what lasts.
 */

export type JobState = JobBody;

export type JobEvent =
  | { type: 'outcome'; done: number; total: number; outcome: Outcome }
  | { type: 'finished'; job: JobState };

export type RunInputs = (inputs: Input[], onProgress: (progress: Progress) => void) => Promise<Summary>;

export interface JobQueue {
  /** Queues the inputs as one job, known to people by `label`. */
  submit(inputs: Input[], label: string): JobState;
  get(id: string): JobState | undefined;
  /** The most recent jobs first, at most `limit`. */
  recent(limit: number): JobState[];
  /** Calls `listener` for each later event of the job; returns the function that stops it. */
  subscribe(id: string, listener: (event: JobEvent) => void): () => void;
  /** Resolves when every submitted job has finished. */
  idle(): Promise<void>;
}

/** How many finished jobs stay visible; older ones are forgotten first. */
const KEEP_FINISHED = 100;

export function jobQueue(run: RunInputs, log: (line: string) => void): JobQueue {
  const jobs = new Map<string, JobState>();
  const listeners = new Map<string, Set<(event: JobEvent) => void>>();
  let tail: Promise<void> = Promise.resolve();

  const emit = (id: string, event: JobEvent) => {
    for (const listener of listeners.get(id) ?? []) listener(event);
  };

  const forgetOldJobs = () => {
    const finished = [...jobs.values()].filter((job) => job.status === 'finished');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.id);
  };

  const execute = async (job: JobState, inputs: Input[]) => {
    job.status = 'running';
    job.startedAt = new Date().toISOString();
    try {
      const summary = await run(inputs, (progress) => {
        job.done = progress.done;
        job.outcomes.push(progress.last);
        job[progress.last.status] += 1;
        emit(job.id, { type: 'outcome', done: job.done, total: job.total, outcome: progress.last });
      });
      job.unappliedCurations = summary.resolution.unappliedCurations;
    } catch (error) {
      job.error = `internal error: ${error instanceof Error ? error.message : String(error)}`;
      log(
        `job ${job.id} stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    job.status = 'finished';
    job.finishedAt = new Date().toISOString();
    emit(job.id, { type: 'finished', job });
    listeners.delete(job.id);
    forgetOldJobs();
  };

  return {
    submit(inputs, label) {
      const job: JobState = {
        id: randomUUID(),
        label,
        status: 'queued',
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
        total: inputs.length,
        done: 0,
        added: 0,
        updated: 0,
        known: 0,
        failed: 0,
        outcomes: [],
        unappliedCurations: [],
        error: null,
      };
      jobs.set(job.id, job);
      // The inputs (uploaded bytes included) are held only until the job has run.
      tail = tail.then(() => execute(job, inputs));
      return job;
    },
    get: (id) => jobs.get(id),
    // A map keeps insertion order: the newest job is the last one.
    recent: (limit) => [...jobs.values()].reverse().slice(0, limit),
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) {
        set = new Set();
        listeners.set(id, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    idle: () => tail,
  };
}
