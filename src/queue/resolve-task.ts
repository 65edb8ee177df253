import type { Task } from 'graphile-worker';
import { resolveCorpus } from '../pipeline-resolve.ts';
import type { Store } from '../store/store.ts';

/**
 * Corpus-wide resolution (entities, copies, claim clusters) as a job. Two workers never resolve at
 * once: each takes a PostgreSQL advisory lock for the ledger's schema first, held by its connection,
 * so a worker that dies releases it. The store's marks still keep an older view from replacing a
 * newer one, whoever commits last.
 */

/** The advisory lock's first key: "atst"; the second is the ledger's schema. */
const RESOLVE_LOCK = 0x61747374;

export function resolveTask(store: Store, log: (line: string) => void): Task {
  return async (_payload, helpers) => {
    await helpers.withPgClient(async (client) => {
      await client.query('select pg_advisory_lock($1, hashtext(current_schema()))', [RESOLVE_LOCK]);
      try {
        const started = Date.now();
        const resolution = await resolveCorpus(store);
        log(
          `resolved ${resolution.entities} entities, ${resolution.copyClusters} copy clusters, ` +
            `${resolution.claimClusters} claim clusters in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      } finally {
        await client.query('select pg_advisory_unlock($1, hashtext(current_schema()))', [RESOLVE_LOCK]);
      }
    });
  };
}
