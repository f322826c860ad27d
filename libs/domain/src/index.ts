export * from './catalog/catalog.js';
export * from './regions/region-code.js';
export * from './accounts/actor.js';
export * from './errors.js';
export * from './search/synonyms.js';
export * from './experts/expert-rules.js';
