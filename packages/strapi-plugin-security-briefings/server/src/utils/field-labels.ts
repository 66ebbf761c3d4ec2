import type { Core, UID } from '@strapi/strapi';

/** The fields' labels in the edit view (as the newsroom configured them in the Content Manager), by field name. */
export async function fieldLabels(strapi: Core.Strapi, uid: string): Promise<Record<string, string>> {
  const configuration = await strapi
    .plugin('content-manager')
    ?.service('content-types')
    ?.findConfiguration?.(strapi.getModel(uid as UID.Schema))
    .catch(() => null);
  const metadatas = (configuration?.metadatas ?? {}) as Record<string, { edit?: { label?: string } }>;
  return Object.fromEntries(Object.entries(metadatas).flatMap(([field, meta]) => (meta.edit?.label ? [[field, meta.edit.label]] : [])));
}
