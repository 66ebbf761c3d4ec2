import type { z } from 'zod';
import { errors } from '@strapi/utils';
import { problemsOf, type Problem } from '@security-briefings/entities';

/**
 * Refuses bad input as Strapi's ValidationError (HTTP 400): the message names the first field, and
 * `details.errors` lists every problem with its path, as the admin's forms expect.
 */
export function refuse(problems: Problem[]): never {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new errors.ValidationError(`${first.field}: ${first.message}${more}`, {
    errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })),
  });
}

/** Checks a query string or body against its contract: an unknown or malformed field is a 400 that names it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) refuse(problemsOf(parsed.error));
  return parsed.data;
}
