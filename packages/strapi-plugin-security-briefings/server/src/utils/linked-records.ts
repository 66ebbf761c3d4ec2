import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { BRIEFING, componentUid } from '../constants';
import type { BriefingRecord } from '@security-briefings/entities';

/** Actors and places are seen only through the briefings that link them. */
export type LinkedKind = 'actors' | 'places';

/** Document-service filter: the briefings that link this actor (as a role or a speaker) or this place (incident or other places). */
export function linkFilter(kind: LinkedKind, documentId: string) {
  const is = { documentId: { $eq: documentId } };
  return kind === 'actors'
    ? { $or: [{ actorRoles: { actor: is } }, { quotes: { speaker: is } }] }
    : { $or: [{ incident: { place: is } }, { places: is }] };
}

type Link = { documentId: string; name?: string } | null | undefined;
type Linking = { affiliation?: Link; parent?: Link } | null | undefined;

/**
 * An actor's affiliation and a place's parent are records of their own: they are shown only when the
 * reader may see them (linked from a briefing the reader may read), else left out rather than leaked
 * by name. What the records themselves link is seen; the rest is asked of `isLinked`, once per record.
 */
export async function hideUnseenLinks(
  briefings: BriefingRecord[],
  isLinked: (kind: LinkedKind, documentId: string) => Promise<boolean>,
): Promise<BriefingRecord[]> {
  const actors = briefings.flatMap((b) => [...(b.actorRoles ?? []).map((r) => r.actor), ...(b.quotes ?? []).map((q) => q.speaker)]);
  const places = briefings.flatMap((b) => [b.incident?.place, ...(b.places ?? [])]);
  const linking: Record<LinkedKind, { records: Linking[]; link: 'affiliation' | 'parent' }> = {
    actors: { records: actors as Linking[], link: 'affiliation' },
    places: { records: places as Linking[], link: 'parent' },
  };
  for (const kind of ['actors', 'places'] as const) {
    const { records, link } = linking[kind];
    const seen = new Set(records.filter(Boolean).map((r) => (r as { documentId: string }).documentId));
    const unseen = new Set(records.map((r) => r?.[link]?.documentId).filter((id): id is string => Boolean(id) && !seen.has(id!)));
    for (const id of unseen) if (await isLinked(kind, id)) seen.add(id);
    for (const record of records) {
      const target = record?.[link];
      if (target && !seen.has(target.documentId)) record![link] = null;
    }
  }
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
