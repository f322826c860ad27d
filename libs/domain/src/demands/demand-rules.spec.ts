import { describe, expect, it } from 'vitest';
import { demandCode, demandFormatProblems, demandSubmitProblems, type DemandFields } from './demand-rules.js';

const good: DemandFields = {
  title: '急需设施大棚番茄病害防治技术指导',
  description:
    '合作社 120 亩连栋大棚番茄今年灰霉病和叶霉病高发，减产约三成，急需专家现场诊断并指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  expertsWanted: 2,
  minTitleLevel: 'ASSOCIATE',
  startDate: '2027-03-01',
  endDate: '2027-03-20',
  expectedDays: 6,
  contactName: '沈建国',
  contactPhone: '13916001234',
};

describe('demand rules', () => {
  it('accepts a complete demand', () => {
    expect(demandSubmitProblems(good, '2026-11-23')).toEqual({});
  });

  it('refuses bad input with one message per field', () => {
    const p = demandSubmitProblems(
      {
        ...good,
        title: ' ',
        expertsWanted: -1,
        startDate: '2027-03-20',
        endDate: '2027-03-01',
        description: 'x'.repeat(200 * 1024),
        contactPhone: '123',
      },
      '2026-11-23',
    );
    expect(p).toEqual({
      title: '请填写需求标题',
      expertsWanted: '需要的专家人数应在 1 到 50 之间',
      endDate: '结束日期不能早于开始日期',
      description: '问题描述不能超过 5000 个字，请精简后再提交',
      contactPhone: '联系电话“123”格式不正确',
    });
  });

  it('lets a draft be incomplete but not malformed', () => {
    expect(
      demandFormatProblems({
        ...good,
        fields: [],
        serviceForms: [],
        startDate: null,
        endDate: null,
        contactName: null,
        contactPhone: null,
        description: '',
      }),
    ).toEqual({});
    expect(demandFormatProblems({ ...good, startDate: '2027-02-30' })).toEqual({
      startDate: '开始日期格式应为 YYYY-MM-DD',
    });
    // Shaped like a date but no date at all (the fuzzer's 13th month once made the check itself throw).
    for (const endDate of ['2026-13-01', '2026-12-32', '2026-00-10', '0000-99-99'])
      expect(demandFormatProblems({ ...good, endDate }), endDate).toEqual({
        endDate: '结束日期格式应为 YYYY-MM-DD',
      });
  });

  it('requires a future period and days that fit in it at submission', () => {
    expect(demandSubmitProblems({ ...good, startDate: '2026-11-01' }, '2026-11-23').startDate).toMatch(
      /已经过去/,
    );
    expect(demandSubmitProblems({ ...good, expectedDays: 30 }, '2026-11-23').expectedDays).toMatch(
      /超过了服务期（20 天）/,
    );
    expect(
      Object.keys(
        demandSubmitProblems(
          { ...good, fields: [], serviceForms: [], contactName: '', description: '太短' },
          '2026-11-23',
        ),
      ).sort(),
    ).toEqual(['contactName', 'description', 'fields', 'serviceForms']);
  });

  it('formats codes', () => {
    expect(demandCode(2027, '310120', 7)).toBe('XQ-2027-310120-0007');
  });
});
