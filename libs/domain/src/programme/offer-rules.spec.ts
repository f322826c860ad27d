import { describe, expect, it } from 'vitest';
import {
  menuQueryWords,
  menuScores,
  offerProblems,
  offerServesRegion,
  type OfferDraft,
} from './offer-rules.js';

const GOOD: OfferDraft = {
  title: '设施蔬菜病虫害绿色防控',
  description: '现场诊断番茄、黄瓜病害，指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  regionCodes: ['310116'],
  places: '金山区各镇',
  months: [3, 4, 5],
  capacity: 3,
};

describe('offerProblems', () => {
  it('accepts a complete offer and names every missing or wrong part', () => {
    expect(offerProblems(GOOD)).toEqual({});
    const bad = offerProblems({
      ...GOOD,
      title: ' ',
      description: '字'.repeat(1001),
      fields: [],
      serviceForms: [],
      regionCodes: ['x'],
      months: [13],
      capacity: 0,
    });
    expect(Object.keys(bad).sort()).toEqual([
      'capacity',
      'description',
      'fields',
      'months',
      'regionCodes',
      'serviceForms',
      'title',
    ]);
    expect(bad.description).toBe('服务内容不超过 1000 字（现 1001 字）');
  });
});

describe('the menu search', () => {
  const offers = [
    {
      id: 'a',
      title: '设施蔬菜病虫害绿色防控',
      description: '番茄灰霉病诊断',
      fields: ['AGRICULTURE'] as const,
      places: '金山区',
      teamName: '农业服务团',
    },
    {
      id: 'b',
      title: '基层医生培训',
      description: '卒中筛查',
      fields: ['MEDICAL'] as const,
      places: '奉贤区',
      teamName: '卒中基地',
    },
  ];
  it('cuts a query into words and requires each of them', () => {
    expect(menuQueryWords(' 番茄，灰霉病  番茄 ')).toEqual(['番茄', '灰霉病']);
    const s = menuScores('番茄 灰霉病', offers);
    expect([...s.keys()]).toEqual(['a']);
    expect(menuScores('病虫害', offers).get('a')).toBe(1);
    expect(menuScores('', offers).size).toBe(2);
    expect(menuScores('番茄 卒中', offers).size).toBe(0);
  });
  it('serves a region inside or around the offer regions', () => {
    expect(offerServesRegion(['310116'], '310116')).toBe(true);
    expect(offerServesRegion(['310000'], '310116')).toBe(true);
    expect(offerServesRegion(['310116'], '310120')).toBe(false);
  });
});
