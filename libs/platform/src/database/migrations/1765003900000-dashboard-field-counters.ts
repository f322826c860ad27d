import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addDeltas } from './1765003400000-dashboard-aggregates.js';

/**
 * The dashboard figures that still read a province's demands and the cities' experts row by row at national scale
 * (issue #15 item 4, bench:scale at 1,000,000: demandsByField 187 ms, deliveries 244 ms,
 * activeExpertsPerCityAndField 212 ms, each growing with the data), kept as counters by triggers in the writer's
 * transaction, as migration 1765003400000 keeps the demands per status:
 *
 * - `demand_field_counts`: demands a dashboard counts (not a unit's unsubmitted draft) per (region, counted year,
 *   field); a demand counts once for each field it names.
 * - `demand_delivery_counts`: demands per (region, China year of delivery): delivered, and delivered (China date)
 *   no later than their wanted end date.
 * - `expert_city_field_counts`: active experts per (city: the first four digits of the region, field).
 *
 * Inserts and deletes add each statement's net change per key (transition tables); an update adds the row's change,
 * and its trigger fires only when a counted value changes (most updates change none: a demand's status moves
 * without changing whether it counts). `dashboard_aggregates_rebuild()` now also recomputes these.
 */

/** The year a dashboard counts a demand in: submitted (a draft: created), China time (DashboardService's yearSpan). */
const countedYear = (r: string) =>
  `extract(year FROM (COALESCE(${r}.submitted_at, ${r}.created_at) AT TIME ZONE 'UTC') + interval '8 hours')::int`;
/** Not a unit's unsubmitted draft (bureaus never see those). */
const counted = (r: string) => `(${r}.status <> 'DRAFT' OR ${r}.filed_by_bureau)`;
const deliveryYear = (r: string) =>
  `extract(year FROM (${r}.delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::int`;
const onTime = (r: string) =>
  `COALESCE((((${r}.delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= ${r}.end_date), false)`;

/** Each demand of `rows` once per distinct field, signed. */
const fieldRows = (rows: string, sign: string) => `
  SELECT r.region_code, ${countedYear('r')} AS year, f.field, ${sign}1 AS count
  FROM ${rows} r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.fields) AS field) f WHERE ${counted('r')}`;
const deliveryRows = (rows: string, sign: string) => `
  SELECT r.region_code, ${deliveryYear('r')} AS year, ${sign}1 AS delivered,
         ${sign}(${onTime('r')})::int AS on_time
  FROM ${rows} r WHERE r.delivered_at IS NOT NULL`;
const expertRows = (rows: string, sign: string) => `
  SELECT substr(r.region_code, 1, 4) AS city, f.field, ${sign}1 AS count
  FROM ${rows} r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.fields) AS field) f WHERE r.status = 'ACTIVE'`;

const applyFields = (signed: string) =>
  addDeltas(
    'demand_field_counts',
    ['region_code', 'year', 'field'],
    ['count'],
    `SELECT region_code, year, field, sum(count)::int AS count FROM (${signed}) x
     GROUP BY 1, 2, 3 HAVING sum(count) <> 0`,
  );
const applyDeliveries = (signed: string) =>
  addDeltas(
    'demand_delivery_counts',
    ['region_code', 'year'],
    ['delivered', 'on_time'],
    `SELECT region_code, year, sum(delivered)::int AS delivered, sum(on_time)::int AS on_time FROM (${signed}) x
     GROUP BY 1, 2 HAVING sum(delivered) <> 0 OR sum(on_time) <> 0`,
  );
const applyExperts = (signed: string) =>
  addDeltas(
    'expert_city_field_counts',
    ['city', 'field'],
    ['count'],
    `SELECT city, field, sum(count)::int AS count FROM (${signed}) x GROUP BY 1, 2 HAVING sum(count) <> 0`,
  );

/** A row trigger's single row as a one-row relation (OLD / NEW are the trigger's records). */
const one = (record: string, columns: string[]) =>
  `(SELECT ${columns.map((c) => `${record}.${c} AS ${c}`).join(', ')})`;
const DEMAND_COLUMNS = [
  'region_code',
  'fields',
  'status',
  'filed_by_bureau',
  'submitted_at',
  'created_at',
  'delivered_at',
  'end_date',
];
const EXPERT_COLUMNS = ['region_code', 'fields', 'status'];

const FUNCTIONS: Record<string, string> = {
  demand_counters_ins: `${applyFields(fieldRows('new_rows', ''))}; ${applyDeliveries(deliveryRows('new_rows', ''))};`,
  demand_counters_del: `${applyFields(fieldRows('old_rows', '-'))}; ${applyDeliveries(deliveryRows('old_rows', '-'))};`,
  demand_field_counts_upd: `${applyFields(
    `${fieldRows(one('NEW', DEMAND_COLUMNS), '')} UNION ALL ${fieldRows(one('OLD', DEMAND_COLUMNS), '-')}`,
  )};`,
  demand_delivery_counts_upd: `${applyDeliveries(
    `${deliveryRows(one('NEW', DEMAND_COLUMNS), '')} UNION ALL ${deliveryRows(one('OLD', DEMAND_COLUMNS), '-')}`,
  )};`,
  demand_counters_trunc: `DELETE FROM demand_field_counts; DELETE FROM demand_delivery_counts;`,
  expert_city_field_counts_ins: `${applyExperts(expertRows('new_rows', ''))};`,
  expert_city_field_counts_del: `${applyExperts(expertRows('old_rows', '-'))};`,
  expert_city_field_counts_upd: `${applyExperts(
    `${expertRows(one('NEW', EXPERT_COLUMNS), '')} UNION ALL ${expertRows(one('OLD', EXPERT_COLUMNS), '-')}`,
  )};`,
  expert_city_field_counts_trunc: `DELETE FROM expert_city_field_counts;`,
};

/** Statement triggers on INSERT and DELETE (with their transition tables) and TRUNCATE, calling `${fn}_ins` etc. */
const statementTriggers = (table: string, fn: string): [string, string, string][] => [
  [`${fn}_ins`, table, `AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT`],
  [`${fn}_del`, table, `AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT`],
  [`${fn}_trunc`, table, `AFTER TRUNCATE ON ${table} FOR EACH STATEMENT`],
];

/** Name (and function), table, when it fires. */
const TRIGGERS: [name: string, table: string, when: string][] = [
  ...statementTriggers('demands', 'demand_counters'),
  // Whether a demand counts, not its status: a transition among counted statuses changes nothing here, nor does a
  // unit editing its own draft (counted neither before nor after).
  [
    'demand_field_counts_upd',
    'demands',
    `AFTER UPDATE OF region_code, fields, status, filed_by_bureau, submitted_at, created_at ON demands FOR EACH ROW
     WHEN ((${counted('OLD')} OR ${counted('NEW')})
       AND (OLD.region_code, OLD.fields, ${counted('OLD')}, ${countedYear('OLD')})
         IS DISTINCT FROM (NEW.region_code, NEW.fields, ${counted('NEW')}, ${countedYear('NEW')}))`,
  ],
  [
    'demand_delivery_counts_upd',
    'demands',
    `AFTER UPDATE OF region_code, delivered_at, end_date ON demands FOR EACH ROW
     WHEN ((OLD.delivered_at IS NOT NULL OR NEW.delivered_at IS NOT NULL)
       AND (OLD.region_code, OLD.delivered_at, OLD.end_date) IS DISTINCT FROM (NEW.region_code, NEW.delivered_at, NEW.end_date))`,
  ],
  ...statementTriggers('experts', 'expert_city_field_counts'),
  [
    'expert_city_field_counts_upd',
    'experts',
    `AFTER UPDATE OF region_code, fields, status ON experts FOR EACH ROW
     WHEN ((substr(OLD.region_code, 1, 4), OLD.fields, OLD.status = 'ACTIVE')
       IS DISTINCT FROM (substr(NEW.region_code, 1, 4), NEW.fields, NEW.status = 'ACTIVE'))`,
  ],
];

/** The three counters from the live rows (the backfill, and the rebuild after a load with triggers off). */
const REBUILD = `
  DELETE FROM demand_field_counts;
  INSERT INTO demand_field_counts (region_code, year, field, count)
  SELECT region_code, year, field, count(*) FROM (${fieldRows('demands', '')}) x GROUP BY 1, 2, 3;
  DELETE FROM demand_delivery_counts;
  INSERT INTO demand_delivery_counts (region_code, year, delivered, on_time)
  SELECT region_code, year, sum(delivered), sum(on_time) FROM (${deliveryRows('demands', '')}) x GROUP BY 1, 2;
  DELETE FROM expert_city_field_counts;
  INSERT INTO expert_city_field_counts (city, field, count)
  SELECT city, field, count(*) FROM (${expertRows('experts', '')}) x GROUP BY 1, 2;`;

export class DashboardFieldCounters1765003900000 implements MigrationInterface {
  name = 'DashboardFieldCounters1765003900000';

  async up(q: QueryRunner): Promise<void> {
    // No write may slip between a trigger and the backfill at the end.
    await q.query(`LOCK TABLE demands, experts IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`
      CREATE TABLE demand_field_counts (
        region_code varchar(6) NOT NULL,
        year smallint NOT NULL,
        field text NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (region_code, year, field)
      )`);
    await q.query(
      `CREATE INDEX demand_field_counts_scope_idx ON demand_field_counts (year, region_code text_pattern_ops)`,
    );
    await q.query(`
      CREATE TABLE demand_delivery_counts (
        region_code varchar(6) NOT NULL,
        year smallint NOT NULL,
        delivered integer NOT NULL CHECK (delivered >= 0),
        on_time integer NOT NULL CHECK (on_time >= 0 AND on_time <= delivered),
        PRIMARY KEY (region_code, year)
      )`);
    await q.query(
      `CREATE INDEX demand_delivery_counts_scope_idx ON demand_delivery_counts (year, region_code text_pattern_ops)`,
    );
    await q.query(`
      CREATE TABLE expert_city_field_counts (
        city varchar(4) NOT NULL,
        field text NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (city, field)
      )`);
    for (const [fn, body] of Object.entries(FUNCTIONS))
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END $$`);
    for (const [name, , when] of TRIGGERS)
      await q.query(`CREATE TRIGGER ${name} ${when} EXECUTE FUNCTION ${name}()`);

    // The rebuild of migration 1765003400000 stays as it was, under another name; the rebuild callers know calls
    // it, then these counters (its LOCK covers demands and experts to the end of the transaction).
    await q.query(
      `ALTER FUNCTION dashboard_aggregates_rebuild() RENAME TO dashboard_aggregates_rebuild_1765003400000`,
    );
    await q.query(`
      CREATE FUNCTION dashboard_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_aggregates_rebuild_1765003400000();
        ${REBUILD}
      END $$`);
    await q.query(`DO $$ BEGIN ${REBUILD} END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, table] of TRIGGERS) await q.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
    for (const fn of Object.keys(FUNCTIONS)) await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_aggregates_rebuild()`);
    await q.query(
      `ALTER FUNCTION dashboard_aggregates_rebuild_1765003400000() RENAME TO dashboard_aggregates_rebuild`,
    );
    await q.query(
      `DROP TABLE IF EXISTS demand_field_counts, demand_delivery_counts, expert_city_field_counts`,
    );
  }
}
