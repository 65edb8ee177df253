import type pg from 'pg';

/** Who did what through a team's API, in the order done; only ever added to (see team-tables.ts). */

export type AuditAction = 'add' | 'curation' | 'export' | 'change';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  tokenId: string;
  action: AuditAction;
  method: string;
  path: string;
  status: number;
}

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

interface AuditRow {
  seq: number;
  at: Date;
  actor: string;
  token_id: string;
  action: AuditAction;
  method: string;
  path: string;
  status: number;
}

export function auditLog(pool: pg.Pool) {
  return {
    async record(entry: NewAuditEntry): Promise<void> {
      await pool.query(
        `insert into audit_log (actor, token_id, action, method, path, status)
         values ($1, $2, $3, $4, $5, $6)`,
        [entry.actor, entry.tokenId, entry.action, entry.method, entry.path, entry.status],
      );
    },

    /** Newest first, `limit` entries before `before` (a `seq`), for paging back through the log. */
    async list(options: { limit: number; before?: number; actor?: string }): Promise<AuditEntry[]> {
      const { rows } = await pool.query<AuditRow>(
        `select seq, at, actor, token_id, action, method, path, status from audit_log
         where ($1::bigint is null or seq < $1) and ($2::text is null or actor = $2)
         order by seq desc limit $3`,
        [options.before ?? null, options.actor ?? null, options.limit],
      );
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at.toISOString(),
        actor: r.actor,
        tokenId: r.token_id,
        action: r.action,
        method: r.method,
        path: r.path,
        status: r.status,
      }));
    },
  };
}

export type AuditLog = ReturnType<typeof auditLog>;

/**
 * What a request does, for the log: adding sources, curating (merges, splits, aliases, corrections of a
 * statement, undoing them), exporting (an export, or a preserved source taken out whole), or another
 * change. Other reads are not actions and are not logged.
 */
export function actionOf(method: string, path: string): AuditAction | null {
  const writes = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  if (/\/exports?(\/|$)/.test(path) || /^\/api\/documents\/[^/]+\/source$/.test(path)) return 'export';
  if (!writes) return null;
  if (path.startsWith('/api/sources')) return 'add';
  if (/\/(curations?|entities|merge|split|alias|fix|undo)(\/|$)/.test(path)) return 'curation';
  return 'change';
}
