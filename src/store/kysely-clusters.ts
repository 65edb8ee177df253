import { type Kysely, sql } from 'kysely';
import { claimFromRow, signaturesFromRow } from './annotation-rows.ts';
import { annotationsInOrder } from './annotations-in-order.ts';
import { documentRefColumns, documentRefOf, finalUrl, firstLocator } from './document-refs.ts';
import { replaceResolved } from './resolution-guard.ts';
import { rowInserter } from './row-inserter.ts';
import { publishedFromRow } from './rows.ts';
import type { ClaimClusterTable, CopyClusterTable, Tables } from './schema.ts';
import type { ClaimClusterSummary, ClusterMember, ClusterStore, DocumentRef, Page } from './store.ts';

/** Copies and claim clusters: rows written whole by each resolution, read for claims and corroboration. */

const insert = {
  copies: rowInserter<CopyClusterTable>((db, rows) => db.insertInto('copy_clusters').values(rows)),
  claims: rowInserter<ClaimClusterTable>((db, rows) => db.insertInto('claim_clusters').values(rows)),
};

const BATCH = 1000;

export function clusterStore(db: Kysely<Tables>): ClusterStore {
  return {
    async *allSignatures() {
      for await (const row of annotationsInOrder(db, 'signatures')) {
        for (const signature of signaturesFromRow(row)) yield { documentId: row.document_id, ...signature };
      }
    },

    replaceCopyClusters(members, mark) {
      return replaceResolved(db, 'copies', mark, async (trx) => {
        await trx.deleteFrom('copy_clusters').execute();
        await insert.copies(
          trx,
          members.map((m) => ({ document_id: m.documentId, part: m.part, cluster_id: m.clusterId })),
        );
      });
    },

    async *allDatedClaims() {
      for (let after = ''; ; ) {
        const rows = await db
          .selectFrom('claims')
          .innerJoin('documents', 'documents.id', 'claims.document_id')
          .selectAll('claims')
          .select(['documents.published', 'documents.published_precision', 'documents.published_from'])
          .where('claims.id', '>', after)
          .orderBy('claims.id')
          .limit(BATCH)
          .execute();
        for (const row of rows) {
          const published = publishedFromRow(row);
          const date = published ? { value: published.value, precision: published.precision } : null;
          yield { id: row.id, claim: claimFromRow(row), date };
        }
        const end = rows.at(-1);
        if (!end || rows.length < BATCH) return;
        after = end.id;
      }
    },

    replaceClaimClusters(members, mark) {
      return replaceResolved(db, 'claims', mark, async (trx) => {
        await trx.deleteFrom('claim_clusters').execute();
        await insert.claims(
          trx,
          members.map((m) => ({ claim_id: m.claimId, cluster_id: m.clusterId })),
        );
      });
    },

    async listClaimClusters(filter, page: Page): Promise<ClaimClusterSummary[]> {
      let clusters = db
        .selectFrom('claim_clusters')
        .innerJoin('claims', 'claims.id', 'claim_clusters.claim_id')
        .select((eb) => [
          'claim_clusters.cluster_id',
          eb.fn.countAll<number>().as('claims'),
          eb.fn.count<number>('claims.document_id').distinct().as('documents'),
        ])
        .groupBy('claim_clusters.cluster_id');
      if (filter.minDocuments) {
        clusters = clusters.having(
          (eb) => eb.fn.count('claims.document_id').distinct(),
          '>=',
          filter.minDocuments,
        );
      }
      if (filter.text) {
        // The words are matched as a literal substring: LIKE's wildcards in what the user typed are escaped.
        const pattern = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        clusters = clusters.where((eb) =>
          eb(
            'claim_clusters.cluster_id',
            'in',
            eb
              .selectFrom('claim_clusters as c')
              .innerJoin('claims as k', 'k.id', 'c.claim_id')
              .select('c.cluster_id')
              // An explicit escape character: SQLite's LIKE has none by default, PostgreSQL's is the backslash.
              .where(sql<boolean>`lower(k.text) like ${pattern} escape '\\'`),
          ),
        );
      }
      const rows = await clusters
        .orderBy('documents', 'desc')
        .orderBy('claims', 'desc')
        .orderBy('claim_clusters.cluster_id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      const summaries: ClaimClusterSummary[] = [];
      for (const row of rows) {
        const [first] = await membersOf(row.cluster_id, 1);
        if (!first) continue;
        summaries.push({
          id: row.cluster_id,
          claims: Number(row.claims),
          documents: Number(row.documents),
          first: {
            text: first.claim.text,
            what: first.claim.what,
            value: first.claim.value,
            published: first.document.published,
          },
        });
      }
      return summaries;
    },

    claimClusterMembers: (clusterId: string) => membersOf(clusterId),

    async copiesOf(documentId: string): Promise<DocumentRef[]> {
      const rows = await db
        .selectFrom('copy_clusters as mine')
        .innerJoin('copy_clusters as other', 'other.cluster_id', 'mine.cluster_id')
        .innerJoin('documents', 'documents.id', 'other.document_id')
        .select(documentRefColumns)
        .where('mine.document_id', '=', documentId)
        .where('mine.part', '=', -1)
        .where('other.part', '=', -1)
        .where('other.document_id', '!=', documentId)
        .orderBy((eb) => eb('documents.published', 'is', null))
        .orderBy('documents.published')
        .orderBy('documents.id')
        .execute();
      return rows.map(documentRefOf);
    },
  };

  /** A cluster's claims, earliest published first, with what corroboration needs of each document. */
  async function membersOf(clusterId: string, limit = Number.MAX_SAFE_INTEGER): Promise<ClusterMember[]> {
    const rows = await db
      .selectFrom('claim_clusters')
      .innerJoin('claims', 'claims.id', 'claim_clusters.claim_id')
      .innerJoin('documents', 'documents.id', 'claims.document_id')
      .leftJoin('copy_clusters', (join) =>
        join.onRef('copy_clusters.document_id', '=', 'claims.document_id').on('copy_clusters.part', '=', -1),
      )
      .selectAll('claims')
      .select((eb) => [
        'documents.title',
        'documents.published',
        firstLocator(eb),
        'copy_clusters.cluster_id as copy_cluster',
        finalUrl(eb),
      ])
      .where('claim_clusters.cluster_id', '=', clusterId)
      // Undated last on every engine (SQLite and PostgreSQL sort nulls at opposite ends).
      .orderBy((eb) => eb('documents.published', 'is', null))
      .orderBy('documents.published')
      .orderBy('claims.document_id')
      .orderBy('claims.span_start')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      claimId: row.id,
      claim: claimFromRow(row),
      document: documentRefOf(row),
      copyCluster: row.copy_cluster,
      url: row.url,
    }));
  }
}
