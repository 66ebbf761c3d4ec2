import type { Core, UID } from '@strapi/strapi';

/** A model's table and column names, from Strapi's metadata, for the few queries written in knex. */
export function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid as UID.Schema);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  return { name: meta.tableName, column };
}
