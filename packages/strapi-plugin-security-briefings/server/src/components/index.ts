import { ALIAS_KINDS, CONFIDENCE_LEVELS, CORRECTION_KINDS, LIKELIHOODS, SOURCE_RELIABILITY, TRENDS } from '@security-briefings/entities';
import { ACTOR, COMPONENT_CATEGORY, PLACE, customFieldUid, type ComponentName } from '../../../shared/identity';

export { COMPONENT_CATEGORY };

/** List settings for a component; `mainField` titles its collapsed entries in the edit view. */
const listedBy = (mainField: string) => ({ bulkable: true, filterable: true, searchable: true, pageSize: 10, mainField, defaultSortBy: 'id', defaultSortOrder: 'ASC' });

/**
 * The title of a collapsed entry, in words ("Perpetrator: Islamic State"), for the components whose
 * own fields would title it with a slug or nothing: the server derives it on every write
 * (middlewares/component-headings.ts), editors never see or set it, and it is private (a source's
 * heading says what an anonymous source is). A new entry is titled by the default until it is saved.
 */
const heading = { type: 'string', private: true, configurable: false, default: 'New entry: titled when saved' } as const;
const headingMetadata = { edit: { label: 'Title', editable: false, visible: false }, list: { label: 'Title' } };

/** The components titled by a derived heading, and the field that titled them before (switched on existing databases). */
export const HEADED_COMPONENTS = { 'actor-role': 'role', source: 'name' } as const;


/**
 * Component schemas (plain data). Enumerations come from the entities package; labels and help
 * texts for editors are in `config.metadatas`, read by the Content Manager on first start.
 */
export const components = {
  incident: {
    collectionName: 'components_security_briefings_incidents',
    info: { displayName: 'Incident', icon: 'crosshairs', description: 'What happened, when and where (ACLED event model).' },
    attributes: {
      eventType: { type: 'customField', customField: customFieldUid('acled-event-type') },
      subEventType: { type: 'customField', customField: customFieldUid('acled-sub-event-type') },
      date: { type: 'date' },
      datePrecision: { type: 'customField', customField: customFieldUid('date-precision'), default: 'day' },
      dateAsWritten: { type: 'string' },
      place: { type: 'relation', relation: 'manyToOne', target: PLACE },
      geoPrecision: { type: 'integer' },
      fatalitiesMin: { type: 'integer' },
      fatalitiesMax: { type: 'integer' },
      fatalitiesAsWritten: { type: 'string' },
      injured: { type: 'integer' },
    },
    config: {
      metadatas: {
        eventType: { edit: { label: 'Event type', description: 'ACLED event type.' } },
        subEventType: { edit: { label: 'Sub-event type', description: 'ACLED sub-event type; must belong to the event type.' } },
        date: { edit: { label: 'Date', description: 'For a month or a year, the first day of it.' } },
        datePrecision: { edit: { label: 'Date precision', description: 'How exactly the date is known.' } },
        dateAsWritten: { edit: { label: 'Date as written', placeholder: 'late Thursday, March 13' } },
        place: { edit: { label: 'Place', description: 'The most precise place known.', mainField: 'name' } },
        geoPrecision: { edit: { label: 'Geo precision', description: '1 exact place, 2 near a place, 3 region only (ACLED).' } },
        fatalitiesMin: { edit: { label: 'Deaths (lowest figure)' } },
        fatalitiesMax: { edit: { label: 'Deaths (highest figure)' } },
        fatalitiesAsWritten: { edit: { label: 'Deaths as written', placeholder: 'at least nine' } },
        injured: { edit: { label: 'Injured' } },
      },
      layouts: {
        edit: [
          [{ name: 'eventType', size: 6 }, { name: 'subEventType', size: 6 }],
          [{ name: 'date', size: 4 }, { name: 'datePrecision', size: 4 }, { name: 'dateAsWritten', size: 4 }],
          [{ name: 'place', size: 6 }, { name: 'geoPrecision', size: 6 }],
          [{ name: 'fatalitiesMin', size: 3 }, { name: 'fatalitiesMax', size: 3 }, { name: 'fatalitiesAsWritten', size: 3 }, { name: 'injured', size: 3 }],
        ],
      },
    },
  },
  'actor-role': {
    collectionName: 'components_security_briefings_actor_roles',
    info: { displayName: 'Actor role', icon: 'user', description: 'Who did what in the incident.' },
    attributes: {
      actor: { type: 'relation', relation: 'manyToOne', target: ACTOR },
      role: { type: 'customField', customField: customFieldUid('actor-role'), required: true },
      certainty: { type: 'customField', customField: customFieldUid('certainty'), default: 'confirmed' },
      note: { type: 'string' },
      heading,
    },
    config: {
      settings: listedBy('heading'),
      metadatas: {
        heading: headingMetadata,
        actor: { edit: { label: 'Actor', mainField: 'name' } },
        role: { edit: { label: 'Role' } },
        certainty: { edit: { label: 'Certainty' } },
        note: { edit: { label: 'Note' } },
      },
    },
  },
  alias: {
    collectionName: 'components_security_briefings_aliases',
    info: { displayName: 'Alias', icon: 'quote', description: 'Another name for the same actor or place.' },
    attributes: {
      value: { type: 'string', required: true },
      kind: { type: 'enumeration', enum: [...ALIAS_KINDS.values] },
    },
    config: {
      settings: listedBy('value'),
      metadatas: {
        value: { edit: { label: 'Alias', placeholder: 'Abu Khadija' } },
        kind: { edit: { label: 'Kind', description: 'Kunya, acronym, transliteration or short form.' } },
      },
    },
  },
  quote: {
    collectionName: 'components_security_briefings_quotes',
    info: { displayName: 'Quote', icon: 'quote', description: 'Exact words and who said them.' },
    attributes: {
      text: { type: 'text', required: true },
      speaker: { type: 'relation', relation: 'manyToOne', target: ACTOR },
      medium: { type: 'string' },
      saidAt: { type: 'date' },
    },
    config: {
      settings: listedBy('text'),
      metadatas: {
        text: { edit: { label: 'Exact words', description: 'Only the words inside the quotation marks.' } },
        speaker: { edit: { label: 'Speaker', mainField: 'name' } },
        medium: { edit: { label: 'Where it was said', placeholder: 'statement on X, press conference' } },
        saidAt: { edit: { label: 'Said on' } },
      },
    },
  },
  source: {
    collectionName: 'components_security_briefings_sources',
    info: { displayName: 'Source', icon: 'information', description: 'Where the information comes from, graded on the Admiralty scale.' },
    attributes: {
      kind: { type: 'customField', customField: customFieldUid('source-kind'), required: true },
      name: { type: 'string' },
      url: { type: 'string' },
      anonymous: { type: 'boolean', default: false },
      // Private: Strapi's own outputs (webhooks, GraphQL, core sanitizers) drop them; the Content
      // Manager and the plugin's partner API read them unsanitised.
      descriptor: { type: 'string', private: true },
      reliability: { type: 'enumeration', enum: [...SOURCE_RELIABILITY.values], private: true },
      credibility: { type: 'integer', private: true },
      heading,
    },
    config: {
      settings: listedBy('heading'),
      metadatas: {
        heading: headingMetadata,
        kind: { edit: { label: 'Kind of source' } },
        name: { edit: { label: 'Outlet or name', description: 'Leave empty for an anonymous source.' } },
        url: { edit: { label: 'Web address' } },
        anonymous: { edit: { label: 'Anonymous', description: 'Never shown in public output.' } },
        descriptor: { edit: { label: 'Who they are', placeholder: 'security officials', description: 'Required for an anonymous source; never public.' } },
        reliability: { edit: { label: 'Reliability (A-F)', description: 'A completely reliable ... F cannot be judged.' } },
        credibility: { edit: { label: 'Credibility (1-6)', description: '1 confirmed ... 6 cannot be judged.' } },
      },
    },
  },
  assessment: {
    collectionName: 'components_security_briefings_assessments',
    info: { displayName: 'Assessment', icon: 'chartBubble', description: 'What it means: threat, trend, likelihood, confidence.' },
    attributes: {
      threatLevel: { type: 'customField', customField: customFieldUid('threat-level') },
      trend: { type: 'enumeration', enum: [...TRENDS.values] },
      likelihood: { type: 'enumeration', enum: [...LIKELIHOODS.values] },
      confidence: { type: 'enumeration', enum: [...CONFIDENCE_LEVELS.values] },
      judgement: { type: 'text' },
    },
    config: {
      metadatas: {
        threatLevel: { edit: { label: 'Threat level', description: 'UK threat levels: low to critical.' } },
        trend: { edit: { label: 'Trend' } },
        likelihood: { edit: { label: 'Likelihood', description: 'ICD 203 terms.' } },
        confidence: { edit: { label: 'Confidence' } },
        judgement: { edit: { label: 'Judgement' } },
      },
    },
  },
  correction: {
    collectionName: 'components_security_briefings_corrections',
    info: { displayName: 'Correction', icon: 'pencil', description: 'A correction, clarification or retraction published after the briefing.' },
    attributes: {
      kind: { type: 'enumeration', enum: [...CORRECTION_KINDS.values], default: 'correction' },
      correctedAt: { type: 'datetime', required: true },
      text: { type: 'text', required: true },
    },
    config: {
      settings: listedBy('text'),
      metadatas: {
        kind: { edit: { label: 'Kind', description: 'A retraction withdraws the briefing from the partner feeds; it stays readable with its retraction.' } },
        correctedAt: { edit: { label: 'Corrected at' } },
        text: { edit: { label: 'Public text', description: 'Shown with the briefing and in its exports.' } },
      },
    },
  },
} as const satisfies Record<ComponentName, unknown>;
