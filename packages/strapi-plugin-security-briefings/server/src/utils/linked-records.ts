import type { BriefingRecord } from '@security-briefings/entities';
import type { LinkedKind } from '../published/shelf';

export type { LinkedKind };

type Link = { documentId: string; name?: string } | null | undefined;
type Linking = { documentId: string; affiliation?: Link; parent?: Link } | null | undefined;
const LINK = { actors: 'affiliation', places: 'parent' } as const;

/** Which of these records the reader may open (linked from a briefing they may read): one query for a whole page. */
export type OpenedRecords = (kind: LinkedKind, documentIds: string[]) => Promise<Set<string>>;

/**
 * An actor's affiliation and a place's parent are records of their own: they are shown only when the
 * reader may see them (linked from a briefing the reader may read), else left out rather than leaked
 * by name. The records given are seen; the other links are asked of `opened`, all at once.
 */
export async function hideUnseenLinksOf(kind: LinkedKind, records: Linking[], opened: OpenedRecords) {
  const link = LINK[kind];
  const seen = new Set(records.flatMap((record) => (record ? [record.documentId] : [])));
  const unseen = [...new Set(records.flatMap((record) => record?.[link]?.documentId ?? []).filter((id) => !seen.has(id)))];
  for (const id of await opened(kind, unseen)) seen.add(id);
  for (const record of records) {
    const target = record?.[link];
    if (target && !seen.has(target.documentId)) record![link] = null;
  }
}

/** The same rule for briefings: the actors and places they show, with their affiliations and parents. */
export async function hideUnseenLinks(briefings: BriefingRecord[], opened: OpenedRecords): Promise<BriefingRecord[]> {
  const actors = briefings.flatMap((b) => [...(b.actorRoles ?? []).map((r) => r.actor), ...(b.quotes ?? []).map((q) => q.speaker)]);
  const places = briefings.flatMap((b) => [b.incident?.place, ...(b.places ?? [])]);
  await hideUnseenLinksOf('actors', actors as Linking[], opened);
  await hideUnseenLinksOf('places', places as Linking[], opened);
  return briefings;
}
