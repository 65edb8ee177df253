import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { paths, type StatementFilter } from '../routes.ts';
import { kindLabel } from './statement-item.tsx';

const KINDS = ['direct', 'mixed', 'indirect', 'scare'] as const;

/** The statements' filters, kept in the address so a filtered list can be bookmarked and shared. */
export function StatementFilters({ filter }: { filter: StatementFilter }) {
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(filter);
  useEffect(() => setTyped(filter), [filter]);
  const field = (name: keyof StatementFilter) => ({
    value: typed[name] ?? '',
    onChange: (event: { target: { value: string } }) => setTyped({ ...typed, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v?.trim() || undefined]));
    navigate(paths.statements(trimmed));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter statements">
      <label>
        Speaker
        <input {...field('speaker')} placeholder="any spelling, or a surname" dir="auto" />
      </label>
      <label>
        Kind
        <select {...field('kind')}>
          <option value="">direct, partly quoted and reported</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Confidence
        <select {...field('minConfidence')}>
          <option value="">any</option>
          <option value="0.7">0.7 and over</option>
          <option value="0.9">0.9 and over</option>
        </select>
      </label>
      <label>
        From
        <input {...field('since')} placeholder="YYYY-MM-DD" inputMode="numeric" />
      </label>
      <label>
        To
        <input {...field('until')} placeholder="YYYY-MM-DD" inputMode="numeric" />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
