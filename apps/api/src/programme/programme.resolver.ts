import { Args, Extensions, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  APPLICATION_STATUS_LABELS,
  CALL_STATUS_LABELS,
  PROGRAMME_CATEGORIES,
  PROGRAMME_CATEGORY_LABELS,
  REVIEW_CRITERIA,
  REVIEW_CRITERIA_KEYS,
  kindOfCategory,
  AppError,
  type Actor,
  type ApplicationStatus,
  type ReviewScores,
} from '@app/domain';
import {
  ProgrammeAttachmentService,
  ProgrammeApplicationService,
  ProgrammeCallService,
  ProgrammeListsService,
  ProgrammeSelectionService,
  type ProgrammeApplicationEntity,
  type ProgrammeCallEntity,
  type ProgrammeReviewEntity,
  type SelectionAction,
} from '@app/core';
import { BODY_LIMIT_BYTES } from '../common/body-limit.js';
import { CurrentActor, Public, Roles } from '../common/auth.decorators.js';
import { COST } from '../common/query-costs.js';
import { FileDownload } from '../experts/expert.types.js';
import {
  ApplicationStatusEnum,
  ProgrammeApplication,
  ProgrammeApplicationInput,
  ProgrammeAttachment,
  ProgrammeCall,
  ProgrammeCallInput,
  ProgrammeReview,
  ProgrammeReviewInput,
  PublishedProgrammeLists,
  RankedProgrammeApplication,
  RecommendationDecision,
  SelectionDecision,
} from './programme.types.js';

/** Who may ask for one application (the service then checks which): also the PDF's readers. */
export const APPLICATION_READER_ROLES = ['ADMIN', 'PROVINCE', 'LOCAL', 'UNIT'] as const;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (f: { fileName: string; content: Buffer }): FileDownload => ({
  fileName: f.fileName,
  mimeType: XLSX_MIME,
  contentBase64: f.content.toString('base64'),
});

@Resolver()
export class ProgrammeResolver {
  constructor(
    private readonly calls: ProgrammeCallService,
    private readonly applications: ProgrammeApplicationService,
    private readonly selection: ProgrammeSelectionService,
    private readonly lists: ProgrammeListsService,
    private readonly attachments: ProgrammeAttachmentService,
  ) {}

  private async toCalls(rows: ProgrammeCallEntity[]): Promise<ProgrammeCall[]> {
    const ids = await Promise.all(rows.map((c) => this.calls.recommenderIds(c.id)));
    const names = await this.applications.organizationNames(ids.flat());
    return rows.map((c, i) => ({
      ...c,
      statusLabel: CALL_STATUS_LABELS[c.status],
      categories: PROGRAMME_CATEGORIES.filter((k) => c.caps[k]).map((k) => ({
        category: k,
        label: PROGRAMME_CATEGORY_LABELS[k],
        cap: c.caps[k]!,
      })),
      recommenders: ids[i]!.map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) =>
        a.name.localeCompare(b.name, 'zh'),
      ),
    }));
  }

  private async toApplications(
    rows: ProgrammeApplicationEntity[],
    withHistory = false,
  ): Promise<ProgrammeApplication[]> {
    const names = await this.applications.organizationNames(
      rows.flatMap((a) => [a.applicantOrganizationId, a.recommenderOrganizationId]),
    );
    const experts = await this.applications.expertNames(
      rows.map((a) => a.leadExpertId).filter((x): x is string => !!x),
    );
    const histories = withHistory
      ? await Promise.all(rows.map((a) => this.applications.history(a)))
      : rows.map(() => []);
    return rows.map((a, i) => ({
      ...a,
      categoryLabel: PROGRAMME_CATEGORY_LABELS[a.category],
      kind: kindOfCategory(a.category),
      applicant: { id: a.applicantOrganizationId, name: names.get(a.applicantOrganizationId) ?? '' },
      recommender: { id: a.recommenderOrganizationId, name: names.get(a.recommenderOrganizationId) ?? '' },
      leadExpertName: a.leadExpertId ? (experts.get(a.leadExpertId) ?? null) : null,
      form: a.form as object,
      statusLabel: APPLICATION_STATUS_LABELS[a.status],
      history: histories[i]!.map((h) => ({
        action: h.action,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        note: h.note,
        at: h.at,
      })),
    }));
  }

  private async toReviews(rows: ProgrammeReviewEntity[]): Promise<ProgrammeReview[]> {
    const experts = await this.applications.expertNames(rows.map((r) => r.expertId));
    return rows.map((r) => ({
      expertId: r.expertId,
      expertName: experts.get(r.expertId) ?? '',
      total: r.total,
      comment: r.comment,
      scores: REVIEW_CRITERIA_KEYS.map((k) => ({
        criterion: k,
        label: REVIEW_CRITERIA[k].label,
        max: REVIEW_CRITERIA[k].max,
        score: r.scores[k] ?? 0,
      })),
    }));
  }

  // Calls.
  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => [ProgrammeCall], {
    description: '申报通知：省厅看全部，推荐单位看本单位参与的，申报单位看已发布的',
  })
  async programmeCalls(@CurrentActor() actor: Actor): Promise<ProgrammeCall[]> {
    return this.toCalls(await this.calls.list(actor));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => ProgrammeCall)
  async programmeCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.calls.get(actor, id)]))[0]!;
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeCall, { description: '起草年度申报通知（省厅）' })
  async createProgrammeCall(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgrammeCallInput,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.calls.create(actor, input)]))[0]!;
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeCall, { description: '修改未发布的申报通知' })
  async updateProgrammeCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProgrammeCallInput,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.calls.update(actor, id, input)]))[0]!;
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeCall, { description: '发布申报通知（通知各推荐单位）' })
  async openProgrammeCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.calls.move(actor, id, 'open')]))[0]!;
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeCall, { description: '申报截止，进入评审' })
  async closeProgrammeCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.calls.move(actor, id, 'close')]))[0]!;
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeCall, {
    description: '公布年度名单：入选项目成为服务团或专家服务基地，并通知申报单位',
  })
  async publishProgrammeLists(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
  ): Promise<ProgrammeCall> {
    return (await this.toCalls([await this.selection.publish(actor, callId)]))[0]!;
  }

  // Applications.
  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => [ProgrammeApplication], {
    description: '申报列表：省厅看全部，推荐单位看报到本单位的，申报单位看自己的',
  })
  async programmeApplications(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('statuses', { type: () => [ApplicationStatusEnum], nullable: true })
    statuses?: ApplicationStatus[] | null,
  ): Promise<ProgrammeApplication[]> {
    return this.toApplications(await this.applications.list(actor, callId, statuses));
  }

  @Roles(...APPLICATION_READER_ROLES)
  @Query(() => ProgrammeApplication)
  async programmeApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeApplication> {
    return (await this.toApplications([await this.applications.get(actor, id)], true))[0]!;
  }

  @Roles('UNIT')
  @Mutation(() => ProgrammeApplication, { description: '新建申报（保存为草稿）' })
  async createProgrammeApplication(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('input') input: ProgrammeApplicationInput,
  ): Promise<ProgrammeApplication> {
    return (await this.toApplications([await this.applications.create(actor, callId, input)], true))[0]!;
  }

  @Roles('UNIT')
  @Mutation(() => ProgrammeApplication, { description: '保存申报草稿（草稿或被退回时）' })
  async updateProgrammeApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProgrammeApplicationInput,
  ): Promise<ProgrammeApplication> {
    return (await this.toApplications([await this.applications.update(actor, id, input)], true))[0]!;
  }

  @Roles('UNIT')
  @Mutation(() => ProgrammeApplication, { description: '提交申报至推荐单位' })
  async submitProgrammeApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeApplication> {
    return (await this.toApplications([await this.applications.submit(actor, id)], true))[0]!;
  }

  @Roles('UNIT')
  @Mutation(() => ProgrammeApplication, { description: '撤回申报' })
  async withdrawProgrammeApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ProgrammeApplication> {
    return (await this.toApplications([await this.applications.withdraw(actor, id, reason)], true))[0]!;
  }

  @Roles('LOCAL')
  @Mutation(() => ProgrammeApplication, {
    description: '推荐单位评估：推荐（附推荐意见）、退回修改或不予推荐；每个部门每年只能推荐 1 个',
  })
  async decideProgrammeApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => RecommendationDecision }) decision: RecommendationDecision,
    @Args('note') note: string,
  ): Promise<ProgrammeApplication> {
    return (
      await this.toApplications(
        [
          await this.applications.decide(
            actor,
            id,
            decision.toLowerCase() as 'recommend' | 'return' | 'decline',
            note,
          ),
        ],
        true,
      )
    )[0]!;
  }

  // Selection.
  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => [ProgrammeReview], { description: '录入评审表（与申报单位同单位的专家须回避）' })
  async saveProgrammeReview(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('input') input: ProgrammeReviewInput,
  ): Promise<ProgrammeReview[]> {
    const scores: ReviewScores = {};
    for (const s of input.scores) scores[s.criterion] = s.score;
    return this.toReviews(
      await this.selection.saveReview(actor, applicationId, {
        expertId: input.expertId,
        scores,
        comment: input.comment,
      }),
    );
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [RankedProgrammeApplication], {
    description: '已推荐申报的评审排名（按类别）',
    complexity: 200,
  })
  async programmeRanking(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
  ): Promise<RankedProgrammeApplication[]> {
    const rows = await this.selection.ranking(actor, callId);
    const apps = await this.toApplications(rows.map((r) => r.application));
    const reviews = await Promise.all(rows.map((r) => this.toReviews(r.reviews)));
    return rows.map((r, i) => ({
      application: apps[i]!,
      rank: r.ranked.rank,
      score: r.ranked.score,
      reviews: reviews[i]!,
    }));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeApplication, {
    description: '省厅决定：列入市级、推荐国家级、登记部里确定（note 填文号）、未获确定或不予入选',
  })
  async decideProgrammeSelection(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => SelectionDecision }) decision: SelectionDecision,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<ProgrammeApplication> {
    return (
      await this.toApplications(
        [await this.selection.decide(actor, id, decision.toLowerCase() as SelectionAction, note)],
        true,
      )
    )[0]!;
  }

  // Lists.
  @Public()
  @Query(() => PublishedProgrammeLists, {
    nullable: true,
    description: '年度公布的项目名单（公开，无需登录）；尚未公布时为空',
  })
  async publishedProgrammeLists(
    @Args('year', { type: () => Int }) year: number,
  ): Promise<PublishedProgrammeLists | null> {
    const l = await this.lists.published(year);
    if (!l) return null;
    const entry = (e: (typeof l.national)[number]) => ({
      kind: e.kindLabel,
      category: e.listed,
      name: e.name,
      unit: e.unit,
      teamId: e.teamId,
      baseId: e.baseId,
    });
    return {
      year: l.call.year,
      title: `${l.call.year}年国家和本市专家服务基层项目名单`,
      publishedAt: l.call.publishedAt,
      national: l.national.map(entry),
      municipal: l.municipal.map(entry),
    };
  }

  @Public()
  @Query(() => FileDownload, {
    nullable: true,
    description: '下载年度公布名单（xlsx，附件 1 国家级、附件 2 市级）',
    complexity: COST.EXPORT_SURVEY,
  })
  async exportPublishedProgrammeLists(
    @Args('year', { type: () => Int }) year: number,
  ): Promise<FileDownload | null> {
    const f = await this.lists.publishedXlsx(year);
    return f ? download(f) : null;
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => FileDownload, {
    description: '导出申报情况一览表（附件 3，xlsx）：推荐单位导出报到本单位的申报，省厅导出全部已推荐的',
    complexity: COST.EXPORT_ANNEX3,
  })
  async exportProgrammeAnnex3(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
  ): Promise<FileDownload> {
    return download(await this.lists.annex3(actor, callId));
  }

  // Attachments.
  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => [ProgrammeAttachment], { description: '申报附件（盖章扫描件）' })
  async programmeAttachments(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<ProgrammeAttachment[]> {
    return this.attachments.list(actor, applicationId);
  }

  @Roles('UNIT')
  @Extensions({ maxLength: { contentBase64: BODY_LIMIT_BYTES } })
  @Mutation(() => ProgrammeAttachment, {
    description: '上传申报附件（盖章扫描件：PDF/JPG/PNG，≤5 MB，最多 10 个）',
  })
  async uploadProgrammeAttachment(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('fileName') fileName: string,
    @Args('contentBase64') contentBase64: string,
  ): Promise<ProgrammeAttachment> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64))
      throw AppError.badInput('文件内容不是有效的 Base64 编码', { file: '请重新选择文件' });
    return this.attachments.upload(actor, applicationId, fileName, Buffer.from(contentBase64, 'base64'));
  }

  @Roles('UNIT')
  @Mutation(() => Boolean, { description: '删除申报附件' })
  async deleteProgrammeAttachment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.attachments.remove(actor, id);
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => FileDownload, { description: '下载申报附件', complexity: COST.EXPORT_SURVEY })
  async exportProgrammeAttachment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FileDownload> {
    const f = await this.attachments.download(actor, id);
    return { fileName: f.fileName, mimeType: f.mimeType, contentBase64: f.content.toString('base64') };
  }
}
