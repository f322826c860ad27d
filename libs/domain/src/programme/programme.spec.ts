import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  CALL_STATUSES,
  PROGRAMME_CATEGORIES,
  PROGRAMME_POLICY_CAPS,
  RECOMMENDED_STATUSES,
  kindOfCategory,
  type ApplicationStatus,
  type CallStatus,
} from './programme-catalog.js';
import {
  APPLICATION_TRANSITIONS,
  applicationTransition,
  isApplicationEditable,
  type ApplicationAction,
  type ApplicationRelation,
} from './application-lifecycle.js';
import {
  countChars,
  emptyBaseForm,
  emptyTeamForm,
  parseApplicationForm,
  submissionProblems,
  budgetTotal,
  type BaseForm,
  type TeamForm,
} from './application-form.js';
import {
  approvedFunding,
  attachmentProblem,
  attachmentType,
  callProblems,
  clipText,
  listedCategory,
  rankApplications,
  reviewProblems,
  reviewTotal,
} from './programme-rules.js';
import { applicationReturnedNotice, callOpenedNotice, listPublishedNotice } from './programme-notices.js';

const EXPERT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function teamForm(over: Partial<TeamForm> = {}): TeamForm {
  return {
    ...emptyTeamForm(),
    name: '草莓设施高效生产专家服务团',
    expertCount: 6,
    visitCount: 4,
    startDate: '2026-03-01',
    endDate: '2026-10-31',
    cityCount: 1,
    countyCount: 2,
    places: '上海市金山区、奉贤区',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    contact: {
      department: '科研处',
      name: '王敏',
      officePhone: '021-62208660',
      mobile: '13800000000',
      email: 'a@b.cn',
    },
    content: '开展草莓设施栽培技术指导。',
    budgetLines: [{ item: '专家劳务', amount: 60_000, source: '市级资助' }],
    leadExpertId: EXPERT,
    summary: '草莓设施栽培指导',
    ...over,
  };
}

function baseForm(over: Partial<BaseForm> = {}): BaseForm {
  return {
    ...emptyBaseForm(),
    name: '援果专家服务基地',
    hostUnitName: '上海市大同教育集团',
    establishedOn: '2022-05-01',
    field: 'EDUCATION',
    location: '上海市',
    hostType: 'OTHER',
    hostTypeOther: '教育集团',
    ownExperts: 10,
    externalExperts: 5,
    contact: {
      department: '办公室',
      name: '李华',
      officePhone: '021-1234567',
      mobile: '13900000000',
      email: 'c@d.cn',
    },
    address: '上海市黄浦区',
    necessityGrassroots: '服务果洛教育',
    areas: '教育；青海果洛',
    supportForExperts: '交通食宿',
    flexibleTalent: '与高校合作',
    threeYearPlan: '每年组织两批次',
    budgetLines: [{ item: '活动经费', amount: 300_000, source: '部资助' }],
    summary: '教育帮扶',
    ...over,
  };
}

describe('programme catalog', () => {
  it('has the four categories with the notice caps in 元 and the kind of form each uses', () => {
    expect(PROGRAMME_POLICY_CAPS).toEqual({
      NATIONAL_TEAM: 200_000,
      MUNICIPAL_TEAM: 100_000,
      NATIONAL_BASE: 400_000,
      MUNICIPAL_BASE: 200_000,
    });
    expect(PROGRAMME_CATEGORIES.map(kindOfCategory)).toEqual(['TEAM', 'TEAM', 'BASE', 'BASE']);
  });
});

describe('application transitions', () => {
  const relations: ApplicationRelation[] = ['APPLICANT', 'RECOMMENDER', 'PROVINCE', 'NONE'];
  it('allows exactly the declared transitions, for the declared relation and call state (exhaustive)', () => {
    for (const action of Object.keys(APPLICATION_TRANSITIONS) as ApplicationAction[]) {
      const rule = APPLICATION_TRANSITIONS[action];
      for (const status of APPLICATION_STATUSES as ApplicationStatus[])
        for (const relation of relations)
          for (const call of CALL_STATUSES as CallStatus[]) {
            const r = applicationTransition(action, status, relation, call, '意见');
            const allowed =
              rule.by.includes(relation) && rule.from.includes(status) && rule.callIn.includes(call);
            expect(r.ok, `${action} ${status} ${relation} ${call}`).toBe(allowed);
            if (r.ok) expect(r.to).toBe(rule.to);
          }
    }
  });

  it('says why it refuses: the role first, then the state, then the call, then the missing note', () => {
    expect(applicationTransition('recommend', 'SUBMITTED', 'APPLICANT', 'OPEN', 'x')).toMatchObject({
      ok: false,
      kind: 'FORBIDDEN',
    });
    expect(applicationTransition('recommend', 'DRAFT', 'RECOMMENDER', 'OPEN', 'x')).toMatchObject({
      ok: false,
      kind: 'CONFLICT',
      message: '申报当前为“草稿”，不能推荐',
    });
    expect(applicationTransition('select', 'RECOMMENDED', 'PROVINCE', 'OPEN')).toMatchObject({
      ok: false,
      kind: 'CONFLICT',
      message: expect.stringContaining('现在不能列入市级'),
    });
    expect(applicationTransition('recommend', 'SUBMITTED', 'RECOMMENDER', 'OPEN', '  ')).toEqual({
      ok: false,
      kind: 'BAD_USER_INPUT',
      message: '请填写推荐意见',
    });
    expect(applicationTransition('return', 'SUBMITTED', 'RECOMMENDER', 'OPEN')).toMatchObject({
      ok: false,
      message: '请填写退回修改的理由',
    });
    expect(applicationTransition('select', 'RECOMMENDED', 'PROVINCE', 'CLOSED')).toEqual({
      ok: true,
      to: 'SELECTED',
    });
    expect(applicationTransition('confirm', 'NOMINATED', 'PROVINCE', 'CLOSED')).toMatchObject({
      ok: false,
      message: expect.stringContaining('部里确定的文号'),
    });
  });

  it('counts every state reached by recommending or later against the department’s one place', () => {
    const reachable = Object.values(APPLICATION_TRANSITIONS)
      .filter((r) => r.by.includes('PROVINCE'))
      .map((r) => r.to);
    for (const s of [...reachable, 'RECOMMENDED'] as ApplicationStatus[])
      expect(RECOMMENDED_STATUSES).toContain(s);
    expect(RECOMMENDED_STATUSES).not.toContain('SUBMITTED');
  });

  it('lets the applicant edit only drafts and returned forms while the call is open', () => {
    expect(isApplicationEditable('DRAFT', 'OPEN')).toBe(true);
    expect(isApplicationEditable('RETURNED', 'OPEN')).toBe(true);
    expect(isApplicationEditable('SUBMITTED', 'OPEN')).toBe(false);
    expect(isApplicationEditable('DRAFT', 'CLOSED')).toBe(false);
  });
});

describe('application forms', () => {
  it('takes only real calendar days', () => {
    expect(parseApplicationForm('TEAM', { startDate: '2027-02-30' }).problems.startDate).toContain(
      '有效的日期',
    );
    expect(parseApplicationForm('TEAM', { startDate: '2028-02-29' }).problems).toEqual({});
    expect(parseApplicationForm('TEAM', { startDate: '9999-01-01' }).problems).toHaveProperty('startDate');
    expect(
      callProblems({
        year: 2027,
        title: 't',
        opensOn: '2027-02-30',
        closesOn: '2027-03-01',
        recommendBy: '2027-03-02',
        caps: { MUNICIPAL_TEAM: 1 },
        recommenderIds: [EXPERT],
      }),
    ).toHaveProperty('opensOn');
    expect(
      parseApplicationForm('TEAM', { name: ' '.repeat(60) + '名'.repeat(60) }).problems.name,
    ).toBeUndefined();
    expect(parseApplicationForm('TEAM', { name: '名 '.repeat(60) }).problems.name).toBe(
      '名称不能超过 100 个字符',
    );
  });

  it('counts 字 without white space, by code point', () => {
    expect(countChars(' 草 莓\n𠮷a ')).toBe(4);
  });

  it('accepts a complete team form (annex 1) and a complete base form (annex 2)', () => {
    const t = parseApplicationForm('TEAM', teamForm());
    expect(t.problems).toEqual({});
    expect(submissionProblems('TEAM', t.form, 100_000)).toEqual({});
    const b = parseApplicationForm('BASE', baseForm());
    expect(b.problems).toEqual({});
    expect(submissionProblems('BASE', b.form, 400_000)).toEqual({});
  });

  it('keeps a draft that is incomplete but refuses one that is malformed', () => {
    expect(parseApplicationForm('TEAM', { name: '半成品' }).problems).toEqual({});
    const bad = parseApplicationForm('TEAM', {
      name: 5,
      fields: ['SPACE'],
      expertCount: -1,
      startDate: '2026-13-40',
      unknown: 1,
      contact: { mobile: '123' },
      leadExpertId: 'x',
    });
    expect(Object.keys(bad.problems).sort()).toEqual(
      ['contact.mobile', 'expertCount', 'fields', 'leadExpertId', 'name', 'startDate', 'unknown'].sort(),
    );
    expect(parseApplicationForm('BASE', { pairing: {} }).problems).toHaveProperty('pairing');
    expect(parseApplicationForm('TEAM', 'text').problems).toHaveProperty('form');
  });

  it('refuses content, past activity and the three-year plan over 1,000 字', () => {
    const long = '字'.repeat(1001);
    expect(parseApplicationForm('TEAM', teamForm({ content: long })).problems.content).toBe(
      '不能超过 1000 字（现 1001 字）',
    );
    expect(parseApplicationForm('TEAM', teamForm({ content: '字'.repeat(1000) })).problems).toEqual({});
    const b = parseApplicationForm('BASE', baseForm({ pastActivity: long, threeYearPlan: long }));
    expect(Object.keys(b.problems).sort()).toEqual(['pastActivity', 'threeYearPlan']);
  });

  it('refuses a budget over the category cap, at the cap it passes', () => {
    const over = teamForm({
      budgetLines: [
        { item: '劳务', amount: 60_000, source: '' },
        { item: '差旅', amount: 40_001, source: '' },
      ],
    });
    expect(budgetTotal(over.budgetLines)).toBe(100_001);
    expect(submissionProblems('TEAM', over, 100_000).budgetLines).toBe(
      '经费预算合计 100001 元，超过该申报类别上限 100000 元',
    );
    expect(
      submissionProblems(
        'TEAM',
        teamForm({ budgetLines: [{ item: '劳务', amount: 100_000, source: '' }] }),
        100_000,
      ),
    ).toEqual({});
    expect(
      submissionProblems(
        'BASE',
        baseForm({ budgetLines: [{ item: 'x', amount: 200_001, source: '' }] }),
        200_000,
      ),
    ).toHaveProperty('budgetLines');
    expect(
      parseApplicationForm('TEAM', teamForm({ budgetLines: [{ item: '', amount: 1.5, source: '' }] }))
        .problems,
    ).toEqual({
      'budgetLines.0.item': expect.any(String),
      'budgetLines.0.amount': expect.any(String),
    });
  });

  it('names what a submitted form still lacks', () => {
    const t = submissionProblems('TEAM', emptyTeamForm(), 100_000);
    for (const k of [
      'name',
      'leadExpertId',
      'expertCount',
      'visitCount',
      'startDate',
      'endDate',
      'places',
      'fields',
      'serviceForms',
      'content',
      'budgetLines',
      'contact.name',
      'summary',
    ])
      expect(t, k).toHaveProperty(k);
    expect(submissionProblems('TEAM', teamForm({ endDate: '2026-01-01' }), 1e6).endDate).toBe(
      '结束时间不能早于开始时间',
    );
    expect(submissionProblems('TEAM', teamForm({ reliesOnBase: true }), 1e6)).toHaveProperty('baseName');
    expect(submissionProblems('TEAM', teamForm({ serviceForms: ['OTHER'] }), 1e6)).toHaveProperty(
      'serviceFormOther',
    );
    expect(submissionProblems('TEAM', teamForm({ memberExpertIds: [EXPERT, OTHER] }), 1e6)).toHaveProperty(
      'memberExpertIds',
    );
    const b = submissionProblems('BASE', emptyBaseForm(), 1e6);
    for (const k of [
      'hostUnitName',
      'establishedOn',
      'field',
      'hostType',
      'ownExperts',
      'necessityGrassroots',
      'areas',
      'supportForExperts',
      'flexibleTalent',
      'threeYearPlan',
    ])
      expect(b, k).toHaveProperty(k);
    expect(submissionProblems('BASE', baseForm({ hostTypeOther: '' }), 1e6)).toHaveProperty('hostTypeOther');
  });
});

describe('calls', () => {
  const call = {
    year: 2026,
    title: '关于组织申报2026年国家和本市专家服务基层项目的通知',
    opensOn: '2026-01-14',
    closesOn: '2026-01-31',
    recommendBy: '2026-02-07',
    caps: { ...PROGRAMME_POLICY_CAPS },
    recommenderIds: [EXPERT],
  };
  it('accepts the notice’s call and refuses caps above the policy, bad dates and no recommenders', () => {
    expect(callProblems(call)).toEqual({});
    expect(callProblems({ ...call, caps: { MUNICIPAL_TEAM: 50_000 } })).toEqual({});
    expect(callProblems({ ...call, caps: { NATIONAL_BASE: 400_001 } })['caps.NATIONAL_BASE']).toBe(
      '国家级基地经费上限不能超过 40 万元',
    );
    expect(callProblems({ ...call, caps: {} }).caps).toBeDefined();
    expect(callProblems({ ...call, closesOn: '2026-01-01' }).closesOn).toBeDefined();
    expect(callProblems({ ...call, recommendBy: '2026-01-20' }).recommendBy).toBeDefined();
    expect(callProblems({ ...call, recommenderIds: [], year: 99 })).toMatchObject({
      recommenderIds: expect.any(String),
      year: expect.any(String),
    });
  });
});

describe('review sheets and ranking', () => {
  const full = { NECESSITY: 25, PLAN: 20, EXPERTS: 18, IMPACT: 15, BUDGET: 8 };
  it('needs every criterion within its points and totals to 100 at most', () => {
    expect(reviewProblems(full)).toEqual({});
    expect(reviewTotal(full)).toBe(86);
    expect(reviewProblems({ ...full, NECESSITY: 26 })['scores.NECESSITY']).toBe(
      '“需求必要性”应为 0 到 25 的整数',
    );
    expect(reviewProblems({ PLAN: 1 })).toHaveProperty('scores.NECESSITY');
    expect(reviewProblems({ ...full, X: 1 } as never)).toHaveProperty('scores.X');
  });

  it('ranks each category by mean score, ties share a rank, unscored last', () => {
    const at = (d: number) => new Date(2026, 0, d);
    const r = rankApplications([
      { id: 'a', category: 'MUNICIPAL_TEAM', totals: [80, 90], submittedAt: at(3) },
      { id: 'b', category: 'MUNICIPAL_TEAM', totals: [85], submittedAt: at(1) },
      { id: 'c', category: 'MUNICIPAL_TEAM', totals: [90, 80], submittedAt: at(2) },
      { id: 'd', category: 'MUNICIPAL_TEAM', totals: [], submittedAt: at(1) },
      { id: 'e', category: 'NATIONAL_BASE', totals: [70], submittedAt: at(1) },
    ]);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => r.get(id)!.rank)).toEqual([1, 1, 1, 4, 1]);
    expect(r.get('d')!.score).toBeNull();
    expect(r.get('a')).toEqual({ id: 'a', rank: 1, score: 85, sheets: 2 });
  });
});

describe('approved funding and lists', () => {
  it('gives national teams 10 万 + 1:1, municipal teams 10 万, bases what they asked within the cap', () => {
    expect(approvedFunding('NATIONAL_TEAM', 150_000)).toEqual({
      ministry: 100_000,
      matching: 100_000,
      total: 200_000,
    });
    expect(approvedFunding('MUNICIPAL_TEAM', 80_000)).toEqual({
      ministry: 0,
      matching: 100_000,
      total: 100_000,
    });
    expect(approvedFunding('NATIONAL_BASE', 500_000).total).toBe(400_000);
    expect(approvedFunding('MUNICIPAL_BASE', 150_000, 120_000).total).toBe(120_000);
  });

  it('lists a confirmed application as national and a selected one as municipal', () => {
    expect(listedCategory('NATIONAL_TEAM', 'CONFIRMED')).toBe('NATIONAL_TEAM');
    expect(listedCategory('MUNICIPAL_TEAM', 'CONFIRMED')).toBe('NATIONAL_TEAM');
    expect(listedCategory('NATIONAL_TEAM', 'SELECTED')).toBe('MUNICIPAL_TEAM');
    expect(listedCategory('NATIONAL_BASE', 'SELECTED')).toBe('MUNICIPAL_BASE');
    expect(listedCategory('MUNICIPAL_TEAM', 'NOT_SELECTED')).toBeNull();
    expect(clipText('一二三四五', 4)).toBe('一二三…');
  });

  it('writes notices as sentences', () => {
    expect(callOpenedNotice({ year: 2026, title: 'T', recommendBy: '2026-02-07' }).body).toContain(
      '2026-02-07 前完成评估推荐',
    );
    expect(
      applicationReturnedNotice({ name: 'A', category: 'MUNICIPAL_TEAM', applicant: 'U' }, '预算不清。').body,
    ).toBe('您的市级服务团申报“A”被推荐单位退回修改。原因：预算不清。请修改后重新提交。');
    expect(
      listPublishedNotice({ name: 'A', category: 'NATIONAL_TEAM', applicant: 'U' }, 2026, 'MUNICIPAL_TEAM')
        .body,
    ).toContain('列入2026年市级服务团名单');
  });
});

describe('attachments', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  it('accepts stamped scans as PDF, JPEG or PNG by their bytes, up to 5 MB and 10 per application', () => {
    expect([pdf, png, jpg].map(attachmentType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(attachmentType(new TextEncoder().encode('<html>'))).toBeNull();
    expect(attachmentProblem(pdf, 0)).toBeNull();
    expect(attachmentProblem(new Uint8Array(), 0)).toContain('空');
    expect(attachmentProblem(new TextEncoder().encode('MZ...'), 0)).toContain('PDF、JPG 或 PNG');
    expect(attachmentProblem(pdf, 10)).toContain('最多 10 个');
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(attachmentProblem(big, 0)).toContain('5 MB');
  });
});
