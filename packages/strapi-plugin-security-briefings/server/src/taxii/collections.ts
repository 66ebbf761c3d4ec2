import { TLP_MARKINGS, stableUuid } from '@security-briefings/entities';
import { FEED_COLLECTIONS, type FeedCollection } from '../feed/keeping';
import type { Access } from '../utils/access';

/** TAXII 2.1's media type: every answer carries it. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** What the collections hold. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** Where the server lives under the plugin's content API, and its one API root. */
export const TAXII_PATH = '/taxii2';
export const API_ROOT = 'root';

/** A collection's id: the same on every install and every start, so a partner's configuration never breaks. */
export const collectionId = (marking: FeedCollection) => stableUuid('taxii', 'collection', marking);

export interface TaxiiCollection {
  id: string;
  marking: FeedCollection;
  title: string;
  description: string;
}

export const COLLECTIONS: TaxiiCollection[] = FEED_COLLECTIONS.map((marking) => ({
  id: collectionId(marking),
  marking,
  title: `${TLP_MARKINGS.label(marking)} briefings`,
  description: `Published security briefings marked ${TLP_MARKINGS.label(marking)}, as STIX 2.1: each publish a new version, each unpublish or re-marking a revoked one.`,
}));

/** The collections this caller may read: its markings among CLEAR, GREEN and AMBER. */
export const readableCollections = (access: Access) => COLLECTIONS.filter((c) => access.markings.includes(c.marking));

/** The collection resource as TAXII describes it (read-only). */
export const describeCollection = (collection: TaxiiCollection) => ({
  id: collection.id,
  title: collection.title,
  description: collection.description,
  can_read: true,
  can_write: false,
  media_types: [STIX_MEDIA_TYPE],
});
