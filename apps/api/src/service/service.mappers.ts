// Entities and service views → GraphQL types, in one place.
import {
  ACTIVITY_TYPE_LABELS,
  EXPENSE_CATEGORY_LABELS,
  EXPERT_SOURCE_LABELS,
  HONOUR_LABELS,
  OUTCOME_ITEM_LABELS,
  TITLE_LEVEL_LABELS,
  overallScore,
} from '@app/domain';
import type {
  BatchView,
  EvaluationEntity,
  FollowUpEntity,
  FundingView,
  ServiceCertificateEntity,
  ServiceRecordView,
  SurveyFigures,
} from '@app/core';
import {
  Evaluation,
  FollowUp,
  ServiceBatch,
  ServiceCertificate,
  ServiceRecord,
  TeamFunding,
  TeamSurvey,
} from './service.types.js';

export function toBatch(v: BatchView, photoUrl: (p: BatchView['photos'][number]) => string): ServiceBatch {
  const b = v.batch;
  return Object.assign(new ServiceBatch(), {
    id: b.id,
    batchKey: b.batchKey,
    version: b.version,
    current: b.supersededAt === null,
    teamId: b.teamId,
    demandId: b.demandId,
    startDate: b.startDate,
    endDate: b.endDate,
    days: b.days,
    regionCode: b.regionCode,
    regionName: v.regionName,
    keyAssistance: v.keyAssistance,
    unitsServed: b.unitsServed,
    unitNames: b.unitNames,
    remote: b.remote,
    experts: v.experts,
    activities: b.activities.map((a) => ({
      type: a.type,
      label: ACTIVITY_TYPE_LABELS[a.type],
      count: a.count,
      participants: a.participants ?? null,
      note: a.note ?? null,
    })),
    outcomes: b.outcomes.map((o) => ({
      item: o.item,
      label: OUTCOME_ITEM_LABELS[o.item],
      value: o.value ?? null,
      text: o.text ?? null,
    })),
    problemsSolved: b.problemsSolved,
    note: b.note,
    correctionReason: b.correctionReason,
    photos: v.photos.map((p) => ({
      id: p.id,
      fileName: p.fileName,
      contentType: p.contentType,
      size: p.size,
      caption: p.caption,
      url: photoUrl(p),
      createdAt: p.createdAt,
    })),
    createdByName: v.createdByName,
    createdAt: b.createdAt,
  });
}

export function toFollowUp(f: FollowUpEntity, open: boolean): FollowUp {
  return Object.assign(new FollowUp(), {
    id: f.id,
    demandId: f.demandId,
    afterDays: f.afterDays,
    dueOn: f.dueOn,
    open,
    stillSolved: f.stillSolved,
    comment: f.comment,
    answeredAt: f.answeredAt,
  });
}

export function toEvaluation(e: EvaluationEntity, followUps: FollowUp[]): Evaluation {
  const scores = {
    expertise: e.expertise,
    problemSolving: e.problemSolving,
    attitude: e.attitude,
    timeliness: e.timeliness,
  };
  return Object.assign(new Evaluation(), {
    id: e.id,
    demandId: e.demandId,
    scores,
    overall: Math.round(overallScore(scores) * 100) / 100,
    problemSolved: e.problemSolved,
    comment: e.comment,
    createdAt: e.createdAt,
    followUps,
  });
}

/** A team's survey, or a base's (its id and name in teamId and teamName). */
export function toSurvey(s: SurveyFigures & { team: { id: string; name: string } }): TeamSurvey {
  const { team, ...figures } = s;
  return Object.assign(new TeamSurvey(), {
    ...figures,
    teamId: team.id,
    teamName: team.name,
    byTitleLevel: s.byTitleLevel.map((c) => ({
      key: c.key,
      label: TITLE_LEVEL_LABELS[c.key],
      count: c.count,
    })),
    byHonour: s.byHonour.map((c) => ({ key: c.key, label: HONOUR_LABELS[c.key], count: c.count })),
    bySource: s.bySource.map((c) => ({ key: c.key, label: EXPERT_SOURCE_LABELS[c.key], count: c.count })),
    activities: s.activities.map((a) => ({ ...a, label: ACTIVITY_TYPE_LABELS[a.type] })),
    outcomes: s.outcomes.map((o) => ({ ...o, label: OUTCOME_ITEM_LABELS[o.item] })),
  });
}

export function toCertificate(c: ServiceCertificateEntity): ServiceCertificate {
  return Object.assign(new ServiceCertificate(), {
    id: c.id,
    code: c.code,
    expertId: c.expertId,
    year: c.year,
    expertName: c.expertName,
    employerName: c.employerName,
    workingDays: c.workingDays,
    creditMet: c.creditMet,
    teams: c.teams,
    issuedAt: c.issuedAt,
    verifyPath: `/verify/${c.code}`,
  });
}

export function toServiceRecord(r: ServiceRecordView): ServiceRecord {
  return Object.assign(new ServiceRecord(), {
    expertId: r.expertId,
    expertName: r.expertName,
    employer: r.employer,
    year: r.year,
    workingDays: r.workingDays,
    requiredDays: r.requiredDays,
    creditMet: r.creditMet,
    teams: r.teams,
    batches: r.batches.map((b) => ({
      batchId: b.batchId,
      teamName: b.teamName,
      startDate: b.startDate,
      endDate: b.endDate,
      days: b.days,
      workingDays: b.workingDays,
      regionName: b.regionName,
      activities: b.activityText,
    })),
    activities: r.activities,
    rating: r.rating,
    ratingCount: r.ratingCount,
    certificates: r.certificates.map(toCertificate),
  });
}

export function toFunding(v: FundingView): TeamFunding {
  return Object.assign(new TeamFunding(), {
    teamId: v.team.id,
    cap: v.cap,
    ministryFunds: v.funding?.ministryFunds ?? 0,
    matchingFunds: v.funding?.matchingFunds ?? 0,
    matchingSource: v.funding?.matchingSource ?? null,
    total: v.total,
    spent: v.spent,
    balance: v.balance,
    warning: v.warning,
    supportMeasures: v.funding?.supportMeasures ?? null,
    publicity: v.funding?.publicity ?? [],
    expenses: v.expenses.map((e) => ({
      id: e.id,
      category: e.category,
      label: EXPENSE_CATEGORY_LABELS[e.category],
      amount: e.amount,
      spentOn: e.spentOn,
      note: e.note,
      createdAt: e.createdAt,
    })),
    byCategory: v.byCategory,
  });
}
