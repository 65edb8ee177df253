import { Link } from 'wouter';

interface PaginationProps {
  /** 1-based. */
  page: number;
  /** The number of pages, when the total is known. */
  pages?: number | undefined;
  hasNext: boolean;
  /** The address of a page. */
  hrefOf: (page: number) => string;
  label: string;
}

/** Previous and next links (and first and last, when the total is known): real links, so they open in tabs too. */
export function Pagination({ page, pages, hasNext, hrefOf, label }: PaginationProps) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 2 && pages !== undefined && <Link href={hrefOf(1)}>« First</Link>}
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev">
          ‹ Previous
        </Link>
      )}
      <span className="pagination-where" aria-current="page">
        Page {page.toLocaleString('en')}
        {pages !== undefined && ` of ${pages.toLocaleString('en')}`}
      </span>
      {hasNext && (
        <Link href={hrefOf(page + 1)} rel="next">
          Next ›
        </Link>
      )}
      {pages !== undefined && page < pages - 1 && <Link href={hrefOf(pages)}>Last »</Link>}
    </nav>
  );
}

/** The page number in an address (`?page=3`): a whole number from 1, else 1. */
export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
