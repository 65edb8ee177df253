import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, type EntityDetail, type EntityList, withQuery } from '../api.ts';
import { ErrorMessage } from '../components/status.tsx';
import { useApi } from '../use-api.ts';
import { changeEntities, type EntityChange } from './curations.ts';

/** Runs a change, reports a refusal, and tells the page to read the entity again. */
function useChange(onChanged: () => void) {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const run = async (change: EntityChange) => {
    setBusy(true);
    try {
      await changeEntities(change);
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="correction">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function MergeForm({
  entity,
  run,
  busy,
}: {
  entity: EntityDetail;
  run: (c: EntityChange) => void;
  busy: boolean;
}) {
  const [name, setName] = useState('');
  const [asked, setAsked] = useState('');
  const { data } = useApi<EntityList>(asked ? withQuery('/api/entities', { name: asked, limit: 8 }) : null);
  const candidates = (data?.entities ?? []).filter((e) => e.id !== entity.id);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setAsked(name.trim());
  };
  return (
    <Section title="Merge with another entity">
      <form className="inline-form" onSubmit={search} aria-label="Find an entity to merge">
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            dir="auto"
            placeholder="any spelling"
          />
        </label>
        <button type="submit">Find</button>
      </form>
      {asked && candidates.length === 0 && data && <p className="hint">No other entity is called that.</p>}
      <ul className="candidates">
        {candidates.map((c) => (
          <li key={c.id}>
            <bdi>{c.name}</bdi>{' '}
            <span className="hint">
              ({c.kind}, {c.mentions} mentions)
            </span>{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => run({ type: 'merge', entities: [entity.id, c.id] })}
            >
              Merge into {entity.name}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function TextChange({
  title,
  label,
  action,
  busy,
  make,
  run,
}: {
  title: string;
  label: string;
  action: string;
  busy: boolean;
  make: (text: string) => EntityChange;
  run: (c: EntityChange) => void;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) run(make(text.trim()));
    setText('');
  };
  return (
    <Section title={title}>
      <form className="inline-form" onSubmit={submit} aria-label={title}>
        <label>
          {label}
          <input value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
        </label>
        <button type="submit" disabled={busy}>
          {action}
        </button>
      </form>
    </Section>
  );
}

function SplitForm({
  entity,
  run,
  busy,
}: {
  entity: EntityDetail;
  run: (c: EntityChange) => void;
  busy: boolean;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  if (entity.aliases.length < 2) return null;
  const toggle = (name: string, on: boolean) =>
    setChosen(on ? [...chosen, name] : chosen.filter((n) => n !== name));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length > 0) run({ type: 'split', entity: entity.id, names: chosen });
    setChosen([]);
  };
  return (
    <Section title="Split off names that are someone else">
      <form onSubmit={submit} aria-label="Split off names">
        <fieldset className="alias-choices">
          <legend className="hint">The names chosen become an entity of their own.</legend>
          {entity.aliases.map((a) => (
            <label key={a.name}>
              <input
                type="checkbox"
                checked={chosen.includes(a.name)}
                onChange={(e) => toggle(a.name, e.target.checked)}
              />
              <bdi>{a.name}</bdi>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy || chosen.length === 0}>
          Split off
        </button>
      </form>
    </Section>
  );
}

/** Correcting an entity in place: merge, split, alias, rename, each a curation record. */
export function CorrectionPanel({ entity, onChanged }: { entity: EntityDetail; onChanged: () => void }) {
  const { error, busy, run } = useChange(onChanged);
  return (
    <section className="panel corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Correct</h2>
      <p className="hint">
        Each change is recorded with who made it and when, survives reprocessing, and can be undone.
      </p>
      {error && <ErrorMessage error={error} title="Not changed" />}
      <MergeForm entity={entity} run={run} busy={busy} />
      <TextChange
        title="Add an alias"
        label="Another name"
        action="Add alias"
        busy={busy}
        make={(alias) => ({ type: 'alias', entity: entity.id, alias })}
        run={run}
      />
      <SplitForm entity={entity} run={run} busy={busy} />
      <TextChange
        title="Rename"
        label="Preferred name"
        action="Rename"
        busy={busy}
        make={(name) => ({ type: 'rename', entity: entity.id, name })}
        run={run}
      />
    </section>
  );
}
