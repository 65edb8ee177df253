import { type Kysely, type Migration, sql } from 'kysely';

/**
 * What the queue keeps in the ledger's own schema (PostgreSQL only): one row per finished ingest job,
 * since the queue deletes a job once it succeeds. `attest status` counts them and reads throughput from
 * their times; a source refused for a reason of its own (not text, too large) is a finished job with
 * that reason, not a job retried to no purpose.
 */
export const finishedJobsMigrations: Record<string, Migration> = {
  '0004_queue_finished_jobs': {
    async up(db: Kysely<unknown>) {
      await sql`create table finished_jobs (
        job_id bigint primary key,
        locator text not null,
        outcome text not null check (outcome in ('added', 'known', 'refused')),
        reason text,
        document_id text,
        worker text not null,
        finished_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index finished_jobs_by_time on finished_jobs (finished_at)`.execute(db);
    },
  },
};
