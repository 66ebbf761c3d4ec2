import type { Audience, TlpMarking } from '@security-briefings/entities';
import { PUBLIC_MARKINGS } from '@security-briefings/entities';

/** What a content-API request may read. Today every caller gets the public view; partner access arrives with the exports. */
export interface Access {
  audience: Audience;
  markings: readonly TlpMarking[];
}

export const PUBLIC_ACCESS: Access = { audience: 'public', markings: PUBLIC_MARKINGS };

export const accessFor = (_ctx: unknown): Access => PUBLIC_ACCESS;
