export * from './vocabularies';
export * from './briefing';
export * from './extraction';
export * from './exports';
