// Deterministic synthetic expert libraries for the search benchmark (same seed and size → same rows).
// Realism comes from the project's own data: experts of the demo dataset (generated with many seeds) and of the
// search contract fixture are the templates; names are recombined from their surnames and given names, and a
// share of the experts is placed at district- and county-level institutions in Shanghai and its partner
// counties. Every phone number is unique, so the import's dedupe key never merges two synthetic experts.
import {
  EXPERT_SOURCE_LABELS,
  FIELD_LABELS,
  GENDER_LABELS,
  HONOUR_LABELS,
  IMPORT_TEMPLATE_HEADER,
  TITLE_LEVEL_LABELS,
  type ExpertSource,
  type Field,
  type Gender,
  type Honour,
  type TitleLevel,
} from '@app/domain';
import { toCsv } from '@app/platform';
import { Rng, generateDemoData } from '@app/core';
import { EXPERT_FIXTURE } from '../../../../libs/platform/src/search/testing/expert-search.fixture.js';

export interface SyntheticExpert {
  name: string;
  gender: Gender | null;
  employer: string;
  /** The employer's region (6-digit code); the expert's region is the same. */
  regionCode: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties: string;
  honours: Honour[];
  source: ExpertSource;
  retired: boolean;
  phone: string;
  email: string | null;
}

/** An expert the synthetic ones are made from: everything but the contact details, which are made unique. */
type Template = Omit<SyntheticExpert, 'phone' | 'email'>;

/** How many demo datasets (300 experts each) feed the templates: ~5,500 distinct specialty texts. */
const DEMO_SEEDS = 20;
/** Share of experts placed at a district or county institution instead of the template's employer. */
const LOCAL_INSTITUTION_SHARE = 0.12;

/** District and county institutions by field, with the titles such a place gives at each level. */
const LOCAL_INSTITUTIONS: Partial<Record<Field, { suffixes: string[]; titles: Record<TitleLevel, string> }>> =
  {
    MEDICAL: {
      suffixes: ['人民医院', '中医医院', '妇幼保健院', '疾病预防控制中心'],
      titles: { SENIOR: '主任医师', ASSOCIATE: '副主任医师', INTERMEDIATE: '主治医师' },
    },
    AGRICULTURE: {
      suffixes: ['农业技术推广中心', '植保植检站'],
      titles: { SENIOR: '农业技术推广研究员', ASSOCIATE: '高级农艺师', INTERMEDIATE: '农艺师' },
    },
    ANIMAL_HUSBANDRY: {
      suffixes: ['畜牧兽医站', '动物疫病预防控制中心'],
      titles: { SENIOR: '正高级兽医师', ASSOCIATE: '高级兽医师', INTERMEDIATE: '兽医师' },
    },
    FISHERY: {
      suffixes: ['水产技术推广站'],
      titles: { SENIOR: '正高级工程师', ASSOCIATE: '高级工程师', INTERMEDIATE: '工程师' },
    },
    FORESTRY: {
      suffixes: ['林业站', '林业和草原局'],
      titles: { SENIOR: '正高级工程师', ASSOCIATE: '高级工程师', INTERMEDIATE: '工程师' },
    },
    EDUCATION: {
      suffixes: ['第一中学', '教师进修学校', '职业技术学校'],
      titles: { SENIOR: '正高级教师', ASSOCIATE: '高级教师', INTERMEDIATE: '一级教师' },
    },
    ENVIRONMENT: {
      suffixes: ['环境监测站'],
      titles: { SENIOR: '正高级工程师', ASSOCIATE: '高级工程师', INTERMEDIATE: '工程师' },
    },
  };

/** Shanghai's suburban districts and the partner counties (对口帮扶) the demo serves. */
const LOCAL_PLACES: { prefix: string; regionCode: string }[] = [
  { prefix: '上海市金山区', regionCode: '310116' },
  { prefix: '上海市奉贤区', regionCode: '310120' },
  { prefix: '上海市崇明区', regionCode: '310151' },
  { prefix: '上海市松江区', regionCode: '310117' },
  { prefix: '上海市青浦区', regionCode: '310118' },
  { prefix: '上海市浦东新区', regionCode: '310115' },
  { prefix: '上海市闵行区', regionCode: '310112' },
  { prefix: '上海市宝山区', regionCode: '310113' },
  { prefix: '莎车县', regionCode: '653125' },
  { prefix: '叶城县', regionCode: '653126' },
  { prefix: '泽普县', regionCode: '653124' },
  { prefix: '巴楚县', regionCode: '653130' },
  { prefix: '澜沧拉祜族自治县', regionCode: '530828' },
  { prefix: '元阳县', regionCode: '532528' },
  { prefix: '绿春县', regionCode: '532531' },
  { prefix: '广南县', regionCode: '532627' },
  { prefix: '西畴县', regionCode: '532623' },
];

const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
  '慕容',
  '夏侯',
  '司徒',
];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '183',
  '186',
  '187',
  '188',
  '189',
  '199',
];

function templates(): Template[] {
  const out: Template[] = [];
  for (let seed = 1; seed <= DEMO_SEEDS; seed++) {
    const data = generateDemoData(seed);
    const orgs = new Map(data.organizations.map((o) => [o.key, o]));
    for (const e of data.experts) {
      const employer = orgs.get(e.employerKey);
      if (!employer) continue;
      out.push({ ...e, employer: employer.name, regionCode: e.regionCode });
    }
  }
  // The contract fixture adds experts in partner prefectures and other provinces. Regions outside the GB/T 2260
  // table the app loads (Hong Kong, Macao, Taiwan) would be rejected by the import: left out.
  for (const d of EXPERT_FIXTURE) {
    if (/^(71|81|82)/.test(d.regionCode)) continue;
    out.push({ ...d, gender: null });
  }
  return out;
}

function splitName(name: string): { surname: string; given: string } | null {
  if (name.includes('·')) return null; // Uyghur names are kept whole
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length);
  const surname = compound ?? name.slice(0, 1);
  return { surname, given: name.slice(surname.length) };
}

/** `n` experts; the first `m` of a larger library are the same as a library of size `m` with the same seed. */
export function generateSyntheticExperts(n: number, seed = 20260101): SyntheticExpert[] {
  const pool = templates();
  const surnames: string[] = [];
  const given: Record<Gender, string[]> = { MALE: [], FEMALE: [] };
  const whole: Template[] = [];
  const byField = new Map<Field, Template[]>();
  for (const t of pool) {
    const parts = splitName(t.name);
    if (!parts) whole.push(t);
    else {
      surnames.push(parts.surname);
      if (t.gender) given[t.gender].push(parts.given);
    }
    const primary = t.fields[0];
    if (primary) byField.set(primary, [...(byField.get(primary) ?? []), t]);
  }

  const rng = new Rng(seed);
  const experts: SyntheticExpert[] = [];
  for (let i = 0; i < n; i++) {
    const t = rng.pick(pool);
    const gender: Gender = t.gender ?? (rng.chance(0.5) ? 'MALE' : 'FEMALE');
    let name: string;
    if (!splitName(t.name)) name = rng.chance(0.5) ? t.name : rng.pick(whole).name;
    else name = rng.pick(surnames) + rng.pick(given[gender]);

    let employer = t.employer;
    let regionCode = t.regionCode;
    let title = t.title;
    const primary = t.fields[0]!;
    const local = LOCAL_INSTITUTIONS[primary];
    if (local && rng.chance(LOCAL_INSTITUTION_SHARE)) {
      const place = rng.pick(LOCAL_PLACES);
      employer = place.prefix + rng.pick(local.suffixes);
      regionCode = place.regionCode;
      title = local.titles[t.titleLevel];
    }

    // A third of the experts add a line from a colleague of the same field: more distinct texts, same vocabulary.
    let specialties = t.specialties;
    if (rng.chance(0.33)) {
      const other = rng.pick(byField.get(primary) ?? pool);
      const clause = other.specialties
        .split(/[，,；;。]/u)
        .map((s) => s.trim())
        .find((s) => s.length >= 4);
      if (clause && !specialties.includes(clause))
        specialties = `${specialties.replace(/[。；;，,\s]+$/u, '')}；${clause}。`;
    }

    // Suffixes from a bijection on 0..10^8-1 (multiplier coprime to 10): unique for every i, in no visible order.
    const suffix = String((i * 3_761_111 + 12_345_679) % 100_000_000).padStart(8, '0');
    const phone = rng.pick(MOBILE_PREFIXES) + suffix;
    const email = rng.chance(0.7) ? `x${suffix}@${rng.chance(0.8) ? 'example.cn' : 'example.com'}` : null;

    experts.push({
      name,
      gender: rng.chance(0.03) ? null : gender,
      employer,
      regionCode,
      title,
      titleLevel: t.titleLevel,
      fields: [...t.fields],
      specialties,
      honours: [...t.honours],
      source: t.source,
      retired: t.retired,
      phone,
      email,
    });
  }
  return experts;
}

/** The rows as a bureau would send them: API.md's header, Chinese labels, `、` between values. */
export function toImportCsv(experts: readonly SyntheticExpert[]): string {
  const rows = experts.map((e) => [
    e.name,
    e.gender ? GENDER_LABELS[e.gender] : '',
    e.employer,
    e.title,
    TITLE_LEVEL_LABELS[e.titleLevel],
    e.fields.map((f) => FIELD_LABELS[f]).join('、'),
    e.specialties,
    e.honours.map((h) => HONOUR_LABELS[h]).join('、'),
    e.regionCode,
    EXPERT_SOURCE_LABELS[e.source],
    e.retired ? '是' : '否',
    e.phone,
    e.email ?? '',
  ]);
  return toCsv([[...IMPORT_TEMPLATE_HEADER], ...rows]);
}
