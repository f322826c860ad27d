// The application as a PDF (issue #14): a host unit's full team application (1,000 字 of content, so it runs over
// pages) and a full base application in draft are downloaded and read back — labels of the annex, the values
// filled in, the experts, the signature cells with the recommender's opinion; whoever may not read the application
// gets the refusal the GraphQL query gives, a malformed id a Chinese 400.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let recommenderId: string;
let teamId: string;
let baseId: string;
let lead: { id: string; name: string; employer: string };
let members: { id: string; name: string }[];

async function ok<T = any>(query: string, vars: Record<string, unknown>, who: string): Promise<T> {
  const res = await t.gql<T>(query, vars, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}

async function pdf(id: string, who: string | null) {
  const req = request(t.app.getHttpServer())
    .get(`/files/programme-applications/${id}/pdf`)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  if (who) req.set('Authorization', `Bearer ${tokens[who]}`);
  const res = await req;
  const body = res.body as Buffer;
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** The text of the PDF with the page footers taken out and no white space (lines wrap anywhere). */
const flat = (text: string) =>
  text.replace(/(草稿（未提交）\u3000)?第 \d+ 页 共 \d+ 页/g, '').replace(/\s+/g, '');

/** 1,000 字, numbered sentences, so each part of the text is found in one place only. */
const CONTENT = (() => {
  const sentence =
    '围绕草莓设施栽培开展现场技术指导，组织病虫害绿色防控和水肥一体化培训，示范推广新品种与基质育苗技术。';
  let s = '';
  for (let n = 1; [...s].length < 1000; n++) s += `${n}.${sentence}`;
  return [...s].slice(0, 1000).join('');
})();

beforeAll(async () => {
  t = await startTestApp({ demo: true, demoProgramme: false });
  for (const r of ['province', 'local', 'unit', 'unit2', 'expert']) tokens[r] = await t.login(r);
  recommenderId = (await ok(`{ me { organizationId } }`, {}, 'local')).me.organizationId;
  const found = await ok(
    `{ experts(query: "农业", first: 4) { hits { expert { id name employer } } } }`,
    {},
    'province',
  );
  const hits = found.experts.hits.map((h: any) => h.expert);
  lead = hits[0];
  members = hits.slice(1, 3);
  const call = await ok(
    `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
    {
      i: {
        year: 2027,
        title: '关于组织申报2027年国家和本市专家服务基层项目的通知',
        opensOn: '2027-01-10',
        closesOn: '2027-01-31',
        recommendBy: '2027-02-07',
        categories: [{ category: 'MUNICIPAL_TEAM' }, { category: 'MUNICIPAL_BASE' }],
        recommenderIds: [recommenderId],
      },
    },
    'province',
  );
  await ok(
    `mutation($id: ID!) { openProgrammeCall(id: $id) { id } }`,
    { id: call.createProgrammeCall.id },
    'province',
  );
  const create = `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { id } }`;
  const contact = (name: string) => ({
    department: '科研处',
    name,
    officePhone: '021-62208660',
    mobile: '13800000000',
    email: 'wm@example.cn',
  });
  teamId = (
    await ok(
      create,
      {
        c: call.createProgrammeCall.id,
        i: {
          category: 'MUNICIPAL_TEAM',
          recommenderId,
          form: {
            name: '草莓设施高效生产专家服务团',
            reliesOnBase: true,
            baseLevel: 'MUNICIPAL',
            baseName: '金山草莓产业化示范基地',
            expertCount: 6,
            visitCount: 4,
            startDate: '2027-03-01',
            endDate: '2027-10-31',
            cityCount: 1,
            countyCount: 2,
            places: '上海市金山区廊下镇、奉贤区庄行镇',
            fields: ['AGRICULTURE', 'ECOMMERCE'],
            serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING', 'OTHER'],
            serviceFormOther: '直播助农',
            contact: contact('王敏'),
            pairing: {
              crossProvinceKey: ['莎车县'],
              crossProvinceOther: ['巴楚县'],
              inProvinceKey: [],
              inProvinceOther: ['崇明区'],
            },
            content: CONTENT,
            budgetLines: [
              { item: '专家劳务', amount: 60_000, source: '市级资助' },
              { item: '差旅', amount: 30_000, source: '单位自筹' },
            ],
            budgetNote: '结余按规定退回',
            leadExpertId: lead.id,
            memberExpertIds: members.map((m) => m.id),
            summary: '草莓设施栽培技术指导与基层农技人员培训',
          },
        },
      },
      'unit',
    )
  ).createProgrammeApplication.id;
  await ok(`mutation($id: ID!) { submitProgrammeApplication(id: $id) { id } }`, { id: teamId }, 'unit');
  await ok(
    `mutation($id: ID!, $n: String!) { decideProgrammeApplication(id: $id, decision: RECOMMEND, note: $n) { id } }`,
    { id: teamId, n: '同意推荐，服务需求明确' },
    'local',
  );
  baseId = (
    await ok(
      create,
      {
        c: call.createProgrammeCall.id,
        i: {
          category: 'MUNICIPAL_BASE',
          recommenderId,
          form: {
            name: '脑卒中防治专家服务基地',
            hostUnitName: '上海市某区中心医院',
            isProvincialBase: true,
            establishedOn: '2022-05-01',
            field: 'MEDICAL',
            location: '上海市金山区',
            hostType: 'RESEARCH_INSTITUTION',
            ownExperts: 12,
            externalExperts: 4,
            contact: contact('李华'),
            address: '上海市金山区某路 1 号',
            rulesInForce: '专家驻点制度与例会制度',
            fundingInPlace: '医院每年列支专项经费',
            pastActivity: '近三年开展义诊 30 场',
            necessityNational: '服务健康中国战略',
            necessityMunicipal: '支撑本市卒中中心建设',
            necessityGrassroots: '基层卒中防治能力不足',
            areas: '脑卒中筛查；金山区、莎车县',
            supportForExperts: '交通食宿与场地',
            budgetLines: [{ item: '基地建设', amount: 150_000, source: '自筹' }],
            flexibleTalent: '与高校共建卒中防治平台',
            threeYearPlan: '每年组织 4 批次基层服务',
            leadExpertId: lead.id,
            summary: '卒中筛查与基层医生培训',
          },
        },
      },
      'unit2',
    )
  ).createProgrammeApplication.id;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('the application PDF', () => {
  it('lays a full team application out like annex 1, over pages, with every label and value', async () => {
    const res = await pdf(teamId, 'unit');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1]!)).toBe(
      '专家服务基层示范团项目申报表-草莓设施高效生产专家服务团.pdf',
    );
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = pdfText(res.body);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.at(-1)).toContain(`第 ${pages.length} 页 共 ${pages.length} 页`);
    const all = flat(text);
    for (const label of [
      '附件1',
      '2027年专家服务基层示范团项目申报表',
      '申报单位（盖章）',
      '一、基本信息',
      '服务团名称',
      '申报类别',
      '是否依托专家服务基地',
      '基地名称',
      '参与服务专家人数',
      '服务次数',
      '开始时间',
      '结束时间',
      '领衔专家',
      '活动地点',
      '服务领域',
      '负责部门',
      '联系人/办公电话',
      '手机',
      'E-mail',
      '对口帮扶情况',
      '拟采取的服务形式',
      '拟开展的服务内容',
      '二、经费保障（万元）',
      '专家名单',
      '申报单位意见：',
      '推荐单位意见：',
      '（委办局、区人社局）',
      '（盖章）',
      '2027年月日',
    ])
      expect(all, label).toContain(label);
    for (const value of [
      '草莓设施高效生产专家服务团',
      '□国家级■市级',
      '■是：市级□否',
      '金山草莓产业化示范基地',
      '2027-03-01',
      '2027-10-31',
      '覆盖1个地市、2个区县，分别是：上海市金山区廊下镇、奉贤区庄行镇',
      '农业、电商服务',
      '王敏021-62208660',
      '13800000000',
      'wm@example.cn',
      '跨省帮扶：国家乡村振兴重点帮扶县■莎车县非国家乡村振兴重点帮扶县■巴楚县',
      '省内帮扶：国家乡村振兴重点帮扶县□非国家乡村振兴重点帮扶县■崇明区',
      '技术指导■技术推广□',
      '（直播助农）',
      '1.专家劳务：60000元（来源：市级资助）',
      '2.差旅：30000元（来源：单位自筹）',
      '合计：9万元',
      '结余按规定退回',
      lead.name,
      ...members.map((m) => m.name),
      lead.employer,
      '推荐单位意见：同意推荐，服务需求明确',
    ])
      expect(all, value).toContain(value.replace(/\s+/g, ''));
    // The 1,000 字 run over a page break, all of it, in order.
    expect(all).toContain(CONTENT);
    expect(pages[0]).not.toContain(CONTENT.slice(-20));
    expect(all).not.toContain('草稿');
  });

  it('lays a base application in draft out like annex 2, marked 草稿', async () => {
    const res = await pdf(baseId, 'unit2');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("''")[1]!)).toBe(
      '专家服务基地申报表-脑卒中防治专家服务基地-草稿.pdf',
    );
    const { pages, text } = pdfText(res.body);
    expect(pages[0]).toContain('草稿');
    expect(pages.at(-1)).toMatch(/草稿（未提交）\u3000第 \d+ 页 共 \d+ 页/);
    const all = flat(text);
    for (const s of [
      '附件2',
      '2027年专家服务基地申报表',
      '基地名称',
      '脑卒中防治专家服务基地',
      '依托单位名称',
      '上海市某区中心医院',
      '□国家级■市级',
      '是否省级专家服务基地',
      '是■否□',
      '设立时间',
      '2022-05-01',
      '所属行业领域',
      '医疗',
      '所在地',
      '上海市金山区',
      '依托单位类型',
      '基层科研机构■',
      '对口联系专家人数（副高及以上职称）',
      '本单位专家：12外单位专家：4',
      '首席（领衔）专家',
      '通讯地址',
      '上海市金山区某路1号',
      '二、开展专家服务活动情况',
      '1.开展专家服务的现行制度',
      '专家驻点制度与例会制度',
      '2.经费保障',
      '医院每年列支专项经费',
      '3.近年来开展专家服务活动情况及成效',
      '近三年开展义诊30场',
      '三、申请设立国家或上海专家服务基地的有关考虑',
      '（1）与国家战略需求的相关性：服务健康中国战略',
      '（2）与本市发展战略、重点领域或重点行业的相关性：支撑本市卒中中心建设',
      '（3）与基层经济社会发展需要的相关性：基层卒中防治能力不足',
      '2.服务的主要领域和区域',
      '脑卒中筛查；金山区、莎车县',
      '3.能为专家及其团队开展服务活动提供的支持和保障',
      '交通食宿与场地',
      '4.依托单位经费保障',
      '1.基地建设：150000元（来源：自筹）合计：15万元',
      '5.柔性引才机制建立及运行情况',
      '与高校共建卒中防治平台',
      '6.未来三年专家服务工作计划',
      '每年组织4批次基层服务',
      lead.name,
      '推荐单位意见：',
    ])
      expect(all, s).toContain(s);
  });

  it('is for the applying unit, its recommender and the province; others get the refusal the query gives', async () => {
    expect((await pdf(teamId, 'local')).status).toBe(200);
    expect((await pdf(teamId, 'province')).status).toBe(200);
    expect((await pdf(baseId, 'province')).status).toBe(200);
    const query = `query($id: ID!) { programmeApplication(id: $id) { id } }`;
    for (const [id, who] of [
      [teamId, 'unit2'],
      [baseId, 'unit'],
      [baseId, 'local'], // a draft is not yet the recommender's to read
      [teamId, 'expert'],
    ] as const) {
      const res = await pdf(id, who);
      const gql = await t.gql(query, { id }, tokens[who]);
      const e = gql.errors![0];
      expect(res.json(), `${who}`).toEqual({
        code: e.extensions.code,
        reason: e.extensions.reason ?? null,
        message: e.message,
      });
      expect(res.status).toBe(e.extensions.code === 'NOT_FOUND' ? 404 : 403);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    const anonymous = await pdf(teamId, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().message).toBe('请先登录后再下载申报表');
  });

  it('refuses a malformed id with a Chinese 400', async () => {
    const res = await pdf('not-an-id', 'unit');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: '申报编号格式不正确' });
  });
});
