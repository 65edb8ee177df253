import type pg from 'pg';
import { quoted } from './connection.ts';
import { INGEST_TASK, RESOLVE_TASK } from './payloads.ts';

/** What `attest status` shows: the queue's jobs, the pace of the last minutes, and every failure. */
export interface QueueStatus {
  /** Sources waiting for a worker; `retrying` of them failed before and wait for another try. */
  queued: number;
  retrying: number;
  running: number;
  /** Sources stored (added or already known) and sources refused for what they are. */
  done: number;
  refused: number;
  /** Sources whose job failed every try. */
  failed: number;
  /** Sources finished in the last minute and in the last five. */
  throughput: { lastMinute: number; lastFiveMinutes: number };
  resolution: 'idle' | 'waiting' | 'running';
  failures: QueueFailure[];
}

export interface QueueFailure {
  locator: string;
  reason: string;
  /** Tries made; a refusal is final at the first. */
  attempts: number;
}

const FAILURES_SHOWN = 100;

export async function queueStatus(
  pool: pg.Pool,
  queueSchema: string,
  ledgerSchema: string,
): Promise<QueueStatus> {
  const jobs = `${quoted(queueSchema)}._private_jobs j join ${quoted(queueSchema)}._private_tasks t on t.id = j.task_id`;
  const finished = `${quoted(ledgerSchema)}.finished_jobs`;
  const counts = await pool.query<Record<string, number>>(
    `select
       count(*) filter (where t.identifier = $1 and j.locked_at is null and j.attempts < j.max_attempts)::int as queued,
       count(*) filter (where t.identifier = $1 and j.locked_at is null and j.attempts > 0 and j.attempts < j.max_attempts)::int as retrying,
       count(*) filter (where t.identifier = $1 and j.locked_at is not null)::int as running,
       count(*) filter (where t.identifier = $1 and j.locked_at is null and j.attempts >= j.max_attempts)::int as failed,
       count(*) filter (where t.identifier = $2 and j.locked_at is not null)::int as resolving,
       count(*) filter (where t.identifier = $2 and j.locked_at is null and j.attempts < j.max_attempts)::int as resolve_waiting
     from ${jobs}`,
    [INGEST_TASK, RESOLVE_TASK],
  );
  const done = await pool.query<Record<string, number>>(
    `select
       count(*) filter (where outcome <> 'refused')::int as done,
       count(*) filter (where outcome = 'refused')::int as refused,
       count(*) filter (where finished_at > now() - interval '1 minute')::int as last_minute,
       count(*) filter (where finished_at > now() - interval '5 minutes')::int as last_five
     from ${finished}`,
  );
  const failed = await pool.query<{ locator: string; reason: string; attempts: number }>(
    `select coalesce(j.payload->>'locator', '') as locator, coalesce(j.last_error, '') as reason, j.attempts
     from ${jobs}
     where t.identifier = $1 and j.locked_at is null and j.attempts >= j.max_attempts
     union all
     select locator, reason, 1 from ${finished} where outcome = 'refused'
     order by locator
     limit ${FAILURES_SHOWN}`,
    [INGEST_TASK],
  );
  const c = counts.rows[0] ?? {};
  const d = done.rows[0] ?? {};
  return {
    queued: c.queued ?? 0,
    retrying: c.retrying ?? 0,
    running: c.running ?? 0,
    done: d.done ?? 0,
    refused: d.refused ?? 0,
    failed: c.failed ?? 0,
    throughput: { lastMinute: d.last_minute ?? 0, lastFiveMinutes: d.last_five ?? 0 },
    resolution: (c.resolving ?? 0) > 0 ? 'running' : (c.resolve_waiting ?? 0) > 0 ? 'waiting' : 'idle',
    failures: failed.rows.map((r) => ({ ...r, reason: firstLine(r.reason) })),
  };
}

/** Work is left while a job may still run: queued, retrying, running, or a resolution to come. */
export function workLeft(status: QueueStatus): boolean {
  return status.queued + status.running > 0 || status.resolution !== 'idle';
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
