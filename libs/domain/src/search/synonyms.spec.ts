import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, meilisearchSynonyms, synonymWords, synonymsOf } from './synonyms.js';

const lower = (w: string) => w.toLowerCase();

describe('domain synonyms', () => {
  it('has at least 100 groups of at least two distinct, trimmed words', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(100);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length, group.join('/')).toBeGreaterThanOrEqual(2);
      expect(new Set(group.map(lower)).size, group.join('/')).toBe(group.length);
      for (const word of group) expect(word, group.join('/')).toMatch(/^\S+$/);
    }
  });

  it('puts no word in two groups (a word in two groups would silently merge them)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of SYNONYM_GROUPS) {
      for (const word of group) {
        const other = seen.get(lower(word));
        if (other) clashes.push(`${word}: ${other} | ${group.join('/')}`);
        seen.set(lower(word), group.join('/'));
      }
    }
    expect(clashes).toEqual([]);
  });

  it('synonymsOf is symmetric, never returns the word itself, and is empty for other words', () => {
    for (const word of synonymWords()) {
      const others = synonymsOf(word);
      expect(others.length, word).toBeGreaterThan(0);
      expect(others.map(lower), word).not.toContain(lower(word));
      for (const other of others) expect(synonymsOf(other), `${word} ↔ ${other}`).toContain(word);
    }
    expect(synonymsOf('量子计算')).toEqual([]);
    expect(synonymsOf('')).toEqual([]);
  });

  it('matches Latin terms without regard to case', () => {
    expect(synonymsOf('vocs')).toContain('挥发性有机物');
    expect(synonymsOf('VOCS')).toEqual(synonymsOf('VOCs'));
    expect(synonymsOf('挥发性有机物')).toContain('VOCs');
  });

  it('returns a copy: callers cannot change the dictionary', () => {
    synonymsOf('中风').push('胡说');
    expect(synonymsOf('中风')).not.toContain('胡说');
  });

  it('gives Meilisearch the same multi-way map', () => {
    const map = meilisearchSynonyms();
    expect(Object.keys(map).sort()).toEqual(synonymWords().sort());
    for (const [word, others] of Object.entries(map)) {
      expect(others, word).toEqual(synonymsOf(word));
      for (const other of others) expect(map[other], `${word} → ${other}`).toContain(word);
    }
    expect(synonymWords().length).toBe(SYNONYM_GROUPS.flat().length);
  });

  it.each([
    ['中风', '脑卒中'],
    ['中风', '卒中'],
    ['脑卒中', '卒中'],
    ['生猪', '猪'],
    ['生猪', '养猪'],
    ['水产', '渔业'],
    ['高血压', '原发性高血压'],
    ['糖尿病', '2型糖尿病'],
    ['大棚', '设施农业'],
    ['大棚', '温室'],
    ['化肥', '肥料'],
    ['农药', '植保'],
    ['污水', '废水'],
    ['VOCs', '挥发性有机物'],
    ['光伏', '太阳能发电'],
    ['直播带货', '直播电商'],
    ['民宿', '乡村民宿'],
    ['茶叶', '茶树'],
    ['通讯', '通信'],
    ['人工智能', 'AI'],
  ])('matches %s with %s', (a, b) => {
    expect(synonymsOf(a)).toContain(b);
    expect(synonymsOf(b)).toContain(a);
  });

  it('keeps unrelated words apart', () => {
    expect(synonymsOf('中风')).not.toContain('水产');
    expect(synonymsOf('猪')).not.toContain('鸡');
    expect(synonymsOf('污水')).not.toContain('VOCs');
    expect(synonymsOf('养鸡')).not.toContain('蛋鸡');
  });

  it('stays pure: no imports, so the web app and libs/domain can use it anywhere', () => {
    const source = readFileSync(new URL('./synonyms.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });
});
