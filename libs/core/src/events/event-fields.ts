/**
 * The vocabulary of event registries: each payload field is described by a short string, from
 * which both its TypeScript type and the start-up check of the configuration files are derived.
 * `kind` is present (its value may not be null), `kind|null` is present and may be null,
 * `kind?` may be absent. A field name ending in `*` stands for every field with that prefix
 * (`deadline_*`: one field per legal deadline).
 */
interface KindTypes {
  /** An identifier (UUID). */
  id: string;
  /** A code or short text (a status, a lease type, an INSEE commune code). */
  string: string;
  number: number;
  boolean: boolean;
  /** A civil date, YYYY-MM-DD. */
  date: string;
  /** A month, YYYY-MM. */
  month: string;
  /** An instant, ISO 8601. */
  instant: string;
  'id[]': string[];
  'string[]': string[];
  /** A structured value the consumers do not read field by field (a situation). */
  object: object;
}

export type FieldKind = keyof KindTypes;
export type FieldSpec = FieldKind | `${FieldKind}|null` | `${FieldKind}?`;

export interface EventSpec {
  /** The outbox's `aggregateType`: the file the event is about. */
  readonly aggregate: string;
  readonly payload: { readonly [field: string]: FieldSpec };
}

export type EventRegistry = { readonly [type: string]: EventSpec };

type TypeOf<S extends FieldSpec> = S extends `${infer K extends FieldKind}|null`
  ? KindTypes[K] | null
  : S extends `${infer K extends FieldKind}?`
    ? KindTypes[K]
    : S extends FieldKind
      ? KindTypes[S]
      : never;

type Fields = EventSpec['payload'];
type Wildcard<K> = K extends `${infer Prefix}*` ? `${Prefix}${string}` : never;
type OptionalKey<F extends Fields, K extends keyof F> = F[K] extends `${string}?` ? K : never;

/** The payload type a registry entry describes. */
export type PayloadOf<F extends Fields> = {
  -readonly [K in keyof F as K extends `${string}*` ? never : F[K] extends `${string}?` ? never : K]: TypeOf<F[K]>;
} & {
  -readonly [K in keyof F as OptionalKey<F, K>]?: TypeOf<F[K]>;
} & {
  -readonly [K in keyof F as Wildcard<K>]: TypeOf<F[K]>;
};

/** Whether `field` is one the payload description names (directly or through a `prefix*` field). */
export function describesField(payload: Fields, field: string): boolean {
  return Object.keys(payload).some((name) => (name.endsWith('*') ? field.startsWith(name.slice(0, -1)) : name === field));
}
