import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { DocumentAnnotations, DocumentDetail } from '../api.ts';
import { AnnotatedText } from '../components/annotated-text.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../components/status.tsx';
import { AnnotationLegend } from '../document/annotation-legend.tsx';
import { annotationRanges, LAYERS, type Layer } from '../document/annotation-ranges.ts';
import { dateSource, languageName } from '../document/labels.ts';
import { ProvenancePanel } from '../document/provenance.tsx';
import { groupRemovals, type RemovalGroup, RemovalInText, RemovalsPanel } from '../document/removals.tsx';
import { count, formatPartialDate } from '../format.ts';
import { paths } from '../routes.ts';
import { useApi } from '../use-api.ts';

const NO_GROUPS: readonly RemovalGroup[] = [];
const NO_ANNOTATIONS: DocumentAnnotations = { id: '', statements: [], mentions: [], dates: [], claims: [] };

/**
 * An address ending `#at-START-END` (from a statement, a role, a figure elsewhere) scrolls to those
 * characters and marks them, once the text is on the page.
 */
function useTargetSpan(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const found = /^#at-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!found) return;
    const [, start, end] = found;
    const target =
      document.querySelector(`.annotated-text mark[data-start="${start}"][data-end="${end}"]`) ??
      document.querySelector(`.annotated-text mark[data-start="${start}"]`);
    if (!target) return;
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
  }, [ready]);
}

/** A language tag is only used as an attribute when it looks like one. */
function langAttribute(language: string | null): string | undefined {
  return language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : undefined;
}

function DocumentMeta({ document: d }: { document: DocumentDetail }) {
  return (
    <dl className="document-meta">
      {d.byline && (
        <div>
          <dt>By</dt>
          <dd dir="auto">{d.byline}</dd>
        </div>
      )}
      <div>
        <dt>Published</dt>
        <dd>
          {d.published ? (
            <>
              {formatPartialDate(d.published.value)}{' '}
              <span className="hint">(from {dateSource(d.published.from)})</span>
            </>
          ) : (
            'unknown'
          )}
        </dd>
      </div>
      {d.language && (
        <div>
          <dt>Language</dt>
          <dd>{languageName(d.language)}</dd>
        </div>
      )}
      <div>
        <dt>Length</dt>
        <dd>
          {count(d.text.length, 'character')}, {count(d.paragraphs.length, 'paragraph')}
        </dd>
      </div>
      <div>
        <dt>Document</dt>
        <dd>
          <code>{d.id}</code>
        </dd>
      </div>
    </dl>
  );
}

function DocumentView({
  document: d,
  found,
}: {
  document: DocumentDetail;
  found: DocumentAnnotations | undefined;
}) {
  const [showRemovals, setShowRemovals] = useState(true);
  const [shown, setShown] = useState<ReadonlySet<Layer>>(new Set(LAYERS));
  const groups = useMemo(() => groupRemovals(d.removed), [d.removed]);
  const ranges = useMemo(() => annotationRanges(found ?? NO_ANNOTATIONS, shown), [found, shown]);
  useTargetSpan(found !== undefined);
  const toggle = (layer: Layer, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(layer);
    else next.delete(layer);
    setShown(next);
  };
  const title = d.title ?? 'Untitled document';
  return (
    <article className="document">
      <header className="document-header">
        <p className="breadcrumb">
          <Link href={paths.documents()}>Documents</Link>
        </p>
        <PageHeading title={title} lang={d.title ? langAttribute(d.language) : undefined}>
          {title}
        </PageHeading>
        <DocumentMeta document={d} />
      </header>
      {!d.extracted && (
        <div className="notice" role="note">
          <p className="notice-title">Not extracted yet</p>
          <p>
            This document was added with <code>--no-extract</code>: its text is preserved and searchable, but
            no statement, person, organisation, date, figure or copy has been looked for in it. Run{' '}
            <code>attest reprocess --outdated</code> to find them.
          </p>
        </div>
      )}
      {d.warnings.length > 0 && (
        <div className="notice" role="note">
          <p className="notice-title">Read with care</p>
          <ul>
            {d.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="document-layout">
        <section className="document-body" aria-label="Clean text">
          {d.removed.length > 0 && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={showRemovals}
                onChange={(event) => setShowRemovals(event.target.checked)}
              />
              Show where text was removed ({d.removed.length})
            </label>
          )}
          <AnnotatedText
            text={d.text}
            paragraphs={d.paragraphs}
            ranges={ranges}
            markers={showRemovals ? groups : NO_GROUPS}
            renderMarker={(group) => <RemovalInText group={group} />}
            lang={langAttribute(d.language)}
          />
        </section>
        <aside className="document-side" aria-label="About this document">
          {found && <AnnotationLegend found={found} shown={shown} onToggle={toggle} />}
          <ProvenancePanel document={d} />
          <RemovalsPanel groups={groups} onReveal={() => setShowRemovals(true)} />
        </aside>
      </div>
    </article>
  );
}

export function DocumentPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { data, error } = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  // The text is laid out once, with its marks: marks arriving later would redraw it under the reader
  // (and close a removal they had opened). Without its marks, when they cannot be had, it still shows.
  const annotations = useApi<DocumentAnnotations>(`/api/documents/${encodeURIComponent(id)}/annotations`);
  if (error) {
    const missing = error.status === 404 || error.status === 400;
    const heading = missing ? 'Document not found' : 'The document could not be loaded';
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <ErrorMessage error={error} title={missing ? 'There is no such document' : 'Something went wrong'} />
        <p>
          <Link href={paths.documents()}>Browse the documents</Link> or <Link href="/">search</Link>.
        </p>
      </>
    );
  }
  if (!data || (annotations.data === undefined && annotations.error === undefined)) {
    return <Loading what="the document" />;
  }
  return <DocumentView document={data} found={annotations.data} />;
}
