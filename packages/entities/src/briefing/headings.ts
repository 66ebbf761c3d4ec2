import { ACTOR_ROLES, CERTAINTIES, SOURCE_KINDS } from '../vocabularies';

/**
 * The title of a collapsed component entry in the editor, in words: the Content Manager titles each
 * entry with one stored field (its mainField) and shows it as it is, so the server stores this heading
 * on every write rather than the slug ("perpetrator") or an empty name (an anonymous source). Never
 * public: a source's heading names what an anonymous source is.
 */
export type HeadedComponent = 'actor-role' | 'source';

export interface ActorRoleEntry {
  role?: string | null;
  certainty?: string | null;
  actor?: { name?: string | null } | null;
}

export interface SourceEntry {
  kind?: string | null;
  name?: string | null;
  anonymous?: boolean | null;
  descriptor?: string | null;
}

/** The Content Manager's string fields hold 255 characters. */
export const HEADING_LENGTH = 255;

const present = (text: string | null | undefined) => (text ?? '').trim();
const fitted = (heading: string) => (heading.length <= HEADING_LENGTH ? heading : `${heading.slice(0, HEADING_LENGTH - 1)}…`);
const labelOf = (vocabulary: { has(v: unknown): boolean; label(v: never): string }, value: string | null | undefined) =>
  value && vocabulary.has(value) ? vocabulary.label(value as never) : present(value);

function actorRoleHeading(entry: ActorRoleEntry): string {
  const role = labelOf(ACTOR_ROLES, entry.role) || 'No role chosen';
  const actor = present(entry.actor?.name) || 'no actor chosen';
  // Confirmed is the default: only a weaker certainty is worth the room in a title.
  const certainty = entry.certainty && entry.certainty !== 'confirmed' ? ` (${labelOf(CERTAINTIES, entry.certainty).toLowerCase()})` : '';
  return `${role}: ${actor}${certainty}`;
}

function sourceHeading(entry: SourceEntry): string {
  const kind = labelOf(SOURCE_KINDS, entry.kind) || 'Source';
  if (entry.anonymous) {
    const who = present(entry.descriptor);
    return who ? `Anonymous: ${who} (${kind})` : `Anonymous (${kind})`;
  }
  return `${kind}: ${present(entry.name) || 'no name given'}`;
}

/** "Perpetrator: Islamic State", "Anonymous: security officials (Official)", "Official: Iraqi Ministry of Foreign Affairs". */
export function componentHeading(kind: 'actor-role', entry: ActorRoleEntry): string;
export function componentHeading(kind: 'source', entry: SourceEntry): string;
export function componentHeading(kind: HeadedComponent, entry: ActorRoleEntry | SourceEntry): string {
  return fitted(kind === 'actor-role' ? actorRoleHeading(entry as ActorRoleEntry) : sourceHeading(entry as SourceEntry));
}
