// Keeps the judged set honest: well formed, every demand answerable by at least one expert who may serve it, the
// hard-rule cases really breaking their rule, the synonym cases really needing a synonym, fillers irrelevant.
import { describe, expect, it } from 'vitest';
import { FIELDS, SYNONYM_GROUPS, TITLE_LEVELS, isRegionCode } from '@app/domain';
import { JUDGED_SET as set, RELEVANT_GRADE, gainOf, judgedViolations } from './judged-set.js';

const experts = new Map(set.experts.map((e) => [e.key, e]));

describe('the judged set', () => {
  it('is large enough and well formed', () => {
    expect(set.demands.length).toBeGreaterThanOrEqual(40);
    expect(new Set(set.experts.map((e) => e.key)).size).toBe(set.experts.length);
    expect(new Set(set.experts.map((e) => e.name)).size).toBe(set.experts.length);
    expect(new Set(set.demands.map((d) => d.key)).size).toBe(set.demands.length);
    for (const e of set.experts) {
      expect(e.fields.length, e.key).toBeGreaterThan(0);
      for (const f of e.fields) expect(FIELDS, e.key).toContain(f);
      expect(TITLE_LEVELS).toContain(e.titleLevel);
      expect(isRegionCode(e.regionCode), e.key).toBe(true);
      expect(e.specialties.length, e.key).toBeGreaterThan(3);
    }
    for (const d of set.demands) {
      expect(
        set.units.some((u) => u.key === d.unit),
        d.key,
      ).toBe(true);
      expect(isRegionCode(d.regionCode), d.key).toBe(true);
      for (const key of Object.keys(d.grades)) expect(experts.has(key), `${d.key} grades ${key}`).toBe(true);
      expect(d.startDate <= d.endDate).toBe(true);
    }
    for (const a of set.assignments) expect(experts.has(a.expert), a.expert).toBe(true);
  });

  it('gives every demand an expert who is exactly right and may serve it', () => {
    for (const d of set.demands) {
      const served = Object.keys(d.grades).filter((k) => gainOf(set, d, experts.get(k)) === 3);
      expect(served.length, d.key).toBeGreaterThan(0);
    }
  });

  it('holds experts breaking each hard rule, each highly relevant to the demand they break it for', () => {
    const broken = new Map<string, string[]>();
    for (const d of set.demands) {
      for (const [key, grade] of Object.entries(d.grades)) {
        const v = judgedViolations(set, d, experts.get(key)!);
        // Field distractors may be graded; every other rule is broken by a designed case of grade 3.
        if (v.length && !v.includes('FIELD')) expect(grade, `${d.key}/${key}`).toBe(3);
        if (v.length) {
          for (const rule of v) broken.set(rule, [...(broken.get(rule) ?? []), `${d.key}/${key}`]);
        }
      }
    }
    for (const rule of ['INACTIVE', 'TITLE', 'SAME_ORG', 'BOOKED', 'CAP'])
      expect(broken.get(rule)?.length ?? 0, rule).toBeGreaterThan(0);
  });

  it('has synonym cases that only a synonym solves, and tags them', () => {
    const needsSynonym = (text: string, specialties: string) =>
      SYNONYM_GROUPS.some(
        (g) =>
          g.some((a) => text.includes(a) && !specialties.includes(a)) &&
          g.some((b) => specialties.includes(b) && !text.includes(b)),
      );
    const solved = set.demands.filter((d) =>
      Object.entries(d.grades).some(
        ([k, g]) => g >= RELEVANT_GRADE && needsSynonym(d.title + d.description, experts.get(k)!.specialties),
      ),
    );
    expect(solved.length).toBeGreaterThanOrEqual(15);
    for (const d of set.demands.filter((x) => x.tags.includes('synonym')))
      expect(
        solved.map((s) => s.key),
        d.key,
      ).toContain(d.key);
    expect(set.demands.filter((d) => d.tags.includes('colloquial')).length).toBeGreaterThanOrEqual(8);
    expect(set.demands.filter((d) => d.tags.includes('multi-field')).length).toBeGreaterThanOrEqual(5);
  });

  it('has generic-word demands whose distractors share their words but not the specialty, and colloquial ones', () => {
    const generic = set.demands.filter((d) => d.tags.includes('generic-word'));
    expect(generic.length).toBeGreaterThanOrEqual(8);
    const pairs = (text: string) =>
      new Set(
        [...text]
          .slice(0, -1)
          .map((c, i) => c + text[i + 1]!)
          .filter((p) => /^\p{Script=Han}{2}$/u.test(p)),
      );
    for (const d of generic) {
      const words = pairs(d.title);
      const distractors = set.experts.filter(
        (e) =>
          !e.key.startsWith('x_') &&
          !(e.key in d.grades) &&
          e.fields.some((f) => d.fields.includes(f)) &&
          [...words].some((w) => e.specialties.includes(w)),
      );
      expect(
        distractors.length,
        `${d.key}: an ungraded expert of its field sharing a word of its title`,
      ).toBeGreaterThan(0);
    }
    expect(set.demands.filter((d) => d.tags.includes('colloquial')).length).toBeGreaterThanOrEqual(25);
  });

  it('keeps the fillers out of every judgement', () => {
    for (const d of set.demands)
      for (const k of Object.keys(d.grades)) expect(k.startsWith('x_'), `${d.key}/${k}`).toBe(false);
    expect(set.experts.filter((e) => e.key.startsWith('x_')).length).toBeGreaterThan(200);
  });
});
