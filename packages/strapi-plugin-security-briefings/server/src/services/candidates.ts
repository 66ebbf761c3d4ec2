import type { Core } from '@strapi/strapi';
import { incidentWindow, rankSameIncident, type IncidentFacts } from '@security-briefings/entities';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { FindCandidates } from '../../../shared/contracts/candidates';
import { BRIEFING } from '../constants';
import { documents, type DocumentRow } from '../utils/documents';
import { getService } from '../utils/services';

const PLACE_FIELDS = ['name', 'kind', 'countryCode', 'admin1', 'latitude', 'longitude'];

/** What a briefing's candidates are read with: only what the same-incident rule compares and the panel shows. */
const CANDIDATE_QUERY = {
  status: 'draft' as const,
  fields: ['documentId', 'title', 'marking', 'eventType', 'incidentDate'],
  populate: {
    incident: { fields: ['datePrecision'], populate: { place: { fields: PLACE_FIELDS } } },
    actorRoles: { fields: ['role'], populate: { actor: { fields: ['documentId', 'name'], populate: { aliases: { fields: ['value'] } } } } },
  },
};

/** The facts of an article's draft the same-incident rule compares. */
export function factsOfDraft(draft: CreateDraft.Draft): IncidentFacts {
  const { incident } = draft;
  const place = incident.place ? draft.places.find((candidate) => candidate.key === incident.place!.key) : undefined;
  return {
    eventType: incident.eventType,
    date: incident.date,
    datePrecision: incident.datePrecision,
    place: place ? { name: place.name, kind: place.kind, countryCode: place.countryCode, admin1: place.admin1, latitude: place.latitude, longitude: place.longitude } : null,
    actors: draft.actorRoles.map(({ actor, match }) => ({
      name: actor.name,
      aliases: actor.aliases.map((alias) => alias.value),
      documentId: match.status === 'existing' ? match.documentId : null,
    })),
  };
}

/** The facts of a briefing as the candidate query reads it (the listing fields are kept in step with its incident). */
function factsOfBriefing(row: DocumentRow): IncidentFacts {
  return {
    eventType: row.eventType ?? null,
    date: row.incidentDate ?? null,
    datePrecision: row.incident?.datePrecision ?? null,
    place: row.incident?.place ?? null,
    actors: (row.actorRoles ?? [])
      .filter((role: DocumentRow) => role.actor)
      .map(({ actor }: DocumentRow) => ({ name: actor.name, documentId: actor.documentId, aliases: (actor.aliases ?? []).map((alias: DocumentRow) => alias.value) })),
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Briefings that may report the incident of one of the host's articles, closest first (without the briefing being edited). */
  async forArticle(articleDocumentId: string, options: { exclude?: string } = {}): Promise<FindCandidates.Candidate[]> {
    const draft = await getService(strapi, 'draft').fromArticle(articleDocumentId);
    return this.forFacts(factsOfDraft(draft), options);
  },

  /**
   * Briefings that may report an incident with these facts. The database is asked only for briefings
   * of the same event type dated within the window (the index on both listing fields), so the answer
   * costs the same whatever the archive's size; places and actors are then compared by the rule.
   */
  async forFacts(facts: IncidentFacts, { exclude }: { exclude?: string } = {}): Promise<FindCandidates.Candidate[]> {
    const window = facts.eventType && facts.date ? incidentWindow(facts.date) : null;
    if (!window) return [];
    const rows = await documents(strapi, BRIEFING).findMany({
      ...CANDIDATE_QUERY,
      filters: { eventType: facts.eventType, incidentDate: { $gte: window.from, $lte: window.to }, ...(exclude ? { documentId: { $ne: exclude } } : {}) },
    });
    const ranked = rankSameIncident(facts, rows.map((row) => ({ row, facts: factsOfBriefing(row) })));
    return ranked.slice(0, FindCandidates.LIMIT).map(({ row, match }) => ({
      documentId: row.documentId,
      title: row.title,
      marking: row.marking ?? null,
      eventType: row.eventType,
      incidentDate: row.incidentDate,
      place: row.incident?.place?.name ?? null,
      why: match.why,
      reasons: match.reasons,
      score: Math.round(match.score * 100) / 100,
    }));
  },
});
