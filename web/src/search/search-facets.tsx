import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../routes.ts';
import { kindLabel } from '../statements/statement-item.tsx';

/** What a search is narrowed by; all of them live in the address. */
export interface Facets {
  in?: string;
  speaker?: string;
  outlet?: string;
  from?: string;
  to?: string;
  kind?: string;
}

export const FACET_NAMES = ['in', 'speaker', 'outlet', 'from', 'to', 'kind'] as const;

export function facetsFrom(params: URLSearchParams): Facets {
  const facets: Facets = {};
  for (const name of FACET_NAMES) {
    const value = params.get(name)?.trim();
    if (value) facets[name] = value;
  }
  return facets;
}

const KINDS = ['direct', 'mixed', 'indirect', 'scare'] as const;

/** The search box with its facets: speaker, outlet, dates, and for statements their kind. */
export function SearchForm({ query, facets }: { query: string; facets: Facets }) {
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(query);
  const [chosen, setChosen] = useState(facets);
  useEffect(() => setTyped(query), [query]);
  useEffect(() => setChosen(facets), [facets]);
  const field = (name: keyof Facets) => ({
    value: chosen[name] ?? '',
    onChange: (event: { target: { value: string } }) => setChosen({ ...chosen, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, v?.trim() || undefined]));
    navigate(paths.search(typed.trim(), 1, trimmed));
  };
  const statements = chosen.in === 'statements';
  return (
    <search>
      <form className="search-form" onSubmit={submit}>
        <label htmlFor="search-query">Search titles, bylines and text</label>
        <div className="search-row">
          <input
            id="search-query"
            type="search"
            name="q"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-help"
          />
          <button type="submit">Search</button>
        </div>
        <p id="search-help" className="hint">
          Every word is required. Use <code>"a phrase"</code>, <code>OR</code>, <code>-excluded</code> and{' '}
          <code>prefix*</code>; <i>killed</i> also finds <i>kill</i>.
        </p>
        <fieldset className="filters facets">
          <legend className="visually-hidden">Narrow the search</legend>
          <label>
            Look in
            <select {...field('in')}>
              <option value="">documents</option>
              <option value="statements">statements</option>
            </select>
          </label>
          <label>
            Speaker
            <input {...field('speaker')} placeholder="any spelling" dir="auto" />
          </label>
          <label>
            Outlet
            <input {...field('outlet')} placeholder="example.org" />
          </label>
          <label>
            From
            <input {...field('from')} placeholder="YYYY-MM-DD" inputMode="numeric" />
          </label>
          <label>
            To
            <input {...field('to')} placeholder="YYYY-MM-DD" inputMode="numeric" />
          </label>
          {statements && (
            <label>
              Kind
              <select {...field('kind')}>
                <option value="">all but labels</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
      </form>
    </search>
  );
}
