import type { ComponentType } from 'react';
import { AddSourcesPage } from './pages/add-sources-page.tsx';
import { ClaimsPage } from './pages/claims-page.tsx';
import { DocumentPage } from './pages/document-page.tsx';
import { DocumentsPage } from './pages/documents-page.tsx';
import { EntitiesPage } from './pages/entities-page.tsx';
import { EntityPage } from './pages/entity-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { StatementsPage } from './pages/statements-page.tsx';
import { TimelinePage } from './pages/timeline-page.tsx';

/**
 * Every page of the app, in one table: its address pattern, its component, and its place in the main
 * navigation if it has one.
 */
export interface PageRoute {
  path: string;
  component: ComponentType;
  nav?: { label: string; href: string };
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', component: SearchPage, nav: { label: 'Search', href: '/' } },
  { path: '/statements', component: StatementsPage, nav: { label: 'Statements', href: '/statements' } },
  { path: '/entities', component: EntitiesPage, nav: { label: 'Entities', href: '/entities' } },
  { path: '/entities/:id', component: EntityPage },
  { path: '/claims', component: ClaimsPage, nav: { label: 'Claims', href: '/claims' } },
  { path: '/timeline', component: TimelinePage, nav: { label: 'Timeline', href: '/timeline' } },
  { path: '/documents', component: DocumentsPage, nav: { label: 'Documents', href: '/documents' } },
  { path: '/documents/:id', component: DocumentPage },
  { path: '/add', component: AddSourcesPage, nav: { label: 'Add sources', href: '/add' } },
];

/** A page address with its query, leaving out empty parameters and page 1. */
function withParams(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (name === 'page' && value === 1)) continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export interface StatementFilter {
  speaker?: string;
  kind?: string;
  since?: string;
  until?: string;
  document?: string;
  /** Only statements at least this sure ("0.9"). */
  minConfidence?: string;
}

export interface TimelineFilter {
  entity?: string;
  from?: string;
  to?: string;
  kind?: string;
}

/** Addresses of pages, built in one place so that links and routes agree. */
export const paths = {
  search: (query = '', page = 1, facets: Record<string, string | undefined> = {}) =>
    withParams('/', { q: query, ...facets, page }),
  documents: (page = 1) => withParams('/documents', { page }),
  document: (id: string) => `/documents/${encodeURIComponent(id)}`,
  /** A document, scrolled to a span of its text (a statement, a name). */
  documentAt: (id: string, start: number, end: number) =>
    `/documents/${encodeURIComponent(id)}#at-${start}-${end}`,
  rawSource: (id: string) => `/api/documents/${encodeURIComponent(id)}/source`,
  add: () => '/add',
  statements: (filter: StatementFilter = {}, page = 1) => withParams('/statements', { ...filter, page }),
  entities: (filter: { kind?: string; name?: string } = {}, page = 1) =>
    withParams('/entities', { ...filter, page }),
  entity: (id: string, page = 1) => withParams(`/entities/${encodeURIComponent(id)}`, { page }),
  claims: (text = '', page = 1) => withParams('/claims', { text, page }),
  timeline: (filter: TimelineFilter = {}, page = 1) => withParams('/timeline', { ...filter, page }),
};
