import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { incidentWindow, offeredChanges, rankSameIncident, type BriefingDraft, type IncidentFacts } from '@security-briefings/entities';
import { FindCandidates, type LinkArticle } from '../../../shared/contracts/candidates';
import { BRIEFING } from '../constants';
import { documents, type DocumentRow } from '../utils/documents';
import { getService } from '../utils/services';

const PLACE_FIELDS = ['name', 'kind', 'countryCode', 'admin1', 'latitude', 'longitude'];

/** What a briefing's candidates are read with: only what the same-incident rule compares and the panel shows. */
const CANDIDATE_QUERY = {
  select: ['documentId', 'title', 'marking', 'eventType', 'incidentDate'],
  populate: {
    incident: { select: ['datePrecision'], populate: { place: { select: PLACE_FIELDS } } },
    actorRoles: { select: ['role'], populate: { actor: { select: ['documentId', 'name'], populate: { aliases: { select: ['value'] } } } } },
  },
};

/** The facts of an article's draft the same-incident rule compares (actors by name and alias: the rule needs no record match). */
export function factsOfDraft(draft: BriefingDraft): IncidentFacts {
  const { incident } = draft;
  const place = incident.place ? draft.places.find((candidate) => candidate.key === incident.place!.key) : undefined;
  return {
    eventType: incident.eventType,
    date: incident.date,
    datePrecision: incident.datePrecision,
    place: place ? { name: place.name, kind: place.kind, countryCode: place.countryCode, admin1: place.admin1, latitude: place.latitude, longitude: place.longitude } : null,
    actors: draft.actorRoles.map(({ actor }) => ({ name: actor.name, aliases: actor.aliases.map((alias) => alias.value) })),
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

const NAMED_ACTOR = { fields: ['name'], populate: { aliases: { fields: ['value'] } } };

/** What the offers compare of the briefing, and the articles it links. */
const LINK_POPULATE = {
  incident: { fields: ['fatalitiesMin', 'fatalitiesMax'] },
  actorRoles: { populate: { actor: NAMED_ACTOR } },
  quotes: { populate: { speaker: NAMED_ACTOR } },
  sources: true,
  sourceArticle: { fields: ['documentId'] },
  furtherArticles: { fields: ['documentId'] },
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Briefings that may report the incident of one of the host's articles, closest first (without the briefing being edited). */
  async forArticle(articleDocumentId: string, options: { exclude?: string } = {}): Promise<FindCandidates.Candidate[]> {
    // The extractor alone: matching the draft's names to the newsroom's records would read every actor and place.
    const drafting = getService(strapi, 'draft');
    const { text, publishedAt, outlet } = await drafting.articleToRead(articleDocumentId);
    return this.forFacts(factsOfDraft(drafting.extract(text, publishedAt, outlet)), options);
  },

  /**
   * Briefings that may report an incident with these facts. The database is asked only for briefings
   * of the same event type dated within the window (the index on both listing fields), so the answer
   * costs the same whatever the archive's size; places and actors are then compared by the rule.
   */
  async forFacts(facts: IncidentFacts, { exclude }: { exclude?: string } = {}): Promise<FindCandidates.Candidate[]> {
    const window = facts.eventType && facts.date ? incidentWindow(facts.date) : null;
    if (!window) return [];
    // The query engine, not the document service: a plain read of drafts (each briefing's latest version), with nothing for its middlewares to do.
    const rows: DocumentRow[] = await strapi.db.query(BRIEFING).findMany({
      ...CANDIDATE_QUERY,
      where: {
        eventType: facts.eventType,
        incidentDate: { $gte: window.from, $lte: window.to },
        publishedAt: { $null: true },
        // A merged duplicate is only a pointer now: the briefing it went into is the candidate.
        mergedInto: { $null: true },
        ...(exclude ? { documentId: { $ne: exclude } } : {}),
      },
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

  /** Briefings that may report the same incident as this briefing (its draft): what it could be merged into. */
  async forBriefing(documentId: string): Promise<FindCandidates.Candidate[]> {
    const row: DocumentRow | null = await strapi.db.query(BRIEFING).findOne({ ...CANDIDATE_QUERY, where: { documentId, publishedAt: { $null: true } } });
    return row ? this.forFacts(factsOfBriefing(row), { exclude: documentId }) : [];
  },

  /**
   * Adds the article to a briefing of its incident and offers what it adds. The link is written
   * through the document service, so the briefing's rules, review stage and revision log see it as any
   * edit; the offers are only returned.
   */
  async linkArticle(articleDocumentId: string, briefingDocumentId: string): Promise<LinkArticle.Result> {
    const drafting = getService(strapi, 'draft');
    const { text, publishedAt, outlet } = await drafting.articleToRead(articleDocumentId);
    const draft = drafting.extract(text, publishedAt, outlet);
    const briefing = await documents(strapi, BRIEFING).findOne({ documentId: briefingDocumentId, status: 'draft', populate: LINK_POPULATE });
    if (!briefing) throw new errors.NotFoundError(`No briefing has the documentId “${briefingDocumentId}”.`);

    const linkedAlready = [briefing.sourceArticle, ...(briefing.furtherArticles ?? [])].some((article) => article?.documentId === articleDocumentId);
    const linked: LinkArticle.Result['linked'] = linkedAlready ? 'already' : briefing.sourceArticle ? 'further-article' : 'source-article';
    if (linked !== 'already') {
      const data = linked === 'source-article' ? { sourceArticle: articleDocumentId } : { furtherArticles: { connect: [{ documentId: articleDocumentId }] } };
      await strapi.documents(BRIEFING).update({ documentId: briefingDocumentId, data } as never);
    }
    return { briefingDocumentId, linked, changes: offeredChanges(briefing, draft) };
  },
});
