// What the programme's notifications say (one place for every text, tested as sentences).
import type { Notice } from '../notifications/notice.js';
import { reasonClause } from '../notifications/notice.js';
import { PROGRAMME_CATEGORY_LABELS, type ProgrammeCategory } from './programme-catalog.js';

export interface NoticeApplication {
  name: string;
  category: ProgrammeCategory;
  applicant: string;
}

const named = (a: NoticeApplication) => `${PROGRAMME_CATEGORY_LABELS[a.category]}申报“${a.name}”`;

export function callOpenedNotice(call: { year: number; title: string; recommendBy: string }): Notice {
  return {
    kind: 'programme.call_opened',
    title: `${call.year}年专家服务基层项目开始申报`,
    body: `《${call.title}》已发布。请组织本系统、本区域的单位申报，并于 ${call.recommendBy} 前完成评估推荐（每个部门或区推荐不超过 1 个项目或基地）。`,
  };
}

export function applicationSubmittedNotice(a: NoticeApplication): Notice {
  return {
    kind: 'programme.submitted',
    title: '收到新的项目申报',
    body: `${a.applicant}提交了${named(a)}，请评估后推荐或退回修改。`,
  };
}

export function applicationReturnedNotice(a: NoticeApplication, reason: string): Notice {
  return {
    kind: 'programme.returned',
    title: '申报被退回修改',
    body: `您的${named(a)}被推荐单位退回修改。${reasonClause(reason)}请修改后重新提交。`,
  };
}

export function applicationDecidedNotice(
  a: NoticeApplication,
  recommended: boolean,
  opinion: string,
): Notice {
  return recommended
    ? {
        kind: 'programme.recommended',
        title: '申报已获推荐',
        body: `您的${named(a)}已由推荐单位推荐至市人力资源社会保障局。${reasonClause(opinion, '推荐意见')}`,
      }
    : {
        kind: 'programme.not_recommended',
        title: '申报未获推荐',
        body: `您的${named(a)}未获推荐。${reasonClause(opinion)}`,
      };
}

export function listPublishedNotice(
  a: NoticeApplication,
  year: number,
  listed: ProgrammeCategory | null,
): Notice {
  return listed
    ? {
        kind: 'programme.listed',
        title: `${year}年专家服务基层项目名单已公布`,
        body: `您的${named(a)}列入${year}年${PROGRAMME_CATEGORY_LABELS[listed]}名单，请按计划组织实施。`,
      }
    : {
        kind: 'programme.not_listed',
        title: `${year}年专家服务基层项目名单已公布`,
        body: `您的${named(a)}未列入${year}年名单。`,
      };
}
