// Highlights read remembered segmentations: the same answer as cutting the text again, and a vocabulary change
// (ADMIN's 匹配词库) is seen at once.
import { afterAll, describe, expect, it } from 'vitest';
import { Vocabulary } from '@app/domain';
import { segmentRemembered, segmentWithOffsets, useSegmenterVocabulary } from './chinese-segmenter.js';
import {
  compileExpertQuery,
  highlightExpertText,
  relaxationLevels,
} from './postgres-expert-search.engine.js';

afterAll(() => useSegmenterVocabulary(Vocabulary.builtin()));

const TEXTS = [
  '设施蔬菜栽培与病虫害绿色防控，水肥一体化技术推广',
  '颈动脉狭窄、脑卒中筛查与康复',
  '畜禽养殖废弃物资源化利用；ＰＭ２.５监测',
  '病人打吊瓶后的护理与静脉输液并发症处理',
  '菜农说的菜蔫了，其实是采后保鲜与冷链的问题',
];

describe('highlights from remembered segmentations', () => {
  it('answer as a fresh cut of the text does, the first time and every time after', () => {
    for (const q of ['蔬菜 防控', '脑卒中', 'pm2.5', '资源化', '输液']) {
      const query = compileExpertQuery(q)!;
      for (const text of TEXTS) {
        const first = highlightExpertText(text, query);
        expect(highlightExpertText(text, query)).toBe(first);
        expect(segmentRemembered(text)).toEqual(segmentWithOffsets(text));
      }
    }
    expect(highlightExpertText(TEXTS[0]!, compileExpertQuery('蔬菜')!)).toContain('<em>蔬菜</em>');
  });

  it('cut again once the vocabulary keeps a new word whole', () => {
    const text = TEXTS[4]!;
    useSegmenterVocabulary(Vocabulary.builtin());
    expect(segmentRemembered(text).tokens.map((t) => t.norm)).not.toContain('菜蔫了');
    const custom = Vocabulary.with([{ expression: '菜蔫了', terms: ['采后保鲜'], fields: ['TRANSPORT'] }]);
    useSegmenterVocabulary(custom);
    expect(segmentRemembered(text).tokens.map((t) => t.norm)).toContain('菜蔫了');
    expect(highlightExpertText(text, compileExpertQuery('菜蔫了', custom)!)).toContain('<em>菜蔫了</em>');
  });
});

describe('relaxationLevels', () => {
  it('drops the most frequent word first, equal frequencies together, a word found nowhere before all', () => {
    expect(relaxationLevels(['a', 'b', 'c'], [5, 2, 0])).toEqual(['(a) & (b) & (c)', '(a) & (b)', 'b']);
    expect(relaxationLevels(['a', 'b', 'c'], [3, 3, 1])).toEqual(['(a) & (b) & (c)', 'c']);
    expect(relaxationLevels(['a'], [0])).toEqual(['a']);
  });

  it('drops the words of the setting before the others, however rare, and by frequency among themselves', () => {
    // 工厂 (2 documents) 污水 (40) 超标 (9): without the flag 工厂 would be the last word left.
    expect(relaxationLevels(['工厂', '污水', '超标'], [2, 40, 9])).toEqual([
      '(工厂) & (污水) & (超标)',
      '(工厂) & (超标)',
      '工厂',
    ]);
    expect(relaxationLevels(['工厂', '污水', '超标'], [2, 40, 9], [true, false, false])).toEqual([
      '(工厂) & (污水) & (超标)',
      '(污水) & (超标)',
      '超标',
    ]);
    expect(relaxationLevels(['大棚', '温室', '番茄'], [1, 7, 30], [true, true, false])).toEqual([
      '(大棚) & (温室) & (番茄)',
      '(大棚) & (番茄)',
      '番茄',
    ]);
    expect(relaxationLevels(['大棚', '温室'], [1, 7], [true, true])).toEqual(['(大棚) & (温室)', '大棚']);
  });
});
