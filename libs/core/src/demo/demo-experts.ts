// Demo experts: the two fixed ones behind the demo accounts, then generated ones across every field.
import {
  FIELDS,
  type ExpertSource,
  type Field,
  type Gender,
  type Honour,
  type TitleLevel,
} from '@app/domain';
import type { DemoExpert } from './demo-data.types.js';
import type { Rng } from './seeded-rng.js';
import { hanName, uniqueMobile, type PersonName } from './demo-people.js';
import { specialtiesFor } from './demo-specialties.js';
import { EMPLOYERS, type EmployerSpec } from './data/employers.js';
import { ACADEMICIAN_EMPLOYERS, FIXED_EXPERTS } from './data/experts.js';
import { UYGHUR_NAMES } from './data/names.js';
import { REGIONS } from './data/regions.js';
import { PRIMARY_FIELD_WEIGHT, RELATED_FIELDS } from './data/specialties.js';
import { titleTable } from './data/titles.js';

const EXPERT_COUNT = 300;
const INTERMEDIATE_COUNT = 5;
const SENIOR_SHARE = 0.45;
const ACADEMICIAN_COUNT = 2;
const EMAIL_DOMAINS = ['example.cn', 'example.cn', 'example.cn', 'example.com'];
const CAP_DAYS = [30, 30, 35, 40, 40, 45, 50, 60];

function primaryFields(rng: Rng, count: number): Field[] {
  const extra = Array.from({ length: count - FIELDS.length }, () =>
    rng.weighted(FIELDS, (f) => PRIMARY_FIELD_WEIGHT[f]),
  );
  return rng.shuffle([...FIELDS, ...extra]);
}

function titleLevels(rng: Rng, count: number): TitleLevel[] {
  const senior = Math.round(count * SENIOR_SHARE);
  const levels: TitleLevel[] = [
    ...Array<TitleLevel>(senior).fill('SENIOR'),
    ...Array<TitleLevel>(INTERMEDIATE_COUNT).fill('INTERMEDIATE'),
    ...Array<TitleLevel>(count - senior - INTERMEDIATE_COUNT).fill('ASSOCIATE'),
  ];
  return rng.shuffle(levels);
}

function honoursFor(rng: Rng, level: TitleLevel): Honour[] {
  const odds: [Honour, number][] =
    level === 'SENIOR'
      ? [
          ['NATIONAL_OUTSTANDING', 0.01],
          ['YOUNG_MIDDLE_AGED_EXPERT', 0.03],
          ['TALENT_PROJECT_NATIONAL', 0.03],
          ['SPECIAL_ALLOWANCE', 0.12],
          ['MAJOR_TALENT_PROGRAM', 0.1],
          ['RETURNEE', 0.07],
          ['POSTDOC', 0.06],
        ]
      : level === 'ASSOCIATE'
        ? [
            ['MAJOR_TALENT_PROGRAM', 0.04],
            ['RETURNEE', 0.05],
            ['POSTDOC', 0.07],
            ['OTHER', 0.01],
          ]
        : [['POSTDOC', 0.05]];
  return odds.filter(([, p]) => rng.chance(p)).map(([h]) => h);
}

function sourceFor(rng: Rng, employer: EmployerSpec): ExpertSource {
  if (!REGIONS[employer.region].startsWith('31')) return 'OTHER_PROVINCE';
  const r = rng.next();
  return r < 0.015 ? 'HK_MACAO_TAIWAN' : r < 0.03 ? 'FOREIGN' : 'LOCAL';
}

/** Chance that an expert has more than one field; clinicians and teachers are usually specialised. */
const EXTRA_FIELD_CHANCE: Partial<Record<Field, number>> = { MEDICAL: 0.25, EDUCATION: 0.3 };

function otherFields(rng: Rng, primary: Field): Field[] {
  if (!rng.chance(EXTRA_FIELD_CHANCE[primary] ?? 0.55)) return [];
  return rng.sample(RELATED_FIELDS[primary], rng.chance(0.3) ? 2 : 1);
}

function generateExpert(
  rng: Rng,
  primary: Field,
  level: TitleLevel,
  phones: Set<string>,
  emails: Set<string>,
  names: Set<string>,
): DemoExpert {
  const employer = rng.weighted(
    EMPLOYERS.filter((e) => e.fields.includes(primary)),
    (e) => e.weight,
  );
  const fields: Field[] = [primary, ...otherFields(rng, primary)];
  const title = rng.pick(titleTable(employer.family, primary)[level]);

  let person: PersonName;
  do {
    const gender: Gender = rng.chance(0.42) ? 'FEMALE' : 'MALE';
    if (employer.region.startsWith('乌鲁木齐') && rng.chance(0.5)) {
      const [name, g, emailName] = rng.pick(UYGHUR_NAMES);
      person = { name, gender: g, emailName };
    } else {
      person = hanName(rng, gender);
    }
  } while (names.has(person.name));
  names.add(person.name);

  let email: string;
  do email = `${person.emailName}.${rng.digits(4)}@${rng.pick(EMAIL_DOMAINS)}`;
  while (emails.has(email));
  emails.add(email);

  const retired = rng.chance(level === 'SENIOR' ? 0.17 : level === 'ASSOCIATE' ? 0.05 : 0);
  return {
    name: person.name,
    gender: person.gender,
    employerKey: employer.key,
    title,
    titleLevel: level,
    fields,
    specialties: specialtiesFor(rng, fields, employer, level),
    honours: honoursFor(rng, level),
    regionCode: REGIONS[employer.region],
    source: sourceFor(rng, employer),
    retired,
    phone: uniqueMobile(rng, phones),
    email,
    annualCapDays: retired ? rng.pick([40, 45, 50, 60]) : rng.pick(CAP_DAYS),
  };
}

/** Marks a few senior professors, research fellows or chief physicians at leading employers as 两院院士. */
function appointAcademicians(rng: Rng, experts: DemoExpert[]): void {
  const candidates = experts.filter(
    (e, i) =>
      i >= FIXED_EXPERTS.length &&
      ACADEMICIAN_EMPLOYERS.includes(e.employerKey) &&
      ['教授', '研究员', '主任医师'].includes(e.title) &&
      !e.retired,
  );
  for (const e of rng.sample(candidates, ACADEMICIAN_COUNT)) {
    e.honours = [
      'ACADEMICIAN',
      ...e.honours.filter((h) => h !== 'POSTDOC' && h !== 'YOUNG_MIDDLE_AGED_EXPERT'),
    ];
    e.source = 'LOCAL';
  }
}

export function buildExperts(rng: Rng): DemoExpert[] {
  const phones = new Set(FIXED_EXPERTS.map((e) => e.phone));
  const emails = new Set(FIXED_EXPERTS.map((e) => e.email));
  const names = new Set(FIXED_EXPERTS.map((e) => e.name));
  const count = EXPERT_COUNT - FIXED_EXPERTS.length;
  const fields = primaryFields(rng, count);
  const levels = titleLevels(rng, count);
  const generated = fields.map((field, i) => generateExpert(rng, field, levels[i], phones, emails, names));
  const experts = [
    ...FIXED_EXPERTS.map((e) => ({ ...e, fields: [...e.fields], honours: [...e.honours] })),
    ...generated,
  ];
  appointAcademicians(rng, experts);
  return experts;
}
