// The region-scoped statements as they were before issue #15's rewrite (the scope as `LIKE ANY($1::text[])`,
// which no index serves): the equality tests compare the new statements with them, and bench:scale measures
// them beside their replacements on the same database. $1 = scope.
const COUNTED = `($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
  AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
  AND COALESCE(d.submitted_at, d.created_at) >= $2 AND COALESCE(d.submitted_at, d.created_at) < $3`;
export const PRE_SCALE_STATEMENTS = {
  demandsByStatus: `SELECT d.status, count(*)::int AS count FROM demands d WHERE ${COUNTED} GROUP BY d.status`,
  demandsByField: `SELECT f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ${COUNTED} GROUP BY f.field`,
  demandsByRegionGroup: `SELECT g.code, count(d.id)::int AS count
       FROM unnest($4::text[], $5::text[]) AS g(code, prefix)
       LEFT JOIN demands d ON d.region_code LIKE g.prefix || '%' AND ${COUNTED}
       GROUP BY g.code`,
  dispatchHours: `SELECT EXTRACT(EPOCH FROM (h.at - d.submitted_at)) / 3600 AS hours
       FROM demands d
       JOIN LATERAL (SELECT min(dh.at) AS at FROM demand_history dh WHERE dh.demand_id = d.id AND dh.to_status = 'DISPATCHED') h ON h.at IS NOT NULL
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND d.submitted_at IS NOT NULL AND h.at >= $2 AND h.at < $3`,
  deliveries: `SELECT count(*)::int AS delivered,
              count(*) FILTER (WHERE ((d.delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= d.end_date)::int AS on_time
       FROM demands d
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND d.delivered_at >= $2 AND d.delivered_at < $3`,
  evaluations: `SELECT count(*)::int AS count,
              sum(e.expertise + e.problem_solving + e.attitude + e.timeliness) AS score_sum,
              count(*) FILTER (WHERE e.problem_solved = 'YES')::int AS yes,
              count(*) FILTER (WHERE e.problem_solved = 'PARTIAL')::int AS partial,
              count(*) FILTER (WHERE e.problem_solved = 'NO')::int AS no
       FROM evaluations e JOIN demands d ON d.id = e.demand_id
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND e.created_at >= $2 AND e.created_at < $3`,
  batchPeriodsOfExperts: `SELECT be.expert_id, b.start_date::text AS start_date, b.end_date::text AS end_date, b.days
       FROM service_batch_experts be
       JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
       JOIN experts e ON e.id = be.expert_id
       WHERE ($1::text[] IS NULL OR e.region_code LIKE ANY($1::text[]))
         AND b.start_date <= make_date($2, 12, 31) AND b.end_date >= make_date($2, 1, 1)
       ORDER BY be.expert_id, b.start_date`,
  demandsPerRegionAndField: `SELECT d.region_code, f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[])) AND d.status = ANY($2::text[])
       GROUP BY d.region_code, f.field`,
  activeExpertsPerCityAndField: `SELECT substr(e.region_code, 1, 4) AS city, f.field, count(*)::int AS count
       FROM experts e CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.fields) AS field) f
       WHERE e.status = 'ACTIVE' AND substr(e.region_code, 1, 4) = ANY($1::text[]) AND f.field = ANY($2::text[])
       GROUP BY 1, 2`,
  annex3Rows: `WITH t AS (
           SELECT t.id, t.name, t.level, t.lead_expert_id, t.created_at FROM teams t
           WHERE t.start_date BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.team_id = t.id AND a.status IN ('INVITED','CONFIRMED'))
             AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                                                 WHERE td.team_id = t.id AND d.region_code LIKE ANY ($2::text[])))
         ), members AS (
           SELECT a.team_id, count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS n FROM assignments a JOIN t ON t.id = a.team_id GROUP BY a.team_id
         ), demand_info AS (
           SELECT td.team_id, array_agg(DISTINCT r.name) AS region_names, (array_agg(r.name ORDER BY d.code))[1] AS bureau,
                  string_agg(d.title || '：' || d.description, '；' ORDER BY d.code) AS summary
           FROM team_demands td JOIN t ON t.id = td.team_id JOIN demands d ON d.id = td.demand_id JOIN regions r ON r.code = d.region_code
           GROUP BY td.team_id
         ), demand_fields AS (
           SELECT td.team_id, array_agg(DISTINCT f) AS fields
           FROM team_demands td JOIN t ON t.id = td.team_id JOIN demands d ON d.id = td.demand_id CROSS JOIN LATERAL unnest(d.fields) f
           GROUP BY td.team_id
         ), batch_places AS (
           SELECT b.team_id, array_agg(DISTINCT r.name) AS region_names
           FROM service_batches b JOIN t ON t.id = b.team_id JOIN regions r ON r.code = b.region_code
           WHERE b.superseded_at IS NULL GROUP BY b.team_id
         ), batch_problems AS (
           SELECT b.team_id, array_agg(p ORDER BY b.start_date) AS problems
           FROM service_batches b JOIN t ON t.id = b.team_id CROSS JOIN LATERAL unnest(b.problems_solved) p
           WHERE b.superseded_at IS NULL GROUP BY b.team_id
         )
         SELECT t.id, t.name, t.level, e.name AS lead_name, e.title_level AS lead_title_level, e.honours AS lead_honours, o.name AS lead_employer,
                COALESCE(members.n, 0) AS members, COALESCE(batch_places.region_names, demand_info.region_names) AS region_names,
                demand_info.bureau, demand_fields.fields, demand_info.summary, batch_problems.problems
         FROM t
         JOIN experts e ON e.id = t.lead_expert_id
         LEFT JOIN organizations o ON o.id = e.employer_id
         LEFT JOIN members ON members.team_id = t.id
         LEFT JOIN demand_info ON demand_info.team_id = t.id
         LEFT JOIN demand_fields ON demand_fields.team_id = t.id
         LEFT JOIN batch_places ON batch_places.team_id = t.id
         LEFT JOIN batch_problems ON batch_problems.team_id = t.id
         ORDER BY t.created_at, t.id`,
  boardPage: `SELECT d.id FROM demands d
       WHERE d.region_code LIKE ANY($1::text[]) AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
       ORDER BY d.created_at DESC, d.id DESC LIMIT 21`,
  boardCounts: `SELECT d.status, count(*) FILTER (WHERE NOT (d.status = 'DRAFT' AND NOT d.filed_by_bureau))::int AS count
       FROM demands d WHERE d.region_code LIKE ANY($1::text[]) GROUP BY d.status`,
};

// The other region scopes as they were before issue #15 item 4 (`LIKE ANY`, no index serves it), for the
// equality test of their rewrite (region-scope-repositories.int-spec.ts). $1 = scope (null: unrestricted, which
// the old code wrote by leaving the condition out). The query-builder ones are the SQL the builder sent,
// reduced to the region condition and the order.
const OLD_SCOPE = (column: string) => `($1::text[] IS NULL OR ${column} LIKE ANY($1::text[]))`;
export const PRE_SCOPE_STATEMENTS = {
  /** match.repository eligibleInField; $2 field, $3 minimum title rank, $4 excluded ids, $5 period, $6 limit. */
  eligibleInField: `SELECT e.id FROM experts e
        WHERE e.status = 'ACTIVE' AND $2 = ANY(e.fields)
          AND (CASE e.title_level WHEN 'SENIOR' THEN 3 WHEN 'ASSOCIATE' THEN 2 ELSE 1 END) >= $3
          AND ${OLD_SCOPE('e.region_code')}
          AND NOT (e.id = ANY($4::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.expert_id = e.id AND a.status IN ('INVITED', 'CONFIRMED')
                            AND a.period && $5::daterange)
        ORDER BY e.id LIMIT $6`,
  /** demand-intake.repository where() with statuses $2 and no drafts, exclusion or organisation; $3 word forms. */
  intakeFrequencies: `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE lower(d.title || ' ' || d.description) LIKE ANY($3::text[]))::int AS df
       FROM demands d
       WHERE ${OLD_SCOPE('d.region_code')} AND d.status = ANY($2::text[]) AND (d.status <> 'DRAFT' OR d.filed_by_bureau)`,
  /** demand-intake.repository candidates; $4 limit. */
  intakeCandidates: `SELECT d.id FROM demands d
       WHERE ${OLD_SCOPE('d.region_code')} AND d.status = ANY($2::text[]) AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
         AND lower(d.title || ' ' || d.description) LIKE ANY($3::text[])
       ORDER BY d.created_at DESC, d.id LIMIT $4`,
  /** expert.repository idBatches, all batches together. */
  expertIds: `SELECT id FROM experts WHERE ${OLD_SCOPE('region_code')} ORDER BY id`,
  /** team.repository scopeSql (REGIONS; null = ALL) under list(); $2 limit. */
  teams: `SELECT t.id FROM teams t
       WHERE ($1::text[] IS NULL OR (EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                      WHERE td.team_id = t.id AND d.region_code LIKE ANY($1::text[]))
               OR EXISTS (SELECT 1 FROM programme_applications pa
                          WHERE pa.team_id = t.id AND pa.region_code LIKE ANY($1::text[]))))
       ORDER BY t.created_at DESC, t.id DESC LIMIT $2`,
  /** todo.repository demands (the rows before the page's LIMIT); $2 status, $3 now. */
  todoDemands: `SELECT d.id, d.title, d.code, d.id AS "targetId", d.due_at AS "dueAt", d.status_changed_at AS at,
              (SELECT h.note FROM demand_history h WHERE h.demand_id = d.id ORDER BY h.at DESC, h.id DESC LIMIT 1) AS note
       FROM demands d WHERE d.status = $2 AND ${OLD_SCOPE('d.region_code')}
       ORDER BY (d.due_at IS NOT NULL AND d.due_at < $3) DESC, d.due_at ASC NULLS LAST, d.status_changed_at ASC`,
  /** todo.repository declinedPlaces. */
  todoDeclinedPlaces: `SELECT a.id, t.name AS title, e.name AS code, t.id AS "targetId", NULL::timestamptz AS "dueAt",
              coalesce(a.responded_at, a.created_at) AS at, a.reason AS note
       FROM assignments a JOIN teams t ON t.id = a.team_id JOIN experts e ON e.id = a.expert_id
       WHERE a.status = 'DECLINED' AND EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                 WHERE td.team_id = t.id AND d.status IN ('DISPATCHED', 'IN_SERVICE'))
         AND ($1::text[] IS NULL OR EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                 WHERE td.team_id = t.id AND d.region_code LIKE ANY($1::text[])))
       ORDER BY at ASC`,
  /** todo.repository pendingRegistrations. */
  todoRegistrations: `SELECT r.id, r.name AS title, r.credit_code AS code, r.id AS "targetId", NULL::timestamptz AS "dueAt",
              r.created_at AS at, r.contact_name AS note
       FROM unit_registrations r WHERE r.status = 'PENDING' AND ${OLD_SCOPE('r.region_code')}
       ORDER BY r.created_at ASC`,
  /** programme-base.repository list (REGIONS; null = ALL). */
  programmeBases: `SELECT b.id FROM programme_bases b WHERE ${OLD_SCOPE('b.region_code')} ORDER BY b.year DESC, b.name`,
  /** organization.repository search; $2 limit. */
  organizations: `SELECT o.id FROM organizations o WHERE ${OLD_SCOPE('o.region_code')} ORDER BY o.region_code, o.name LIMIT $2`,
  /** onboarding.repository registrations without a status; $2 limit. */
  registrations: `SELECT r.id FROM unit_registrations r WHERE ${OLD_SCOPE('r.region_code')} ORDER BY r.created_at DESC LIMIT $2`,
  /** account.repository list without a role; $2 limit. */
  accounts: `SELECT a.id FROM accounts a WHERE ${OLD_SCOPE('a.region_code')} ORDER BY a.created_at ASC LIMIT $2`,
};
