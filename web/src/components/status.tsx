import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';

/** An error as a person reads it: what went wrong, in the server's words, announced to screen readers. */
export function ErrorMessage({ error, title = 'Something went wrong' }: { error: ApiError; title?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{error.message}</p>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** What a page shows when there is nothing to list yet, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}
