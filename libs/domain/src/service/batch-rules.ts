// 服务批次: what a team logs after each visit. The rules from the notices and the survey: the batch lies inside
// the team's period and not in the future, its days fit its dates, only confirmed members were present, every
// activity type once with a count, outcome items of the survey's section 4, and 1–2 concrete problems solved.
import {
  ACTIVITY_TYPES,
  OUTCOME_ITEMS,
  OUTCOME_ITEM_LABELS,
  type ActivityType,
  type OutcomeItem,
} from '../catalog/catalog.js';
import { daysInPeriod, isIsoDate } from '../time/working-days.js';

export const BATCH_LIMITS = {
  problems: { min: 1, max: 2, length: 200 },
  unitNames: 50,
  unitName: 100,
  note: 1000,
  outcomeText: 500,
  activityNote: 200,
  count: 100_000,
  participants: 1_000_000,
  photos: 12,
  photoBytes: 5 * 1024 * 1024,
} as const;

/** Outcome items written as text (具体描述); the others are counts. */
export const TEXT_OUTCOME_ITEMS: readonly OutcomeItem[] = [
  'ECONOMIC_BENEFIT',
  'SOCIAL_BENEFIT',
  'INDUSTRIAL_BENEFIT',
  'OTHER',
];

export interface BatchActivity {
  type: ActivityType;
  count: number;
  participants?: number | null;
  /** The form of 联合攻关, or what 其他 was. */
  note?: string | null;
}

export interface BatchOutcome {
  item: OutcomeItem;
  value?: number | null;
  text?: string | null;
}

export interface BatchDraft {
  startDate: string;
  endDate: string;
  days: number;
  regionCode: string;
  unitsServed?: number | null;
  unitNames: string[];
  expertIds: string[];
  remote: boolean;
  activities: BatchActivity[];
  outcomes: BatchOutcome[];
  problemsSolved: string[];
  note?: string | null;
}

export interface BatchContext {
  teamStartDate: string;
  teamEndDate: string;
  /** Experts whose place in the team is CONFIRMED. */
  confirmedExpertIds: ReadonlySet<string>;
  /** Today in China. */
  today: string;
}

const isCount = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;

/** Every problem with a batch: { field: message }, in Chinese. */
/** What is wrong with a list of outcome items (section 4 of the survey), or null: each item once, counts whole, texts given. */
export function outcomeProblem(outcomes: readonly BatchOutcome[]): string | null {
  const items = new Set<string>();
  for (const o of outcomes) {
    const label = OUTCOME_ITEMS.includes(o.item) ? OUTCOME_ITEM_LABELS[o.item] : '';
    if (!label) return '成效项目无效';
    if (items.has(o.item)) return `成效“${label}”重复填写`;
    if (TEXT_OUTCOME_ITEMS.includes(o.item)) {
      const text = (o.text ?? '').trim();
      if (!text) return `请填写“${label}”的具体描述`;
      if (text.length > BATCH_LIMITS.outcomeText)
        return `“${label}”不能超过 ${BATCH_LIMITS.outcomeText} 个字`;
    } else if (!isCount(o.value, BATCH_LIMITS.participants)) return `“${label}”应为不小于 0 的整数`;
    items.add(o.item);
  }
  return null;
}

export function batchProblems(b: BatchDraft, ctx: BatchContext): Record<string, string> {
  const p: Record<string, string> = {};
  const datesOk = isIsoDate(b.startDate) && isIsoDate(b.endDate);
  if (!isIsoDate(b.startDate)) p.startDate = '开始日期格式应为 YYYY-MM-DD';
  if (!isIsoDate(b.endDate)) p.endDate = '结束日期格式应为 YYYY-MM-DD';
  if (datesOk) {
    if (b.endDate < b.startDate) p.endDate = '结束日期不能早于开始日期';
    else if (b.startDate < ctx.teamStartDate || b.endDate > ctx.teamEndDate)
      p.startDate = `服务批次（${b.startDate} 至 ${b.endDate}）超出服务团服务期（${ctx.teamStartDate} 至 ${ctx.teamEndDate}）`;
    else if (b.endDate > ctx.today)
      p.endDate = `不能登记尚未结束的服务（结束日期 ${b.endDate} 晚于今天 ${ctx.today}）`;
  }
  if (!Number.isInteger(b.days) || b.days < 1) p.days = '服务天数应为正整数';
  else if (datesOk && !p.endDate && b.days > daysInPeriod(b.startDate, b.endDate))
    p.days = `服务天数（${b.days} 天）不能多于起止日期之间的天数（${daysInPeriod(b.startDate, b.endDate)} 天）`;

  if (!/^\d{6}$/.test(b.regionCode ?? '')) p.regionCode = '请选择服务地点（区县）';
  if (b.unitsServed !== null && b.unitsServed !== undefined && !isCount(b.unitsServed, 10_000))
    p.unitsServed = '服务单位数应为不小于 0 的整数';
  const names = b.unitNames.map((n) => n.trim());
  if (names.length > BATCH_LIMITS.unitNames) p.unitNames = `受援单位最多填写 ${BATCH_LIMITS.unitNames} 个`;
  else if (names.some((n) => !n || n.length > BATCH_LIMITS.unitName))
    p.unitNames = `受援单位名称不能为空，且不超过 ${BATCH_LIMITS.unitName} 个字`;
  else if (b.unitsServed !== null && b.unitsServed !== undefined && new Set(names).size > b.unitsServed)
    p.unitsServed = `服务单位数（${b.unitsServed}）少于列出的受援单位（${new Set(names).size} 个）`;

  if (b.expertIds.length === 0) p.expertIds = '请选择参加本批次服务的专家';
  else if (new Set(b.expertIds).size !== b.expertIds.length) p.expertIds = '参加专家重复选择';
  else if (b.expertIds.some((id) => !ctx.confirmedExpertIds.has(id)))
    p.expertIds = '只能选择已确认参加本服务团的专家';

  const types = new Set<string>();
  for (const a of b.activities) {
    if (!ACTIVITY_TYPES.includes(a.type)) p.activities = '活动类型无效';
    else if (types.has(a.type)) p.activities = '同一活动类型只能填写一行（请合并次数）';
    else if (!isCount(a.count, BATCH_LIMITS.count) || a.count < 1) p.activities = '活动场次应为正整数';
    else if (
      a.participants !== null &&
      a.participants !== undefined &&
      !isCount(a.participants, BATCH_LIMITS.participants)
    )
      p.activities = '参加人数应为不小于 0 的整数';
    else if ((a.note ?? '').length > BATCH_LIMITS.activityNote)
      p.activities = `活动说明不能超过 ${BATCH_LIMITS.activityNote} 个字`;
    if (p.activities) break;
    types.add(a.type);
  }
  if (b.activities.length === 0) p.activities = '请至少填写一项服务活动';

  const outcome = outcomeProblem(b.outcomes);
  if (outcome) p.outcomes = outcome;

  const problems = b.problemsSolved.map((s) => s.trim()).filter(Boolean);
  const { min, max, length } = BATCH_LIMITS.problems;
  if (problems.length < min || problems.length > max)
    p.problemsSolved = `每批次应写明解决的 ${min}–${max} 个具体问题`;
  else if (problems.some((s) => s.length > length)) p.problemsSolved = `每个问题不超过 ${length} 个字`;
  if ((b.note ?? '').length > BATCH_LIMITS.note) p.note = `备注不能超过 ${BATCH_LIMITS.note} 个字`;
  return p;
}

/** A photo of the site: a JPEG, PNG or WebP image of sensible size, recognised by its first bytes. */
export function photoProblem(bytes: Uint8Array, declaredType: string): string | null {
  if (bytes.length === 0) return '照片文件为空';
  if (bytes.length > BATCH_LIMITS.photoBytes)
    return `照片不能超过 ${BATCH_LIMITS.photoBytes / 1024 / 1024} MB`;
  const type = imageType(bytes);
  if (!type) return '仅支持 JPG、PNG 或 WebP 格式的照片';
  if (declaredType && !['image/jpeg', 'image/png', 'image/webp'].includes(declaredType))
    return '仅支持 JPG、PNG 或 WebP 格式的照片';
  return null;
}

export function imageType(b: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (
    b.length > 12 &&
    String.fromCharCode(...b.slice(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.slice(8, 12)) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** The notices' minimum: a team serves at least 5 days in total before its demand is complete. */
export function completionProblem(totalDays: number, minimum: number): string | null {
  if (totalDays >= minimum) return null;
  return `服务团累计服务 ${totalDays} 天，未达到至少 ${minimum} 天的要求；如确需完成，请由省厅派单员填写原因后强制完成`;
}
