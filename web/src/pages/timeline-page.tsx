import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { type Timeline, type TimelineEvent, withQuery } from '../api.ts';
import { MonthChart } from '../chart/month-chart.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination, pageFrom } from '../components/pagination.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/status.tsx';
import { count, formatPartialDate } from '../format.ts';
import { paths, type TimelineFilter } from '../routes.ts';
import { SpeakerName } from '../statements/statement-item.tsx';
import { useApi } from '../use-api.ts';

const PAGE_SIZE = 50;

function TimelineFilters({ filter }: { filter: TimelineFilter }) {
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(filter);
  useEffect(() => setTyped(filter), [filter]);
  const field = (name: keyof TimelineFilter) => ({
    value: typed[name] ?? '',
    onChange: (event: { target: { value: string } }) => setTyped({ ...typed, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(
      paths.timeline(Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v?.trim() || undefined]))),
    );
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter the timeline">
      <label>
        Who
        <input {...field('entity')} placeholder="a name, or everyone" dir="auto" />
      </label>
      <label>
        From
        <input {...field('from')} placeholder="YYYY-MM-DD" inputMode="numeric" />
      </label>
      <label>
        To
        <input {...field('to')} placeholder="YYYY-MM-DD" inputMode="numeric" />
      </label>
      <label>
        Show
        <select {...field('kind')}>
          <option value="">dates and statements</option>
          <option value="date">dated events</option>
          <option value="statement">statements</option>
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}

function EventItem({ event: e }: { event: TimelineEvent }) {
  return (
    <li className={`event event-${e.kind}`}>
      <time className="event-when">{formatPartialDate(e.when.value)}</time>
      <div className="event-body">
        {e.statement ? (
          <>
            <SpeakerName statement={e.statement} />
            <blockquote className="statement-text" dir="auto">
              {e.text}
            </blockquote>
          </>
        ) : (
          <p dir="auto">{e.sentence ?? e.text}</p>
        )}
        <Link className="event-source" href={paths.documentAt(e.document.id, e.start, e.end)}>
          <bdi>{e.document.title ?? 'Untitled document'}</bdi>
        </Link>
      </div>
    </li>
  );
}

export function TimelinePage() {
  const [params] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const filter = useMemo(() => ({ entity, from, to, kind }), [entity, from, to, kind]);
  const page = pageFrom(params);
  const offset = (page - 1) * PAGE_SIZE;
  const { data, error, loading } = useApi<Timeline>(
    withQuery('/api/timeline', { ...filter, offset, limit: PAGE_SIZE }),
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeading title="Timeline">Timeline</PageHeading>
      <p className="lead">What the documents date, and when statements were made, in calendar order.</p>
      <TimelineFilters filter={filter} />
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading what="the timeline" />}
      {data && (
        <section aria-busy={loading} aria-label="Timeline">
          {data.entities.length > 0 && (
            <p className="hint">
              For{' '}
              {data.entities.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && ', '}
                  <Link href={paths.entity(e.id)}>
                    <bdi>{e.name}</bdi>
                  </Link>
                </span>
              ))}
            </p>
          )}
          <h2>Statements a month</h2>
          <MonthChart counts={data.statementsByMonth} label="Statements" />
          <h2>Events ({count(data.total, 'event')})</h2>
          {data.events.length === 0 ? (
            <EmptyState title="Nothing dated matches" />
          ) : (
            <ol className="events">
              {data.events.map((e) => (
                <EventItem key={`${e.kind}:${e.document.id}:${e.start}`} event={e} />
              ))}
            </ol>
          )}
          <Pagination
            page={page}
            pages={pages}
            hasNext={page < pages}
            hrefOf={(p) => paths.timeline(filter, p)}
            label="Timeline pages"
          />
        </section>
      )}
    </>
  );
}
