import {
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
