import { parse as parseUuid } from 'uuid';
import { uuidV5 } from './uuid-v5';

/**
 * The namespace of every UUIDv5 the exporters mint. Written once and never changed: the ids of
 * re-exported briefings, actors and places stay the same, so partners can de-duplicate them.
 */
export const BRIEFING_UUID_NAMESPACE = '7313ed9f-543a-4ada-8077-1e16196b4acb';

/** The namespace as bytes, parsed once rather than per id. */
const NAMESPACE_BYTES = parseUuid(BRIEFING_UUID_NAMESPACE);

/** A stable UUID for a thing named by its parts, e.g. stableUuid('actor', documentId). */
export const stableUuid = (...parts: string[]): string => uuidV5(NAMESPACE_BYTES, parts.join(':'));
