export * from './dates';
export * from './countries';
export * from './schemas';
export * from './validation';
export * from './records';
export * from './audience';
export * from './checklist';
export * from './verification';
