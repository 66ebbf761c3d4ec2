import type { z } from 'zod';
import { actorSchema, briefingSchema, placeSchema, type Actor, type Briefing, type Place } from './schemas';

/** One thing wrong with a document, with where it is and a sentence an editor understands. */
export interface Problem {
  /** Path into the document, as the CMS's forms address fields: ["incident", "subEventType"]. */
  path: (string | number)[];
  /** The same path written with dots: "incident.subEventType", "sources.1.descriptor". */
  field: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** An update sends only the fields it changes: top-level fields may be absent. */
  partial?: boolean;
}

type Issue = z.core.$ZodIssue;

/** A union reports every branch it tried; the branch with the fewest problems is the one the sender meant. */
function closestBranch(branches: Issue[][]): Issue[] {
  const scored = branches.map((issues) => ({ issues, count: issues.flatMap(problemsOfIssue).length }));
  return scored.sort((a, b) => a.count - b.count)[0]?.issues ?? [];
}

function problemsOfIssue(issue: Issue): Problem[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // A branch's issues are addressed from the union itself: prefix the union's own path.
  if (issue.code === 'invalid_union' && issue.errors.length) {
    return closestBranch(issue.errors).flatMap((branchIssue) => problemsOfIssue({ ...branchIssue, path: [...issue.path, ...branchIssue.path] }));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      return { path: keyPath, field: keyPath.join('.'), message: `“${key}” is not a field here; remove it or check its spelling.` };
    });
  }
  // Absent or null where a value is needed; any other wrong type keeps its schema's own sentence.
  const message = issue.code === 'invalid_type' && issue.input == null ? 'This field is required.' : issue.message;
  return [{ path, field: path.join('.') || '(document)', message }];
}

/** Every problem a zod schema found, with its field path and an editor's sentence: for documents, queries and bodies alike. */
export const problemsOf = (error: z.ZodError): Problem[] => error.issues.flatMap(problemsOfIssue);

function validateWith<S extends z.ZodObject>(schema: S, input: unknown, options: ValidateOptions): Validation<z.infer<S>> {
  // reportInput keeps each issue's input, so a missing field ("required") is told from a wrong one.
  const parsed = (options.partial ? schema.partial() : schema).safeParse(input ?? {}, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<S>, problems: [] };
  return { ok: false, problems: problemsOf(parsed.error) };
}

/** Every problem in a briefing, each with its field path; nothing is thrown. */
export const validateBriefing = (input: unknown, options: ValidateOptions = {}): Validation<Briefing> =>
  validateWith(briefingSchema, input, options);

export const validateActor = (input: unknown, options: ValidateOptions = {}): Validation<Actor> =>
  validateWith(actorSchema, input, options);

export const validatePlace = (input: unknown, options: ValidateOptions = {}): Validation<Place> =>
  validateWith(placeSchema, input, options);

/** One line naming every field at fault, for logs and API error messages. */
export const describeProblems = (problems: Problem[]): string =>
  problems.map((p) => `${p.field}: ${p.message}`).join(' ');
