import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { type EntityList, withQuery } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count } from '../format.ts';
import { paths } from '../routes.ts';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 50;
const KINDS = ['person', 'organization', 'place', 'event', 'other'] as const;

function EntityFilters({ kind, name }: { kind: string; name: string }) {
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(name);
  const [chosen, setChosen] = useState(kind);
  useEffect(() => setTyped(name), [name]);
  useEffect(() => setChosen(kind), [kind]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.entities({ kind: chosen || undefined, name: typed.trim() || undefined }));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter entities">
      <label>
        Name
        <input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          dir="auto"
          placeholder="any spelling"
        />
      </label>
      <label>
        Kind
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">every kind</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

export function EntitiesPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const name = params.get('name') ?? '';
  const page = pageFrom(params);
  const offset = (page - 1) * PAGE_SIZE;
  const { data, error, loading } = useApi<EntityList>(
    withQuery('/api/entities', { kind, name, offset, limit: PAGE_SIZE }),
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeading title="Entities">Entities</PageHeading>
      <p className="lead">People, organisations, places and events, the most mentioned first.</p>
      <EntityFilters kind={kind} name={name} />
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading what="entities" />}
      {data && data.entities.length === 0 && <EmptyState title="No entities match" />}
      {data && data.entities.length > 0 && (
        <section aria-busy={loading} aria-label="Entities">
          <table className="listing">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Mentions</th>
                <th scope="col">Documents</th>
              </tr>
            </thead>
            <tbody>
              {data.entities.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={paths.entity(e.id)}>
                      <bdi>{e.name}</bdi>
                    </Link>
                  </td>
                  <td>{e.kind}</td>
                  <td>{e.mentions.toLocaleString('en')}</td>
                  <td>{e.documents.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{count(data.total, 'entity', 'entities')}</p>
          <Pagination
            page={page}
            pages={pages}
            hasNext={page < pages}
            hrefOf={(p) => paths.entities({ kind: kind || undefined, name: name || undefined }, p)}
            label="Entity pages"
          />
        </section>
      )}
    </>
  );
}
