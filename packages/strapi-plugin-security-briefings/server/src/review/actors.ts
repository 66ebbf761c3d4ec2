import type { Core } from '@strapi/strapi';
import type { ReviewActor } from '@security-briefings/entities';
import { editorOf } from '../services/editing';

interface RequestState {
  state?: {
    user?: { id: number; firstname?: string; lastname?: string; username?: string; email?: string };
    auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string; username?: string; email?: string } | null };
  };
}

export const SYSTEM: ReviewActor = { kind: 'system', id: null, name: null };

/**
 * Who is writing or moving a briefing: the request's admin user, API token or Users & Permissions
 * user; without a request (a seed, a migration, a script) the server itself, which is trusted.
 */
export function actorOfRequest(strapi: Core.Strapi): ReviewActor {
  const request = strapi.requestContext.get() as RequestState | undefined;
  const auth = request?.state?.auth;
  const strategy = auth?.strategy?.name;
  if (strategy === 'admin') {
    const editor = editorOf(request?.state?.user);
    if (editor) return { kind: 'admin', id: editor.id, name: editor.name };
  }
  const credentials = auth?.credentials;
  if (strategy === 'api-token' && credentials?.id) return { kind: 'api-token', id: credentials.id, name: credentials.name ?? null };
  if (strategy === 'users-permissions' && credentials?.id) return { kind: 'user', id: credentials.id, name: credentials.username ?? credentials.email ?? null };
  // A request without credentials cannot write a briefing (every write door is guarded); none at all is the server.
  return request ? { kind: 'user', id: null, name: null } : SYSTEM;
}
