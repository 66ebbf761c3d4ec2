import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ExportRefusedError, ExtractionError, NotPublicError } from '@security-briefings/entities';

/**
 * The HTTP answer to each error the entities package throws, in one place. Without it such an
 * error escaping a controller is a 500.
 *
 * - ExportRefusedError, NotPublicError: a restricted or unpublished briefing was about to reach the
 *   public. The plugin's own filters should have kept it out, so this is the last guard firing.
 *   The content API answers 404 with the words it uses for a briefing that does not exist, so the
 *   answer does not tell that one exists; the admin (whose users may know it exists) answers 403.
 * - ExtractionError: the article's publication date is unusable: 400, naming publishedAt.
 *
 * Not mapped: the CLI's UsageError never reaches the plugin; the plain Errors (gazetteer data
 * missing, a record without dates) are server faults, and stay 500s whose message Strapi hides.
 */

export type Door = 'content-api' | 'admin';

/** The words of the content API's own 404 for a briefing it will not show (controllers/briefing.ts). */
export const NOT_AVAILABLE = 'No published briefing with that documentId is available to you.';

/** The Strapi error an entities error becomes at this door; undefined for any other error. */
export function toStrapiError(error: unknown, door: Door): Error | undefined {
  if (error instanceof ExportRefusedError || error instanceof NotPublicError) {
    return door === 'content-api' ? new errors.NotFoundError(NOT_AVAILABLE) : new errors.ForbiddenError(error.message);
  }
  if (error instanceof ExtractionError) {
    return new errors.ValidationError(error.message, { errors: [{ path: ['publishedAt'], message: error.message, name: 'ValidationError' }] });
  }
  return undefined;
}

type Log = Pick<Core.Strapi['log'], 'error'>;

/**
 * A route middleware for one door. It only sees errors thrown before the answer starts: a
 * streamed bulk export that fails half-way cannot turn into a 404 any more.
 */
export const entitiesErrors =
  (door: Door, log: () => Log | undefined = () => (globalThis as { strapi?: Core.Strapi }).strapi?.log): Core.MiddlewareHandler =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const answer = toStrapiError(error, door);
      if (!answer) throw error;
      // The refusal names the briefing: it goes to the server log, never to the public.
      if (!(error instanceof ExtractionError)) log()?.error(`security-briefings: ${(error as Error).message} (${ctx.method} ${ctx.path})`);
      throw answer;
    }
  };
