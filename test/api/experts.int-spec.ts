// The expert library through GraphQL on the default engine (PostgreSQL): import, search, masking, export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows, writeXlsx } from '@app/platform';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let admin: string;
let province: string;
let xuhui: string; // LOCAL of 徐汇区 310104
let jinshan: string; // LOCAL of 金山区 310116

const HEADER = [
  '姓名',
  '性别',
  '工作单位',
  '职称',
  '职称级别',
  '专业领域',
  '研究方向',
  '人才称号',
  '所在地区',
  '专家来源',
  '是否退休',
  '手机',
  '邮箱',
];
const GOOD = [
  [
    '周建明',
    '男',
    '复旦大学附属华山医院',
    '主任医师',
    '正高级',
    '医疗',
    '脑卒中早期筛查与康复、颈动脉狭窄介入治疗',
    '享受政府特殊津贴专家',
    '310104',
    '本省(区、市)',
    '否',
    '13812345678',
    'zhou.jm@example.cn',
  ],
  [
    '李文华',
    '女',
    '上海市第六人民医院',
    '副主任医师',
    '副高级',
    '医疗',
    '脑卒中后康复训练',
    '',
    '徐汇区',
    '本省(区、市)',
    '否',
    '13912345678',
    '',
  ],
  [
    '陈国强',
    '男',
    '上海市农业科学院',
    '研究员',
    '正高级',
    '畜牧业、农业',
    '生猪健康养殖与非洲猪瘟防控',
    '博士后',
    '310116',
    '本省(区、市)',
    '是',
    '',
    '',
  ],
  [
    '王海燕',
    '女',
    '上海海洋大学',
    '教授',
    '正高级',
    '渔业',
    '水产健康养殖与病害防控',
    '',
    '310115',
    '外省(区、市)',
    '否',
    '13700001111',
    'wang.hy@example.cn',
  ],
  [
    '赵立新',
    '男',
    '华东理工大学',
    '教授',
    '正高级',
    '环保、化工',
    '工业VOCs治理与催化燃烧',
    '',
    '310104',
    '本省(区、市)',
    '否',
    '13600002222',
    '',
  ],
];
const BAD = [
  [
    '张伟',
    '男',
    '某农业公司',
    '高级农艺师',
    '副高级',
    '园艺',
    '果树栽培',
    '',
    '310116',
    '本省(区、市)',
    '否',
    '',
    '',
  ],
  ['刘洋', '男', '某医院', '主治医师', '', '医疗', '全科', '', '310104', '', '否', '', ''],
  ['孙丽', '女', '某学校', '高级教师', '副高级', '教育', '数学教学', '', '火星市', '', '否', '', ''],
];

async function xlsxBase64(rows: string[][]) {
  return (await writeXlsx('专家', HEADER, rows)).toString('base64');
}

async function runImport(rows: string[][], token = admin) {
  const start = await t.gql(
    `mutation($f: String!, $c: String!) { startExpertImport(fileName: $f, contentBase64: $c) { id status } }`,
    { f: '专家名单.xlsx', c: await xlsxBase64(rows) },
    token,
  );
  expect(start.errors).toBeUndefined();
  const id = start.data.startExpertImport.id;
  let job: any;
  await waitFor(
    async () => {
      job = (
        await t.gql(
          `query($id: ID!) { importJob(id: $id) { status progress processedRows totalRows error report { created updated unchanged rejected { row reason } } } }`,
          { id },
          token,
        )
      ).data.importJob;
      return job.status === 'SUCCEEDED' || job.status === 'FAILED';
    },
    60_000,
    200,
  );
  return job;
}

async function search(token: string, query: string | null, filter: object = {}, first = 20) {
  const res = await t.gql(
    `query($q: String, $f: ExpertFilter, $n: Int) { experts(query: $q, filter: $f, first: $n) {
      total hits { score highlights expert { id name titleLevel phone email contactMasked } }
      facets { fields { value label count } titleLevels { value count } regions { value label count } honours { value count } sources { value count } }
      pageInfo { hasNextPage endCursor } } }`,
    { q: query, f: filter, n: first },
    token,
  );
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data.experts;
}

async function synced() {
  const index = t.app.get(SearchIndexService);
  const ok = await waitFor(async () => (await index.pendingCount()) === 0, 30_000);
  if (!ok)
    console.log(
      await t.runtime.dataSource.query(
        `SELECT attempts, last_error, processed_at FROM search_outbox WHERE processed_at IS NULL LIMIT 3`,
      ),
      await t.runtime.queue.counts(),
    );
  expect(ok).toBe(true);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const mk = (i: object) =>
    t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, admin);
  await mk({ username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' });
  await mk({ username: 'xuhui', password: 'Xuhui2026', role: 'LOCAL', regionCode: '310104' });
  await mk({ username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' });
  province = await t.login('shprov', 'Shanghai2026');
  xuhui = await t.login('xuhui', 'Xuhui2026');
  jinshan = await t.login('jinshan', 'Jinshan2026');
});
afterAll(() => t?.close());

describe('import', () => {
  it('imports an xlsx with good and bad rows: a row-level report, bad rows written nowhere', async () => {
    const job = await runImport([...GOOD.slice(0, 3), BAD[0]!, GOOD[3]!, BAD[1]!, GOOD[4]!, BAD[2]!]);
    expect(job.status).toBe('SUCCEEDED');
    expect(job.progress).toBe(1);
    expect(job.report).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(job.report.rejected).toEqual([
      { row: 5, reason: expect.stringContaining('未知领域“园艺”') },
      { row: 7, reason: expect.stringContaining('职称级别缺失') },
      { row: 9, reason: expect.stringContaining('未找到地区“火星市”') },
    ]);
    const names = (await t.runtime.dataSource.query(`SELECT name FROM experts ORDER BY name`)).map(
      (r: { name: string }) => r.name,
    );
    expect(names).toEqual(GOOD.map((r) => r[0]).sort());
    // Employers are organisations, created by name.
    const [{ n }] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations WHERE kind = 'EMPLOYER'`,
    );
    expect(n).toBe(5);
  });

  it('changes nothing when the same file is imported again', async () => {
    const versions = await t.runtime.dataSource.query(`SELECT id, version FROM experts ORDER BY id`);
    const job = await runImport([...GOOD.slice(0, 3), BAD[0]!, GOOD[3]!, BAD[1]!, GOOD[4]!, BAD[2]!]);
    expect(job.report).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(job.report.rejected).toHaveLength(3);
    expect(await t.runtime.dataSource.query(`SELECT id, version FROM experts ORDER BY id`)).toEqual(versions);
  });

  it('updates a changed row and reads CSV with a BOM and header variants', async () => {
    const csv =
      '\uFEFF姓名,单位,职称,职称等级,服务领域,研究方向,所在地,手机\r\n' +
      '李文华,上海市第六人民医院,主任医师,正高,医疗,"脑卒中后康复训练, 吞咽障碍",310104,13912345678\r\n';
    const res = await t.gql(
      `mutation($c: String!) { importExperts(csv: $c) { created updated unchanged rejected { row reason } } }`,
      { c: csv },
      admin,
    );
    expect(res.data.importExperts).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: [] });
    const [row] = await t.runtime.dataSource.query(
      `SELECT title, title_level, version FROM experts WHERE name = '李文华'`,
    );
    expect(row).toEqual({ title: '主任医师', title_level: 'SENIOR', version: 2 });
  });

  it('refuses a file without the required columns, saying which', async () => {
    const res = await t.gql(
      `mutation($c: String!) { importExperts(csv: $c) { created } }`,
      { c: '姓名,手机\n张三,13800000000\n' },
      admin,
    );
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('表头缺少必填列：工作单位、职称、职称级别、专业领域、所在地区');
  });

  it('lets only the admin and the province import', async () => {
    const res = await t.gql(
      `mutation($c: String!) { importExperts(csv: $c) { created } }`,
      { c: HEADER.join(',') + '\n' },
      xuhui,
    );
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('search', () => {
  beforeAll(synced);

  it('finds the stroke experts by 脑卒中 and by its synonym 中风, filtered to 正高级, with highlights', async () => {
    for (const q of ['脑卒中', '中风']) {
      const all = await search(province, q);
      expect(all.hits.map((h: any) => h.expert.name).sort()).toEqual(['周建明', '李文华']);
      const senior = await search(province, q, { titleLevels: ['SENIOR'] });
      expect(senior.total).toBe(2); // 李文华 was promoted to 主任医师 by the CSV import
      expect(senior.hits[0].highlights.join(' ')).toMatch(/<em>[^<]+<\/em>/);
      for (const h of senior.hits) {
        expect(h.score).toBeGreaterThan(0);
        expect(h.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds Latin technical terms and pig farming by its everyday words', async () => {
    expect((await search(province, 'VOCs')).hits.map((h: any) => h.expert.name)).toEqual(['赵立新']);
    expect((await search(province, '养猪')).hits.map((h: any) => h.expert.name)).toEqual(['陈国强']);
  });

  it('counts facets exactly as the database does', async () => {
    const res = await search(province, null, { regionCode: '310000' });
    const db = t.runtime.dataSource;
    const fields = await db.query(
      `SELECT f AS value, count(*)::int AS count FROM experts, unnest(fields) f WHERE status = 'ACTIVE' GROUP BY f`,
    );
    const facetFields = Object.fromEntries(res.facets.fields.map((b: any) => [b.value, b.count]));
    expect(facetFields).toEqual(Object.fromEntries(fields.map((r: any) => [r.value, r.count])));
    const regions = await db.query(
      `SELECT region_code AS value, count(*)::int AS count FROM experts WHERE status = 'ACTIVE' GROUP BY region_code`,
    );
    expect(Object.fromEntries(res.facets.regions.map((b: any) => [b.value, b.count]))).toEqual(
      Object.fromEntries(regions.map((r: any) => [r.value, r.count])),
    );
    expect(res.facets.regions.find((b: any) => b.value === '310104').label).toBe('徐汇区');
    expect(res.facets.fields.find((b: any) => b.value === 'MEDICAL').label).toBe('医疗');
    expect(res.total).toBe(5);
  });

  it('treats quotes and backslashes in what people type as plain text', async () => {
    const res = await search(province, '他说"你好\\" OR 1=1 --');
    expect(res.total).toBe(0);
    const bad = await t.gql(`{ experts(filter: { regionCode: "31\\" OR 1=1" }) { total } }`, {}, province);
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('pages with a cursor', async () => {
    const first = await search(province, null, {}, 2);
    expect(first.hits).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      `query($a: String) { experts(first: 2, after: $a) { hits { expert { id } } } }`,
      { a: first.pageInfo.endCursor },
      province,
    );
    const ids = next.data.experts.hits.map((h: any) => h.expert.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(first.hits.map((h: any) => h.expert.id)).not.toContain(id);
  });

  it('keeps a bureau to its own region', async () => {
    const res = await search(jinshan, null);
    expect(res.hits.map((h: any) => h.expert.name)).toEqual(['陈国强']);
    const elsewhere = await search(jinshan, null, { regionCode: '310104' });
    expect(elsewhere.total).toBe(0);
    const unit = await t.gql(`{ experts { total } }`, {}, await loginUnit());
    expect(unit.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets a unit look experts up by name for its forms, active only, contacts masked, no facets', async () => {
    const unit = await t.login('coop', 'Coop20260');
    const found = await search(unit, '周建明', {}, 50);
    expect(found.hits.map((h: any) => h.expert.name)).toEqual(['周建明']);
    expect(found.hits[0].expert).toMatchObject({ phone: '138****5678', contactMasked: true });
    expect(found.facets.fields).toEqual([]);
    // Asking for inactive experts or more than a page changes nothing for a unit.
    const wide = await search(unit, '周建明', { statuses: ['INACTIVE', 'ACTIVE'], wholeLibrary: true }, 100);
    expect(wide.hits.map((h: any) => h.expert.name)).toEqual(['周建明']);
    const browse = await t.gql(`{ experts(query: "  ") { total } }`, {}, unit);
    expect(browse.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(browse.errors![0].message).toContain('请输入专家姓名或专长');
  });

  it('lets a bureau search the whole library when it asks, with contacts masked outside its region', async () => {
    const whole = await search(jinshan, null, { wholeLibrary: true }, 50);
    const names = whole.hits.map((h: any) => h.expert.name);
    expect(names).toEqual(expect.arrayContaining(['陈国强', '周建明']));
    expect(whole.total).toBeGreaterThan((await search(jinshan, null)).total);
    const zhou = whole.hits.find((h: any) => h.expert.name === '周建明').expert;
    expect(zhou).toMatchObject({ phone: '138****5678', contactMasked: true });
    const read = await t.gql(
      `query($id: ID!) { expert(id: $id) { name phone contactMasked canEdit } }`,
      { id: zhou.id },
      jinshan,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.expert).toEqual({
      name: '周建明',
      phone: '138****5678',
      contactMasked: true,
      canEdit: false,
    });
  });
});

async function loginUnit(): Promise<string> {
  const org = await t.gql(
    `mutation { createOrganization(input: { name: "某合作社", kind: UNIT, regionCode: "310116" }) { id } }`,
    {},
    admin,
  );
  await t.gql(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    {
      i: {
        username: 'coop',
        password: 'Coop20260',
        role: 'UNIT',
        organizationId: org.data.createOrganization.id,
      },
    },
    admin,
  );
  return t.login('coop', 'Coop20260');
}

describe('personal data', () => {
  it('masks phone and e-mail for the admin, shows them to the province and the bureau of the expert’s region, and audits each read', async () => {
    const asAdmin = (await search(admin, '周建明')).hits[0].expert;
    expect(asAdmin).toMatchObject({ phone: '138****5678', email: 'z***@example.cn', contactMasked: true });
    const auditBefore = (
      await t.runtime.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'expert.read_contact'`,
      )
    )[0].n;
    const asProvince = (await search(province, '周建明')).hits[0].expert;
    expect(asProvince).toMatchObject({
      phone: '13812345678',
      email: 'zhou.jm@example.cn',
      contactMasked: false,
    });
    const asXuhui = (
      await t.gql(`query($id: ID!) { expert(id: $id) { phone } }`, { id: asProvince.id }, xuhui)
    ).data.expert;
    expect(asXuhui.phone).toBe('13812345678');
    const asJinshan = await t.gql(
      `query($id: ID!) { expert(id: $id) { phone } }`,
      { id: asProvince.id },
      jinshan,
    );
    // Another district's bureau reads the record (the whole library is open to bureaus), but masked and unaudited.
    expect(asJinshan.errors).toBeUndefined();
    expect(asJinshan.data.expert.phone).toBe('138****5678');
    const audits = await t.runtime.dataSource.query(
      `SELECT actor_username, entity_id, after FROM audit_log WHERE action = 'expert.read_contact' ORDER BY id`,
    );
    expect(audits.length - auditBefore).toBe(3); // province: phone + email; xuhui: phone
    expect(audits.map((a: any) => a.actor_username)).toEqual(expect.arrayContaining(['shprov', 'xuhui']));
  });

  it('never sends phone numbers or e-mail to the search engine', async () => {
    // The experts' own contacts, not a phone-shaped pattern: a random UUID in the document can hold 11 such digits.
    const contacts: { phone: string | null; email: string | null }[] = await t.runtime.dataSource.query(
      `SELECT phone, email FROM experts`,
    );
    const secrets = contacts.flatMap((c) => [c.phone, c.email]).filter((v): v is string => !!v);
    expect(secrets).toContain('13812345678');
    const docs = await t.runtime.dataSource.query(
      `SELECT document::text AS d, document AS j FROM expert_search_index`,
    );
    expect(docs.length).toBe(5);
    for (const { d, j } of docs) {
      for (const secret of secrets) expect(d).not.toContain(secret);
      expect(Object.keys(j)).not.toEqual(expect.arrayContaining(['phone']));
      expect(Object.keys(j)).not.toEqual(expect.arrayContaining(['email']));
      expect(d).not.toContain('@example.cn');
    }
  });
});

describe('editing', () => {
  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM experts`);
    const res = await t.gql(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name: '',
          employer: 'x',
          title: '',
          titleLevel: 'SENIOR',
          fields: [],
          regionCode: '999',
          phone: '123',
        },
      },
      province,
    );
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions.fieldErrors).sort()).toEqual([
      'fields',
      'name',
      'phone',
      'regionCode',
      'title',
    ]);
    expect(await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM experts`)).toEqual(before);
  });

  it('adds an expert who becomes searchable once the index catches up, and deactivation hides it', async () => {
    const res = await t.gql(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id version status } }`,
      {
        i: {
          name: '吴敏',
          employer: '上海中医药大学附属龙华医院',
          title: '主任医师',
          titleLevel: 'SENIOR',
          fields: ['MEDICAL'],
          specialties: '中医药防治中风后遗症',
          regionCode: '310104',
          phone: '13500003333',
        },
      },
      province,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data.upsertExpert.id;
    await synced();
    expect((await search(province, '卒中')).hits.map((h: any) => h.expert.name)).toContain('吴敏');
    const off = await t.gql(
      `mutation($id: ID!) { deactivateExpert(id: $id, reason: "本人申请退出") { status version } }`,
      { id },
      province,
    );
    expect(off.data.deactivateExpert).toEqual({ status: 'INACTIVE', version: 2 });
    await synced();
    expect((await search(province, '卒中')).hits.map((h: any) => h.expert.name)).not.toContain('吴敏');
    expect(
      (await search(province, '卒中', { statuses: ['INACTIVE'] })).hits.map((h: any) => h.expert.name),
    ).toEqual(['吴敏']);
    const audit = await t.gql(
      `query($id: String) { auditLog(filter: { entityId: $id }) { nodes { action } } }`,
      { id },
      admin,
    );
    const changes = audit.data.auditLog.nodes
      .map((n: any) => n.action)
      .filter((a: string) => a !== 'expert.read_contact');
    expect(changes.sort()).toEqual(['expert.create', 'expert.deactivate']);
  });
});

describe('export', () => {
  it('exports the library as xlsx in the import layout, masked for the admin', async () => {
    const res = await t.gql(
      `{ exportExperts(filter: { regionCode: "310000" }) { fileName mimeType contentBase64 } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.exportExperts.fileName).toMatch(/^专家库-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(Buffer.from(res.data.exportExperts.contentBase64, 'base64'));
    expect(rows[0]!.slice(0, 13)).toEqual(HEADER);
    expect(rows).toHaveLength(1 + 5);
    const zhou = rows.find((r) => r[0] === '周建明')!;
    expect(zhou[11]).toBe('138****5678');
    expect(zhou[4]).toBe('正高级');
  });
});

describe('who may change an expert', () => {
  const UPSERT = `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id version title status } }`;
  const DEACTIVATE = `mutation($id: ID!) { deactivateExpert(id: $id, reason: "本人申请退出") { status } }`;
  const REACTIVATE = `mutation($id: ID!) { reactivateExpert(id: $id) { status } }`;
  const input = (name: string, regionCode: string, over: object = {}) => ({
    name,
    employer: `${name}所在单位`,
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE'],
    specialties: '设施蔬菜栽培',
    regionCode,
    phone: '13900001234',
    ...over,
  });
  const ids: Record<string, string> = {};
  const refusal = (res: { errors?: any[] }) => ({
    code: res.errors?.[0]?.extensions?.code,
    reason: res.errors?.[0]?.extensions?.reason,
  });
  const version = async (id: string) =>
    (await t.runtime.dataSource.query(`SELECT version, status FROM experts WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    // 上海 serves 莎车县 (对口帮扶); 北京 is somebody else's.
    await t.runtime.dataSource.query(
      `INSERT INTO region_partnerships (serving_code, served_code) VALUES ('310000', '653125') ON CONFLICT DO NOTHING`,
    );
    for (const [key, region] of [
      ['beijing', '110108'],
      ['shache', '653125'],
      ['xuhui', '310104'],
      ['jinshan', '310116'],
    ] as const) {
      const res = await t.gql(UPSERT, { i: input(`范围测试${key}`, region) }, admin);
      expect(res.errors).toBeUndefined();
      ids[key] = res.data.upsertExpert.id;
    }
  });

  it('lets the province read an expert of another province but neither edit nor deactivate it', async () => {
    const read = await t.gql(
      `query($id: ID!) { expert(id: $id) { name phone contactMasked } }`,
      { id: ids.beijing },
      province,
    );
    expect(read.data.expert).toMatchObject({ name: '范围测试beijing' });
    const before = await version(ids.beijing!);
    const edit = await t.gql(
      UPSERT,
      { i: { ...input('范围测试beijing', '110108', { title: '教授' }), id: ids.beijing } },
      province,
    );
    expect(refusal(edit)).toEqual({ code: 'FORBIDDEN', reason: 'EXPERT_OUT_OF_SCOPE' });
    expect(edit.errors![0].message).toMatch(/不在您的管辖范围内/);
    // Without the id, the dedupe key finds the same expert: refused as well.
    expect(
      refusal(await t.gql(UPSERT, { i: input('范围测试beijing', '310104', { title: '教授' }) }, province)),
    ).toEqual({ code: 'FORBIDDEN', reason: 'EXPERT_OUT_OF_SCOPE' });
    expect(refusal(await t.gql(DEACTIVATE, { id: ids.beijing }, province))).toEqual({
      code: 'FORBIDDEN',
      reason: 'EXPERT_OUT_OF_SCOPE',
    });
    expect(refusal(await t.gql(REACTIVATE, { id: ids.beijing }, province))).toEqual({
      code: 'FORBIDDEN',
      reason: 'EXPERT_OUT_OF_SCOPE',
    });
    expect(await version(ids.beijing!)).toEqual(before);
  });

  it('tells each reader whether it may change an expert (Expert.canEdit), as the mutations decide', async () => {
    const canEdit = async (id: string, token: string) => {
      const res = await t.gql(`query($id: ID!) { expert(id: $id) { canEdit } }`, { id }, token);
      expect(res.errors).toBeUndefined();
      return res.data.expert.canEdit as boolean;
    };
    expect(await canEdit(ids.beijing!, province)).toBe(false);
    expect(await canEdit(ids.xuhui!, province)).toBe(true);
    expect(await canEdit(ids.shache!, province)).toBe(true);
    expect(await canEdit(ids.jinshan!, jinshan)).toBe(false);
    expect(await canEdit(ids.beijing!, admin)).toBe(true);
    await synced();
    const hits = await t.gql(
      `{ experts(query: "范围测试", first: 20) { hits { expert { name canEdit } } } }`,
      {},
      province,
    );
    expect(hits.errors).toBeUndefined();
    const byName = Object.fromEntries(
      hits.data.experts.hits.map((h: any) => [h.expert.name, h.expert.canEdit]),
    );
    expect(byName).toMatchObject({ 范围测试beijing: false, 范围测试xuhui: true });
  });

  it('lets the province neither add an expert in another province nor move one of its own there, writing nothing', async () => {
    const count = async () =>
      (
        await t.runtime.dataSource.query(
          `SELECT (SELECT count(*) FROM experts)::int AS e, (SELECT count(*) FROM organizations)::int AS o`,
        )
      )[0];
    const before = await count();
    const added = await t.gql(UPSERT, { i: input('范围测试新专家', '110105') }, province);
    expect(refusal(added)).toEqual({ code: 'FORBIDDEN', reason: 'EXPERT_OUT_OF_SCOPE' });
    expect(added.errors![0].message).toContain('朝阳区');
    const moved = await t.gql(
      UPSERT,
      { i: { ...input('范围测试xuhui', '110108'), id: ids.xuhui } },
      province,
    );
    expect(refusal(moved)).toEqual({ code: 'FORBIDDEN', reason: 'EXPERT_OUT_OF_SCOPE' });
    expect(await count()).toEqual(before);
    expect((await version(ids.xuhui!)).version).toBe(1);
  });

  it('lets the province change the experts of its region and of its partner regions', async () => {
    for (const key of ['xuhui', 'shache'] as const) {
      const edit = await t.gql(
        UPSERT,
        {
          i: {
            ...input(`范围测试${key}`, key === 'xuhui' ? '310104' : '653125', { title: '教授' }),
            id: ids[key],
          },
        },
        province,
      );
      expect(edit.errors, key).toBeUndefined();
      expect(edit.data.upsertExpert).toMatchObject({ title: '教授', version: 2 });
      expect((await t.gql(DEACTIVATE, { id: ids[key] }, province)).data.deactivateExpert.status).toBe(
        'INACTIVE',
      );
      expect((await t.gql(REACTIVATE, { id: ids[key] }, province)).data.reactivateExpert.status).toBe(
        'ACTIVE',
      );
    }
  });

  it('rejects the import rows of experts outside the province and imports the others', async () => {
    const csv =
      '姓名,工作单位,职称,职称级别,专业领域,研究方向,所在地区\n' +
      '范围测试beijing,范围测试beijing所在单位,教授,正高级,农业,设施蔬菜栽培,110108\n' +
      '范围测试外省新人,北京某研究所,研究员,正高级,农业,设施蔬菜栽培,110105\n' +
      '范围测试本市新人,上海某研究所,研究员,正高级,农业,设施蔬菜栽培,310104\n' +
      // The Beijing expert again, now said to be in Shanghai: the dedupe key finds the Beijing record.
      '范围测试beijing,范围测试beijing所在单位,教授,正高级,农业,设施蔬菜栽培,310104\n';
    const res = await t.gql(
      `mutation($c: String!) { importExperts(csv: $c) { created updated unchanged rejected { row reason } } }`,
      { c: csv },
      province,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.importExperts).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(res.data.importExperts.rejected).toEqual([
      { row: 2, reason: expect.stringMatching(/^专家所在地区“海淀区”不在您的管辖范围内/) },
      { row: 3, reason: expect.stringMatching(/^专家所在地区“朝阳区”不在您的管辖范围内/) },
      { row: 5, reason: expect.stringMatching(/^专家“范围测试beijing”不在您的管辖范围内/) },
    ]);
    expect((await version(ids.beijing!)).version).toBe(1);
  });

  it('keeps bureaus from changing experts, even of their own region', async () => {
    expect(
      refusal(
        await t.gql(
          UPSERT,
          { i: { ...input('范围测试jinshan', '310116', { title: '教授' }), id: ids.jinshan } },
          jinshan,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(refusal(await t.gql(DEACTIVATE, { id: ids.jinshan }, jinshan)).code).toBe('FORBIDDEN');
    expect(refusal(await t.gql(DEACTIVATE, { id: ids.beijing }, jinshan)).code).toBe('FORBIDDEN');
    expect((await version(ids.jinshan!)).version).toBe(1);
  });

  it('lets the administrator change any expert', async () => {
    const edit = await t.gql(
      UPSERT,
      { i: { ...input('范围测试beijing', '110108', { title: '教授' }), id: ids.beijing } },
      admin,
    );
    expect(edit.errors).toBeUndefined();
    expect((await t.gql(DEACTIVATE, { id: ids.beijing }, admin)).data.deactivateExpert.status).toBe(
      'INACTIVE',
    );
  });
});
