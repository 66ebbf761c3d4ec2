import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MERGED_FIELDS, mergeAdditions, mergeProblems, type MergedLists, type MergeSide } from '@security-briefings/entities';
import type { MergeBriefings, MergeBriefingRef, MergeState } from '../../../shared/contracts/merge';
import { BRIEFING, componentUid } from '../constants';
import { HAD_AN_ADDRESS } from '../content-types/briefing/schema';
import { shelveBriefings } from '../published/shelf';
import { writingFor } from '../revision-log/middleware';
import { articleModel } from '../utils/config';
import { documents, type DocumentRow } from '../utils/documents';
import { refuse } from '../utils/input';
import { getService } from '../utils/services';
import { asMerge } from './middleware';
import { isoOrNull } from '../utils/dates';

const BY_ID = { fields: ['documentId'] };

/** The components a merge moves, by the briefing field that holds them. */
const MOVED_COMPONENTS = { actorRoles: componentUid('actor-role'), quotes: componentUid('quote'), sources: componentUid('source') } as const;
type MovedComponent = keyof typeof MOVED_COMPONENTS;

/** What a merge reads of both briefings: the lists it joins, relations by documentId. */
function mergePopulate(strapi: Core.Strapi) {
  return {
    actorRoles: { populate: { actor: BY_ID } },
    quotes: { populate: { speaker: BY_ID } },
    sources: true,
    places: BY_ID,
    ...(articleModel(strapi) ? { sourceArticle: BY_ID, furtherArticles: BY_ID } : {}),
  };
}

/** A briefing's draft as the merge rule reads it: the source article first among its articles. */
function listsOf(row: DocumentRow): MergedLists & { actorRoles: DocumentRow[]; quotes: DocumentRow[]; sources: DocumentRow[] } {
  return {
    actorRoles: row.actorRoles ?? [],
    quotes: row.quotes ?? [],
    sources: row.sources ?? [],
    places: row.places ?? [],
    articles: [row.sourceArticle, ...(row.furtherArticles ?? [])].filter(Boolean),
  };
}

const refOf = (row: DocumentRow): MergeBriefingRef => ({ documentId: row.documentId, title: row.title, marking: row.marking ?? null });

/** A briefing as the merge rule judges it. */
const sideOf = (row: DocumentRow): MergeSide => ({ ...refOf(row), mergedInto: row.mergedInto ?? null });

/**
 * Merging a duplicate briefing into the briefing kept (the rule: entities briefing/merge.ts). Every
 * write goes through the document service in one transaction, so the briefing rules, four-eyes
 * review, the revision log (with the editor's reason) and the published shelf see the merge as the
 * edits it is, and a refused step leaves both briefings as they were.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A component entry as the document service takes it back: its fields, relations by documentId, no bookkeeping. */
  function entryData(field: MovedComponent, entry: DocumentRow) {
    const attributes = strapi.components[MOVED_COMPONENTS[field] as UID.Component].attributes as Record<string, { type: string }>;
    const data: DocumentRow = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (name === 'heading' || entry[name] === undefined) continue;
      data[name] = attribute.type === 'relation' ? (entry[name]?.documentId ?? null) : entry[name];
    }
    return data;
  }

  async function draftOf(documentId: string, field: string): Promise<DocumentRow> {
    const row = await documents(strapi, BRIEFING).findOne({ documentId, status: 'draft', populate: mergePopulate(strapi) });
    if (!row) throw new errors.NotFoundError(`No briefing has the documentId “${documentId}” (${field}).`);
    return row;
  }

  return {
    async merge({ duplicateDocumentId, intoDocumentId, reason }: MergeBriefings.Body): Promise<MergeBriefings.Result> {
      return strapi.db.transaction(async () => {
        const duplicate = await draftOf(duplicateDocumentId, 'duplicateDocumentId');
        const into = await draftOf(intoDocumentId, 'intoDocumentId');
        const problems = mergeProblems(sideOf(duplicate), sideOf(into));
        if (problems.length > 0) refuse(problems);

        const kept = listsOf(into);
        const added = mergeAdditions(kept, listsOf(duplicate));
        const data: DocumentRow = {};
        for (const field of Object.keys(MOVED_COMPONENTS) as MovedComponent[]) {
          // The kept entries go back with their ids (unchanged rows); the added ones are new rows.
          if (added[field].length > 0) data[field] = [...kept[field].map((entry) => ({ id: entry.id, ...entryData(field, entry) })), ...added[field].map((entry) => entryData(field, entry))];
        }
        if (added.places.length > 0) data.places = { connect: added.places.map(({ documentId }) => ({ documentId })) };
        if (added.articles.length > 0) {
          const [first, ...rest] = added.articles;
          const further = into.sourceArticle ? added.articles : rest;
          if (!into.sourceArticle) data.sourceArticle = first!.documentId;
          if (further.length > 0) data.furtherArticles = { connect: further.map(({ documentId }) => ({ documentId })) };
        }

        const words = reason || `Merged “${duplicate.title}” into “${into.title}”.`;
        const published = await strapi.db.query(BRIEFING).findOne({ where: { documentId: duplicateDocumentId, publishedAt: { $notNull: true } }, select: ['id'] });
        await writingFor(words, async () => {
          if (Object.keys(data).length > 0) await strapi.documents(BRIEFING).update({ documentId: intoDocumentId, data } as never);
          if (published) await strapi.documents(BRIEFING).unpublish({ documentId: duplicateDocumentId } as never);
          const emptied: DocumentRow = { actorRoles: [], quotes: [], sources: [], places: { set: [] } };
          if (articleModel(strapi)) Object.assign(emptied, { sourceArticle: { set: [] }, furtherArticles: { set: [] } });
          await asMerge(() =>
            strapi.documents(BRIEFING).update({ documentId: duplicateDocumentId, data: { ...emptied, mergedInto: intoDocumentId, mergedAt: new Date(), publishedWhenMerged: Boolean(published) } } as never),
          );
        });
        // The kept briefing's published version (if any) now lists the duplicate: its old address leads there.
        await shelveBriefings(strapi, [intoDocumentId]);

        const moved = Object.fromEntries(MERGED_FIELDS.map((field) => [field, added[field].length])) as unknown as MergeBriefings.Moved;
        return { duplicateDocumentId, intoDocumentId, moved, unpublished: Boolean(published) };
      });
    },

    /** Where a merged briefing went, for its old public address: the documentId of the briefing kept, or null (also for a draft merged, which had none). */
    async mergedInto(documentId: string): Promise<string | null> {
      const row = await strapi.db.query(BRIEFING).findOne({ where: { documentId, publishedAt: null, mergedInto: { $notNull: true }, ...HAD_AN_ADDRESS }, select: ['mergedInto'] });
      return row?.mergedInto ?? null;
    },

    /** A briefing's merges as its edit view shows them, and the briefings of its incident it could be merged into. */
    async stateOf(documentId: string): Promise<MergeState.State> {
      const row = await strapi.db.query(BRIEFING).findOne({ where: { documentId, publishedAt: null }, select: ['documentId', 'title', 'marking', 'mergedInto', 'mergedAt'] });
      if (!row) throw new errors.NotFoundError(`No briefing has the documentId “${documentId}”.`);
      const target = row.mergedInto
        ? await strapi.db.query(BRIEFING).findOne({ where: { documentId: row.mergedInto, publishedAt: null }, select: ['documentId', 'title', 'marking'] })
        : null;
      const duplicates = (await strapi.db.query(BRIEFING).findMany({
        where: { mergedInto: documentId, publishedAt: null },
        select: ['documentId', 'title', 'marking', 'mergedAt'],
        orderBy: [{ mergedAt: 'asc' }],
      })) as DocumentRow[];
      const suggestions = row.mergedInto ? [] : await getService(strapi, 'candidates').forBriefing(documentId);
      return {
        mergedInto: target ? refOf(target) : row.mergedInto ? { documentId: row.mergedInto, title: row.mergedInto, marking: null } : null,
        mergedAt: isoOrNull(row.mergedAt),
        duplicates: duplicates.map((duplicate) => ({ ...refOf(duplicate), mergedAt: isoOrNull(duplicate.mergedAt) })),
        suggestions: suggestions.map(({ documentId: id, title, marking, eventType, incidentDate, why, reasons }) => ({ documentId: id, title, marking, eventType, incidentDate, why, reasons })),
      };
    },
  };
};
