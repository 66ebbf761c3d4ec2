import type { Context } from 'koa';

/** What the content API's authentication leaves on `ctx.state.auth` (Users & Permissions or an API token). */
export interface ContentApiAuth {
  strategy?: { name: string };
  /** The signed-in user or the API token; absent for an anonymous caller. */
  credentials?: { type?: string } | null;
  ability?: { can(action: string): boolean };
}

/**
 * A request as the plugin's controllers read it: Koa's context, the router's path parameters, and what
 * Strapi's authentication put on `state` (content API: `auth`; admin: the editor's `userAbility`).
 */
export interface RequestContext extends Context {
  params: Record<string, string>;
  state: { auth?: ContentApiAuth; userAbility?: { can(action: string, subject?: unknown): boolean }; user?: { id: number } } & Context['state'];
}
