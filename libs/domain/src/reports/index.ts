// Reports and dashboards: descriptive statistics and the rules of the dashboard figures.
export * from './statistics.js';
export * from './dashboard-rules.js';
