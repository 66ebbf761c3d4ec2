import { TLP_MARKINGS, isMoreRestrictive, type TlpMarking } from '../vocabularies/markings';
import { nameKey } from './same-incident';
import { sourceKey } from './verification';
import type { Problem } from './validation';

/**
 * Merging a duplicate briefing into the briefing kept, written once: what may be merged, and what
 * the kept briefing receives. Everything of the duplicate moves (actor roles, quotes, sources,
 * places, articles) except what the kept briefing already has; the duplicate stays as a record that
 * points to the kept one.
 */

/** A briefing as the merge rule judges it. */
export interface MergeSide {
  documentId: string;
  title: string;
  marking?: TlpMarking | null;
  /** The briefing it was merged into, if it was. */
  mergedInto?: string | null;
}

const mergeProblem = (field: string, message: string): Problem => ({ path: [field], field, message });

/** Why the duplicate may not be merged into that briefing (each naming the field at fault), or none. */
export function mergeProblems(duplicate: MergeSide, into: MergeSide): Problem[] {
  if (duplicate.documentId === into.documentId) return [mergeProblem('intoDocumentId', 'A briefing cannot be merged into itself: pick the other briefing of the incident.')];
  const problems: Problem[] = [];
  if (duplicate.mergedInto) {
    problems.push(mergeProblem('duplicateDocumentId', `“${duplicate.title}” was already merged into another briefing.`));
  }
  if (into.mergedInto) {
    problems.push(mergeProblem('intoDocumentId', `“${into.title}” was itself merged into another briefing: merge into that one instead.`));
  }
  // The duplicate's facts become the kept briefing's, shared as widely as its marking allows.
  if (isMoreRestrictive(duplicate.marking, into.marking)) {
    problems.push(
      mergeProblem(
        'marking',
        `“${duplicate.title}” is ${TLP_MARKINGS.label(duplicate.marking!)} and “${into.title}” ${TLP_MARKINGS.label(into.marking!)}: ` +
          `its facts would be shared more widely than its marking allows. Raise the marking of “${into.title}” first, or merge the other way.`,
      ),
    );
  }
  return problems;
}

/** The lists a merge joins, as the briefing's fields hold them (relations by documentId). */
export interface MergedLists {
  actorRoles: Array<{ actor?: { documentId: string } | null; role?: string | null }>;
  quotes: Array<{ text?: string | null; speaker?: { documentId: string } | null }>;
  sources: Array<{ name?: string | null; anonymous?: boolean | null; descriptor?: string | null }>;
  places: Array<{ documentId: string }>;
  articles: Array<{ documentId: string }>;
}

/** When two entries are the same: one key per kind, so the kept briefing never gets a second copy. */
const KEYS: { [Field in keyof MergedLists]: (entry: MergedLists[Field][number]) => string } = {
  actorRoles: (role) => `${role.actor?.documentId ?? ''}|${role.role ?? ''}`,
  quotes: (quote) => `${quote.speaker?.documentId ?? ''}|${nameKey(quote.text ?? '')}`,
  sources: sourceKey,
  places: (place) => place.documentId,
  articles: (article) => article.documentId,
};

export const MERGED_FIELDS = Object.keys(KEYS) as (keyof MergedLists)[];

/**
 * What the kept briefing receives from the duplicate: for each list, the duplicate's entries it does
 * not have yet, in the duplicate's order.
 */
export function mergeAdditions<Lists extends MergedLists>(into: Lists, duplicate: Lists): { [Field in keyof MergedLists]: Lists[Field] } {
  const additions = {} as { [Field in keyof MergedLists]: Lists[Field] };
  for (const field of MERGED_FIELDS) {
    const key = KEYS[field] as (entry: unknown) => string;
    const kept = new Set((into[field] as unknown[]).map(key));
    const added = (duplicate[field] as unknown[]).filter((entry) => {
      const k = key(entry);
      if (kept.has(k)) return false;
      kept.add(k);
      return true;
    });
    (additions as Record<string, unknown[]>)[field] = added;
  }
  return additions;
}
