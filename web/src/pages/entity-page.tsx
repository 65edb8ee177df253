import { useMemo, useReducer } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import type { EntityDetail } from '../api.ts';
import { MonthChart } from '../chart/month-chart.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageFrom } from '../components/pagination.tsx';
import { ErrorMessage, Loading } from '../components/status.tsx';
import { ChangeHistory } from '../entity/change-history.tsx';
import { CorrectionPanel } from '../entity/correction-panel.tsx';
import { count, formatPartialDate } from '../format.ts';
import { paths } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { StatementResults } from './statements-page.tsx';

function EntityFacts({ entity: e }: { entity: EntityDetail }) {
  return (
    <div className="entity-facts">
      <section className="panel" aria-labelledby="aliases-heading">
        <h2 id="aliases-heading">Names</h2>
        <ul className="aliases">
          {e.aliases.map((a) => (
            <li key={a.name}>
              <bdi>{a.name}</bdi> <span className="hint">×{a.count}</span>
            </li>
          ))}
        </ul>
      </section>
      {e.roles.length > 0 && (
        <section className="panel" aria-labelledby="roles-heading">
          <h2 id="roles-heading">Roles</h2>
          <ul className="roles">
            {e.roles.map((r) => (
              <li key={`${r.documentId}:${r.start}`}>
                <Link href={paths.documentAt(r.documentId, r.start, r.end)}>
                  <bdi>{r.text}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {e.coMentioned.length > 0 && (
        <section className="panel" aria-labelledby="with-heading">
          <h2 id="with-heading">Named with</h2>
          <ul className="co-mentioned">
            {e.coMentioned.map((m) => (
              <li key={m.entity.id}>
                <Link href={paths.entity(m.entity.id)}>
                  <bdi>{m.entity.name}</bdi>
                </Link>{' '}
                <span className="hint">in {count(m.documents, 'document')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="named-heading">
        <h2 id="named-heading">Named in</h2>
        <ul className="named-in">
          {e.namedIn.map((d) => (
            <li key={d.id}>
              <Link href={paths.document(d.id)}>
                <bdi>{d.title ?? 'Untitled document'}</bdi>
              </Link>
              {d.published && <span className="hint"> {formatPartialDate(d.published)}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function EntityPage() {
  const { id = '' } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const [version, reload] = useReducer((v: number) => v + 1, 0);
  const { data, error } = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`, version);
  const filter = useMemo(() => ({ speaker: id }), [id]);
  if (error) {
    const missing = error.status === 404 || error.status === 400;
    const heading = missing ? 'Entity not found' : 'The entity could not be loaded';
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <ErrorMessage
          error={error}
          title={missing ? 'There is no such entity now' : 'Something went wrong'}
        />
        <p>
          A merge or a split may have changed it. <Link href={paths.entities()}>Browse the entities</Link>.
        </p>
        <ChangeHistory version={version} onChanged={reload} />
      </>
    );
  }
  if (!data) return <Loading what="the entity" />;
  return (
    <article className="entity" key={version}>
      <p className="breadcrumb">
        <Link href={paths.entities()}>Entities</Link>
      </p>
      <PageHeading title={data.name}>
        <bdi>{data.name}</bdi>
      </PageHeading>
      <p className="lead">
        {data.kind}, named {count(data.mentions, 'time')} in {count(data.documents, 'document')};{' '}
        {count(data.statements, 'statement')}.{' '}
        <Link href={paths.timeline({ entity: data.id })}>Timeline</Link>
      </p>
      <section aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">Statements over time</h2>
        <MonthChart counts={data.statementsByMonth} label="Statements" />
      </section>
      <div className="entity-layout">
        <div>
          <EntityFacts entity={data} />
          <section aria-labelledby="statements-heading">
            <h2 id="statements-heading">Statements</h2>
            <StatementResults filter={filter} page={page} hrefOf={(p) => paths.entity(data.id, p)} />
          </section>
        </div>
        <aside>
          <CorrectionPanel entity={data} onChanged={reload} />
          <ChangeHistory version={version} onChanged={reload} />
        </aside>
      </div>
    </article>
  );
}
