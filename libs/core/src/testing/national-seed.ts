// A national programme in SQL, for the scale bench (npm run bench:scale) and the int tests that prove a query
// rewritten for scale returns what the old one did: units over every county, N demands (2024–2026, statuses as the
// year makes them likely), their history, the teams formed for them (a lead and two members), the service batches
// of the teams in service or done, and the units' evaluations, in the proportions of a programme in its third
// year. Set-based from generate_series and deterministic (hashint4 instead of random()): the same N gives the same
// rows. The experts must be there first (any number); they fill the teams' places in turn.
import { FIELDS } from '@app/domain';

/** Runs one statement on one connection (the seed uses temporary tables) and returns its rows. */
export type SqlRunner = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/** What a demand of each field asks for: title and description. */
const DEMAND_TEXT: Record<string, [string, string]> = {
  AGRICULTURE: [
    '设施蔬菜病虫害绿色防控',
    '大棚番茄、辣椒连年发生病害，需要专家现场诊断并培训农户绿色防控技术。',
  ],
  MEDICAL: ['县医院慢病管理能力提升', '高血压、糖尿病患者多，乡镇卫生院随访不规范，需要专家带教与义诊。'],
  ANIMAL_HUSBANDRY: [
    '生猪养殖疫病防控指导',
    '规模养殖场非洲猪瘟防控压力大，需要兽医专家指导生物安全体系建设。',
  ],
  FISHERY: ['稻渔综合种养技术指导', '稻田养蟹、养虾规模扩大，水质调控和病害防治缺少技术支撑。'],
  FORESTRY: ['经济林提质增效', '核桃、花椒低产林改造，需要修剪、施肥与病虫害防治技术培训。'],
  EDUCATION: ['乡村学校教师培训', '乡村教师缺少学科教研指导，需要专家开展示范课和教研培训。'],
  ENVIRONMENT: ['农村生活污水治理', '村庄生活污水处理设施运行不稳定，需要专家评估并提出改造方案。'],
  CULTURE_TOURISM: ['乡村旅游规划与民宿提升', '古村落旅游开发缺少规划，民宿服务质量参差，需要专家指导。'],
  ECOMMERCE: ['农产品电商与直播带货', '特色农产品销路窄，需要电商运营和直播带货培训。'],
};

export interface SeedCounts {
  units: number;
  demands: number;
  history: number;
  teams: number;
  assignments: number;
  batches: number;
  batchExperts: number;
  evaluations: number;
}

/** A pseudo-random number in [0, 1) from an integer and a salt (SQL). */
const u = (expr: string, salt: number) =>
  `((abs(hashint4((${expr}) * 31 + ${salt})::bigint) % 10000) / 10000.0)`;

/**
 * Units, N demands (2024–2026; statuses as the year makes them likely), their history, teams, assignments,
 * batches and evaluations — all set-based.
 */
export async function seedNationalDemands(run: SqlRunner, n: number): Promise<SeedCounts> {
  const units = Math.max(50, Math.floor(n / 20));
  const q = async (text: string, values?: unknown[]) => ({ rows: await run(text, values) });
  await q(
    `CREATE TEMP TABLE sc AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, code, name FROM regions WHERE level = 'COUNTY'`,
  );
  const [{ nc }] = (await q(`SELECT count(*)::int AS nc FROM sc`)).rows;
  await q(
    `INSERT INTO organizations (name, kind, region_code)
     SELECT sc.name || '基层服务单位' || i, 'UNIT', sc.code FROM generate_series(0, $1 - 1) i JOIN sc ON sc.n = abs(hashint4(i * 7 + 1)) % $2`,
    [units, nc],
  );
  // Numbered by name, not by the random id: the same N puts the same units' demands in the same places (a test
  // that wants to-dos in 四川 found none in one run).
  await q(
    `CREATE TEMP TABLE su AS SELECT (row_number() OVER (ORDER BY name, id) - 1)::int AS n, id, region_code FROM organizations WHERE kind = 'UNIT'`,
  );
  await q(`CREATE INDEX ON su (n)`);
  await q(`ANALYZE su`);
  // One row per demand with its rolls: year, status, field, unit, day of the year.
  await q(
    `CREATE TEMP TABLE sd AS
     SELECT i, gen_random_uuid() AS id, y, s, f, f2, su.id AS org_id, su.region_code,
            CASE WHEN y < 0.30 THEN 2024 WHEN y < 0.65 THEN 2025 ELSE 2026 END AS year,
            day, hour
     FROM (SELECT i, ${u('i', 1)} AS y, ${u('i', 2)} AS s, abs(hashint4(i * 31 + 3)) % $2 AS f, ${u('i', 4)} AS f2,
                  abs(hashint4(i * 31 + 5)) % $3 AS unit, ${u('i', 6)} AS day, abs(hashint4(i * 31 + 7)) % 10 AS hour
           FROM generate_series(0, $1 - 1) i) r
     JOIN su ON su.n = r.unit`,
    [n, FIELDS.length, units],
  );
  await q(
    `CREATE TEMP TABLE sx AS
     SELECT sd.*, submitted::timestamptz AS submitted_at, (submitted::date + 20 + (i % 40)) AS start_date,
            (submitted::date + 30 + (i % 40) + (i % 50)) AS end_date,
            CASE WHEN year < 2026 THEN
                   CASE WHEN s < 0.06 THEN 'REJECTED' WHEN s < 0.12 THEN 'CANCELLED' WHEN s < 0.40 THEN 'DELIVERED' ELSE 'EVALUATED' END
                 ELSE
                   CASE WHEN s < 0.03 THEN 'DRAFT' WHEN s < 0.11 THEN 'SUBMITTED' WHEN s < 0.13 THEN 'RETURNED'
                        WHEN s < 0.17 THEN 'REJECTED' WHEN s < 0.21 THEN 'CANCELLED' WHEN s < 0.31 THEN 'ACCEPTED'
                        WHEN s < 0.39 THEN 'DISPATCHED' WHEN s < 0.51 THEN 'IN_SERVICE' WHEN s < 0.71 THEN 'DELIVERED'
                        ELSE 'EVALUATED' END
            END AS status
     FROM (SELECT sd.*, make_timestamptz(year, 1, 1, 1 + hour, 0, 0, 'Asia/Shanghai')
                        + (floor(day * CASE WHEN year = 2026 THEN 330 ELSE 364 END) || ' days')::interval AS submitted
           FROM sd) sd`,
  );
  const fields = [...FIELDS];
  const titles = fields.map((f) => DEMAND_TEXT[f]?.[0] ?? '基层专业技术服务');
  const descriptions = fields.map(
    (f) => DEMAND_TEXT[f]?.[1] ?? '基层单位专业技术力量薄弱，需要专家现场指导并开展培训。',
  );
  await q(
    `INSERT INTO demands (id, code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted,
                          min_title_level, start_date, end_date, expected_days, open_to_volunteers, submitted_at, status_changed_at,
                          created_at, updated_at, delivered_at)
     SELECT id, 'XQ-' || year || '-' || region_code || '-' || lpad(i::text, 7, '0'),
            ($1::text[])[1 + f], ($2::text[])[1 + f],
            CASE WHEN f2 < 0.2 THEN ARRAY[($3::text[])[1 + f], ($3::text[])[1 + (f + 1) % array_length($3::text[], 1)]] ELSE ARRAY[($3::text[])[1 + f]] END,
            ARRAY['TECH_GUIDANCE'], status, region_code, org_id, 2 + i % 4,
            CASE WHEN i % 5 = 0 THEN 'ASSOCIATE' END, start_date, end_date, 3 + i % 10, i % 10 = 0,
            CASE WHEN status <> 'DRAFT' THEN submitted_at END, submitted_at + interval '1 day',
            submitted_at - interval '1 day', submitted_at + interval '1 day',
            CASE WHEN status IN ('DELIVERED', 'EVALUATED') THEN (end_date + 2)::timestamptz END
     FROM sx`,
    [titles, descriptions, fields],
  );
  await q(
    `INSERT INTO demand_history (demand_id, from_status, to_status, actor_name, at)
     SELECT id, 'DRAFT', 'SUBMITTED', '基层单位', submitted_at FROM sx WHERE status <> 'DRAFT'
     UNION ALL
     SELECT id, 'ACCEPTED', 'DISPATCHED', '省人社厅', submitted_at + ((6 + i % 240) || ' hours')::interval
       FROM sx WHERE status IN ('DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED')`,
  );
  // Teams: one per demand that got one, ranked by start date; the experts go round the library in that order (three
  // places a team), so an expert's second team starts long after the first ended (the booking constraint holds).
  await q(`CREATE TEMP TABLE se AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id FROM experts`);
  await q(`CREATE UNIQUE INDEX ON se (n)`);
  await q(`ANALYZE se`);
  const [{ ne }] = (await q(`SELECT count(*)::int AS ne FROM se`)).rows;
  await q(
    `CREATE TEMP TABLE st AS
     SELECT (row_number() OVER (ORDER BY start_date, i) - 1)::int AS rank, gen_random_uuid() AS team_id, sx.*
     FROM sx WHERE status IN ('DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED')`,
  );
  await q(
    `INSERT INTO teams (id, name, level, lead_expert_id, start_date, end_date, created_at)
     SELECT team_id, '专家服务团' || lpad(i::text, 7, '0'), (ARRAY['MUNICIPAL','MUNICIPAL','PROVINCIAL','NATIONAL'])[1 + i % 4],
            se.id, start_date, end_date, submitted_at + interval '2 days'
     FROM st JOIN se ON se.n = (rank * 3) % $1`,
    [ne],
  );
  await q(`INSERT INTO team_demands (team_id, demand_id) SELECT team_id, id FROM st`);
  await q(
    `INSERT INTO assignments (team_id, expert_id, role, status, period, created_at)
     SELECT team_id, se.id, CASE WHEN k = 0 THEN 'LEAD' ELSE 'MEMBER' END,
            CASE WHEN status = 'DISPATCHED' AND k = 2 THEN 'INVITED' ELSE 'CONFIRMED' END,
            daterange(start_date, end_date + 1), submitted_at + interval '2 days'
     FROM st CROSS JOIN generate_series(0, 2) k JOIN se ON se.n = (rank * 3 + k) % $1`,
    [ne],
  );
  await q(
    `CREATE TEMP TABLE sb AS
     SELECT st.*, b, gen_random_uuid() AS batch_id, start_date + b * 7 AS bs FROM st CROSS JOIN generate_series(0, 1) b
     WHERE status IN ('IN_SERVICE', 'DELIVERED', 'EVALUATED')`,
  );
  await q(
    `INSERT INTO service_batches (id, batch_key, version, team_id, demand_id, start_date, end_date, days, region_code, units_served,
                                  unit_names, activities, outcomes, problems_solved, created_at)
     SELECT batch_id, gen_random_uuid(), 1, team_id, id, bs, bs + 2, 2 + (b % 2), region_code, 1 + b,
            ARRAY['基层服务单位'], '[{"type":"ONSITE_GUIDANCE","count":3,"participants":40},{"type":"LECTURE","count":1,"participants":80}]'::jsonb,
            '[{"item":"TRAINEES_PUBLIC","value":80},{"item":"NEW_TECHNIQUES","value":1}]'::jsonb, ARRAY['现场技术难题一项'],
            bs::timestamptz + interval '3 days'
     FROM sb`,
  );
  await q(
    `INSERT INTO service_batch_experts (batch_id, expert_id)
     SELECT batch_id, se.id FROM sb CROSS JOIN generate_series(0, 1) k JOIN se ON se.n = (rank * 3 + k) % $1`,
    [ne],
  );
  await q(
    `INSERT INTO evaluations (demand_id, organization_id, expertise, problem_solving, attitude, timeliness, problem_solved, created_at)
     SELECT id, org_id, 3 + i % 3, 3 + (i / 3) % 3, 4 + i % 2, 3 + (i / 7) % 3,
            CASE WHEN s > 0.94 THEN 'NO' WHEN s > 0.85 THEN 'PARTIAL' ELSE 'YES' END, (end_date + 7)::timestamptz
     FROM sx WHERE status = 'EVALUATED'`,
  );
  const count = async (table: string) =>
    Number((await q(`SELECT count(*)::int AS c FROM ${table}`)).rows[0].c);
  const counts: SeedCounts = {
    units,
    demands: await count('demands'),
    history: await count('demand_history'),
    teams: await count('teams'),
    assignments: await count('assignments'),
    batches: await count('service_batches'),
    batchExperts: await count('service_batch_experts'),
    evaluations: await count('evaluations'),
  };
  for (const t of ['sb', 'st', 'se', 'sx', 'sd', 'su', 'sc']) await q(`DROP TABLE ${t}`);
  return counts;
}

/**
 * `n` plain experts over every county (for tests; the bench COPYs its synthetic library instead). One in ten is
 * inactive by a hash, not by `i % 10`: with twenty fields taken in turn, that made every expert of the first field
 * (农业) inactive.
 */
export async function insertSqlExperts(run: SqlRunner, n: number): Promise<void> {
  await run(
    `WITH c AS (SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, code FROM regions WHERE level = 'COUNTY'),
          nc AS (SELECT count(*)::int AS nc FROM c)
     INSERT INTO experts (name, title, title_level, fields, honours, region_code, source, status)
     SELECT '专家' || i, '高级农艺师', (ARRAY['SENIOR','ASSOCIATE','INTERMEDIATE'])[1 + i % 3],
            ARRAY[($2::text[])[1 + i % array_length($2::text[], 1)]], '{}'::text[], c.code, 'LOCAL',
            CASE WHEN abs(hashint4(i * 31 + 7)) % 10 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END
     FROM generate_series(0, $1 - 1) i CROSS JOIN nc JOIN c ON c.n = abs(hashint4(i * 13 + 5)) % nc.nc`,
    [n, [...FIELDS]],
  );
}
