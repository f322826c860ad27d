import { describe, expect, it } from 'vitest';
import { Vocabulary } from '@app/domain';
import {
  analyseSearchQuery,
  mixesContext,
  problemQueryString,
  queryString,
  suggestionWords,
} from './query-analysis.js';

const words = (q: string) => analyseSearchQuery(q)?.terms.map((t) => t.word);

describe('analyseSearchQuery', () => {
  it('drops question and filler words, keeps the words that say what is wanted', () => {
    expect(words('怎么防治番茄病害')).toEqual(['防治', '番茄', '病害']);
    expect(words('想请专家指导一下脑卒中问题 ')).toEqual(['脑卒中']);
    expect(analyseSearchQuery('怎么办，希望帮忙咨询')).toBeUndefined();
    expect(analyseSearchQuery('')).toBeUndefined();
    expect(analyseSearchQuery('，。！')).toBeUndefined();
  });

  it('finds lexicon expressions written across words and gives each word its other forms', () => {
    const q = analyseSearchQuery('鱼塘夏天老死鱼 ')!;
    expect(q.terms.map((t) => t.word)).toContain('死鱼');
    expect(q.terms.find((t) => t.word === '死鱼')!.expansions).toEqual(expect.arrayContaining(['缺氧']));
    expect(analyseSearchQuery('中风')!.terms[0]!.expansions).toContain('脑卒中');
  });

  it('drops stray single characters, unless nothing else is left or the person is still typing them', () => {
    expect(words('大棚里的番茄 ')).not.toContain('大');
    expect(words('鱼 ')).toEqual(['鱼']);
    const typing = analyseSearchQuery('颈动脉 狭')!;
    expect(typing.terms.map((t) => [t.word, t.prefix])).toEqual([
      ['颈动脉', false],
      ['狭', true],
    ]);
    const unfinished = analyseSearchQuery('脑卒')!;
    expect(unfinished.terms.at(-1)).toMatchObject({ word: '脑卒', prefix: true });
  });

  it('reads an animal by its one character, and a word followed by a function word as finished', () => {
    // jieba's HMM glued the animal to the next character (猪得 | 了 | 猪瘟); 羊得了病 read as a word half typed.
    expect(words('猪得了猪瘟')).toEqual(['猪', '猪瘟']);
    expect(words('羊得了病')).toEqual(['羊', '得病']);
    expect(analyseSearchQuery('牛生病了')!.terms[0]).toMatchObject({
      word: '牛',
      expansions: expect.arrayContaining(['奶牛']),
    });
    // Not inside a word (奶牛, 牛奶 stay whole), nor for a character without a word of its own.
    expect(words('奶牛产奶少 ')).not.toContain('牛');
    expect(words('牛奶产量低 ')).toEqual(['牛奶', '产量低']);
    // 坏 of 路灯坏了 is not the start of 坏死病: the text goes on after it.
    expect(analyseSearchQuery('村里的路灯坏了')!.terms.map((t) => [t.word, t.prefix])).toEqual([
      ['村里', false],
      ['路灯', false],
    ]);
  });

  it('marks the words that say nothing alone (治理, 设计, 安全), not those that say what', () => {
    const q = analyseSearchQuery('河道治理 ')!;
    expect(q.terms.map((t) => [t.word, t.open ?? false])).toEqual([
      ['河道', false],
      ['治理', true],
    ]);
    expect(analyseSearchQuery('光伏系统设计 ')!.terms.find((t) => t.word === '设计')?.open).toBe(true);
    expect(analyseSearchQuery('脑卒中 ')!.terms[0]!.open).toBeUndefined();
  });

  it('reads 游客太少 as the expression 游客少, not 太 | 少 as a word being typed; 多, 不好 say nothing', () => {
    expect(words('游客太少')).toEqual(['游客少']);
    expect(words('产量很低')).toEqual(['产量低']);
    expect(words('销路不好')).toEqual(['销路']);
    // 多 was the last word "being typed", a prefix of 多发病: 锅炉耗煤多 found clinicians.
    expect(words('锅炉耗煤多')).toEqual(['锅炉', '耗煤']);
    // 太 | 多 at the end were an unfinished word (a prefix of nothing anyone wrote).
    expect(words('红蜘蛛太多')).toEqual(['红蜘蛛']);
    expect(words('虫子非常多')).toEqual(['虫子多']);
  });

  it('suggests for the problem’s words, not for the place (村里), unless the place is all there is', () => {
    expect(suggestionWords(analyseSearchQuery('村里老人没人照顾')!)).toEqual(['没人照顾']);
    expect(suggestionWords(analyseSearchQuery('大棚 ')!)).toEqual(['大棚']);
  });

  it('names pests as farmers do and gives crops their class to fall back on', () => {
    const aphid = analyseSearchQuery('番茄蚜虫 ')!;
    expect(aphid.terms.map((t) => t.word)).toEqual(['番茄', '蚜虫']);
    expect(aphid.terms[1]!.expansions).toEqual(expect.arrayContaining(['虫害', '病虫害']));
    // 番茄's class is there for the search to fall back on; 蚜虫 (a problem) has none, 大棚 (the setting) neither.
    expect(aphid.terms[0]!.broader).toEqual(expect.arrayContaining(['蔬菜']));
    expect(aphid.terms[1]!.broader).toBeUndefined();
    expect(analyseSearchQuery('大棚 ')!.terms[0]!.broader).toBeUndefined();
    expect(analyseSearchQuery('梨树生虫')!.terms[0]).toMatchObject({ word: '梨树', broader: ['果树'] });
  });

  it('marks the last word as a prefix only while typing, and writes the query for Meilisearch', () => {
    const typing = analyseSearchQuery('番茄 发黄')!;
    expect(typing.terms.at(-1)!.prefix).toBe(true);
    expect(queryString(typing)).toBe('番茄 发黄');
    const done = analyseSearchQuery('番茄 发黄 ')!;
    expect(done.terms.every((t) => !t.prefix)).toBe(true);
    expect(queryString(done)).toBe('番茄 发黄 ');
  });

  it('marks the words that say where or for whom, and leaves them out of the problem query', () => {
    const q = analyseSearchQuery('工厂污水超标 ')!;
    expect(q.terms.map((t) => [t.word, t.context])).toEqual([
      ['工厂', true],
      ['污水', false],
      ['超标', false],
    ]);
    expect(mixesContext(q)).toBe(true);
    expect(problemQueryString(q)).toBe('污水 超标 ');
    expect(problemQueryString(analyseSearchQuery('大棚 番茄')!)).toBe('番茄');
    expect(mixesContext(analyseSearchQuery('大棚 温室 ')!)).toBe(false);
    expect(mixesContext(analyseSearchQuery('番茄 发黄 ')!)).toBe(false);
  });

  it('keeps 非遗传承 whole: jieba alone cuts it 非 | 遗传 | 承, and 遗传 is genetics', () => {
    const q = analyseSearchQuery('非遗传承 ')!;
    expect(q.terms.map((t) => t.word)).toEqual(['非遗传承']);
    expect(q.terms[0]!.expansions).toEqual(expect.arrayContaining(['非遗', '非物质文化遗产']));
  });

  it('reads with the vocabulary it is given', () => {
    const custom = Vocabulary.with([{ expression: '打吊瓶', terms: ['静脉输液'], fields: ['MEDICAL'] }]);
    expect(
      analyseSearchQuery('老人打吊瓶 ', custom)!.terms.find((t) => t.word === '打吊瓶')?.expansions,
    ).toEqual(['静脉输液']);
  });

  it('keeps a short query whole, for names', () => {
    expect(
      analyseSearchQuery('王建国')!.whole === null || analyseSearchQuery('王建国')!.whole === '王建国',
    ).toBe(true);
    expect(analyseSearchQuery('汉斯·穆勒')!.whole).toBe('汉斯·穆勒');
    expect(
      analyseSearchQuery('我们合作社大棚里的番茄今年叶片发黄、往上卷曲，想请专家来看看')!.whole,
    ).toBeNull();
  });
});
