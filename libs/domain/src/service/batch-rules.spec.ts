import { describe, expect, it } from 'vitest';
import {
  batchProblems,
  completionProblem,
  imageType,
  photoProblem,
  type BatchDraft,
  type BatchContext,
} from './batch-rules.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ctx: BatchContext = {
  teamStartDate: '2026-09-01',
  teamEndDate: '2026-10-31',
  confirmedExpertIds: new Set([A, B]),
  today: '2026-11-23',
};
const good: BatchDraft = {
  startDate: '2026-09-07',
  endDate: '2026-09-09',
  days: 3,
  regionCode: '653125',
  unitsServed: 2,
  unitNames: ['荒地镇中心卫生院'],
  expertIds: [A, B],
  remote: false,
  activities: [{ type: 'FREE_CLINIC', count: 2, participants: 300 }],
  outcomes: [
    { item: 'CLINIC_CONSULTATIONS', value: 300 },
    { item: 'SOCIAL_BENEFIT', text: '惠及群众' },
  ],
  problemsSolved: ['心电图判读带教'],
  note: null,
};
const problems = (patch: Partial<BatchDraft>, c: Partial<BatchContext> = {}) =>
  batchProblems({ ...good, ...patch }, { ...ctx, ...c });

describe('batch rules', () => {
  it('accepts a sensible batch', () => {
    expect(problems({})).toEqual({});
  });

  it('keeps the batch inside the team period and out of the future', () => {
    expect(problems({ startDate: '2026-08-31' }).startDate).toContain('超出服务团服务期');
    expect(problems({ endDate: '2026-11-01' }).startDate).toContain('超出服务团服务期');
    expect(problems({ endDate: '2026-09-30' }, { today: '2026-09-20' }).endDate).toContain('尚未结束');
    expect(problems({ endDate: '2026-09-06' }).endDate).toBe('结束日期不能早于开始日期');
    expect(problems({ startDate: '2026-09-31' }).startDate).toContain('YYYY-MM-DD');
    expect(problems({ endDate: '2026-13-01' }).endDate).toContain('YYYY-MM-DD');
  });

  it('fits the days to the dates', () => {
    expect(problems({ days: 4 }).days).toContain('不能多于起止日期之间的天数（3 天）');
    expect(problems({ days: 0 }).days).toBe('服务天数应为正整数');
    expect(problems({ days: 1.5 }).days).toBe('服务天数应为正整数');
    expect(problems({ days: 1 })).toEqual({});
  });

  it('counts only confirmed members as present', () => {
    expect(problems({ expertIds: [] }).expertIds).toContain('请选择');
    expect(problems({ expertIds: [A, A] }).expertIds).toContain('重复');
    expect(problems({ expertIds: [A, '00000000-0000-4000-8000-00000000000c'] }).expertIds).toContain(
      '已确认',
    );
  });

  it('checks activities, outcomes and the problems solved', () => {
    expect(problems({ activities: [] }).activities).toContain('至少');
    expect(
      problems({
        activities: [
          { type: 'LECTURE', count: 1 },
          { type: 'LECTURE', count: 2 },
        ],
      }).activities,
    ).toContain('只能填写一行');
    expect(problems({ activities: [{ type: 'LECTURE', count: 0 }] }).activities).toContain('正整数');
    expect(problems({ activities: [{ type: 'NOPE' as never, count: 1 }] }).activities).toContain('无效');
    expect(problems({ outcomes: [{ item: 'SOCIAL_BENEFIT', text: ' ' }] }).outcomes).toContain('具体描述');
    expect(problems({ outcomes: [{ item: 'KEY_PROJECTS', value: -1 }] }).outcomes).toContain('不小于 0');
    expect(
      problems({
        outcomes: [
          { item: 'KEY_PROJECTS', value: 1 },
          { item: 'KEY_PROJECTS', value: 2 },
        ],
      }).outcomes,
    ).toContain('重复');
    expect(problems({ problemsSolved: [] }).problemsSolved).toContain('1–2');
    expect(problems({ problemsSolved: ['a', 'b', 'c'] }).problemsSolved).toContain('1–2');
    expect(problems({ unitsServed: 0, unitNames: ['甲'] }).unitsServed).toContain('少于列出的受援单位');
    expect(problems({ regionCode: '' }).regionCode).toContain('服务地点');
  });

  it('refuses completion under five days with a reason a person can act on', () => {
    expect(completionProblem(5, 5)).toBeNull();
    expect(completionProblem(4, 5)).toContain('累计服务 4 天');
  });

  it('recognises photos by their bytes, not their names', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]);
    expect(imageType(png)).toBe('image/png');
    expect(imageType(jpeg)).toBe('image/jpeg');
    expect(photoProblem(png, 'image/png')).toBeNull();
    expect(photoProblem(Uint8Array.from([0x25, 0x50, 0x44, 0x46]), 'image/png')).toContain('JPG');
    expect(photoProblem(new Uint8Array(0), '')).toContain('为空');
    expect(photoProblem(new Uint8Array(6 * 1024 * 1024).fill(0xff), 'image/jpeg')).toContain('5 MB');
  });
});
