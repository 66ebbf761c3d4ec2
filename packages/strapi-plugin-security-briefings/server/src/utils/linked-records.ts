import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ACTOR, BRIEFING, PLACE, componentUid } from '../constants';
import type { BriefingRecord } from '@security-briefings/entities';

/** Actors and places are seen only through the briefings that link them. */
export type LinkedKind = 'actors' | 'places';

type Link = { documentId: string; name?: string } | null | undefined;
type Linking = { documentId: string; affiliation?: Link; parent?: Link } | null | undefined;
const LINK = { actors: 'affiliation', places: 'parent' } as const;

/**
 * An actor's affiliation and a place's parent are records of their own: they are shown only when the
 * reader may see them (linked from a briefing the reader may read), else left out rather than leaked
 * by name. The records given are seen; any other link is asked of `isLinked`, once each.
 */
export async function hideUnseenLinksOf(kind: LinkedKind, records: Linking[], isLinked: (kind: LinkedKind, documentId: string) => Promise<boolean>) {
  const link = LINK[kind];
  const seen = new Set(records.flatMap((record) => (record ? [record.documentId] : [])));
  const unseen = new Set(records.flatMap((record) => record?.[link]?.documentId ?? []).filter((id) => !seen.has(id)));
  for (const id of unseen) if (await isLinked(kind, id)) seen.add(id);
  for (const record of records) {
    const target = record?.[link];
    if (target && !seen.has(target.documentId)) record![link] = null;
  }
}

/** The same rule for briefings: the actors and places they show, with their affiliations and parents. */
export async function hideUnseenLinks(
  briefings: BriefingRecord[],
  isLinked: (kind: LinkedKind, documentId: string) => Promise<boolean>,
): Promise<BriefingRecord[]> {
  const actors = briefings.flatMap((b) => [...(b.actorRoles ?? []).map((r) => r.actor), ...(b.quotes ?? []).map((q) => q.speaker)]);
  const places = briefings.flatMap((b) => [b.incident?.place, ...(b.places ?? [])]);
  await hideUnseenLinksOf('actors', actors as Linking[], isLinked);
  await hideUnseenLinksOf('places', places as Linking[], isLinked);
  return briefings;
}

/**
 * Row ids of the actors or places that published briefings of these markings link, as one SQL
 * subquery over the link tables (names from Strapi's metadata). A list of linked records then costs
 * one indexed query whatever the archive's size, instead of loading every visible briefing and
 * sending their links back as thousands of bound values (SQLite refuses more than 32,766).
 */
export function linkedRowIds(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[]): Knex.QueryBuilder {
  const knex = strapi.db.connection;
  const briefing = strapi.db.metadata.get(BRIEFING);
  const column = (name: string) => `b.${(briefing.attributes[name] as { columnName?: string }).columnName ?? name}`;
  const published = (query: Knex.QueryBuilder) => query.whereNotNull(column('publishedAt')).whereIn(column('marking'), [...markings]);

  /** Records a briefing's component links to: briefing -> component (through the components table) -> record. */
  const throughComponent = (field: string, component: string, relation: string) => {
    const components = (briefing.attributes[field] as unknown as { joinTable: JoinTable }).joinTable;
    const link = (strapi.db.metadata.get(component as never).attributes[relation] as unknown as { joinTable: JoinTable }).joinTable;
    return knex
      .select(`l.${link.inverseJoinColumn.name}`)
      .from({ b: briefing.tableName })
      .join({ c: components.name }, `c.${components.joinColumn.name}`, 'b.id')
      .join({ l: link.name }, `l.${link.joinColumn.name}`, `c.${components.inverseJoinColumn.name}`)
      .where('c.field', field)
      .where('c.component_type', component)
      .modify(published);
  };

  if (kind === 'actors') {
    return throughComponent('actorRoles', componentUid('actor-role'), 'actor').union(throughComponent('quotes', componentUid('quote'), 'speaker'));
  }
  const places = (briefing.attributes.places as unknown as { joinTable: JoinTable }).joinTable;
  const otherPlaces = knex
    .select(`l.${places.inverseJoinColumn.name}`)
    .from({ b: briefing.tableName })
    .join({ l: places.name }, `l.${places.joinColumn.name}`, 'b.id')
    .modify(published);
  return throughComponent('incident', componentUid('incident'), 'place').union(otherPlaces);
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** Whether a published briefing of these markings links the actor or place: the same subquery, for one record. */
export async function isLinked(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[], documentId: string): Promise<boolean> {
  const model = strapi.db.metadata.get(kind === 'actors' ? ACTOR : PLACE);
  const documentIdColumn = (model.attributes.documentId as { columnName?: string }).columnName ?? 'document_id';
  const row = await strapi.db
    .connection(model.tableName)
    .whereIn('id', linkedRowIds(strapi, kind, markings))
    .where(documentIdColumn, documentId)
    .first('id');
  return Boolean(row);
}

