// Suggesting a demand's fields and service forms from its text, while the unit writes it. Pure: the caller reads
// the text into words (the segmenter plus the lexicon's expressions, as matching does) and gives, for each word,
// how many experts of the library use it and in which fields (the expert search's facets). A field is suggested by
// the words that point to it, each weighted by its inverse document frequency (a word every expert uses says
// nothing) and by the share of its experts in that field; the lexicon's fields of a word (拉稀 → 医疗, 畜牧业) and
// field names written in the text count too, so a colloquial demand is classified even in a small library.
// Service forms come from cue words (培训 → 人才培养, 义诊 → 义诊, 规划 → 决策咨询); 技术指导 when nothing else says.
import {
  FIELD_LABELS,
  FIELDS,
  SERVICE_FORM_LABELS,
  type Field,
  type ServiceForm,
} from '../catalog/catalog.js';
import { termWeight } from '../matching/match-scoring.js';
import { Vocabulary } from './vocabulary.js';

/** A word of the demand and what the library says about it. */
export interface ClassifiedTerm {
  term: string;
  inTitle: boolean;
  /** Experts whose record the word (with its synonyms and lexicon terms) finds. */
  df: number;
  /** Of those, how many serve in each field (an expert may serve in several). */
  byField: Partial<Record<Field, number>>;
}

export interface FieldSuggestion {
  code: Field;
  label: string;
  /** 0..1, relative to the strongest field. */
  score: number;
  /** The words of the demand that point to it, strongest first. */
  words: string[];
}

export interface ServiceFormSuggestion {
  code: ServiceForm;
  label: string;
  score: number;
  /** The cue words found in the text. */
  words: string[];
}

export const CLASSIFICATION_CONFIG = {
  /** Fields suggested at most. */
  maxFields: 3,
  /** A field is suggested when it scores at least this share of the strongest. */
  fieldShare: 0.45,
  /** Weight of a lexicon hint (the word's entry names the field), shared among the entry's fields. */
  lexiconWeight: 1.2,
  /** Weight of a field's own name written in the text (医疗, 电商). */
  labelWeight: 1.5,
  /** Below this many experts, library shares are too thin: the lexicon and names weigh double. */
  smallLibrary: 20,
  maxForms: 3,
} as const;

/**
 * Cue words of each service form, as units write them. Matched as substrings of the normalised text; a cue that is
 * part of a longer cue of another form (技术培训 vs 技术) is counted once, for the longer.
 */
export const SERVICE_FORM_CUES: Readonly<Record<ServiceForm, readonly string[]>> = {
  TECH_GUIDANCE: [
    '技术指导',
    '现场指导',
    '指导',
    '诊断',
    '会诊',
    '防治',
    '防控',
    '治疗',
    '病害',
    '虫害',
    '故障',
    '排查',
    '咨询',
    '怎么办',
    '咋办',
    '咋整',
    '看看',
    '解决',
    '发黄',
    '死苗',
    '死鱼',
    '拉稀',
    '减产',
    '问题',
  ],
  TECH_PROMOTION: ['推广', '示范', '新品种', '新技术', '引进', '引种', '试种', '良种', '新模式', '示范基地'],
  // Not 合作 alone: 合作社 is who writes, not what it asks.
  PROJECT_COOPERATION: [
    '项目合作',
    '合作研发',
    '合作开发',
    '开展合作',
    '校地合作',
    '产学研',
    '共建',
    '联合攻关',
    '研发',
    '攻关',
    '课题',
  ],
  ACHIEVEMENT_TRANSFER: ['成果转化', '转化', '专利', '产业化', '技术转让', '中试', '落地'],
  TALENT_TRAINING: [
    '培训',
    '带教',
    '培养',
    '授课',
    '讲课',
    '教教',
    '传帮带',
    '手把手',
    '学员',
    '徒弟',
    '进修',
    '带徒',
    '教会',
  ],
  DECISION_CONSULTING: [
    '规划',
    '决策',
    '论证',
    '评估',
    '方案',
    '编制',
    '可行性',
    '发展思路',
    '顶层设计',
    '政策',
    '战略',
  ],
  SCIENCE_POPULARIZATION: ['科普', '宣传', '讲座', '普及', '宣讲', '健康教育', '知识讲解'],
  FREE_CLINIC: ['义诊', '巡诊', '体检', '筛查', '坐诊', '看病', '问诊'],
  OTHER: [],
};

/** Cues of 技术指导 that only say "help with a problem": they make it the default, never outweigh a real cue. */
const WEAK_GUIDANCE_CUES = new Set(['咨询', '问题', '解决', '看看', '指导']);

const norm = (s: string) => s.normalize('NFKC').toLowerCase();

/** The fields a demand's words point to, strongest first (at most `maxFields`, each ≥ `fieldShare` of the best). */
export function suggestFields(
  terms: readonly ClassifiedTerm[],
  librarySize: number,
  text: string,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): FieldSuggestion[] {
  const cfg = CLASSIFICATION_CONFIG;
  const small = librarySize < cfg.smallLibrary;
  const score = new Map<Field, number>();
  const words = new Map<Field, Map<string, number>>();
  const add = (f: Field, w: number, word: string) => {
    if (!(w > 0)) return;
    score.set(f, (score.get(f) ?? 0) + w);
    const m = words.get(f) ?? new Map<string, number>();
    m.set(word, (m.get(word) ?? 0) + w);
    words.set(f, m);
  };
  for (const t of terms) {
    if (!small && t.df > 0) {
      const idf = termWeight(t.df, librarySize, { inTitle: t.inTitle, subword: false });
      for (const f of FIELDS) {
        const share = (t.byField[f] ?? 0) / t.df;
        // A field holding a sliver of the word's experts is noise (an aquaculture expert who once wrote 大棚).
        if (share >= 0.15) add(f, idf * share, t.term);
      }
    }
    const hinted = vocabulary.fieldsOf(t.term);
    for (const f of hinted) add(f, ((small ? 2 : 1) * cfg.lexiconWeight) / hinted.length, t.term);
  }
  const lower = norm(text);
  for (const f of FIELDS) {
    if (f === 'OTHER') continue;
    const label = FIELD_LABELS[f];
    if (lower.includes(norm(label))) add(f, (small ? 2 : 1) * cfg.labelWeight, label);
  }
  const best = Math.max(0, ...score.values());
  if (!(best > 0)) return [];
  return [...score.entries()]
    .filter(([, s]) => s >= best * cfg.fieldShare)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, cfg.maxFields)
    .map(([code, s]) => ({
      code,
      label: FIELD_LABELS[code],
      score: Math.round((s / best) * 100) / 100,
      words: [...(words.get(code) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([w]) => w)
        .slice(0, 5),
    }));
}

/** The service forms the text asks for, strongest first; 技术指导 when it names a problem and nothing else. */
export function suggestServiceForms(text: string, fields: readonly Field[] = []): ServiceFormSuggestion[] {
  const lower = norm(text);
  // Longest cues first, each place of the text used once: 技术培训 is training, not guidance.
  const cues = (Object.entries(SERVICE_FORM_CUES) as [ServiceForm, readonly string[]][])
    .flatMap(([form, list]) => list.map((cue) => ({ form, cue: norm(cue) })))
    .sort((a, b) => b.cue.length - a.cue.length);
  const used: boolean[] = new Array(lower.length).fill(false);
  const found = new Map<ServiceForm, { score: number; words: string[] }>();
  for (const { form, cue } of cues) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      if (used.slice(at, at + cue.length).some(Boolean)) continue;
      for (let i = at; i < at + cue.length; i++) used[i] = true;
      const slot = found.get(form) ?? { score: 0, words: [] };
      slot.score += WEAK_GUIDANCE_CUES.has(cue) ? 0.5 : 1;
      if (!slot.words.includes(cue)) slot.words.push(cue);
      found.set(form, slot);
    }
  }
  // A clinic is a medical service: 义诊 among medical fields only.
  if (
    found.has('FREE_CLINIC') &&
    fields.length > 0 &&
    !fields.some((f) => f === 'MEDICAL' || f === 'BIOMEDICINE')
  ) {
    found.delete('FREE_CLINIC');
  }
  const strong = [...found.entries()].filter(([form, v]) => form !== 'TECH_GUIDANCE' || v.score >= 1);
  if (!strong.some(([form]) => form === 'TECH_GUIDANCE')) {
    const guidance = found.get('TECH_GUIDANCE');
    // Asking for help with a problem and no other form named: guidance is what a unit means.
    if (guidance || strong.length === 0)
      strong.push([
        'TECH_GUIDANCE',
        { score: guidance ? Math.max(guidance.score, 0.5) : 0.5, words: guidance?.words ?? [] },
      ]);
  }
  const best = Math.max(...strong.map(([, v]) => v.score));
  return strong
    .sort((a, b) => b[1].score - a[1].score || SERVICE_ORDER.indexOf(a[0]) - SERVICE_ORDER.indexOf(b[0]))
    .slice(0, CLASSIFICATION_CONFIG.maxForms)
    .map(([code, v]) => ({
      code,
      label: SERVICE_FORM_LABELS[code],
      score: Math.round((v.score / best) * 100) / 100,
      words: v.words,
    }));
}

const SERVICE_ORDER = Object.keys(SERVICE_FORM_LABELS) as ServiceForm[];
