import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PLUGIN_ID } from '../constants';
import { TAXII_MEDIA_TYPE, TAXII_PATH } from './collections';

/**
 * What every TAXII request passes before and after Strapi handles it (added with strapi.server.use,
 * so it wraps Strapi's own middlewares, authentication and error answers):
 * - HTTP Basic, for platforms that only send that, becomes the Bearer token Strapi authenticates:
 *   the password is the API token, the user name is anything ("token"); so does "Token <key>";
 *   credentials in any other scheme are a 401, never the public's answer;
 * - an Accept header no TAXII client sends is a 406;
 * - every answer, errors included, is TAXII JSON in TAXII's media type, and a 401 says how to authenticate.
 */

/** Media types a TAXII 2.1 client may ask for (parameters other than version ignored). */
function acceptable(accept: string | undefined): boolean {
  if (!accept || !accept.trim()) return true;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const version = params.find((p) => p.startsWith('version='))?.slice('version='.length);
    if (type === 'application/taxii+json') return !version || version === '2.1';
    return type === 'application/json' || type === '*/*' || type === 'application/*';
  });
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  500: 'Server error',
};

/** A TAXII error message. */
export const taxiiError = (status: number, description: string) => ({
  title: TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request refused'),
  description,
  http_status: String(status),
});

/** The description of an answer Strapi made: its error's message, or a line saying what went wrong. */
function describe(body: unknown, status: number): string {
  const error = (body as { error?: { message?: string } } | null)?.error;
  if (error?.message) return error.message;
  if (status === 401) return 'Send an API token as "Authorization: Bearer <token>", or as the password of HTTP Basic.';
  if (status === 404) return 'No such TAXII resource here, or it is not available to you.';
  return typeof body === 'string' && body ? body : `HTTP ${status}`;
}

const isTaxiiError = (body: unknown) => Boolean(body && typeof body === 'object' && 'http_status' in body);

export function taxiiGate(strapi: Core.Strapi) {
  const prefix = () => `${strapi.config.get('api.rest.prefix', '/api')}/${PLUGIN_ID}${TAXII_PATH}`;
  return async (ctx: Context, next: Next) => {
    const root = prefix();
    if (ctx.path !== root && !ctx.path.startsWith(`${root}/`)) return next();

    const answer = (status: number, description: string) => {
      ctx.status = status;
      ctx.body = taxiiError(status, description);
    };
    const header = ctx.get('authorization');
    const [, scheme = '', credentials = ''] = /^(\S+)\s+(\S+)\s*$/.exec(header) ?? [];
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      const token = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : '';
      if (token) ctx.request.headers.authorization = `Bearer ${token}`;
      else answer(401, 'HTTP Basic needs the API token as its password (the user name can be anything, e.g. "token").');
    } else if (/^token$/i.test(scheme)) {
      // taxii2-client's TokenAuth (OpenCTI's connector with TAXII2_USE_TOKEN) sends "Token <key>".
      ctx.request.headers.authorization = `Bearer ${credentials}`;
    } else if (header && !/^bearer$/i.test(scheme)) {
      // Credentials Strapi would not read must not fall through to the public's CLEAR collection.
      answer(401, 'Send the API token as "Authorization: Bearer <token>", "Token <token>", or as the password of HTTP Basic.');
    }
    if (ctx.status !== 401 && !acceptable(ctx.get('accept'))) {
      answer(406, `This server answers ${TAXII_MEDIA_TYPE} (also sent for application/taxii+json, application/json and */*).`);
    }
    if (ctx.status !== 401 && ctx.status !== 406) await next();

    // An anonymous caller the Public role does not let in is asked to authenticate.
    if (ctx.status === 403 && !header) answer(401, describe(null, 401));
    if (ctx.status >= 400 && !isTaxiiError(ctx.body)) answer(ctx.status, describe(ctx.body, ctx.status));
    if (ctx.status === 401) ctx.set('WWW-Authenticate', 'Basic realm="TAXII", charset="UTF-8", Bearer realm="TAXII"');
    ctx.set('Content-Type', TAXII_MEDIA_TYPE);
  };
}
