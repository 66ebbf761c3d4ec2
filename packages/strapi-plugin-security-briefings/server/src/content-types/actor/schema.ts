import { ACTOR, componentUid, customFieldUid } from '../../../../shared/identity';

export default {
  kind: 'collectionType',
  collectionName: 'security_briefings_actors',
  info: {
    singularName: 'actor',
    pluralName: 'actors',
    displayName: 'Actor',
    description: 'A person or organisation that appears in briefings, with every name it goes by.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    kind: { type: 'customField', customField: customFieldUid('actor-kind'), required: true },
    aliases: { type: 'component', repeatable: true, component: componentUid('alias') },
    title: { type: 'string', maxLength: 200 },
    affiliation: { type: 'relation', relation: 'manyToOne', target: ACTOR },
    countryCode: { type: 'string', maxLength: 2 },
    wikidataId: { type: 'string', maxLength: 20 },
    description: { type: 'text' },
  },
  config: {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 20, mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      name: { edit: { label: 'Canonical name', description: 'The full name, as first given (e.g. Mohammed Shia al-Sudani).' } },
      kind: { edit: { label: 'Kind' } },
      aliases: { edit: { label: 'Other names', description: 'Surname, kunya, acronym, other spellings.' } },
      title: { edit: { label: 'Title or role', placeholder: 'Prime Minister of Iraq' } },
      affiliation: { edit: { label: 'Affiliation', mainField: 'name' } },
      countryCode: { edit: { label: 'Country (ISO 3166-1 alpha-2)', placeholder: 'IQ' } },
      wikidataId: { edit: { label: 'Wikidata id', placeholder: 'Q12345' } },
      description: { edit: { label: 'Description' } },
    },
    layouts: { list: ['name', 'kind', 'title', 'countryCode'] },
  },
};
