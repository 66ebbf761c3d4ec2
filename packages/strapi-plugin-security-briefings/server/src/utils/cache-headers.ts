import type { Audience } from '@security-briefings/entities';

/** Anything with Koa's header setter: a Koa context, or GraphQL's `koaContext`. */
interface HeaderTarget {
  set(field: string, value: string): void;
  vary?(field: string): void;
}

/** How long shared caches may keep what the public reads (seconds): short, so an unpublish or re-marking is felt quickly. */
export const PUBLIC_MAX_AGE = 60;

/**
 * Partner answers depend on who asks, so no shared cache may keep or mix them; public answers are the
 * same for everyone and may be cached briefly. Every answer varies on Authorization, so a cache never
 * hands a partner's copy to the public or the reverse.
 */
export function setCacheHeaders(target: HeaderTarget, audience: Audience) {
  target.set('Cache-Control', audience === 'partner' ? 'private, no-store' : `public, max-age=${PUBLIC_MAX_AGE}`);
  if (target.vary) target.vary('Authorization');
  else target.set('Vary', 'Authorization');
}
