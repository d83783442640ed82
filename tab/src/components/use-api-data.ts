import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import { texts } from '../texts';

export interface ApiData<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads when `deps` change and keeps the previous data while reloading, so tables do not
 * flicker when a filter changes. A late answer to an outdated request is dropped.
 */
export function useApiData<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): ApiData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(load !== null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!load) {
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    setError(null);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(
          failure instanceof ApiError ? failure : new ApiError(0, 'UNEXPECTED', texts.errors.unexpected(0)),
        );
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // The caller names what the request depends on; `load` itself is a new closure every render.
  }, [...deps, attempt]);

  return { data, error, loading, reload: () => setAttempt((n) => n + 1) };
}
