import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures the board and the dashboard read at national scale kept up to date by triggers, in the transaction of
 * the write that changes them (issue #15 item 4, bench:scale at 1,000,000: the province board counted 62,000
 * demand rows, the dashboard probed 190,000 batches and 62,000 histories).
 *
 * - `demand_status_counts`: demands per (region, year counted, status, filed by a bureau). Inserts and deletes add each
 *   statement's net change per key (a bulk insert costs one upsert per key); an update that changes a counted
 *   column moves one from its old key to its new. Additions commute, so concurrent writers never lose one
 *   another's (the key's row lock orders them). Zero rows are kept.
 * - `expert_batch_years`: each current batch version of each expert, once per calendar year the batch overlaps,
 *   with the expert's present region: a scope's batch periods of a year are one index range. Rows follow the batch
 *   experts (insert/delete), the batch versions (superseded, redated) and the experts' region. An insert locks its
 *   batches and experts FOR SHARE so a concurrent supersede or move waits for it (and then sees its rows): under
 *   READ COMMITTED, each trigger statement reads what committed before it.
 * - `demands.first_dispatched_at`: the first history row into DISPATCHED, kept by a trigger on the history.
 * - `evaluation_region_years`: evaluations per demand region and (China) year: count, score sum, answers.
 * - `team_demand_regions`: each team's demands' regions by the team's start year (annex 3's teams of a scope).
 *
 * A TRUNCATE of a source empties the derived rows. A restore (session_replication_role = replica) fires no
 * trigger and restores the derived tables with the rest; `dashboard_aggregates_rebuild()` recomputes them all.
 */

/**
 * Adds the rows of `delta` (the keys, then the measures, one row per key) to `table`: existing keys updated, the
 * others inserted (a key without a row only ever gains: a subtraction undoes something counted there, so its row
 * exists), a concurrent first insert of the same key resolved by the conflict clause. Additions commute, so
 * concurrent writers never lose one another's; the key's row lock orders them (keys in one order, to make
 * deadlocks rare; UnitOfWork retries one).
 */
export function addDeltas(table: string, keys: string[], measures: string[], delta: string): string {
  const on = keys.map((k) => `t.${k} = d.${k}`).join(' AND ');
  return `
      WITH delta AS (${delta}),
      changed AS (
        UPDATE ${table} t SET ${measures.map((m) => `${m} = t.${m} + d.${m}`).join(', ')}
        FROM (SELECT * FROM delta ORDER BY ${keys.join(', ')}) d WHERE ${on}
        RETURNING ${keys.map((k) => `t.${k}`).join(', ')})
      INSERT INTO ${table} AS t (${[...keys, ...measures].join(', ')})
      SELECT ${[...keys, ...measures].map((c) => `d.${c}`).join(', ')} FROM delta d
      WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE ${keys.map((k) => `c.${k} = d.${k}`).join(' AND ')})
      ORDER BY ${keys.map((k) => `d.${k}`).join(', ')}
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${measures.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(', ')}`;
}

export class DashboardAggregates1765003400000 implements MigrationInterface {
  name = 'DashboardAggregates1765003400000';

  async up(q: QueryRunner): Promise<void> {
    // No write may slip between a trigger and the backfill (dashboard_aggregates_rebuild, at the end).
    await q.query(
      `LOCK TABLE demands, demand_history, evaluations, service_batches, service_batch_experts, experts, teams,
       team_demands IN SHARE ROW EXCLUSIVE MODE`,
    );

    // --- first dispatch ---------------------------------------------------------------------------------------
    await q.query(`ALTER TABLE demands ADD COLUMN first_dispatched_at timestamptz`);
    await q.query(`
      CREATE FUNCTION demand_first_dispatch_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE demands SET first_dispatched_at = NEW.at
          WHERE id = NEW.demand_id AND (first_dispatched_at IS NULL OR first_dispatched_at > NEW.at);
        ELSE
          -- A history row changed or went: the earliest again from what is left (the demand row may be gone).
          UPDATE demands d SET first_dispatched_at =
            (SELECT min(at) FROM demand_history h WHERE h.demand_id = d.id AND h.to_status = 'DISPATCHED')
          WHERE d.id = OLD.demand_id;
          IF TG_OP = 'UPDATE' AND NEW.demand_id <> OLD.demand_id THEN
            UPDATE demands d SET first_dispatched_at =
              (SELECT min(at) FROM demand_history h WHERE h.demand_id = d.id AND h.to_status = 'DISPATCHED')
            WHERE d.id = NEW.demand_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER demand_first_dispatch_ins AFTER INSERT ON demand_history
      FOR EACH ROW WHEN (NEW.to_status = 'DISPATCHED') EXECUTE FUNCTION demand_first_dispatch_sync()`);
    await q.query(`CREATE TRIGGER demand_first_dispatch_upd AFTER UPDATE OF demand_id, to_status, at ON demand_history
      FOR EACH ROW WHEN (OLD.to_status = 'DISPATCHED' OR NEW.to_status = 'DISPATCHED') EXECUTE FUNCTION demand_first_dispatch_sync()`);
    await q.query(`CREATE TRIGGER demand_first_dispatch_del AFTER DELETE ON demand_history
      FOR EACH ROW WHEN (OLD.to_status = 'DISPATCHED') EXECUTE FUNCTION demand_first_dispatch_sync()`);
    await q.query(`
      CREATE INDEX demands_region_first_dispatch_idx ON demands (region_code text_pattern_ops, first_dispatched_at)
      INCLUDE (submitted_at) WHERE first_dispatched_at IS NOT NULL`);

    // --- demand counts ---------------------------------------------------------------------------------------
    await q.query(`
      CREATE TABLE demand_status_counts (
        region_code varchar(6) NOT NULL,
        year smallint NOT NULL,
        status varchar(16) NOT NULL,
        filed_by_bureau boolean NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (region_code, year, status, filed_by_bureau)
      )`);
    // Without count in any index an increment is a HOT update.
    await q.query(
      `CREATE INDEX demand_status_counts_region_idx ON demand_status_counts (region_code text_pattern_ops)`,
    );
    // Inserts and deletes by statement (one upsert per key for a bulk insert); an update by row, and only when it
    // changes a counted column (the WHEN is checked without calling the function): most demand updates (deadlines,
    // versions, the first dispatch) change none. Its two keys in one order, so crossing writers rarely deadlock.
    // The year a dashboard counts a demand in: submitted (a draft: created), China time (DashboardService's yearSpan).
    const countedYear = (r: string) =>
      `extract(year FROM (COALESCE(${r}.submitted_at, ${r}.created_at) AT TIME ZONE 'UTC') + interval '8 hours')::int`;
    const apply = (delta: string) =>
      addDeltas(
        'demand_status_counts',
        ['region_code', 'year', 'status', 'filed_by_bureau'],
        ['count'],
        delta,
      );
    const deltas: Record<string, string> = {
      ins: `SELECT region_code, ${countedYear('r')} AS year, status, filed_by_bureau, count(*)::int AS count
            FROM new_rows r GROUP BY 1, 2, 3, 4`,
      del: `SELECT region_code, ${countedYear('r')} AS year, status, filed_by_bureau, -count(*)::int AS count
            FROM old_rows r GROUP BY 1, 2, 3, 4`,
    };
    for (const [op, delta] of Object.entries(deltas))
      await q.query(`
        CREATE FUNCTION demand_status_counts_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${apply(delta)};
          RETURN NULL;
        END $$`);
    await q.query(`
      CREATE FUNCTION demand_status_counts_upd() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_year int := ${countedYear('OLD')};
        new_year int := ${countedYear('NEW')};
        old_first boolean := (OLD.region_code, old_year, OLD.status, OLD.filed_by_bureau)
                           < (NEW.region_code, new_year, NEW.status, NEW.filed_by_bureau);
      BEGIN
        IF (OLD.region_code, old_year, OLD.status, OLD.filed_by_bureau)
           = (NEW.region_code, new_year, NEW.status, NEW.filed_by_bureau) THEN
          RETURN NULL;
        END IF;
        IF old_first THEN
          UPDATE demand_status_counts SET count = count - 1
          WHERE region_code = OLD.region_code AND year = old_year AND status = OLD.status AND filed_by_bureau = OLD.filed_by_bureau;
        END IF;
        INSERT INTO demand_status_counts AS c (region_code, year, status, filed_by_bureau, count)
        VALUES (NEW.region_code, new_year, NEW.status, NEW.filed_by_bureau, 1)
        ON CONFLICT (region_code, year, status, filed_by_bureau) DO UPDATE SET count = c.count + 1;
        IF NOT old_first THEN
          UPDATE demand_status_counts SET count = count - 1
          WHERE region_code = OLD.region_code AND year = old_year AND status = OLD.status AND filed_by_bureau = OLD.filed_by_bureau;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION demand_status_counts_trunc() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM demand_status_counts;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER demand_status_counts_ins AFTER INSERT ON demands
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_status_counts_ins()`);
    await q.query(`CREATE TRIGGER demand_status_counts_upd
      AFTER UPDATE OF region_code, status, filed_by_bureau, submitted_at, created_at ON demands
      FOR EACH ROW WHEN ((OLD.region_code, OLD.status, OLD.filed_by_bureau, OLD.submitted_at, OLD.created_at)
        IS DISTINCT FROM (NEW.region_code, NEW.status, NEW.filed_by_bureau, NEW.submitted_at, NEW.created_at))
      EXECUTE FUNCTION demand_status_counts_upd()`);
    await q.query(`CREATE TRIGGER demand_status_counts_del AFTER DELETE ON demands
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_status_counts_del()`);
    await q.query(`CREATE TRIGGER demand_status_counts_trunc AFTER TRUNCATE ON demands
      FOR EACH STATEMENT EXECUTE FUNCTION demand_status_counts_trunc()`);

    // --- batch periods per expert and year ----------------------------------------------------------------------
    await q.query(`
      CREATE TABLE expert_batch_years (
        batch_id uuid NOT NULL,
        expert_id uuid NOT NULL,
        year smallint NOT NULL,
        region_code varchar(6) NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        days integer NOT NULL,
        PRIMARY KEY (batch_id, expert_id, year)
      )`);
    await q.query(`
      CREATE INDEX expert_batch_years_scope_idx ON expert_batch_years (year, region_code text_pattern_ops)
      INCLUDE (expert_id, start_date, end_date, days)`);
    await q.query(`CREATE INDEX expert_batch_years_expert_idx ON expert_batch_years (expert_id)`);
    // The rows of (batch, expert) pairs: every year a current batch overlaps, with the expert's region.
    const rowsOf = (pairs: string) => `
      INSERT INTO expert_batch_years (batch_id, expert_id, year, region_code, start_date, end_date, days)
      SELECT b.id, e.id, y, e.region_code, b.start_date, b.end_date, b.days
      FROM ${pairs} p
      JOIN service_batches b ON b.id = p.batch_id AND b.superseded_at IS NULL
      JOIN experts e ON e.id = p.expert_id
      CROSS JOIN LATERAL generate_series(extract(year FROM b.start_date)::int, extract(year FROM b.end_date)::int) y`;
    await q.query(`
      CREATE FUNCTION expert_batch_years_pairs_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM expert_batch_years;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          DELETE FROM expert_batch_years y USING old_rows o WHERE y.batch_id = o.batch_id AND y.expert_id = o.expert_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM 1 FROM service_batches WHERE id IN (SELECT batch_id FROM new_rows) ORDER BY id FOR SHARE;
          PERFORM 1 FROM experts WHERE id IN (SELECT expert_id FROM new_rows) ORDER BY id FOR SHARE;
          ${rowsOf('new_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER expert_batch_years_pairs_ins AFTER INSERT ON service_batch_experts
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_pairs_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_pairs_upd AFTER UPDATE ON service_batch_experts
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_pairs_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_pairs_del AFTER DELETE ON service_batch_experts
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_pairs_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_pairs_trunc AFTER TRUNCATE ON service_batch_experts
      FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_pairs_sync()`);
    await q.query(`
      CREATE FUNCTION expert_batch_years_batch_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM expert_batch_years;
          RETURN NULL;
        END IF;
        -- A batch superseded, redated or gone: its rows again from its experts (none when no longer current).
        DELETE FROM expert_batch_years y WHERE y.batch_id = OLD.id;
        IF TG_OP = 'UPDATE' THEN
          ${rowsOf('(SELECT batch_id, expert_id FROM service_batch_experts WHERE batch_id = NEW.id)')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER expert_batch_years_batch_upd AFTER UPDATE OF id, start_date, end_date, days, superseded_at
      ON service_batches FOR EACH ROW
      WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date
        OR OLD.days IS DISTINCT FROM NEW.days OR OLD.superseded_at IS DISTINCT FROM NEW.superseded_at OR OLD.id <> NEW.id)
      EXECUTE FUNCTION expert_batch_years_batch_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_batch_del AFTER DELETE ON service_batches
      FOR EACH ROW EXECUTE FUNCTION expert_batch_years_batch_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_batch_trunc AFTER TRUNCATE ON service_batches
      FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_batch_sync()`);
    await q.query(`
      CREATE FUNCTION expert_batch_years_expert_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM expert_batch_years;
        ELSE
          UPDATE expert_batch_years SET region_code = NEW.region_code WHERE expert_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER expert_batch_years_expert_upd AFTER UPDATE OF region_code ON experts
      FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code)
      EXECUTE FUNCTION expert_batch_years_expert_sync()`);
    await q.query(`CREATE TRIGGER expert_batch_years_expert_trunc AFTER TRUNCATE ON experts
      FOR EACH STATEMENT EXECUTE FUNCTION expert_batch_years_expert_sync()`);

    // --- evaluations per region and year -----------------------------------------------------------------------
    await q.query(`
      CREATE TABLE evaluation_region_years (
        region_code varchar(6) NOT NULL,
        year smallint NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        score_sum bigint NOT NULL CHECK (score_sum >= 0),
        yes integer NOT NULL CHECK (yes >= 0),
        partial integer NOT NULL CHECK (partial >= 0),
        no integer NOT NULL CHECK (no >= 0),
        PRIMARY KEY (year, region_code)
      )`);
    await q.query(
      `CREATE INDEX evaluation_region_years_scope_idx ON evaluation_region_years (year, region_code text_pattern_ops)`,
    );
    // The dashboard's year: China time (UTC+8, as DashboardService's yearSpan).
    const evaluationYear = `extract(year FROM (e.created_at AT TIME ZONE 'UTC') + interval '8 hours')::int`;
    const measures = (sign: string) => `${sign}1 AS count,
        ${sign}(e.expertise + e.problem_solving + e.attitude + e.timeliness)::bigint AS score_sum,
        ${sign}(e.problem_solved = 'YES')::int AS yes, ${sign}(e.problem_solved = 'PARTIAL')::int AS partial,
        ${sign}(e.problem_solved = 'NO')::int AS no`;
    const applyEvaluations = (signed: string) =>
      addDeltas(
        'evaluation_region_years',
        ['region_code', 'year'],
        ['count', 'score_sum', 'yes', 'partial', 'no'],
        `SELECT region_code, year, sum(count)::int AS count, sum(score_sum)::bigint AS score_sum, sum(yes)::int AS yes,
                sum(partial)::int AS partial, sum(no)::int AS no
         FROM (${signed}) x GROUP BY 1, 2`,
      );
    const ofRows = (rows: string, sign: string) =>
      `SELECT d.region_code, ${evaluationYear} AS year, ${measures(sign)} FROM ${rows} e JOIN demands d ON d.id = e.demand_id`;
    // An evaluation is counted under its demand's region, read after locking the demand FOR SHARE: a concurrent
    // move of the demand (below) either waits for this statement's transaction or has committed before it reads.
    const lockDemands = (rows: string) =>
      `PERFORM 1 FROM demands WHERE id IN (SELECT demand_id FROM ${rows}) ORDER BY id FOR SHARE;`;
    const evaluationFns: Record<string, string> = {
      evaluation_region_years_ins: `${lockDemands('new_rows')} ${applyEvaluations(ofRows('new_rows', ''))};`,
      evaluation_region_years_del: `${applyEvaluations(ofRows('old_rows', '-'))};`,
      evaluation_region_years_upd: `${lockDemands('new_rows')}
        ${applyEvaluations(`${ofRows('new_rows', '')} UNION ALL ${ofRows('old_rows', '-')}`)};`,
      // A demand that changed region takes its evaluation with it (row trigger, only on a move).
      evaluation_region_years_move:
        applyEvaluations(`
        SELECT NEW.region_code AS region_code, ${evaluationYear} AS year, ${measures('')}
        FROM evaluations e WHERE e.demand_id = NEW.id
        UNION ALL
        SELECT OLD.region_code, ${evaluationYear} AS year, ${measures('-')}
        FROM evaluations e WHERE e.demand_id = NEW.id`) + ';',
      evaluation_region_years_trunc: 'DELETE FROM evaluation_region_years;',
    };
    for (const [fn, body] of Object.entries(evaluationFns))
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END $$`);
    await q.query(`CREATE TRIGGER evaluation_region_years_ins AFTER INSERT ON evaluations
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_region_years_ins()`);
    await q.query(`CREATE TRIGGER evaluation_region_years_upd AFTER UPDATE ON evaluations
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_region_years_upd()`);
    await q.query(`CREATE TRIGGER evaluation_region_years_del AFTER DELETE ON evaluations
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_region_years_del()`);
    await q.query(`CREATE TRIGGER evaluation_region_years_trunc AFTER TRUNCATE ON evaluations
      FOR EACH STATEMENT EXECUTE FUNCTION evaluation_region_years_trunc()`);
    await q.query(`CREATE TRIGGER evaluation_region_years_move AFTER UPDATE OF region_code ON demands
      FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code) EXECUTE FUNCTION evaluation_region_years_move()`);

    // --- the regions of each team's demands, by the team's start year (annex 3) ---------------------------------
    // Annex 3 lists the teams of the year whose demands are in scope: found from this index range instead of the
    // scope's demands of every year joined to all team_demands rows of the country.
    await q.query(`
      CREATE TABLE team_demand_regions (
        team_id uuid NOT NULL,
        demand_id uuid NOT NULL,
        year smallint NOT NULL,
        region_code varchar(6) NOT NULL,
        PRIMARY KEY (team_id, demand_id)
      )`);
    await q.query(`
      CREATE INDEX team_demand_regions_scope_idx ON team_demand_regions (year, region_code text_pattern_ops)
      INCLUDE (team_id)`);
    await q.query(`CREATE INDEX team_demand_regions_demand_idx ON team_demand_regions (demand_id)`);
    const teamRowsOf = (pairs: string) => `
      INSERT INTO team_demand_regions (team_id, demand_id, year, region_code)
      SELECT t.id, d.id, extract(year FROM t.start_date)::int, d.region_code
      FROM ${pairs} p JOIN teams t ON t.id = p.team_id JOIN demands d ON d.id = p.demand_id`;
    // An insert reads its teams' start and its demands' region after locking them FOR SHARE, so a concurrent
    // redate or move either waits for it or committed before (then its row-level update below has been seen).
    await q.query(`
      CREATE FUNCTION team_demand_regions_pairs_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM team_demand_regions;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          DELETE FROM team_demand_regions x USING old_rows o WHERE x.team_id = o.team_id AND x.demand_id = o.demand_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM 1 FROM teams WHERE id IN (SELECT team_id FROM new_rows) ORDER BY id FOR SHARE;
          PERFORM 1 FROM demands WHERE id IN (SELECT demand_id FROM new_rows) ORDER BY id FOR SHARE;
          ${teamRowsOf('new_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER team_demand_regions_pairs_ins AFTER INSERT ON team_demands
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_pairs_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_pairs_upd AFTER UPDATE ON team_demands
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_pairs_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_pairs_del AFTER DELETE ON team_demands
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_pairs_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_pairs_trunc AFTER TRUNCATE ON team_demands
      FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_pairs_sync()`);
    await q.query(`
      CREATE FUNCTION team_demand_regions_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM team_demand_regions;
        ELSIF TG_TABLE_NAME = 'teams' THEN
          UPDATE team_demand_regions SET year = extract(year FROM NEW.start_date)::int WHERE team_id = NEW.id;
        ELSE
          UPDATE team_demand_regions SET region_code = NEW.region_code WHERE demand_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER team_demand_regions_team_upd AFTER UPDATE OF start_date ON teams
      FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date) EXECUTE FUNCTION team_demand_regions_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_demand_upd AFTER UPDATE OF region_code ON demands
      FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code) EXECUTE FUNCTION team_demand_regions_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_teams_trunc AFTER TRUNCATE ON teams
      FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_sync()`);
    await q.query(`CREATE TRIGGER team_demand_regions_demands_trunc AFTER TRUNCATE ON demands
      FOR EACH STATEMENT EXECUTE FUNCTION team_demand_regions_sync()`);

    // Every aggregate from scratch, idempotent: the backfill here, and after a bulk load with triggers off
    // (session_replication_role = replica, as bench:scale seeds) or a restore that could not turn them off.
    await q.query(`
      CREATE FUNCTION dashboard_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Self-exclusive, and no write to a source until the end of the transaction.
        LOCK TABLE demands, demand_history, evaluations, service_batches, service_batch_experts, experts, teams,
          team_demands IN SHARE ROW EXCLUSIVE MODE;
        UPDATE demands d SET first_dispatched_at = x.at
        FROM (SELECT d2.id, h.at FROM demands d2
              LEFT JOIN (SELECT demand_id, min(at) AS at FROM demand_history WHERE to_status = 'DISPATCHED' GROUP BY 1) h
                ON h.demand_id = d2.id) x
        WHERE x.id = d.id AND d.first_dispatched_at IS DISTINCT FROM x.at;
        DELETE FROM demand_status_counts;
        INSERT INTO demand_status_counts (region_code, year, status, filed_by_bureau, count)
        SELECT region_code, ${countedYear('r')}, status, filed_by_bureau, count(*) FROM demands r GROUP BY 1, 2, 3, 4;
        DELETE FROM expert_batch_years;
        ${rowsOf('service_batch_experts')};
        DELETE FROM evaluation_region_years;
        ${applyEvaluations(ofRows('evaluations', ''))};
        DELETE FROM team_demand_regions;
        ${teamRowsOf('team_demands')};
      END $$`);
    await q.query(`SELECT dashboard_aggregates_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS expert_batch_years`);
    await q.query(`DROP TABLE IF EXISTS evaluation_region_years`);
    await q.query(`DROP TABLE IF EXISTS team_demand_regions`);
    for (const [trigger, table] of [
      ['team_demand_regions_pairs_ins', 'team_demands'],
      ['team_demand_regions_pairs_upd', 'team_demands'],
      ['team_demand_regions_pairs_del', 'team_demands'],
      ['team_demand_regions_pairs_trunc', 'team_demands'],
      ['team_demand_regions_team_upd', 'teams'],
      ['team_demand_regions_demand_upd', 'demands'],
      ['team_demand_regions_teams_trunc', 'teams'],
      ['team_demand_regions_demands_trunc', 'demands'],
      ['evaluation_region_years_ins', 'evaluations'],
      ['evaluation_region_years_upd', 'evaluations'],
      ['evaluation_region_years_del', 'evaluations'],
      ['evaluation_region_years_trunc', 'evaluations'],
      ['evaluation_region_years_move', 'demands'],
      ['expert_batch_years_pairs_ins', 'service_batch_experts'],
      ['expert_batch_years_pairs_upd', 'service_batch_experts'],
      ['expert_batch_years_pairs_del', 'service_batch_experts'],
      ['expert_batch_years_pairs_trunc', 'service_batch_experts'],
      ['expert_batch_years_batch_upd', 'service_batches'],
      ['expert_batch_years_batch_del', 'service_batches'],
      ['expert_batch_years_batch_trunc', 'service_batches'],
      ['expert_batch_years_expert_upd', 'experts'],
      ['expert_batch_years_expert_trunc', 'experts'],
      ['demand_first_dispatch_ins', 'demand_history'],
      ['demand_first_dispatch_upd', 'demand_history'],
      ['demand_first_dispatch_del', 'demand_history'],
      ['demand_status_counts_ins', 'demands'],
      ['demand_status_counts_upd', 'demands'],
      ['demand_status_counts_del', 'demands'],
      ['demand_status_counts_trunc', 'demands'],
    ])
      await q.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
    for (const fn of [
      'dashboard_aggregates_rebuild',
      'team_demand_regions_pairs_sync',
      'team_demand_regions_sync',
      'evaluation_region_years_ins',
      'evaluation_region_years_upd',
      'evaluation_region_years_del',
      'evaluation_region_years_trunc',
      'evaluation_region_years_move',
      'expert_batch_years_pairs_sync',
      'expert_batch_years_batch_sync',
      'expert_batch_years_expert_sync',
      'demand_first_dispatch_sync',
      'demand_status_counts_ins',
      'demand_status_counts_upd',
      'demand_status_counts_del',
      'demand_status_counts_trunc',
    ])
      await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    await q.query(`DROP INDEX IF EXISTS demands_region_first_dispatch_idx`);
    await q.query(`ALTER TABLE demands DROP COLUMN IF EXISTS first_dispatched_at`);
    await q.query(`DROP TABLE IF EXISTS demand_status_counts`);
  }
}
