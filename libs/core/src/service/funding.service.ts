// A team's money: the ministry's support and the local match within the caps of its level, spending lines by
// category that never exceed the funds, and the balance to explain and return. The team row is locked for every
// change, so two clerks adding lines at once cannot overspend together.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  FUNDING_CAPS,
  chinaDate,
  expenseProblem,
  fundingProblems,
  isUuid,
  type Actor,
  type ExpenseCategory,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import type { TeamEntity } from '../dispatch/dispatch.entities.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { TeamService } from '../dispatch/team.service.js';
import { ServiceBatchService } from './service-batch.service.js';
import type { TeamExpenseEntity, TeamFundingEntity } from './service.entities.js';
import { ServiceRepository } from './service.repository.js';

export interface FundingView {
  team: TeamEntity;
  cap: number;
  funding: TeamFundingEntity | null;
  total: number;
  spent: number;
  balance: number;
  warning: string | null;
  expenses: TeamExpenseEntity[];
  byCategory: { category: ExpenseCategory; label: string; amount: number }[];
}

export interface ExpenseInput {
  category: ExpenseCategory;
  amount: number;
  spentOn: string;
  note?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class FundingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ServiceRepository,
    private readonly teams: TeamRepository,
    private readonly teamService: TeamService,
    private readonly batches: ServiceBatchService,
    private readonly clock: Clock,
  ) {}

  async view(actor: Actor, teamId: string): Promise<FundingView> {
    const team = await this.teamService.get(actor, teamId);
    if (actor.role === 'UNIT' || (actor.role === 'EXPERT' && actor.expertId !== team.leadExpertId))
      throw AppError.forbidden('经费情况由服务团领衔专家、属地人社局和省厅查看', 'FUNDING_FORBIDDEN');
    return this.build(team);
  }

  private async build(team: TeamEntity, m?: EntityManager): Promise<FundingView> {
    const [funding, expenses] = await Promise.all([
      this.repo.findFunding(team.id, m),
      this.repo.expenses(team.id, m),
    ]);
    const total = funding ? funding.ministryFunds + funding.matchingFunds : 0;
    const spent = expenses.reduce((s, e) => s + e.amount, 0);
    const cap = FUNDING_CAPS[team.level];
    const warning =
      funding && cap.ministry > 0 && funding.matchingFunds < funding.ministryFunds * cap.localMatchRatio
        ? `国家级服务团应按 1:1 落实地方配套，配套资金还差 ${funding.ministryFunds - funding.matchingFunds} 元`
        : null;
    return {
      team,
      cap: cap.maxBudget,
      funding,
      total,
      spent,
      balance: total - spent,
      warning,
      expenses,
      byCategory: EXPENSE_CATEGORIES.map((category) => ({
        category,
        label: EXPENSE_CATEGORY_LABELS[category],
        amount: expenses.filter((e) => e.category === category).reduce((s, e) => s + e.amount, 0),
      })).filter((c) => c.amount > 0),
    };
  }

  /** Funding amounts are the province's to set (ADMIN too). */
  private async lockForProvince(m: EntityManager, actor: Actor, teamId: string): Promise<TeamEntity> {
    if (!['ADMIN', 'PROVINCE'].includes(actor.role))
      throw AppError.forbidden('服务团经费由省厅登记', 'FUNDING_FORBIDDEN');
    return this.lockManaged(m, actor, teamId);
  }

  /** Spending lines and the report's section 5: the province or the team's lead. */
  private async lockManaged(m: EntityManager, actor: Actor, teamId: string): Promise<TeamEntity> {
    const team = isUuid(teamId) ? await this.teams.lockTeam(m, teamId) : null;
    if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    if (!(await this.batches.canManage(actor, team, m)))
      throw AppError.forbidden('只有服务团领衔专家或负责派单的省厅可以登记经费', 'FUNDING_FORBIDDEN');
    return team;
  }

  async setFunding(
    actor: Actor,
    teamId: string,
    input: { ministryFunds: number; matchingFunds: number; matchingSource?: string | null },
  ): Promise<FundingView> {
    return this.uow.run(async (m) => {
      const team = await this.lockForProvince(m, actor, teamId);
      const spent = await this.repo.spent(team.id, m);
      const source = input.matchingSource?.trim() || null;
      const problems = fundingProblems(team.level, { ...input, matchingSource: source }, spent);
      if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
      const before = await this.repo.findFunding(team.id, m);
      await this.repo.saveFunding(m, {
        teamId: team.id,
        ministryFunds: input.ministryFunds,
        matchingFunds: input.matchingFunds,
        matchingSource: source,
        supportMeasures: before?.supportMeasures ?? null,
        publicity: before?.publicity ?? [],
        updatedBy: actor.accountId,
        updatedAt: this.clock.now(),
      });
      await this.teams.updateTeam(m, team.id, { budget: input.ministryFunds + input.matchingFunds });
      await writeAudit(m, actor, {
        action: 'team.funding',
        entityType: 'team',
        entityId: team.id,
        before: before ? { ministryFunds: before.ministryFunds, matchingFunds: before.matchingFunds } : null,
        after: {
          ministryFunds: input.ministryFunds,
          matchingFunds: input.matchingFunds,
          matchingSource: source,
        },
      });
      return this.build({ ...team, budget: input.ministryFunds + input.matchingFunds }, m);
    });
  }

  async updateReport(
    actor: Actor,
    teamId: string,
    input: {
      supportMeasures?: string | null;
      publicity?: { media: string; date: string; title: string }[] | null;
    },
  ): Promise<FundingView> {
    const measures = input.supportMeasures?.trim() || null;
    const publicity = (input.publicity ?? []).map((p) => ({
      media: (p.media ?? '').trim(),
      date: (p.date ?? '').trim(),
      title: (p.title ?? '').trim(),
    }));
    const problems: Record<string, string> = {};
    if ((measures ?? '').length > 1000) problems.supportMeasures = '服务保障措施不能超过 1000 个字';
    if (publicity.length > 50) problems.publicity = '宣传情况最多 50 条';
    else if (publicity.some((p) => !p.media || !p.title || !DATE.test(p.date)))
      problems.publicity = '每条宣传须填写媒体名称、发布时间（YYYY-MM-DD）和篇名';
    else if (publicity.some((p) => p.media.length > 100 || p.title.length > 200))
      problems.publicity = '媒体名称不超过 100 字，篇名不超过 200 字';
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return this.uow.run(async (m) => {
      const team = await this.lockManaged(m, actor, teamId);
      const before = await this.repo.findFunding(team.id, m);
      await this.repo.saveFunding(m, {
        teamId: team.id,
        ministryFunds: before?.ministryFunds ?? 0,
        matchingFunds: before?.matchingFunds ?? 0,
        matchingSource: before?.matchingSource ?? null,
        supportMeasures: measures,
        publicity,
        updatedBy: actor.accountId,
        updatedAt: this.clock.now(),
      });
      await writeAudit(m, actor, {
        action: 'team.report',
        entityType: 'team',
        entityId: team.id,
        after: { supportMeasures: measures, publicity },
      });
      return this.build(team, m);
    });
  }

  async addExpense(actor: Actor, teamId: string, input: ExpenseInput): Promise<FundingView> {
    const note = input.note?.trim() || null;
    const problems: Record<string, string> = {};
    if (!EXPENSE_CATEGORIES.includes(input.category)) problems.category = '请选择支出类别';
    if (!DATE.test(input.spentOn ?? '')) problems.spentOn = '支出日期格式应为 YYYY-MM-DD';
    else if (input.spentOn > chinaDate(this.clock.now())) problems.spentOn = '支出日期不能晚于今天';
    if ((note ?? '').length > 200) problems.note = '说明不能超过 200 个字';
    if (!Number.isInteger(input.amount) || input.amount <= 0)
      problems.amount = '支出金额应为正整数（单位：元）';
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return this.uow.run(async (m) => {
      const team = await this.lockManaged(m, actor, teamId);
      const funding = await this.repo.findFunding(team.id, m);
      const funds = funding ? funding.ministryFunds + funding.matchingFunds : 0;
      const spent = await this.repo.spent(team.id, m);
      const problem = expenseProblem(input.amount, funds, spent);
      if (problem) throw AppError.badInput(problem, { amount: problem }, 'OVER_BUDGET');
      const line = await this.repo.insertExpense(m, {
        teamId: team.id,
        category: input.category,
        amount: input.amount,
        spentOn: input.spentOn,
        note,
        createdBy: actor.accountId,
      });
      await writeAudit(m, actor, {
        action: 'team.expense',
        entityType: 'team_expense',
        entityId: line.id,
        after: {
          teamId: team.id,
          category: input.category,
          amount: input.amount,
          spentOn: input.spentOn,
          note,
        },
      });
      return this.build(team, m);
    });
  }

  async removeExpense(actor: Actor, expenseId: string): Promise<FundingView> {
    if (!isUuid(expenseId)) throw AppError.notFound('支出记录', 'EXPENSE_NOT_FOUND');
    return this.uow.run(async (m) => {
      const line = await this.repo.findExpense(m, expenseId);
      if (!line) throw AppError.notFound('支出记录', 'EXPENSE_NOT_FOUND');
      const team = await this.lockManaged(m, actor, line.teamId);
      await this.repo.deleteExpense(m, line.id);
      await writeAudit(m, actor, {
        action: 'team.expenseRemoved',
        entityType: 'team_expense',
        entityId: line.id,
        before: { category: line.category, amount: line.amount, spentOn: line.spentOn, note: line.note },
      });
      return this.build(team, m);
    });
  }
}
