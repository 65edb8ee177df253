import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Job, Outcome } from '../api.ts';
import { count, formatTimestamp } from '../format.ts';
import { paths } from '../routes.ts';

/** How the page hears from the server: listening, trying to reconnect, or told the job is gone. */
type Connection = 'open' | 'retrying' | 'gone';

/** A job as its events tell it: a snapshot first (again after each reconnection), then each outcome. */
function useJobEvents(initial: Job): { job: Job; connection: Connection } {
  const [job, setJob] = useState(initial);
  const [connection, setConnection] = useState<Connection>('open');
  useEffect(() => {
    if (initial.status === 'finished') return;
    const events = new EventSource(`/api/jobs/${encodeURIComponent(initial.id)}/events`);
    events.addEventListener('snapshot', (event) => setJob(JSON.parse(event.data) as Job));
    events.addEventListener('outcome', (event) => {
      const { done, outcome } = JSON.parse(event.data) as { done: number; outcome: Outcome };
      setJob((previous) => ({
        ...previous,
        status: 'running',
        done,
        outcomes: [...previous.outcomes, outcome],
        [outcome.status]: previous[outcome.status] + 1,
      }));
    });
    events.addEventListener('finished', (event) => {
      setJob(JSON.parse(event.data) as Job);
      events.close();
    });
    events.onopen = () => setConnection('open');
    // The browser reconnects by itself and the next snapshot brings the page up to date, unless the
    // server answered that it no longer knows the job (it was restarted): then the browser gives up.
    events.onerror = () => setConnection(events.readyState === EventSource.CLOSED ? 'gone' : 'retrying');
    return () => events.close();
  }, [initial.id, initial.status]);
  return { job, connection };
}

const STATUS_WORDS: Record<Outcome['status'], string> = {
  added: 'Added',
  updated: 'Brought up to date',
  known: 'Already in the ledger',
  failed: 'Failed',
};

function OutcomeItem({ outcome }: { outcome: Outcome }) {
  return (
    <li className={`outcome outcome-${outcome.status}`}>
      <span className="outcome-status">{STATUS_WORDS[outcome.status]}</span>
      <span className="locator" dir="auto">
        {outcome.locator}
      </span>
      {outcome.status === 'failed' ? (
        <span className="outcome-reason">{outcome.reason}</span>
      ) : (
        <Link href={paths.document(outcome.documentId)} className="outcome-title" dir="auto">
          {outcome.title ?? 'Untitled document'}
        </Link>
      )}
    </li>
  );
}

function summary(job: Job): string {
  const parts = [`${job.added.toLocaleString('en')} added`];
  if (job.updated > 0) parts.push(`${job.updated.toLocaleString('en')} brought up to date`);
  if (job.known > 0) parts.push(`${job.known.toLocaleString('en')} already in the ledger`);
  parts.push(`${job.failed.toLocaleString('en')} failed`);
  return parts.join(', ');
}

/** One submission being added: live progress, then what became of each file or address. */
export function JobProgress({ job: initial, label }: { job: Job; label: string }) {
  const { job, connection } = useJobEvents(initial);
  const finished = job.status === 'finished';
  const heading = `job-${job.id}`;
  return (
    <article className="job" aria-labelledby={heading} aria-busy={!finished}>
      <h3 id={heading} dir="auto">
        {label}
      </h3>
      <p className="job-time">Submitted {formatTimestamp(job.createdAt)}</p>
      <progress max={Math.max(job.total, 1)} value={job.done} aria-labelledby={heading} />
      <p className="job-progress">
        {job.status === 'queued' && 'Waiting for the previous job to finish…'}
        {job.status === 'running' &&
          `Adding… ${job.done.toLocaleString('en')} of ${count(job.total, 'source')} done`}
        {finished && `Done: ${count(job.total, 'source')}`}
      </p>
      <p className="job-summary" role="status">
        {finished && (job.error ?? summary(job))}
      </p>
      {finished && job.unappliedCurations.length > 0 && (
        <p className="notice notice-error" role="alert">
          {job.unappliedCurations.length === 1
            ? 'One correction no longer applies: the entity it was made on is gone from the ledger. It is kept, not applied'
            : `${job.unappliedCurations.length.toLocaleString('en')} corrections no longer apply: the entities they were made on are gone from the ledger. They are kept, not applied`}
          {'; see '}
          <code>attest entity history</code>: {job.unappliedCurations.join(', ')}.
        </p>
      )}
      {connection === 'retrying' && !finished && (
        <p className="notice notice-error">Lost contact with the server; trying again…</p>
      )}
      {connection === 'gone' && !finished && (
        <p className="notice notice-error">
          The server no longer knows this job: it was probably restarted. Whatever was added before that is in
          the ledger; add the rest again and the sources already there are only counted as seen again.
        </p>
      )}
      {job.outcomes.length > 0 && (
        <ol className="outcomes">
          {job.outcomes.map((outcome, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are only ever appended
            <OutcomeItem key={i} outcome={outcome} />
          ))}
        </ol>
      )}
    </article>
  );
}
