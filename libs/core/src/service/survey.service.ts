// The official reports out of the logged data: the 2026 实施成效调查表 (annex 4) of a team, as figures and as an
// xlsx laid out like the annex, and the annex 3 summary list of a year's teams for a bureau.
import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_TYPE_LABELS,
  AppError,
  EXPERT_SOURCE_LABELS,
  FIELD_LABELS,
  HONOUR_LABELS,
  OUTCOME_ITEM_LABELS,
  TEAM_LEVEL_LABELS,
  TITLE_LEVEL_LABELS,
  computeTeamSurvey,
  surveyMissingItems,
  isRegionCode,
  regionPrefix,
  type Actor,
  type Field,
  type SurveyExpert,
  type SurveyInput,
  type SurveyRegion,
  type TeamSurveyFigures,
} from '@app/domain';
import { writeFormXlsx, writeXlsx, type FormSection } from '@app/platform';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { TeamEntity } from '../dispatch/dispatch.entities.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { TeamService } from '../dispatch/team.service.js';
import { ReportRepository } from './report.repository.js';
import { ServiceRepository } from './service.repository.js';

export interface SurveyFigures extends TeamSurveyFigures {
  /** Items nobody has logged yet: the export marks them 未填报. */
  missing: string[];
}

export interface TeamSurvey extends SurveyFigures {
  team: TeamEntity;
}

export const NOT_REPORTED = '未填报';
export const ANNEX3_HEADER = [
  '序号',
  '申报部门/区',
  '申报类别',
  '名称',
  '单位',
  '服务地点',
  '领衔专家层次与服务专家数量',
  '服务内容简介',
  '专业领域',
];
export const ANNEX3_SUMMARY_MAX = 200;

@Injectable()
export class SurveyService {
  constructor(
    private readonly repo: ServiceRepository,
    private readonly teams: TeamRepository,
    private readonly experts: ExpertRepository,
    private readonly regions: RegionRepository,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly teamService: TeamService,
  ) {}

  /** The survey is for the bureaus, the dispatchers and the team's lead; units and members do not file it. */
  private async assertCanReport(actor: Actor, teamId: string): Promise<TeamEntity> {
    const team = await this.teamService.get(actor, teamId);
    const allowed =
      actor.role === 'ADMIN' ||
      actor.role === 'PROVINCE' ||
      actor.role === 'LOCAL' ||
      (actor.role === 'EXPERT' && actor.expertId === team.leadExpertId);
    if (!allowed)
      throw AppError.forbidden('成效调查表由服务团领衔专家、属地人社局和省厅查看', 'SURVEY_FORBIDDEN');
    return team;
  }

  async teamSurvey(actor: Actor, teamId: string): Promise<TeamSurvey> {
    const team = await this.assertCanReport(actor, teamId);
    return this.compute(team);
  }

  /** The survey of a team whose access the caller has checked (the year report's completeness). */
  async compute(team: TeamEntity): Promise<TeamSurvey> {
    const batches = await this.repo.withExperts(await this.repo.currentBatches({ teamId: team.id }));
    const demands = await this.teams.demandsOf(team.id);
    const funding = await this.repo.findFunding(team.id);
    const spent = await this.repo.spent(team.id);
    const figures = await this.figures({
      batches: batches.map(({ batch: b, expertIds: ids }) => ({
        startDate: b.startDate,
        endDate: b.endDate,
        days: b.days,
        regionCode: b.regionCode,
        unitsServed: b.unitsServed,
        unitNames: b.unitNames,
        remote: b.remote,
        expertIds: ids,
        activities: b.activities,
        outcomes: b.outcomes,
        problemsSolved: b.problemsSolved,
      })),
      fields: demands.flatMap((d) => d.fields as Field[]),
      funding: funding
        ? {
            ministryFunds: funding.ministryFunds,
            matchingFunds: funding.matchingFunds,
            matchingSource: funding.matchingSource,
            supportMeasures: funding.supportMeasures,
            publicity: funding.publicity,
            spent,
          }
        : null,
      demandCount: demands.length,
    });
    return { ...figures, team };
  }

  /**
   * The annex 4 figures of any batches — a team's, or the activities a base hosted: the experts and regions they
   * name are loaded, the counting is the domain's computeTeamSurvey.
   */
  async figures(input: Omit<SurveyInput, 'experts' | 'regions'>): Promise<SurveyFigures> {
    const expertIds = [...new Set(input.batches.flatMap((b) => b.expertIds))];
    const experts = await this.experts.byIds(expertIds);
    // The batches' regions and every ancestor, to find each county's city.
    const regions = await this.regions.withAncestors([...new Set(input.batches.map((b) => b.regionCode))]);
    const figures = computeTeamSurvey({
      ...input,
      experts: new Map<string, SurveyExpert>(
        experts.map((e) => [e.id, { titleLevel: e.titleLevel, honours: e.honours, source: e.source }]),
      ),
      regions: new Map<string, SurveyRegion>(
        regions.map((r) => [
          r.code,
          {
            code: r.code,
            name: r.name,
            level: r.level,
            parentCode: r.parentCode,
            keyAssistance: r.keyAssistance,
          },
        ]),
      ),
    });
    return { ...figures, missing: surveyMissingItems(figures) };
  }

  /** The survey as an xlsx laid out like annex 4; what nobody logged says 未填报. */
  async exportSurvey(actor: Actor, teamId: string): Promise<{ fileName: string; content: Buffer }> {
    const s = await this.teamSurvey(actor, teamId);
    const n = (v: number | null | undefined): string | number =>
      v === null || v === undefined ? NOT_REPORTED : v;
    const list = (items: string[]): string => (items.length ? items.join('、') : '无');
    const count = <K extends string>(rows: { key: K; count: number }[], labels: Record<K, string>) =>
      rows.map((r) => [`${labels[r.key]}（人）`, r.count] as const);
    const activity = (t: keyof typeof ACTIVITY_TYPE_LABELS) => s.activities.find((a) => a.type === t)!;
    const outcome = (i: keyof typeof OUTCOME_ITEM_LABELS) => s.outcomes.find((o) => o.item === i)!;
    const text = (i: keyof typeof OUTCOME_ITEM_LABELS) =>
      outcome(i).texts.length ? outcome(i).texts.join('；') : NOT_REPORTED;
    const sections: FormSection[] = [
      {
        heading: '一、服务活动基本情况',
        rows: [
          [
            '1. 服务形式',
            s.serviceMode === null ? NOT_REPORTED : s.serviceMode === 'SINGLE' ? '一次服务' : '分批次服务',
          ],
          [
            s.serviceMode === 'SINGLE' ? '服务天数' : '服务次数',
            s.serviceMode === 'SINGLE' ? s.totalDays : s.batchCount,
          ],
          ['累计服务天数（各批次实际开展服务活动的天数总和）', s.totalDays],
          ['2. 服务领域', s.fields.length ? s.fields.map((f) => FIELD_LABELS[f]).join('、') : NOT_REPORTED],
          ['3. 服务区域：覆盖地市（个）', s.cityCount],
          ['覆盖区县（个）', s.countyCount],
          ['覆盖企事业单位（家）', n(s.unitCount)],
          [
            '是否包含国家级/省级乡村振兴重点帮扶县',
            s.keyAssistanceNational.length + s.keyAssistanceProvincial.length > 0 ? '是' : '否',
          ],
          [`国家级（${s.keyAssistanceNational.length} 个）`, list(s.keyAssistanceNational)],
          [`省级（${s.keyAssistanceProvincial.length} 个）`, list(s.keyAssistanceProvincial)],
          ['4. 开展各类服务活动总场次', s.totalSessions],
          ['5. 对接项目数量', n(s.projectsConnected)],
        ],
      },
      {
        heading: '二、参与专家人才情况',
        rows: [
          ['总人数（不重复计算参加多个批次的专家人才）', s.expertHeadcount],
          ['总人次（各个批次参加活动专家人才人数总和）', s.expertPersonTimes],
          ...count(
            s.byTitleLevel.filter((c) => c.key !== 'INTERMEDIATE' || c.count > 0),
            TITLE_LEVEL_LABELS,
          ),
          ...count(s.byHonour, HONOUR_LABELS),
          ...count(s.bySource, EXPERT_SOURCE_LABELS),
        ],
      },
      {
        heading: '三、服务活动开展情况',
        rows: [
          ['1. 技术指导：现场指导（次）', n(activity('ONSITE_GUIDANCE').count)],
          ['远程指导（次）', n(activity('REMOTE_GUIDANCE').count)],
          [
            `2. 联合攻关（次）${activity('JOINT_RESEARCH').notes.length ? '：' + activity('JOINT_RESEARCH').notes.join('；') : ''}`,
            n(activity('JOINT_RESEARCH').count),
          ],
          ['3. 座谈交流会（场）', n(activity('SYMPOSIUM').count)],
          ['4. 专题讲座（场）', n(activity('LECTURE').count)],
          ['5. 技术培训：现场培训（场）', n(activity('ONSITE_TRAINING').count)],
          ['远程培训（场）', n(activity('REMOTE_TRAINING').count)],
          ['6. 咨询对接活动（场）', n(activity('CONSULTATION').count)],
          ['7. 示范带教（场）', n(activity('DEMONSTRATION').count)],
          ['8. 义诊（场）', n(activity('FREE_CLINIC').count)],
          ['9. 科普讲座（场）', n(activity('SCIENCE_LECTURE').count)],
          ['10. 科普展览（场）', n(activity('SCIENCE_EXHIBITION').count)],
          [
            `11. 其他${activity('OTHER').notes.length ? '：' + activity('OTHER').notes.join('；') : ''}`,
            n(activity('OTHER').count),
          ],
        ],
      },
      {
        heading: '四、实施成效',
        rows: [
          ['1. 破解技术难题（个）', n(outcome('PROBLEMS_SOLVED').value)],
          ['2. 带动重点科研项目（个）', n(outcome('KEY_PROJECTS').value)],
          ['3. 推广新技术新工艺（种）', n(outcome('NEW_TECHNIQUES').value)],
          ['4. 推广新品种（种）', n(outcome('NEW_VARIETIES').value)],
          ['5. 转化科技成果（项）', n(outcome('ACHIEVEMENTS_TRANSFERRED').value)],
          ['6. 培训成效：基层专业技术人员（人次）', n(outcome('TRAINEES_PROFESSIONAL').value)],
          ['群众（人次）', n(outcome('TRAINEES_PUBLIC').value)],
          ['7. 义诊成效：问诊（人次）', n(outcome('CLINIC_CONSULTATIONS').value)],
          ['检查（人次）', n(outcome('CLINIC_EXAMINATIONS').value)],
          ['治疗（人次）', n(outcome('CLINIC_TREATMENTS').value)],
          ['8. 指导战略规划（个）', n(outcome('STRATEGIC_PLANS').value)],
          ['9. 决策咨询（项）', n(outcome('DECISION_CONSULTATIONS').value)],
          ['10. 达成中长期合作意向（个）', n(outcome('COOPERATION_INTENTIONS').value)],
          ['11. 签订合作协议（项）', n(outcome('AGREEMENTS_SIGNED').value)],
          ['12. 基层单位与帮扶单位等结成产学研联盟（个）', n(outcome('ALLIANCES_FORMED').value)],
          ['13. 专家领办、联办、协办各类经济实体（个）', n(outcome('ENTITIES_FOUNDED').value)],
          ['14. 取得经济效益', text('ECONOMIC_BENEFIT')],
          ['15. 取得社会效益', text('SOCIAL_BENEFIT')],
          ['16. 推动产业发展', text('INDUSTRIAL_BENEFIT')],
          ['17. 惠及基层群众（人）', n(outcome('PEOPLE_BENEFITED').value)],
          ['18. 其他成效', outcome('OTHER').texts.length ? outcome('OTHER').texts.join('；') : '无'],
          [
            '各批次解决的具体问题',
            s.problemsSolved.length
              ? s.problemsSolved.map((p, i) => `${i + 1}. ${p}`).join('\n')
              : NOT_REPORTED,
          ],
        ],
      },
      {
        heading: '五、组织实施情况',
        rows: [
          ['1. 是否由本省（区、市）人力资源社会保障厅（局）负责组织实施', s.organisedByBureau ? '是' : '否'],
          ['2. 前期是否与基层单位对接需求', s.needsMatched ? '是' : '否'],
          ['3. 人力资源社会保障部支持资金（万元）', n(s.ministryFundsWan)],
          [
            '配套资金（万元）',
            s.matchingFundsWan === null
              ? NOT_REPORTED
              : `${s.matchingFundsWan}${s.matchingSource ? `（来源：${s.matchingSource}）` : ''}`,
          ],
          [
            '4. 对参加服务活动专家人才的服务保障措施',
            s.supportMeasures ? `有：${s.supportMeasures}` : NOT_REPORTED,
          ],
          ['5. 是否对服务团组织实施情况开展宣传', s.publicity.length ? '有' : NOT_REPORTED],
          ...s.publicity.map(
            (p, i) =>
              [`宣传 ${i + 1}：媒体名称 / 发布时间 / 篇名`, `${p.media} / ${p.date} / ${p.title}`] as const,
          ),
        ],
      },
    ];
    const subtitle = `服务团：${s.team.name}（${TEAM_LEVEL_LABELS[s.team.level]}）；服务期：${s.team.startDate} 至 ${s.team.endDate}；由平台登记的服务批次自动生成${s.missing.length ? `；未填报：${s.missing.join('、')}` : ''}`;
    const content = await writeFormXlsx(
      '实施成效调查表',
      '2026年专家人才服务基层活动实施成效调查表',
      subtitle,
      sections,
    );
    await this.audit.record(actor, {
      action: 'report.survey',
      entityType: 'team',
      entityId: s.team.id,
      after: { batches: s.batchCount },
    });
    return { fileName: `实施成效调查表-${s.team.name}.xlsx`, content };
  }

  /**
   * 附件 3 汇总表: the teams of a year whose demands lie in the bureau's region (or the narrower `regionCode`),
   * one row each, in the order they were formed.
   */
  async exportAnnex3(
    actor: Actor,
    year: number,
    regionCode?: string | null,
  ): Promise<{ fileName: string; content: Buffer; rows: number }> {
    if (!['ADMIN', 'PROVINCE', 'LOCAL'].includes(actor.role))
      throw AppError.forbidden('汇总表由属地人社局和省厅导出', 'ANNEX3_FORBIDDEN');
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw AppError.badInput('年份无效', { year: '请填写四位年份' });
    let prefixes = regionPrefixes(actor);
    if (regionCode) {
      if (!isRegionCode(regionCode))
        throw AppError.badInput('地区代码应为 6 位数字', { regionCode: '地区代码无效' });
      if (!canManageRegion(actor, regionCode))
        throw AppError.forbidden('只能导出本辖区的汇总表', 'REGION_OUT_OF_SCOPE');
      prefixes = [regionPrefix(regionCode) + '%'];
    }
    const rows = await this.reports.annex3Rows(year, prefixes);
    const clip = (s: string) =>
      s.length > ANNEX3_SUMMARY_MAX ? s.slice(0, ANNEX3_SUMMARY_MAX - 1) + '…' : s;
    const table = rows.map((r, i) => {
      const honours = r.lead_honours.filter((h) => h !== 'OTHER').map((h) => HONOUR_LABELS[h]);
      const leadLevel = [TITLE_LEVEL_LABELS[r.lead_title_level], ...honours].join('、');
      const problems = (r.problems ?? []).slice(0, 4).join('；');
      return [
        i + 1,
        r.bureau ?? '',
        `${TEAM_LEVEL_LABELS[r.level]}服务团`,
        r.name,
        r.lead_employer ?? '',
        (r.region_names ?? []).join('、'),
        `领衔专家 ${r.lead_name}（${leadLevel}）；服务专家 ${r.members} 人`,
        clip(problems ? `${r.summary ?? ''}。已解决：${problems}` : (r.summary ?? '')),
        (r.fields ?? []).map((f) => FIELD_LABELS[f]).join('、'),
      ];
    });
    // The year's service bases follow the teams (issue 14: bases appear in the annex 3 export).
    for (const b of await this.reports.annex3Bases(year, prefixes)) {
      const honours = (b.lead_honours ?? []).filter((h) => h !== 'OTHER').map((h) => HONOUR_LABELS[h]);
      const lead = b.lead_name
        ? `领衔专家 ${b.lead_name}（${[b.lead_title_level ? TITLE_LEVEL_LABELS[b.lead_title_level] : '', ...honours].filter(Boolean).join('、')}）；`
        : '';
      table.push([
        table.length + 1,
        b.bureau ?? '',
        `${b.level === 'NATIONAL' ? '国家级' : '市级'}基地`,
        b.name,
        b.host_name,
        b.region_name ?? '',
        `${lead}对口联系专家 ${b.roster} 人`,
        clip(b.summary ?? ''),
        b.field ? FIELD_LABELS[b.field] : '',
      ]);
    }
    await this.audit.record(actor, {
      action: 'report.annex3',
      entityType: 'team',
      after: { year, regionCode: regionCode ?? null, rows: table.length },
    });
    return {
      fileName: `${year}年专家服务基层项目汇总表.xlsx`,
      content: await writeXlsx('汇总表', ANNEX3_HEADER, table),
      rows: table.length,
    };
  }
}
