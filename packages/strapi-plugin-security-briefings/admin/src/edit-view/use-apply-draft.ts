import * as React from 'react';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { useDraftService } from '../services/draft';
import { planDraft, type DraftChoice, type FormChange, type LinkTarget } from './apply-draft';

/** Creates the actors and places a draft suggests that do not exist yet (the draft service, in the admin). */
export interface RecordCreator {
  createActor(suggestion: CreateDraft.ActorRoleSuggestion): Promise<LinkTarget>;
  createPlace(place: CreateDraft.PlaceSuggestion): Promise<LinkTarget>;
}

/** The briefing form as the panel sees it. */
export interface DraftForm {
  values: Record<string, any>;
  /** The saved document: what its relations link to now (the form holds only changes). */
  saved?: Record<string, any> | null;
  /** The model of the article type, when the briefing links to one. */
  articleModel?: string | null;
}

export interface AppliedDraft {
  /** What to change in the form, in order. */
  changes: FormChange[];
  /** How many actors and places were created. */
  created: number;
  /** The draft with the records just created matched as existing: applying it again links them instead of creating them twice. */
  draft: CreateDraft.Draft;
}

type Suggestion = { key: string; match: CreateDraft.Match };

/**
 * Puts the chosen suggestions into the briefing form: creates the actors and places that are new
 * (one request at a time, actors first, in the article's order), links those that exist, and says
 * what to change in the form. A failed request stops it before the form is touched; the error is the
 * fetch client's, with the server's message.
 */
export async function applyDraft(draft: CreateDraft.Draft, choice: DraftChoice, form: DraftForm, creator: RecordCreator): Promise<AppliedDraft> {
  const wanted = new Set(choice.selected);
  // The incident's place is needed for the incident, even when it is not ticked among the places.
  if (choice.selected.has('incident') && draft.incident.place) wanted.add(draft.incident.place.key);

  const records: Array<{ suggestion: Suggestion; create: () => Promise<LinkTarget> }> = [
    ...draft.actorRoles.map((suggestion) => ({ suggestion, create: () => creator.createActor(suggestion) })),
    ...draft.places.map((place) => ({ suggestion: place, create: () => creator.createPlace(place) })),
  ];
  const links = new Map<string, LinkTarget>();
  let created = 0;
  for (const { suggestion, create } of records) {
    if (!wanted.has(suggestion.key)) continue;
    const { match } = suggestion;
    if (match.status === 'existing') {
      links.set(suggestion.key, { id: match.id, documentId: match.documentId, name: match.name });
    } else {
      links.set(suggestion.key, await create());
      created += 1;
    }
  }

  const changes = planDraft(draft, choice, form.values, links, { saved: form.saved, articleModel: form.articleModel });
  const asLinked = <S extends Suggestion>(suggestion: S): S => {
    const target = links.get(suggestion.key);
    return target ? { ...suggestion, match: { status: 'existing', ...target } } : suggestion;
  };
  return { changes, created, draft: { ...draft, actorRoles: draft.actorRoles.map(asLinked), places: draft.places.map(asLinked) } };
}

/** applyDraft with the new records created through the Content Manager. */
export function useApplyDraft() {
  const service = useDraftService();
  return React.useCallback((draft: CreateDraft.Draft, choice: DraftChoice, form: DraftForm) => applyDraft(draft, choice, form, service), [service]);
}
