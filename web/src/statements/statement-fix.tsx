import { type FormEvent, useState } from 'react';
import { ApiError, type CurationResult, postJson, type Statement } from '../api.ts';
import { ErrorMessage } from '../components/status.tsx';
import { kindLabel } from './statement-item.tsx';

const KINDS = ['direct', 'mixed', 'indirect', 'scare'] as const;

/**
 * Correcting who said a statement, or its kind: stored as curation records (the same `attest quotes
 * fix` writes), undoable from the entity pages' history or with `attest entity undo`.
 */
export function StatementFix({ statement, onChanged }: { statement: Statement; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<string>(statement.kind);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Correct speaker or kind
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, string> = {};
    if (speaker.trim()) body.speaker = speaker.trim();
    if (kind !== statement.kind) body.kind = kind;
    if (Object.keys(body).length === 0) return setOpen(false);
    setBusy(true);
    try {
      await postJson<CurationResult>(`/api/statements/${encodeURIComponent(statement.id)}/fix`, body);
      setOpen(false);
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form statement-fix" onSubmit={submit} aria-label="Correct this statement">
      <label>
        Speaker
        <input
          value={speaker}
          onChange={(e) => setSpeaker(e.target.value)}
          placeholder="a name or an entity id"
          dir="auto"
        />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        Save correction
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && <ErrorMessage error={error} title="Not corrected" />}
    </form>
  );
}
