// Type-level equality, for holding a zod schema and the TypeScript type the code uses equal at compile time
// (record/record-schema.ts, record/corrections-schema.ts): `Expect<Same<A, B>>` is a type error unless A and B
// have the same fields, each as optional, nullable and typed, at every level of nesting.

/** Plain object types all the way down, so that `{a} & {b}` and `{a; b}`, an interface and a type alias compare equal. */
type Plain<T> = T extends readonly (infer Item)[] ? Plain<Item>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** True only when each type is assignable to the other and neither has a key the other lacks (TypeScript's identity check). */
export type Same<A, B> = (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;

export type Expect<T extends true> = T;
