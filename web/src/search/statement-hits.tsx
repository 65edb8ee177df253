import { type StatementSearch, withQuery } from '../api.ts';
import { Pagination } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count } from '../format.ts';
import { paths } from '../routes.ts';
import { StatementItem } from '../statements/statement-item.tsx';
import { useApi } from '../use-api.ts';
import type { Facets } from './search-facets.tsx';

const PAGE_SIZE = 20;

/** Statements found by their words, each with the words that matched marked. */
export function StatementHits({ query, facets, page }: { query: string; facets: Facets; page: number }) {
  const offset = (page - 1) * PAGE_SIZE;
  const { in: _scope, ...filters } = facets;
  const { data, error, loading } = useApi<StatementSearch>(
    withQuery('/api/search/statements', { q: query, ...filters, offset, limit: PAGE_SIZE }),
  );
  if (error) return <ErrorMessage error={error} title="The search could not run" />;
  if (!data) return <Loading what="statements" />;
  if (data.results.length === 0) return <EmptyState title={`No statements match “${query}”`} />;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <section aria-labelledby="results-heading" aria-busy={loading}>
      {data.notes.map((note) => (
        <p key={note} className="hint" role="note">
          {note}
        </p>
      ))}
      <h2 id="results-heading" className="results-heading">
        Statements {offset + 1}–{offset + data.results.length} of {count(data.total, 'statement')}
      </h2>
      <ol className="statements" start={offset + 1}>
        {data.results.map((hit) => (
          <StatementItem key={hit.statement.id} statement={hit.statement} pieces={hit.pieces} />
        ))}
      </ol>
      <Pagination
        page={page}
        pages={pages}
        hasNext={page < pages}
        hrefOf={(p) => paths.search(query, p, facets as Record<string, string | undefined>)}
        label="Statement result pages"
      />
    </section>
  );
}
