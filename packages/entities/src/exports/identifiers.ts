import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * The namespace of every UUIDv5 the exporters mint. Written once and never changed: the ids of
 * re-exported briefings, actors and places stay the same, so partners can de-duplicate them.
 */
export const BRIEFING_UUID_NAMESPACE = '7313ed9f-543a-4ada-8077-1e16196b4acb';

/** The namespace and names as bytes: uuid would otherwise parse the namespace twice per id, a tenth of a bulk STIX export. */
const NAMESPACE_BYTES = parseUuid(BRIEFING_UUID_NAMESPACE);
const utf8 = new TextEncoder();

/** A stable UUID for a thing named by its parts, e.g. stableUuid('actor', documentId). */
export const stableUuid = (...parts: string[]): string => uuidv5(utf8.encode(parts.join(':')), NAMESPACE_BYTES);
