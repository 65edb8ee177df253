import { type Kysely, type Migration, sql } from 'kysely';

/**
 * A team's ledger (PostgreSQL only): API tokens, stored as their SHA-256 (a token is shown once, when
 * made), and the audit log of what each token's holder did. The database itself keeps the log whole:
 * a trigger refuses every UPDATE, DELETE and TRUNCATE of it, whoever asks.
 */
export const teamMigrations: Record<string, Migration> = {
  '0004_team_tokens_audit': {
    async up(db: Kysely<unknown>) {
      await sql`create table api_tokens (
        id text primary key,
        name text not null,
        token_sha256 text not null unique,
        read_only boolean not null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      )`.execute(db);
      await sql`create table audit_log (
        seq bigint generated always as identity primary key,
        at timestamptz not null default now(),
        actor text not null,
        token_id text not null,
        action text not null,
        method text not null,
        path text not null,
        status integer not null
      )`.execute(db);
      await sql`create function attest_refuse_audit_change() returns trigger language plpgsql as $$
        begin
          raise exception 'the audit log is never changed or deleted';
        end $$`.execute(db);
      await sql`create trigger audit_log_never_changes before update or delete on audit_log
        for each row execute function attest_refuse_audit_change()`.execute(db);
      await sql`create trigger audit_log_never_emptied before truncate on audit_log
        for each statement execute function attest_refuse_audit_change()`.execute(db);
    },
  },
};
