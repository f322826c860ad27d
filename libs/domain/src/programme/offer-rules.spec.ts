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
    expect(menuScores('火箭', offers).size).toBe(0);
  });
  it('relaxes a sentence down to its rarest word, never letting a common word bring an offer in alone', () => {
    const menu = [
      ...offers,
      {
        id: 'c',
        title: '大棚草莓种植技术',
        description: '大棚草莓品种与栽培',
        fields: ['AGRICULTURE'] as const,
        places: '奉贤区',
        teamName: '草莓服务团',
      },
      {
        id: 'd',
        title: '大棚番茄病害诊断',
        description: '大棚番茄叶片黄化、卷叶的诊断与防治',
        fields: ['AGRICULTURE'] as const,
        places: '金山区',
        teamName: '蔬菜服务团',
      },
    ];
    // 我们村大棚番茄叶子发黄卷起来了怎么办, as the search box reads it (filler words out).
    const sentence = [
      { word: '大棚', expansions: ['设施'] },
      { word: '番茄', expansions: ['西红柿'] },
      { word: '叶子发黄', expansions: ['黄化'] },
      { word: '卷起来', expansions: [] },
    ];
    const s = menuScores(sentence, menu);
    // 大棚 is the sentence's most common word (a, c, d through 设施): alone it brings nothing in (c is not found).
    // 叶子发黄 is the rarest (d, through 黄化): d has every word the menu knows and leads; a has 番茄 and follows.
    expect([...s.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id)).toEqual(['d', 'a']);
    expect(s.get('d')!).toBeGreaterThan(0.9); // 黄化 is in the description, not the title
    expect(s.get('a')!).toBeGreaterThan(0);
    expect(s.get('a')!).toBeLessThanOrEqual(0.5);
    // Typed alone, 大棚 still finds every 大棚 offer (a through its synonym 设施).
    expect([...menuScores([{ word: '大棚', expansions: [] }], menu).keys()].sort()).toEqual(['a', 'c', 'd']);
    // Every word found beats fewer words, whatever the place of the words.
    const two = menuScores('草莓 种植', menu);
    expect([...two.keys()]).toEqual(['c']);
    expect(two.get('c')).toBe(1);
    // Nonsense mixed with a known word: the known word decides; nothing known: nothing found.
    expect([...menuScores('番茄 火箭', menu).keys()].sort()).toEqual(['a', 'd']);
    expect(menuScores([{ word: '火箭', expansions: [] }], menu).size).toBe(0);
    expect(menuScores([], menu).size).toBe(4);
  });
  it('serves a region inside or around the offer regions', () => {
    expect(offerServesRegion(['310116'], '310116')).toBe(true);
    expect(offerServesRegion(['310000'], '310116')).toBe(true);
    expect(offerServesRegion(['310116'], '310120')).toBe(false);
  });
});
