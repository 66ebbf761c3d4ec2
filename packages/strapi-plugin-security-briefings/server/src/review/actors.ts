import type { Core } from '@strapi/strapi';
import type { ReviewActor } from '@security-briefings/entities';
import { editorOf } from '../services/editing';

/** What a request's state says of who sent it. */
export interface WritingRequest {
  state?: {
    user?: { id: number; firstname?: string; lastname?: string; username?: string; email?: string };
    auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string; username?: string; email?: string } | null };
  };
}

/** The server itself: a seed, a migration, a script (no request at all). Trusted. */
export const SYSTEM: ReviewActor = { kind: 'system', id: null, name: null };
/** A request without credentials (a host app's own route with `auth: false` may write through the document service): never the trusted server. */
export const ANONYMOUS: ReviewActor = { kind: 'user', id: null, name: null };

/**
 * Who a request writes as: its admin user, API token or Users & Permissions user; null when it has
 * none of them. The review and the revision log name writers by it.
 */
function writerOfRequest(request: WritingRequest | undefined): ReviewActor | null {
  const auth = request?.state?.auth;
  const strategy = auth?.strategy?.name;
  if (strategy === 'admin') {
    const editor = editorOf(request?.state?.user);
    if (editor) return { kind: 'admin', id: editor.id, name: editor.name };
  }
  const credentials = auth?.credentials;
  if (strategy === 'api-token' && credentials?.id) return { kind: 'api-token', id: credentials.id, name: credentials.name ?? null };
  if (strategy === 'users-permissions' && credentials?.id) return { kind: 'user', id: credentials.id, name: credentials.username ?? credentials.email ?? null };
  return null;
}

/**
 * Who is writing or moving a briefing, as the review and the revision log both name them: the
 * request's writer; a request without credentials is anonymous; no request at all is the server.
 */
export const writerOf = (request: WritingRequest | undefined): ReviewActor => writerOfRequest(request) ?? (request ? ANONYMOUS : SYSTEM);

/** Who is writing or moving a briefing in the current request. */
export const actorOfRequest = (strapi: Core.Strapi): ReviewActor => writerOf(strapi.requestContext.get() as WritingRequest | undefined);
