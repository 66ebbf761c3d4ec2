import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { isLinked, sourceKey, sourceSchema } from '@security-briefings/entities';
import { ACTOR, PLACE } from '../../../shared/identity';
import { effectiveLink } from './saved-links';

/** A record the form can link to: what the Content Manager's relation inputs hold for a connected record. */
export interface LinkTarget {
  id: number;
  documentId: string;
  name: string;
}

/** One change to the form, made with the form's own `onChange(path, value)`. */
export interface FormChange {
  path: string;
  value: unknown;
}

export interface DraftChoice {
  /** Keys of the chosen suggestions: "incident", actor, place, quote, source and date keys. */
  selected: ReadonlySet<string>;
  /** Overwrite what the editor already filled in. */
  replace: boolean;
}

type Values = Record<string, any>;

const isEmpty = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '');

const relationItem = (target: LinkTarget, model: string, key: string) => ({
  id: target.id,
  documentId: target.documentId,
  apiData: { id: target.id, documentId: target.documentId, isTemporary: true },
  name: target.name,
  label: target.name,
  href: `../collection-types/${model}/${target.documentId}`,
  __temp_key__: key,
});

const connectOne = (target: LinkTarget, model: string) => ({ connect: [relationItem(target, model, 'a0')], disconnect: [] });

const connected = (value: unknown): Array<{ documentId?: string; id?: number }> =>
  value && typeof value === 'object' && Array.isArray((value as any).connect) ? (value as any).connect : [];

const lastKey = (items: Array<{ __temp_key__?: string }>) =>
  items.reduce<string | null>((last, item) => (item.__temp_key__ && (!last || item.__temp_key__ > last) ? item.__temp_key__ : last), null);

/**
 * The changes that put the chosen suggestions into the briefing form. Nothing the editor filled in is
 * overwritten unless they asked to replace it; lists (actors, places, quotes) are added to, never cut.
 * `links` gives the record each chosen actor and place suggestion stands for (existing or just created).
 */
export function planDraft(
  draft: CreateDraft.Draft,
  choice: DraftChoice,
  values: Values,
  links: ReadonlyMap<string, LinkTarget>,
  options: { saved?: Values | null; articleModel?: string | null } = {},
): FormChange[] {
  const saved = options.saved ?? {};
  const hasLink = (formValue: unknown, savedValue: unknown) => isLinked(effectiveLink(formValue, savedValue));
  const changes: FormChange[] = [];
  const { selected, replace } = choice;
  const fill = (path: string, current: unknown, value: unknown) => {
    if (value === undefined || value === null) return;
    if (replace || isEmpty(current)) changes.push({ path, value });
  };

  if (draft.article && 'title' in values) fill('title', values.title, draft.article.title);
  // The article read becomes the briefing's source article, unless the form links one already.
  if (draft.article && options.articleModel && 'sourceArticle' in values && !hasLink(values.sourceArticle, saved.sourceArticle)) {
    changes.push({ path: 'sourceArticle', value: connectOne({ id: draft.article.id, documentId: draft.article.documentId, name: draft.article.title }, options.articleModel) });
  }

  if (selected.has('incident')) {
    const suggestion = draft.incident;
    const chosenDate = draft.dates.find((date) => selected.has(date.key));
    const place = suggestion.place ? links.get(suggestion.place.key) : undefined;
    const incident: Values = {
      eventType: suggestion.eventType,
      subEventType: suggestion.subEventType,
      date: chosenDate?.date ?? suggestion.date,
      datePrecision: chosenDate?.precision ?? suggestion.datePrecision,
      dateAsWritten: chosenDate?.text ?? suggestion.dateAsWritten,
      fatalitiesMin: suggestion.fatalitiesMin,
      fatalitiesMax: suggestion.fatalitiesMin,
      fatalitiesAsWritten: suggestion.fatalitiesAsWritten,
    };
    if (values.incident == null) {
      changes.push({
        path: 'incident',
        value: { ...incident, place: place ? connectOne(place, PLACE) : { connect: [], disconnect: [] } },
      });
    } else {
      for (const [field, value] of Object.entries(incident)) fill(`incident.${field}`, values.incident[field], value);
      if (place && (replace || !hasLink(values.incident.place, saved.incident?.place))) {
        changes.push({ path: 'incident.place', value: connectOne(place, PLACE) });
      }
    }
  } else {
    const chosenDate = draft.dates.find((date) => selected.has(date.key));
    if (chosenDate) {
      const current = values.incident ?? {};
      if (values.incident == null) {
        changes.push({ path: 'incident', value: { date: chosenDate.date, datePrecision: chosenDate.precision, dateAsWritten: chosenDate.text, place: { connect: [], disconnect: [] } } });
      } else {
        fill('incident.date', current.date, chosenDate.date);
        fill('incident.datePrecision', current.datePrecision, chosenDate.precision);
        fill('incident.dateAsWritten', current.dateAsWritten, chosenDate.text);
      }
    }
  }

  // People and organisations: one actor-role row each, with the role the text gives, or "mentioned" until the editor says.
  const roles: Values[] = Array.isArray(values.actorRoles) ? values.actorRoles : [];
  const linkedActors = new Set(roles.flatMap((row) => connected(row.actor).map((item) => item.documentId)));
  const newActors = draft.actorRoles.filter((actor) => selected.has(actor.key) && links.has(actor.key) && !linkedActors.has(links.get(actor.key)!.documentId));
  if (newActors.length) {
    const keys = generateNKeysBetween(lastKey(roles), null, newActors.length);
    changes.push({
      path: 'actorRoles',
      value: [
        ...roles,
        ...newActors.map((actor, index) => ({
          __temp_key__: keys[index],
          actor: connectOne(links.get(actor.key)!, ACTOR),
          role: actor.role ?? 'mentioned',
          certainty: actor.certainty,
          note: null,
        })),
      ],
    });
  }

  // Other places mentioned: every chosen place but the incident's own.
  const incidentPlace = selected.has('incident') && draft.incident.place ? draft.incident.place.key : null;
  const current = connected(values.places);
  const already = new Set(current.map((item) => item.documentId));
  const morePlaces = draft.places.filter((place) => place.key !== incidentPlace && selected.has(place.key) && links.has(place.key) && !already.has(links.get(place.key)!.documentId));
  if (morePlaces.length) {
    let key = lastKey(current as Array<{ __temp_key__?: string }>);
    const items = morePlaces.map((place) => {
      key = generateKeyBetween(key, null);
      return relationItem(links.get(place.key)!, PLACE, key);
    });
    changes.push({ path: 'places', value: { connect: [...current, ...items], disconnect: values.places?.disconnect ?? [] } });
  }

  // Quotes, each with its speaker when the speaker is linked.
  const quotes: Values[] = Array.isArray(values.quotes) ? values.quotes : [];
  const written = new Set(quotes.map((quote) => String(quote.text ?? '').trim()));
  const newQuotes = draft.quotes.filter((quote) => selected.has(quote.key) && !written.has(quote.text.trim()));
  if (newQuotes.length) {
    const keys = generateNKeysBetween(lastKey(quotes), null, newQuotes.length);
    changes.push({
      path: 'quotes',
      value: [
        ...quotes,
        ...newQuotes.map((quote, index) => {
          const speaker = quote.speaker ? links.get(quote.speaker.key) : undefined;
          return {
            __temp_key__: keys[index],
            text: quote.text,
            speaker: speaker ? connectOne(speaker, ACTOR) : { connect: [], disconnect: [] },
            medium: null,
            saidAt: null,
          };
        }),
      ],
    });
  }

  // Sources: the outlet, agencies, officials and anonymous sources chosen, each once (the same source by the rule merges and verification use), as the source component takes them.
  const sources: Values[] = Array.isArray(values.sources) ? values.sources : [];
  const listed = new Set(sources.map(sourceKey));
  const newSources = draft.sources
    .filter((source) => selected.has(source.key) && !listed.has(sourceKey(source)))
    .map(({ kind, name, url, anonymous, descriptor }) => ({ kind, name, url, anonymous, descriptor }))
    .filter((source) => sourceSchema.safeParse(source).success);
  if (newSources.length) {
    const keys = generateNKeysBetween(lastKey(sources), null, newSources.length);
    changes.push({
      path: 'sources',
      value: [...sources, ...newSources.map((source, index) => ({ __temp_key__: keys[index], ...source, reliability: null, credibility: null }))],
    });
  }

  return changes;
}
