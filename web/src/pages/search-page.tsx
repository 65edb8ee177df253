import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { type DocumentList, type SearchResponse, withQuery } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { SearchResultItem } from '../components/search-result.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count } from '../format.ts';
import { paths } from '../routes.ts';
import { type Facets, facetsFrom, SearchForm } from '../search/search-facets.tsx';
import { StatementHits } from '../search/statement-hits.tsx';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 20;

/** Before anything is searched: how big the ledger is, or how to fill it. */
function LedgerSize() {
  const { data, error } = useApi<DocumentList>(withQuery('/api/documents', { limit: 1 }));
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  if (data.total === 0) {
    return (
      <EmptyState title="The ledger is empty">
        <p>
          <Link href={paths.add()}>Add sources</Link> (files or web pages) and search them here.
        </p>
      </EmptyState>
    );
  }
  return (
    <p className="hint">
      The ledger holds <Link href={paths.documents()}>{count(data.total, 'document')}</Link>.
    </p>
  );
}

function Results({ query, facets, page }: { query: string; facets: Facets; page: number }) {
  const offset = (page - 1) * PAGE_SIZE;
  const { in: _scope, kind: _kind, ...filters } = facets;
  const { data, error, loading } = useApi<SearchResponse>(
    withQuery('/api/search', { q: query, ...filters, offset, limit: PAGE_SIZE }),
  );
  if (error) return <ErrorMessage error={error} title="The search could not run" />;
  if (!data) return <Loading what="results" />;
  if (data.results.length === 0) {
    return (
      <EmptyState title={page > 1 ? 'No more results' : `No documents match “${query}”`}>
        <p>
          Try fewer words, another spelling, or a prefix such as <code>Ardalan*</code>.
        </p>
      </EmptyState>
    );
  }
  const last = offset + data.results.length;
  return (
    <section aria-labelledby="results-heading" aria-busy={loading}>
      <h2 id="results-heading" className="results-heading">
        Results {offset + 1}–{last}
        {data.hasMore ? '' : ` of ${last}`}
      </h2>
      <ol className="results" start={offset + 1}>
        {data.results.map((result) => (
          <SearchResultItem key={result.id} result={result} />
        ))}
      </ol>
      <Pagination
        page={page}
        hasNext={data.hasMore}
        hrefOf={(p) => paths.search(query, p, facets as Record<string, string | undefined>)}
        label="Search result pages"
      />
    </section>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const page = pageFrom(params);
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the facets change exactly when the address does
  const facets = useMemo(() => facetsFrom(params), [key]);
  const results =
    facets.in === 'statements' ? (
      <StatementHits query={query} facets={facets} page={page} />
    ) : (
      <Results query={query} facets={facets} page={page} />
    );
  return (
    <>
      <PageHeading title={query ? `“${query}”` : 'Search'}>Search</PageHeading>
      <SearchForm query={query} facets={facets} />
      {query ? results : <LedgerSize />}
    </>
  );
}
