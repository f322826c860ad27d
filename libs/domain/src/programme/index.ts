export * from './programme-catalog.js';
export * from './application-lifecycle.js';
export * from './application-form.js';
export * from './programme-rules.js';
export * from './programme-notices.js';
export * from './base-rules.js';
export * from './team-capacity.js';
export * from './offer-rules.js';
