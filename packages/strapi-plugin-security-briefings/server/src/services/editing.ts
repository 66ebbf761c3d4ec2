import type { Core } from '@strapi/strapi';
import { ACTOR, BRIEFING, PLACE, PLUGIN_ID } from '../constants';
import { EDITING_EXPIRES_MS, type Editor, type RecordedSave } from '../../../shared/contracts/editing';

/** The records two editors can open at once: briefings, actors and places. */
export const EDITED_TYPES: readonly string[] = [BRIEFING, ACTOR, PLACE];

/**
 * How long the version an editor's form was loaded from still counts for their saves after the
 * last heartbeat: a background tab's timers may be slowed to once a minute or less, and a save
 * from it must still be checked. The edit view forgets it when it closes.
 */
const LOADED_VERSION_KEPT_MS = 12 * 60 * 60_000;
/** Saves remembered per record, to name what changed under an editor (older saves are named by their author and time only). */
const SAVES_KEPT = 50;

/**
 * In the database (Strapi's core store), never in this process's memory: every instance serving
 * the admin must see the same editors and saves. One row per editor per record and one per save,
 * so concurrent heartbeats and saves never overwrite each other's rows.
 */
const STORE_PREFIX = `plugin_${PLUGIN_ID}_`;
const openKey = (documentId: string, userId?: number) => `editing:${documentId}:${userId ?? ''}`;
const saveKey = (documentId: string, savedAt?: number) => `saved:${documentId}:${savedAt === undefined ? '' : String(savedAt).padStart(15, '0')}`;

interface OpenEditView {
  user: Editor;
  openedAt: string;
  seenAt: string;
  /** The record's updatedAt when the form was loaded (or last saved from it). */
  loadedAt: string;
}

export const timeOf = (value: unknown): number => (value instanceof Date ? value.getTime() : new Date(String(value)).getTime());

/** An admin user as editors know each other: first and last name, else the username or email. */
export function editorOf(user: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null; email?: string | null } | null | undefined): Editor | null {
  if (!user?.id) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `Editor ${user.id}`;
  return { id: user.id, name };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const rows = () => strapi.db.query('strapi::core-store');

  /** Every stored value whose key starts with the prefix, parsed. */
  async function valuesStartingWith<T>(prefix: string): Promise<{ key: string; value: T }[]> {
    const found = (await rows().findMany({ where: { key: { $startsWith: STORE_PREFIX + prefix } } })) as { key: string; value: string }[];
    return found.map((row) => ({ key: row.key.slice(STORE_PREFIX.length), value: JSON.parse(row.value) as T }));
  }

  async function removeKeys(keys: string[]) {
    if (keys.length > 0) await rows().deleteMany({ where: { key: { $in: keys.map((key) => STORE_PREFIX + key) } } });
  }

  return {
    /** The edit view of `user` is open on the record, its form loaded from version `loadedAt`. */
    async heartbeat(documentId: string, user: Editor, loadedAt: string, now = new Date()) {
      const key = openKey(documentId, user.id);
      const earlier = (await store.get({ key })) as OpenEditView | null;
      const stillOpen = earlier && now.getTime() - timeOf(earlier.seenAt) < EDITING_EXPIRES_MS;
      const view: OpenEditView = { user, openedAt: stillOpen ? earlier.openedAt : now.toISOString(), seenAt: now.toISOString(), loadedAt };
      await store.set({ key, value: view });
    },

    /** The edit view closed: the editor no longer has the record open, and their form's version no longer counts. */
    async close(documentId: string, userId: number) {
      await store.delete({ key: openKey(documentId, userId) });
    },

    /** Who has the record open now (a heartbeat within the last minute), besides `userId`, first opened first. */
    async othersEditing(documentId: string, userId: number, now = new Date()) {
      const views = await valuesStartingWith<OpenEditView>(openKey(documentId));
      const expired = views.filter(({ value }) => now.getTime() - timeOf(value.seenAt) > LOADED_VERSION_KEPT_MS).map(({ key }) => key);
      await removeKeys(expired);
      return views
        .map(({ value }) => value)
        .filter((view) => view.user.id !== userId && now.getTime() - timeOf(view.seenAt) < EDITING_EXPIRES_MS)
        .sort((a, b) => timeOf(a.openedAt) - timeOf(b.openedAt))
        .map((view) => ({ ...view.user, since: view.openedAt }));
    },

    /** The version `userId`'s open form was loaded from, when their edit view has the record open. */
    async loadedVersion(documentId: string, userId: number, now = new Date()): Promise<number | null> {
      const view = (await store.get({ key: openKey(documentId, userId) })) as OpenEditView | null;
      if (!view || now.getTime() - timeOf(view.seenAt) > LOADED_VERSION_KEPT_MS) return null;
      return timeOf(view.loadedAt);
    },

    /** After `userId` saved from their form, the form holds the version they saved. */
    async savedFromForm(documentId: string, userId: number, savedAt: string) {
      const key = openKey(documentId, userId);
      const view = (await store.get({ key })) as OpenEditView | null;
      if (view) await store.set({ key, value: { ...view, loadedAt: savedAt } });
    },

    /** Remembers a save: who, when, which fields. Keeps the last SAVES_KEPT saves of the record. */
    async recordSave(documentId: string, save: RecordedSave) {
      await store.set({ key: saveKey(documentId, timeOf(save.savedAt)), value: save });
      const saves = await valuesStartingWith<RecordedSave>(saveKey(documentId));
      const oldest = saves.sort((a, b) => timeOf(b.value.savedAt) - timeOf(a.value.savedAt)).slice(SAVES_KEPT);
      await removeKeys(oldest.map(({ key }) => key));
    },

    /** The saves made after version `loadedAt`, oldest first. */
    async savesSince(documentId: string, loadedAt: number): Promise<RecordedSave[]> {
      const saves = await valuesStartingWith<RecordedSave>(saveKey(documentId));
      return saves
        .map(({ value }) => value)
        .filter((save) => timeOf(save.savedAt) > loadedAt)
        .sort((a, b) => timeOf(a.savedAt) - timeOf(b.savedAt));
    },
  };
};
