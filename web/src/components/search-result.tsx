import { Link } from 'wouter';
import type { SearchResult } from '../api.ts';
import { formatPartialDate } from '../format.ts';
import { paths } from '../routes.ts';

/** One search result: its title as a link, when and where it was published, and the matching words in context. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="result">
      <h3 className="result-title" dir="auto">
        <Link href={paths.document(result.id)}>{result.title ?? 'Untitled document'}</Link>
      </h3>
      <p className="result-meta">
        {result.published && <span>{formatPartialDate(result.published.value)}</span>}
        <span className="locator" dir="auto">
          {result.source}
        </span>
      </p>
      <p className="snippet" dir="auto">
        {result.snippet.map((piece, i) =>
          piece.match ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one snippet never move
            <mark key={i}>{piece.text}</mark>
          ) : (
            piece.text
          ),
        )}
      </p>
    </li>
  );
}
