import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { BRIEFING } from '../constants';
import { MERGE_FIELDS } from '../content-types/briefing/schema';
import { refuse } from '../utils/input';

/** Set while the merge service writes: only then may a write set mergedInto and mergedAt. */
const merging = new AsyncLocalStorage<true>();
export const asMerge = <T>(write: () => Promise<T>): Promise<T> => merging.run(true, write);

/**
 * A merged briefing stays a pointer, whatever the door: its merge fields are set by a merge only (a
 * Content Manager form sends back what it loaded; a clone starts unmerged), and it is never published
 * again, so the incident is never public twice.
 */
export function registerMergeGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== BRIEFING || merging.getStore()) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (params.data && ['create', 'update', 'clone'].includes(context.action)) {
      for (const field of MERGE_FIELDS) {
        if (context.action === 'clone') params.data[field] = null;
        else delete params.data[field];
      }
    }
    if (context.action === 'publish' && params.documentId) {
      const draft = await strapi.db.query(BRIEFING).findOne({ where: { documentId: params.documentId, publishedAt: null }, select: ['title', 'mergedInto'] });
      if (draft?.mergedInto) {
        refuse([
          {
            path: ['mergedInto'],
            field: 'mergedInto',
            message: `“${draft.title}” was merged into another briefing and is kept only as a pointer to it: publish that briefing instead.`,
          },
        ]);
      }
    }
    return next();
  });
}
