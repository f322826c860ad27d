import { describe, expect, it } from 'vitest';
import { applicationSheet, formatWan, type AnnexSheet } from './application-sheet.js';

const texts = (s: AnnexSheet) =>
  s.rows.flatMap((r) =>
    r.type === 'section'
      ? [r.title]
      : r.type === 'text'
        ? [r.label, r.value]
        : r.pairs.flatMap((p) => [p.label, p.value]),
  );

describe('applicationSheet', () => {
  it('lays a team form out as annex 1, with the ticked boxes and the budget in 万元', () => {
    const s = applicationSheet({
      category: 'NATIONAL_TEAM',
      year: '2027',
      applicantName: '金山区农业技术推广中心',
      leadExpertName: '周建明',
      recommendOpinion: '同意推荐',
      form: {
        name: '草莓服务团',
        reliesOnBase: true,
        baseLevel: 'PROVINCIAL',
        baseName: '金山草莓基地',
        fields: ['AGRICULTURE'],
        serviceForms: ['TECH_GUIDANCE', 'OTHER'],
        serviceFormOther: '直播带货',
        pairing: {
          crossProvinceKey: ['莎车县'],
          crossProvinceOther: [],
          inProvinceKey: [],
          inProvinceOther: [],
        },
        budgetLines: [
          { item: '专家劳务', amount: 60_000, source: '市级资助' },
          { item: '差旅', amount: 35_000, source: '' },
        ],
        content: '技术指导',
      },
    });
    expect(s.annex).toBe('附件 1');
    expect(s.title).toBe('2027 年专家服务基层示范团项目申报表');
    const all = texts(s);
    for (const label of [
      '服务团名称',
      '申报单位',
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
      '手机',
      'E-mail',
      '对口帮扶情况（可多选）',
      '拟采取的服务形式（可多选）',
      '拟开展的服务内容',
      '二、经费保障（万元）',
    ])
      expect(all).toContain(label);
    expect(all).toContain('☑ 国家级\u3000☐ 市级');
    expect(all).toContain('☑ 是：省级\u3000☐ 否');
    expect(all.join('\n')).toContain('跨省帮扶：国家乡村振兴重点帮扶县 ☑ 莎车县');
    expect(all.join('\n')).toContain('技术指导 ☑\u3000技术推广 ☐');
    expect(all.join('\n')).toContain('（直播带货）');
    expect(all).toContain('1. 专家劳务：60000 元（来源：市级资助）\n2. 差旅：35000 元\n合计：9.5 万元');
    expect(s.recommendOpinion).toBe('同意推荐');
  });

  it('lays a base form out as annex 2 with its own marks, empty where the draft is empty', () => {
    const s = applicationSheet(
      {
        category: 'MUNICIPAL_BASE',
        year: '2027',
        applicantName: '某医院',
        leadExpertName: null,
        recommendOpinion: null,
        form: { hostType: 'RESEARCH_INSTITUTION', necessityMunicipal: '服务本市重点领域' },
      },
      { on: '■', off: '□' },
    );
    expect(s.annex).toBe('附件 2');
    expect(s.title).toBe('2027 年专家服务基地申报表');
    const all = texts(s);
    expect(all).toContain('某医院'); // 依托单位名称 falls back to the applicant
    expect(all).toContain('□ 国家级\u3000■ 市级');
    expect(all.join('\n')).toContain('基层科研机构 ■');
    expect(all).toContain('（2）与本市发展战略、重点领域或重点行业的相关性：服务本市重点领域');
    for (const label of [
      '未来三年专家服务工作计划',
      '柔性引才机制建立及运行情况',
      '依托单位经费保障',
      '通讯地址',
    ])
      expect(all.some((t) => t.includes(label))).toBe(true);
    expect(s.recommendOpinion).toBe('');
    expect(s.experts).toEqual([]);
  });

  it('writes money in 万元', () => {
    expect(formatWan(123_456)).toBe('12.35 万元');
    expect(formatWan(null)).toBe('—');
  });
});
