import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * API tokens of a team's ledger. A token is 32 random bytes, shown once when made; the ledger keeps
 * only its SHA-256 (a token is too random to guess from its hash, so no slow hash is needed), and finds
 * the token's holder by it.
 */

export interface ApiToken {
  id: string;
  name: string;
  readOnly: boolean;
  createdAt: string;
  revokedAt: string | null;
}

const PREFIX = 'attest_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface TokenRow {
  id: string;
  name: string;
  read_only: boolean;
  created_at: Date;
  revoked_at: Date | null;
}

function fromRow(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    readOnly: row.read_only,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}

export function tokenStore(pool: pg.Pool) {
  return {
    /** Makes a token for `name`; the secret is returned here and never again. */
    async create(name: string, readOnly: boolean): Promise<{ token: ApiToken; secret: string }> {
      const secret = PREFIX + randomBytes(32).toString('base64url');
      const id = randomBytes(4).toString('hex');
      const { rows } = await pool.query<TokenRow>(
        `insert into api_tokens (id, name, token_sha256, read_only) values ($1, $2, $3, $4)
         returning id, name, read_only, created_at, revoked_at`,
        [id, name, hashToken(secret), readOnly],
      );
      return { token: fromRow(rows[0] as TokenRow), secret };
    },

    async list(): Promise<ApiToken[]> {
      const { rows } = await pool.query<TokenRow>(
        'select id, name, read_only, created_at, revoked_at from api_tokens order by created_at, id',
      );
      return rows.map(fromRow);
    },

    /** Revokes the tokens with this id, or else every token of this name; returns those revoked. */
    async revoke(idOrName: string): Promise<ApiToken[]> {
      const { rows } = await pool.query<TokenRow>(
        `update api_tokens set revoked_at = now()
         where revoked_at is null
           and (id = $1 or (name = $1 and not exists (select 1 from api_tokens where id = $1)))
         returning id, name, read_only, created_at, revoked_at`,
        [idOrName],
      );
      return rows.map(fromRow);
    },

    /** The live token a request presents, or undefined (unknown or revoked). */
    async holder(secret: string): Promise<ApiToken | undefined> {
      const { rows } = await pool.query<TokenRow>(
        `select id, name, read_only, created_at, revoked_at from api_tokens
         where token_sha256 = $1 and revoked_at is null`,
        [hashToken(secret)],
      );
      return rows[0] ? fromRow(rows[0]) : undefined;
    },
  };
}

export type TokenStore = ReturnType<typeof tokenStore>;
