import type { z } from 'zod';
import type { FacilityKind } from '../domain/facility-kind';
import type { Role } from '../domain/roles';

/** Who may call a procedure: anyone, any signed-in user, or holders of one of these roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

/**
 * A query only reads (it may still append audit entries, e.g. "who looked at whom");
 * a mutation runs in one synchronous write transaction with its audit entry.
 */
export type ProcedureKind = 'query' | 'mutation';

export interface Procedure<
  I extends z.ZodType = z.ZodType,
  O = unknown,
  K extends ProcedureKind = ProcedureKind,
  A extends Access = Access,
> {
  readonly kind: K;
  readonly input: I;
  readonly access: A;
  /** One line of English for GET /api/procedures. */
  readonly summary: string;
  /** Request body limit over HTTP; the default is DEFAULT_MAX_BODY_BYTES. */
  readonly maxBodyBytes?: number;
  /** Callable while the session is locked (unlock and sign out). */
  readonly whileLocked?: boolean;
  /** Callable before a user with a reset password has chosen a new one. */
  readonly beforePasswordChange?: boolean;
  /** Its output is a FileResult: over HTTP, sent as the file itself unless JSON is asked for. */
  readonly returnsFile?: boolean;
  /** Exists only on this kind of Tram (a station's daily work, a district's adding up). */
  readonly facility?: FacilityKind;
  /** Type-level marker for the output; never set at run time. */
  readonly output?: O;
}

export type AnyProcedure = Procedure<z.ZodType, unknown>;
export type ProcedureMap = Readonly<Record<string, AnyProcedure>>;

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

type Definition<I extends z.ZodType, A extends Access> = Omit<
  Procedure<I, unknown, ProcedureKind, A>,
  'kind' | 'output'
>;

/** `query<Output>()({ input, access, summary })`: the output type is given, the rest inferred. */
export function query<O>() {
  return <I extends z.ZodType, const A extends Access>(
    definition: Definition<I, A>,
  ): Procedure<I, O, 'query', A> => ({ ...definition, kind: 'query' });
}

export function mutation<O>() {
  return <I extends z.ZodType, const A extends Access>(
    definition: Definition<I, A>,
  ): Procedure<I, O, 'mutation', A> => ({ ...definition, kind: 'mutation' });
}

/** Marks every procedure of a domain as existing on one kind of Tram only. */
export function onlyOn<const T extends ProcedureMap>(facility: FacilityKind, map: T): T {
  return Object.fromEntries(
    Object.entries(map).map(([name, procedure]) => [name, { ...procedure, facility }]),
  ) as unknown as T;
}

type Joined<T extends readonly ProcedureMap[]> = T extends readonly [
  infer Head,
  ...infer Rest extends readonly ProcedureMap[],
]
  ? Head & Joined<Rest>
  : unknown;

/** Joins per-domain contracts into one map; a name defined twice is a bug and throws. */
export function joinContracts<const T extends readonly ProcedureMap[]>(...maps: T): Joined<T> {
  const joined: Record<string, AnyProcedure> = {};
  for (const map of maps) {
    for (const [name, procedure] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`Procedure ${name} is defined twice`);
      if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/.test(name)) {
        throw new Error(`Procedure name ${name} is not domain.verb`);
      }
      joined[name] = procedure;
    }
  }
  return joined as Joined<T>;
}
