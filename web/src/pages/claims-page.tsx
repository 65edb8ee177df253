import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { type ClaimCluster, type ClaimList, withQuery } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count, formatPartialDate } from '../format.ts';
import { paths } from '../routes.ts';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 10;

function value(n: number, max: number | null): string {
  return max === null ? n.toLocaleString('en') : `${n.toLocaleString('en')}–${max.toLocaleString('en')}`;
}

function ClaimClusterItem({ cluster: c }: { cluster: ClaimCluster }) {
  const what = c.earliest.what ?? 'unspecified';
  return (
    <li className="claim-cluster">
      <h2 className="claim-heading">
        <bdi>{value(c.earliest.value, c.earliest.valueMax)}</bdi> <bdi>{what}</bdi>
      </h2>
      <p className="claim-summary">
        Stated {count(c.claims, 'time')} in {count(c.documents, 'document')},{' '}
        <strong>{count(c.independentSources, 'independent source')}</strong>; first on{' '}
        {c.earliest.document.published ? formatPartialDate(c.earliest.document.published) : 'an unknown date'}
        .
      </p>
      <table className="listing claim-sources">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Published</th>
            <th scope="col">Outlet</th>
            <th scope="col">As written</th>
            <th scope="col">Hedge</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {c.sources.map((s) => (
            <tr key={s.claimId}>
              <td>
                <Link href={paths.documentAt(s.document.id, s.start, s.end)}>
                  <bdi>{s.document.title ?? 'Untitled document'}</bdi>
                </Link>
                {s.claimId === c.earliest.claimId && <span className="badge">earliest</span>}
              </td>
              <td>{s.document.published ? formatPartialDate(s.document.published) : 'undated'}</td>
              <td>
                <bdi>{s.outlet ?? 'a file'}</bdi>
                {s.copyCluster && <span className="hint"> (a copy)</span>}
              </td>
              <td dir="auto">{s.text}</td>
              <td>{s.qualifier}</td>
              <td>{value(s.value, s.valueMax)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

export function ClaimsPage() {
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const text = params.get('text') ?? '';
  const page = pageFrom(params);
  const [typed, setTyped] = useState(text);
  useEffect(() => setTyped(text), [text]);
  const offset = (page - 1) * PAGE_SIZE;
  const { data, error, loading } = useApi<ClaimList>(
    withQuery('/api/claims', { text, offset, limit: PAGE_SIZE }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.claims(typed.trim()));
  };
  return (
    <>
      <PageHeading title="Claims">Claims</PageHeading>
      <p className="lead">
        Figures the sources state, grouped: each source’s value and hedge, and how many independent sources
        carry it. A claim is what a source says, not a fact.
      </p>
      <form className="filters" onSubmit={submit} aria-label="Find claims">
        <label>
          Words or figure
          <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="1,500" dir="auto" />
        </label>
        <button type="submit">Find</button>
      </form>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading what="claims" />}
      {data && data.clusters.length === 0 && <EmptyState title="No claims match" />}
      {data && data.clusters.length > 0 && (
        <section aria-busy={loading} aria-label="Claims">
          <ol className="claim-clusters">
            {data.clusters.map((c) => (
              <ClaimClusterItem key={c.id} cluster={c} />
            ))}
          </ol>
          <Pagination
            page={page}
            hasNext={data.clusters.length === PAGE_SIZE}
            hrefOf={(p) => paths.claims(text, p)}
            label="Claim pages"
          />
        </section>
      )}
    </>
  );
}
