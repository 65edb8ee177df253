import { useEffect, useState } from 'react';
import { ApiError, getJson } from './api.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a request is under way; `data` still holds the last answer, so a page does not flash. */
  loading: boolean;
}

/**
 * Fetches `path` (nothing when null), again whenever it or `version` changes (a page bumps `version`
 * after a change it made); a stale answer never wins.
 */
export function useApi<T>(path: string | null, version = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({
    data: undefined,
    error: undefined,
    loading: path !== null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `version` reads the same path again
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, loading: true }));
    getJson<T>(path, controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const shown = error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
        setState({ data: undefined, error: shown, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, version]);
  return state;
}
