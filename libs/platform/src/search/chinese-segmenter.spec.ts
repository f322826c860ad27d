import { describe, expect, it } from 'vitest';
import { Vocabulary, synonymWords } from '@app/domain';
import { segmentWithOffsets, defaultSplitOf, segment, segmentQuery } from './chinese-segmenter.js';

describe('chinese segmenter', () => {
  it('cuts medical Chinese into words, keeping 脑卒中 whole', () => {
    expect(segment('颈动脉狭窄脑卒中筛查')).toEqual(['颈动脉', '狭窄', '脑卒中', '筛查']);
  });

  it('keeps Latin technical terms and numbers, lower-cased', () => {
    expect(segment('工业VOCs治理')).toEqual(['工业', 'vocs', '治理']);
    expect(segment('PM2.5与臭氧协同控制')).toEqual(['pm2.5', '臭氧', '协同', '控制']);
    expect(segment('5G基站')).toContain('5g');
    expect(segment('organic farming')).toEqual(['organic', 'farming']);
  });

  it('treats full-width letters and digits like half-width ones', () => {
    expect(segment('ＶＯＣｓ治理')).toEqual(['vocs', '治理']);
  });

  it('drops punctuation, whitespace and function words', () => {
    expect(segment('高血压、糖尿病的社区防治。 \n（慢病）')).toEqual([
      '高血压',
      '糖尿病',
      '社区',
      '防治',
      '慢病',
    ]);
    expect(segment('')).toEqual([]);
    expect(segment('  ，。！？…')).toEqual([]);
    expect(segment('和与的')).toEqual([]);
  });

  it('keeps every multi-character synonym word, lexicon expression and phrase as one token', () => {
    expect(Vocabulary.builtin().userWords()).toEqual(expect.arrayContaining(synonymWords()));
    const split = Vocabulary.builtin()
      .userWords()
      .filter((w) => [...w].length > 1)
      .filter((w) => segment(w).join('|') !== w.normalize('NFKC').toLowerCase());
    expect(split).toEqual([]);
  });

  it('does not let a user word capture its neighbours', () => {
    // 太阳能发电 is a user word, but 发电站 is the better word here.
    expect(segment('太阳能发电站建设')).toEqual(['太阳能', '发电站', '建设']);
    expect(segment('乡村游客接待')).toEqual(['乡村', '游客', '接待']);
    // The demo experts' 养殖场臭气控制: the colloquial 养殖场臭 took its 臭, and 臭气 found nobody.
    expect(segment('养殖场臭气控制')).toContain('臭气');
  });

  it('cuts a crop or an animal from what jieba glued to it, not from a word', () => {
    expect(segment('猪得了猪瘟')).toEqual(['猪', '得', '猪瘟']);
    expect(segment('羊掉毛')).toEqual(['羊', '掉毛']);
    // A crop the dictionary lacks, whole alone only through the HMM, stays whole before what follows it.
    for (const [text, crop] of [
      ['黄桃烂了', '黄桃'],
      ['香梨得了病', '香梨'],
      ['巴旦木死了', '巴旦木'],
    ])
      expect(segment(text), text).toContain(crop);
    // Dictionary words and user words stay whole (鱼病 is whole only through jieba's HMM).
    expect(segment('牛奶 羊毛 牛羊 鱼病 鸡蛋')).toEqual(['牛奶', '羊毛', '牛羊', '鱼病', '鸡蛋']);
  });

  it('remembers how the default dictionary cuts a user word', () => {
    expect(defaultSplitOf('太阳能发电')).toEqual(['太阳能', '发电']);
    expect(defaultSplitOf('直播带货')).toEqual(['直播', '带货']);
    expect(defaultSplitOf('脑卒中')).toBeUndefined();
  });

  it('search mode adds the shorter words inside each word', () => {
    expect(segmentQuery('颈动脉狭窄')).toEqual(['动脉', '颈动脉', '狭窄']);
    expect(segmentQuery('工业VOCs')).toEqual(['工业', 'vocs']);
  });

  it('gives offsets into the text and the sub-words of each token', () => {
    const text = '颈动脉狭窄，太阳能发电';
    const { tokens } = segmentWithOffsets(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    const carotid = tokens.find((t) => t.norm === '颈动脉')!;
    expect(carotid.subwords).toEqual([{ norm: '动脉', start: 1, end: 3 }]);
    const solar = tokens.find((t) => t.norm === '太阳能发电')!;
    expect(solar.subwords.map((s) => s.norm)).toEqual(expect.arrayContaining(['太阳能', '发电']));
    for (const s of solar.subwords) expect(text.slice(s.start, s.end)).toBe(s.norm);
  });

  it('counts positions across dropped words and punctuation, not across whitespace', () => {
    expect(segmentWithOffsets('电商与直播').tokens.map((t) => [t.norm, t.position])).toEqual([
      ['电商', 1],
      ['直播', 3],
    ]);
    expect(segmentWithOffsets('太阳能 发电，储能').tokens.map((t) => t.position)).toEqual([1, 2, 4]);
  });

  it('is fast once loaded', () => {
    const text = '脑卒中的早期识别与静脉溶栓治疗，颈动脉狭窄筛查，神经介入。'.repeat(10);
    segment(text);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) segmentWithOffsets(text);
    expect((performance.now() - t0) / 200).toBeLessThan(5);
  });
});
