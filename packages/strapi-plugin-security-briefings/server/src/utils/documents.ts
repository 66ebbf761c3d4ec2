import type { Core } from '@strapi/strapi';
import type { ACTOR, BRIEFING, PLACE } from '../constants';

/** Filters and populates as the plugin builds them: plain objects in the document service's query language. */
export type Filters = Record<string, unknown>;
export type Populate = Record<string, unknown>;

export interface DocumentQuery {
  documentId?: string;
  status?: 'draft' | 'published';
  filters?: Filters;
  populate?: Populate;
  fields?: string[];
  sort?: Record<string, 'asc' | 'desc'>[];
  start?: number;
  limit?: number;
}

/** A document as the database returns it: its shape follows the schema and the populate asked for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are read field by field and mapped by records.ts
export type DocumentRow = Record<string, any>;

type PluginContentType = typeof BRIEFING | typeof ACTOR | typeof PLACE;

/**
 * The document service for the plugin's own content types, typed at this one seam. Strapi derives its
 * parameter types from the host app's generated schema registry, which has no entry for a plugin's
 * types, so valid filters and populates do not type-check there (hence the `never` casts below).
 */
export function documents(strapi: Core.Strapi, uid: PluginContentType) {
  const service = strapi.documents(uid);
  return {
    findMany: (query: DocumentQuery = {}) => service.findMany(query as never) as Promise<DocumentRow[]>,
    findFirst: (query: DocumentQuery) => service.findFirst(query as never) as Promise<DocumentRow | null>,
    findOne: (query: DocumentQuery & { documentId: string }) => service.findOne(query as never) as Promise<DocumentRow | null>,
    count: (query: DocumentQuery = {}) => service.count(query as never),
  };
}
