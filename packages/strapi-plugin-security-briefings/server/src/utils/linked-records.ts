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
