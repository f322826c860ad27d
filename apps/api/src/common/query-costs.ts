// What the expensive fields cost against MAX_QUERY_COST (libs/platform/src/graphql/query-limits.ts). Each resolver
// declares its cost next to the field (`complexity:`) from this table, so the scale is read in one place.
// A unit is roughly one plain field; a root field costs at least 10. The figures bound how much of each kind of
// work one request can ask for: e.g. at most 3 dashboards, 2 exports' worth, 20 searches or matching runs.
// query-costs.spec.ts checks that every export and every heavy field has its cost, and that the web app's own
// operations stay under the limit.
import { pagedCost } from '@app/platform';

export const COST = {
  /** A field resolved per item with its own query (a demand's history, a team's assignments …). */
  PER_ITEM_QUERY: 5,
  /** Expert search: full-text over the library with five facet counts. */
  SEARCH: 400,
  /** Matching: recall through the search engine, hard rules checked in the database, scoring. */
  MATCH: 500,
  SUGGEST_TEAM: 800,
  EXPLAIN_EXCLUSION: 500,
  /** Classifying a demand's text: a search with field counts per informative word (up to ~9). */
  CLASSIFY_TEXT: 1200,
  /** Similar demands and solved cases: the text read, two relaxed searches over the region's demands. */
  SIMILAR_CASES: 800,
  /** The year's approved teams scored for a demand: the matcher over each team's experts. */
  APPROVED_TEAMS: 500,
  /** A demand's volunteers ranked by the matcher. */
  VOLUNTEERS: 300,
  /** The same, per demand in a list. */
  VOLUNTEERS_PER_DEMAND: 100,
  /** Dashboard: every statistic of a region and year (≈10 ms of database work each). */
  DASHBOARD: 2500,
  /** Annex 4 survey of a team, computed from its batches. */
  SURVEY: 500,
  /** An expert's yearly record. */
  SERVICE_RECORD: 300,
  /** Exports write whole files; one per request (oneExportPerRequestRule) and each costs most of the budget. */
  EXPORT_EXPERTS: 4000,
  EXPORT_ANNEX3: 3000,
  EXPORT_SURVEY: 1000,
  EXPORT_SERVICE_RECORD: 800,
  /** Queues a background export (the job itself runs outside the request). */
  START_EXPORT: 1000,
  /** importExperts(csv): up to 5,000 rows written at once. */
  IMPORT_NOW: 3000,
  START_IMPORT: 1000,
  /** The audit log as xlsx (up to 20,000 rows). */
  EXPORT_AUDIT_LOG: 3000,
  /** importAccounts: up to 500 accounts, a password hash each. */
  IMPORT_ACCOUNTS: 3000,
  /** argon2 hashing or verification (login, password changes, new accounts). */
  PASSWORD_HASH: 300,
} as const;

/** Every export field must cost at least this much (checked by query-costs.spec.ts). */
export const MIN_EXPORT_COST = 500;

/** Paged lists: the call plus the selection once per item asked for. */
export const PAGED = {
  experts: pagedCost(COST.SEARCH, 'first', 20, 100),
  matchExperts: pagedCost(COST.MATCH, 'limit', 10, 100),
  recommendedDemands: pagedCost(COST.MATCH, 'first', 10, 50),
  demands: pagedCost(100, 'first', 20, 100),
  teams: pagedCost(50, 'first', 20, 100),
  myInvitations: pagedCost(50, 'first', 50, 200),
  auditLog: pagedCost(50, 'first', 50, 200),
};
