export * from './catalog/catalog.js';
export * from './regions/region-code.js';
export * from './accounts/actor.js';
export * from './errors.js';
