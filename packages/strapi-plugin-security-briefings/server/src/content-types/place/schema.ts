import { PLACE, componentUid, customFieldUid } from '../../../../shared/identity';

// Ranges (latitude, counts, scales) are checked by the entities package's rules, not repeated here.

export default {
  kind: 'collectionType',
  collectionName: 'security_briefings_places',
  info: {
    singularName: 'place',
    pluralName: 'places',
    displayName: 'Place',
    description: 'A country, province, district, town or site where events happen.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    kind: { type: 'customField', customField: customFieldUid('place-kind'), required: true },
    countryCode: { type: 'string', maxLength: 2 },
    admin1: { type: 'string', maxLength: 200 },
    // float (double precision): Strapi's decimal is decimal(10,2) on PostgreSQL, which rounds a point to about a kilometre.
    latitude: { type: 'float' },
    longitude: { type: 'float' },
    geonamesId: { type: 'integer' },
    parent: { type: 'relation', relation: 'manyToOne', target: PLACE },
    aliases: { type: 'component', repeatable: true, component: componentUid('alias') },
  },
  config: {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 20, mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      name: { edit: { label: 'Name', placeholder: 'Anbar' } },
      kind: { edit: { label: 'Kind' } },
      countryCode: { edit: { label: 'Country (ISO 3166-1 alpha-2)', placeholder: 'IQ' } },
      admin1: { edit: { label: 'Province or state' } },
      latitude: { edit: { label: 'Latitude' } },
      longitude: { edit: { label: 'Longitude' } },
      geonamesId: { edit: { label: 'GeoNames id' } },
      parent: { edit: { label: 'Inside', description: 'The wider place it belongs to.', mainField: 'name' } },
      aliases: { edit: { label: 'Other names' } },
    },
    layouts: { list: ['name', 'kind', 'countryCode', 'admin1'] },
  },
};
