import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api';
import { call } from './client';

type QueryOptions<N extends ProcedureName> = Omit<
  UseQueryOptions<OutputOf<N>, Error, OutputOf<N>, readonly [N, InputOf<N>]>,
  'queryKey' | 'queryFn'
>;

/** A query keyed by procedure name and input, so invalidating by name refreshes every page. */
export function useApiQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: QueryOptions<N> = {},
): UseQueryResult<OutputOf<N>> {
  return useQuery({
    queryKey: [name, input] as const,
    queryFn: () => call(name, input),
    ...options,
  });
}

export interface LiveSearch<T> {
  /** The answer for the current text, or for an earlier one while its own is on the way. */
  data: T | undefined;
  /** What is shown belongs to an earlier text: the page marks it and does not act on it. */
  stale: boolean;
  /** The current text has its own answer (possibly an empty one). */
  answered: boolean;
  error: Error | null;
}

/**
 * Search as you type: every key asks at once (the server answers in milliseconds) and the
 * question of the key before is aborted, so no debounce stands between the last key and its
 * list, and an old answer can never arrive last and stay.
 */
export function useLiveSearch<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  enabled = true,
): LiveSearch<OutputOf<N>> {
  const query = useQuery({
    queryKey: [name, input] as const,
    queryFn: ({ signal }) => call(name, input, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
  return {
    data: query.data,
    stale: query.isPlaceholderData,
    answered: query.isSuccess && !query.isPlaceholderData,
    error: query.error,
  };
}

/**
 * A mutation that refreshes the named queries when it succeeds, and also when it fails if
 * asked: some failures are recorded (a print job that did not print stays in the history).
 */
export function useApiMutation<N extends ProcedureName>(
  name: N,
  invalidates: readonly ProcedureName[] = [],
  options: { invalidateOnError?: boolean } = {},
): UseMutationResult<OutputOf<N>, Error, InputOf<N>> {
  const client = useQueryClient();
  const refresh = async (): Promise<void> => {
    await Promise.all(invalidates.map((key) => client.invalidateQueries({ queryKey: [key] })));
  };
  return useMutation({
    mutationFn: (input: InputOf<N>) => call(name, input),
    onSuccess: refresh,
    ...(options.invalidateOnError && { onError: refresh }),
  });
}
