import { Link, useSearchParams } from 'wouter';
import { type DocumentList, withQuery } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count, formatPartialDate, formatTimestamp } from '../format.ts';
import { paths } from '../routes.ts';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 50;

export function DocumentsPage() {
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const offset = (page - 1) * PAGE_SIZE;
  const { data, error, loading } = useApi<DocumentList>(
    withQuery('/api/documents', { offset, limit: PAGE_SIZE }),
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : undefined;
  return (
    <>
      <PageHeading title={page > 1 ? `Documents, page ${page}` : 'Documents'}>Documents</PageHeading>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading what="documents" />}
      {data && data.total === 0 && (
        <EmptyState title="No documents yet">
          <p>
            <Link href={paths.add()}>Add sources</Link>: files from your computer or web pages by their
            address.
          </p>
        </EmptyState>
      )}
      {data && data.total > 0 && data.documents.length === 0 && (
        <EmptyState title={`There is no page ${page}`}>
          <p>
            The ledger holds {count(data.total, 'document')}.{' '}
            <Link href={paths.documents()}>Go to the first page</Link>.
          </p>
        </EmptyState>
      )}
      {data && data.documents.length > 0 && (
        <section aria-busy={loading}>
          <p className="hint">
            {count(data.total, 'document')}, in the order they were added. Showing {offset + 1}–
            {offset + data.documents.length}.
          </p>
          <div className="table-wrap">
            <table className="documents">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Published</th>
                  <th scope="col" className="wide-only">
                    Source
                  </th>
                  <th scope="col" className="numeric wide-only">
                    Characters
                  </th>
                  <th scope="col" className="wide-only">
                    Added
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.documents.map((d) => (
                  <tr key={d.id}>
                    <td dir="auto">
                      <Link href={paths.document(d.id)}>{d.title ?? 'Untitled document'}</Link>
                      {d.byline && (
                        <span className="byline" dir="auto">
                          {d.byline}
                        </span>
                      )}
                    </td>
                    <td className="date">{d.published ? formatPartialDate(d.published.value) : '—'}</td>
                    <td className="wide-only">
                      <span className="locator" dir="auto">
                        {d.source}
                      </span>
                    </td>
                    <td className="numeric wide-only">{d.characters.toLocaleString('en')}</td>
                    <td className="timestamp wide-only">{formatTimestamp(d.processedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pages={pages}
            hasNext={pages !== undefined && page < pages}
            hrefOf={paths.documents}
            label="Document pages"
          />
        </section>
      )}
    </>
  );
}
