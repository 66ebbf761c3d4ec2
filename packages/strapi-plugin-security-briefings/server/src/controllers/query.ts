import type { z } from 'zod';
import { errors } from '@strapi/utils';

/** Query strings are checked like bodies: an unknown or malformed parameter is a 400 that names it. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [key], message: `“${key}” is not a filter of this endpoint.`, name: 'ValidationError' }))
      : [{ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }],
  );
  throw new errors.ValidationError(details.map((d) => `${d.path.join('.')}: ${d.message}`).join(' '), { errors: details });
}
