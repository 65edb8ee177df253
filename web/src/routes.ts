import type { ComponentType } from 'react';
import { AddSourcesPage } from './pages/add-sources-page.tsx';
import { DocumentPage } from './pages/document-page.tsx';
import { DocumentsPage } from './pages/documents-page.tsx';
import { SearchPage } from './pages/search-page.tsx';

/**
 * Every page of the app, in one table: its address pattern, its component, and its place in the main
 * navigation if it has one. A new page (statements, entities, claims) is one more line here.
 */
export interface PageRoute {
  path: string;
  component: ComponentType;
  nav?: { label: string; href: string };
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', component: SearchPage, nav: { label: 'Search', href: '/' } },
  { path: '/documents', component: DocumentsPage, nav: { label: 'Documents', href: '/documents' } },
  { path: '/documents/:id', component: DocumentPage },
  { path: '/add', component: AddSourcesPage, nav: { label: 'Add sources', href: '/add' } },
];

/** Addresses of pages, built in one place so that links and routes agree. */
export const paths = {
  search: (query = '', page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `/?${search}` : '/';
  },
  documents: (page = 1) => (page > 1 ? `/documents?page=${page}` : '/documents'),
  document: (id: string) => `/documents/${encodeURIComponent(id)}`,
  rawSource: (id: string) => `/api/documents/${encodeURIComponent(id)}/source`,
  add: () => '/add',
};
