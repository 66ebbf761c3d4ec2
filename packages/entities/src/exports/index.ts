// The exporters (issue 4): one pure mapping per format, plus streaming writers for bulk export.
export * from './audience';
export { BRIEFING_UUID_NAMESPACE, stableUuid } from './identifiers';
export * from './stix';
export * from './jsonld';
export * from './ninjs';
export * from './acled';
export { ACLED_REGION_NAMES, acledRegionOf } from './acled-regions';
export * from './geojson';
export * from './formats';
export * from './misp';
