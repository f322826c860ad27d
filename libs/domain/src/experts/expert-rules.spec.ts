import { describe, expect, it } from 'vitest';
import {
  expertProblems,
  mapImportHeader,
  maskEmail,
  maskPhone,
  normalizePhone,
  readImportRow,
  splitMulti,
  type ExpertDraft,
} from './expert-rules.js';

const HEADER =
  '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱'.split(
    ',',
  );
const { columns } = mapImportHeader(HEADER);
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    姓名: '周建明',
    性别: '男',
    工作单位: '复旦大学附属华山医院',
    职称: '主任医师',
    职称级别: '正高级',
    专业领域: '医疗、生物医药',
    研究方向: '脑卒中早期筛查与康复',
    人才称号: '享受政府特殊津贴专家',
    所在地区: '310104',
    专家来源: '本省(区、市)',
    是否退休: '否',
    手机: '138 1234 5678',
    邮箱: 'Zhou.JM@example.cn',
  };
  const merged = { ...base, ...over };
  return HEADER.map((h) => merged[h] ?? '');
};

describe('reading an import row', () => {
  it('maps the API.md header and its variants, and names missing required columns', () => {
    expect(mapImportHeader(HEADER).missing).toEqual([]);
    const variant = mapImportHeader(['\uFEFF姓名', '单位', '职称', '职称等级', '服务领域', '所在地']);
    expect(variant.missing).toEqual([]);
    expect(variant.columns.employer).toBe(1);
    expect(variant.columns.titleLevel).toBe(3);
    expect(mapImportHeader(['姓名', '职称']).missing).toEqual([
      '工作单位',
      '职称级别',
      '专业领域',
      '所在地区',
    ]);
  });

  it('reads a good row', () => {
    const r = readImportRow(row(), columns);
    expect(r).toEqual({
      ok: true,
      draft: {
        name: '周建明',
        gender: 'MALE',
        employer: '复旦大学附属华山医院',
        title: '主任医师',
        titleLevel: 'SENIOR',
        fields: ['MEDICAL', 'BIOMEDICINE'],
        specialties: '脑卒中早期筛查与康复',
        honours: ['SPECIAL_ALLOWANCE'],
        region: '310104',
        source: 'LOCAL',
        retired: false,
        phone: '13812345678',
        email: 'zhou.jm@example.cn',
        annualCapDays: 60,
      },
    });
  });

  it('accepts the words clerks use', () => {
    const r = readImportRow(
      row({
        职称级别: '副高',
        专业领域: '农业;渔业',
        人才称号: '',
        专家来源: '外省',
        是否退休: '已退休',
        手机: '',
        邮箱: '',
      }),
      columns,
    );
    expect(r.ok && r.draft).toMatchObject({
      titleLevel: 'ASSOCIATE',
      fields: ['AGRICULTURE', 'FISHERY'],
      source: 'OTHER_PROVINCE',
      retired: true,
      phone: null,
      email: null,
      honours: [],
    });
  });

  it.each([
    [{ 专业领域: '园艺' }, '未知领域“园艺”'],
    [{ 职称级别: '' }, '职称级别缺失'],
    [{ 职称级别: '教授级' }, '职称级别“教授级”无法识别'],
    [{ 姓名: '' }, '姓名不能为空'],
    [{ 手机: '12345' }, '手机号“12345”格式不正确'],
    [{ 邮箱: 'not-an-email' }, '邮箱“not-an-email”格式不正确'],
    [{ 性别: '未知' }, '性别“未知”无法识别'],
    [{ 是否退休: '也许' }, '是否退休“也许”无法识别'],
    [{ 专业领域: '' }, '专业领域至少填写一项'],
  ])('rejects %j with a reason a clerk understands', (over, reason) => {
    const r = readImportRow(row(over as Record<string, string>), columns);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });
});

describe('expert rules', () => {
  it('splits multi-valued cells on 、 ; ，', () => {
    expect(splitMulti('农业、林业;渔业，环保 ; ')).toEqual(['农业', '林业', '渔业', '环保']);
  });
  it('normalises phone numbers', () => {
    expect(normalizePhone('+86 138-1234-5678'.replace(/-/g, ''))).toBe('13812345678');
    expect(normalizePhone('  ')).toBeNull();
  });
  it('validates a whole record', () => {
    const d: ExpertDraft = {
      name: '',
      gender: null,
      employer: '',
      title: '',
      titleLevel: 'SENIOR',
      fields: [],
      specialties: '',
      honours: [],
      region: '',
      source: 'LOCAL',
      retired: false,
      phone: null,
      email: null,
      annualCapDays: 0,
    };
    expect(Object.keys(expertProblems(d)).sort()).toEqual([
      'annualCapDays',
      'employer',
      'fields',
      'name',
      'region',
      'title',
    ]);
  });
  it('masks personal data', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('021-64041990')).toBe('021****1990');
    expect(maskPhone(null)).toBeNull();
    expect(maskEmail('zhang.wei@example.cn')).toBe('z***@example.cn');
  });
});
