import { useState } from 'react';
import { ApiError, type CurationList, withQuery } from '../api.ts';
import { ErrorMessage } from '../components/status.tsx';
import { formatTimestamp } from '../format.ts';
import { useApi } from '../use-api.ts';
import { describeAction, undoCuration } from './curations.ts';

/** The latest corrections, with a button to undo each one still in force. */
export function ChangeHistory({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { data } = useApi<CurationList>(withQuery('/api/curations', { limit: 10 }), version);
  const [error, setError] = useState<ApiError>();
  if (!data || data.curations.length === 0) return null;
  const undo = async (id: string) => {
    try {
      await undoCuration(id);
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  };
  return (
    <section className="panel history" aria-labelledby="history-heading">
      <h2 id="history-heading">Latest changes</h2>
      {error && <ErrorMessage error={error} title="Not undone" />}
      <ol className="changes">
        {data.curations.map((c) => (
          <li key={c.id} className={c.undone ? 'change change-undone' : 'change'}>
            <span className="change-what">{describeAction(c.action)}</span>
            <span className="hint">
              {' '}
              by <bdi>{c.by}</bdi>, {formatTimestamp(c.at)}
              {c.undone && `; undone by ${c.undone.by}`}
            </span>{' '}
            {!c.undone && (
              <button type="button" className="link-button" onClick={() => undo(c.id)}>
                Undo
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
