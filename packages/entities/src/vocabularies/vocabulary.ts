/** One term of a controlled vocabulary: the stored value, the label an editor reads, and what it means. */
export interface Term<V extends string = string> {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
}

export type ValueOf<T extends readonly Term[]> = T[number]['value'];

export interface Vocabulary<T extends readonly Term[]> {
  readonly terms: T;
  /** The stored values, in order: ready for `z.enum` and Strapi enumerations. */
  readonly values: [ValueOf<T>, ...ValueOf<T>[]];
  has(value: unknown): value is ValueOf<T>;
  label(value: ValueOf<T>): string;
  term(value: ValueOf<T>): T[number];
}

export function vocabulary<const T extends readonly [Term, ...Term[]]>(terms: T): Vocabulary<T> {
  const byValue = new Map<string, T[number]>(terms.map((t) => [t.value, t]));
  return {
    terms,
    values: terms.map((t) => t.value) as Vocabulary<T>['values'],
    has: (value: unknown): value is ValueOf<T> => typeof value === 'string' && byValue.has(value),
    label: (value) => byValue.get(value)?.label ?? value,
    term: (value) => byValue.get(value) as T[number],
  };
}

/** ACLED-style slug: lower case, every run of non-letters one hyphen ("Air/drone strike" -> "air-drone-strike"). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
