import { useMemo, useReducer } from 'react';
import { useSearchParams } from 'wouter';
import { type StatementList, withQuery } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count } from '../format.ts';
import { paths, type StatementFilter } from '../routes.ts';
import { StatementFilters } from '../statements/statement-filters.tsx';
import { StatementItem } from '../statements/statement-item.tsx';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 25;

/** A page of statements for a filter; shared by the statements page and the entity page. */
export function StatementResults({
  filter,
  page,
  hrefOf,
  showDocument = true,
}: {
  filter: StatementFilter;
  page: number;
  hrefOf: (page: number) => string;
  showDocument?: boolean;
}) {
  const [version, reload] = useReducer((v: number) => v + 1, 0);
  const offset = (page - 1) * PAGE_SIZE;
  const { data, error, loading } = useApi<StatementList>(
    withQuery('/api/statements', { ...filter, offset, limit: PAGE_SIZE }),
    version,
  );
  if (error) return <ErrorMessage error={error} title="The statements could not be listed" />;
  if (!data) return <Loading what="statements" />;
  const notes = data.notes.map((note) => (
    <p key={note} className="hint" role="note">
      {note}
    </p>
  ));
  // The notes come first even when nothing matched: they may say why (documents not extracted yet).
  if (data.statements.length === 0)
    return (
      <>
        {notes}
        <EmptyState title="No statements match" />
      </>
    );
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <div aria-busy={loading}>
      {notes}
      <p className="results-heading">
        {offset + 1}–{offset + data.statements.length} of {count(data.total, 'statement')}
      </p>
      <ol className="statements" start={offset + 1}>
        {data.statements.map((s) => (
          <StatementItem key={s.id} statement={s} showDocument={showDocument} onChanged={reload} />
        ))}
      </ol>
      <Pagination page={page} pages={pages} hasNext={page < pages} hrefOf={hrefOf} label="Statement pages" />
    </div>
  );
}

export function StatementsPage() {
  const [params] = useSearchParams();
  const speaker = params.get('speaker') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const since = params.get('since') ?? undefined;
  const until = params.get('until') ?? undefined;
  const document = params.get('document') ?? undefined;
  const minConfidence = params.get('minConfidence') ?? undefined;
  const filter = useMemo(
    () => ({ speaker, kind, since, until, document, minConfidence }),
    [speaker, kind, since, until, document, minConfidence],
  );
  const page = pageFrom(params);
  return (
    <>
      <PageHeading title="Statements">Statements</PageHeading>
      <p className="lead">Who said what, when, and where the words are in the source.</p>
      <StatementFilters filter={filter} />
      <StatementResults filter={filter} page={page} hrefOf={(p) => paths.statements(filter, p)} />
    </>
  );
}
