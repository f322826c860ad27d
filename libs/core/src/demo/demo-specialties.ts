// 研究方向/专长 text of a demo expert, written from the phrase banks in a few sentence patterns.
import { FIELD_LABELS, type Field, type TitleLevel } from '@app/domain';
import type { Rng } from './seeded-rng.js';
import type { EmployerSpec } from './data/employers.js';
import { CROSS_PHRASES, SPECIALTY_CLUSTERS } from './data/specialties.js';

/** Sentence patterns for 研究方向/专长; `p` are phrases of the primary field, `s` of the other fields. */
type SpecialtyTemplate = (
  p: string[],
  s: string[],
  years: number,
  fieldLabel: string,
  closing: string,
) => string;

/** Closing sentences for the plain list pattern. */
const CLOSINGS = [
  '多次赴郊区和对口帮扶地区开展技术服务。',
  '参加过多批次专家服务基层活动。',
  '近年来多次参与东西部协作技术帮扶。',
  '长期承担基层技术人员培训任务。',
];

const SPECIALTY_TEMPLATES: SpecialtyTemplate[] = [
  (p, s) =>
    `长期从事${p[0]}研究，主要方向为${p.slice(1).join('、')}${s.length ? `，兼顾${s.join('、')}` : ''}。`,
  (p, s) => `擅长${p.join('、')}${s.length ? `；对${s.join('、')}也有较多实践` : ''}。`,
  (p, s) => `研究方向：${[...p, ...s].join('；')}。`,
  (p, s, years) =>
    `从事${p[0]}工作${years}年，熟悉${p.slice(1).join('、')}${s.length ? `，近年来关注${s.join('、')}` : ''}。`,
  (p, s, _years, label) =>
    `主持和参与多项${label}领域科研与推广项目，专长为${p.join('、')}${s.length ? `，并涉及${s.join('、')}` : ''}。`,
  (p, s, years) =>
    `在${p[0]}方面有${years}年一线经验，近年致力于${p.slice(1).join('、')}的推广应用${s.length ? `，兼做${s.join('、')}` : ''}。`,
  (p, s, _years, _label, closing) => `${p.join('；')}${s.length ? `；${s.join('；')}` : ''}。${closing}`,
];

const CLINICAL_TEMPLATES: SpecialtyTemplate[] = [
  (p, s, years) =>
    `从事临床工作${years}年，擅长${p.join('、')}${s.length ? `，兼顾${s.join('、')}` : ''}，熟悉基层常见病、多发病诊治。`,
  (p, s) =>
    `擅长${p.join('、')}${s.length ? `；在${s.join('、')}方面也有研究` : ''}。长期参与医联体和基层带教工作。`,
];

/** 2–3 phrases of one cluster of the primary field, sometimes one more from a neighbouring cluster. */
function primaryPhrases(rng: Rng, clusters: string[][]): string[] {
  const cluster = rng.pick(clusters);
  const phrases = rng.sample(cluster, Math.min(cluster.length, rng.int(2, 3)));
  if (phrases.length < 3 && clusters.length > 1 && rng.chance(0.2)) {
    const extra = rng.pick(clusters.flat().filter((x) => !phrases.includes(x)));
    phrases.push(extra);
  }
  return phrases;
}

export function specialtiesFor(rng: Rng, fields: Field[], employer: EmployerSpec, level: TitleLevel): string {
  const bank = (f: Field) => employer.phrases?.[f] ?? SPECIALTY_CLUSTERS[f];
  const [primary, ...others] = fields;
  const p = primaryPhrases(rng, bank(primary));
  const s = others.map((f) => rng.pick(CROSS_PHRASES[`${primary}>${f}`] ?? bank(f).flat()));
  const years =
    level === 'SENIOR' ? rng.int(18, 35) : level === 'ASSOCIATE' ? rng.int(10, 22) : rng.int(6, 12);
  const clinical =
    primary === 'MEDICAL' && (employer.family === 'hospital' || employer.family === 'tcmHospital');
  const template = rng.pick(
    clinical ? [...CLINICAL_TEMPLATES, ...SPECIALTY_TEMPLATES.slice(0, 3)] : SPECIALTY_TEMPLATES,
  );
  const label = primary === 'OTHER' ? '相关' : FIELD_LABELS[primary];
  return template(
    p,
    [...new Set(s)].filter((x) => !p.includes(x)),
    years,
    label,
    rng.pick(CLOSINGS),
  );
}
