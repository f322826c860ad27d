import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FOLLOW_UP_DAYS, SYSTEM_ACTOR, addDays, bookingRange, chinaDate, demandTransitionNotices, workingDeadline, type DemandStatus } from '@app/domain';
import { writeAudit } from '@app/platform';
import { AccountEntity } from '../accounts/account.entity.js';
import { passwordHasher } from '../accounts/password-hasher.js';
import { DemandEntity, DemandHistoryEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertEntity } from '../experts/expert.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { RegionRepository } from '../regions/region.repository.js';
import { SystemStateService } from '../system/system-state.service.js';
import { generateDemoData } from './demo-data.generator.js';
import type { DemoAccount, DemoDataset } from './demo-data.types.js';

const DEMO_KEY = 'demo_data_seeded';

export interface SeedResult {
  seeded: boolean;
  accounts: DemoAccount[];
}

@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionRepository,
    private readonly state: SystemStateService,
    private readonly notifications: NotificationService,
    private readonly demands: DemandRepository,
  ) {}

  /** Seeds once per database: a second start (or a second process) finds the marker and does nothing. */
  async seed(password: string, now = new Date()): Promise<SeedResult> {
    const data = generateDemoData();
    const passwordHash = await passwordHasher.hash(password);
    const afterCommit: (() => Promise<void>)[] = [];
    const seeded = await this.db.transaction(async (m) => {
      if (!(await this.state.claim(m, DEMO_KEY, { at: now.toISOString() }))) return false;
      await this.write(m, data, passwordHash, now, afterCommit);
      await writeAudit(m, SYSTEM_ACTOR, {
        action: 'demo.seed',
        entityType: 'system',
        after: { organizations: data.organizations.length, experts: data.experts.length, demands: data.demands.length },
      });
      return true;
    });
    for (const f of afterCommit) await f();
    if (seeded) this.logger.log(`Demo data: ${data.experts.length} experts, ${data.demands.length} demands, ${data.accounts.length} accounts`);
    return { seeded, accounts: data.accounts };
  }

  demoAccounts(): DemoAccount[] {
    return generateDemoData().accounts;
  }

  private async write(
    m: import('typeorm').EntityManager,
    data: DemoDataset,
    passwordHash: string,
    now: Date,
    afterCommit: (() => Promise<void>)[],
  ): Promise<void> {
    for (const k of data.keyAssistance) {
      await m.getRepository(RegionEntity).update({ code: k.regionCode }, { keyAssistance: k.level });
    }
    for (const p of data.partnerships) await this.regions.addPartnership(m, p.servingCode, p.servedCode);

    const orgIds = new Map<string, string>();
    for (const o of data.organizations) {
      const saved = await m.getRepository(OrganizationEntity).save(
        m.getRepository(OrganizationEntity).create({ name: o.name, kind: o.kind, regionCode: o.regionCode, creditCode: o.creditCode ?? null }),
      );
      orgIds.set(o.key, saved.id);
    }

    const expertIds: string[] = [];
    for (let i = 0; i < data.experts.length; i += 200) {
      const batch = data.experts.slice(i, i + 200).map((e) =>
        m.getRepository(ExpertEntity).create({
          name: e.name,
          gender: e.gender,
          employerId: orgIds.get(e.employerKey) ?? null,
          title: e.title,
          titleLevel: e.titleLevel,
          fields: e.fields,
          specialties: e.specialties,
          honours: e.honours,
          regionCode: e.regionCode,
          source: e.source,
          retired: e.retired,
          phone: e.phone,
          email: e.email,
          annualCapDays: e.annualCapDays,
        }),
      );
      const saved = await m.getRepository(ExpertEntity).save(batch);
      expertIds.push(...saved.map((s) => s.id));
    }
    // The search index learns of them through the outbox, like any other change.
    await m.query(`INSERT INTO search_outbox (expert_id, version) SELECT id, version FROM experts WHERE id = ANY($1::uuid[])`, [expertIds]);

    const accountIds = new Map<string, AccountEntity>();
    for (const a of data.accounts) {
      const saved = await m.getRepository(AccountEntity).save(
        m.getRepository(AccountEntity).create({
          username: a.username,
          displayName: a.displayName,
          passwordHash,
          role: a.role,
          regionCode: a.regionCode ?? null,
          organizationId: a.organizationKey ? orgIds.get(a.organizationKey)! : null,
          expertId: a.expertIndex !== undefined ? expertIds[a.expertIndex]! : null,
        }),
      );
      accountIds.set(a.username, saved);
    }

    const bureauOf = (regionCode: string): AccountEntity | undefined =>
      [...accountIds.values()].find((a) => a.role === 'LOCAL' && a.regionCode === regionCode) ??
      [...accountIds.values()].find((a) => a.role === 'PROVINCE');
    const unitAccountOf = (orgId: string): AccountEntity | undefined =>
      [...accountIds.values()].find((a) => a.role === 'UNIT' && a.organizationId === orgId);

    for (const d of data.demands) {
      const orgId = orgIds.get(d.organizationKey)!;
      const submittedAt = d.status === 'DRAFT' ? null : new Date(now.getTime() - (d.submittedDaysAgo ?? 1) * 86400_000);
      const reviewedAt = submittedAt ? new Date(submittedAt.getTime() + 86400_000 / 2) : null;
      const creator = unitAccountOf(orgId);
      // Written when the clerk started it, an hour before submitting (as its DRAFT history row says).
      const createdAt = new Date((submittedAt ?? now).getTime() - 3600_000);
      const demand = await m.getRepository(DemandEntity).save(
        m.getRepository(DemandEntity).create({
          // Numbered by the counter users' demands take theirs from, in the year it was written.
          code: await this.demands.allocateCode(m, d.regionCode, Number(chinaDate(createdAt).slice(0, 4))),
          title: d.title,
          description: d.description,
          fields: d.fields,
          serviceForms: d.serviceForms,
          status: d.status,
          regionCode: d.regionCode,
          organizationId: orgId,
          expertsWanted: d.expertsWanted,
          minTitleLevel: d.minTitleLevel,
          startDate: d.startDate,
          endDate: d.endDate,
          expectedDays: d.expectedDays,
          openToVolunteers: d.openToVolunteers,
          contactName: d.contactName,
          contactPhone: d.contactPhone,
          createdBy: creator?.id ?? null,
          createdAt,
          submittedAt,
          statusChangedAt: reviewedAt && d.status !== 'SUBMITTED' ? reviewedAt : (submittedAt ?? now),
          // The step's time limit runs from when the demand entered it; old ones are already overdue.
          dueAt: d.status === 'SUBMITTED' ? workingDeadline(submittedAt!, 5) : d.status === 'ACCEPTED' ? workingDeadline(reviewedAt!, 10) : null,
        }),
      );
      const history: Partial<DemandHistoryEntity>[] = [
        { demandId: demand.id, fromStatus: null, toStatus: 'DRAFT', actorId: creator?.id ?? null, actorName: creator?.displayName ?? '基层单位', at: new Date((submittedAt ?? now).getTime() - 3600_000) },
      ];
      if (submittedAt) {
        history.push({ demandId: demand.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: creator?.id ?? null, actorName: creator?.displayName ?? '基层单位', at: submittedAt });
      }
      if (d.status === 'RETURNED' || d.status === 'ACCEPTED') {
        const bureau = bureauOf(d.regionCode);
        history.push({
          demandId: demand.id,
          fromStatus: 'SUBMITTED',
          toStatus: d.status as DemandStatus,
          actorId: bureau?.id ?? null,
          actorName: bureau?.displayName ?? '属地人社局',
          at: reviewedAt!,
          note: d.reviewNote ?? null,
        });
      }
      await m.getRepository(DemandHistoryEntity).save(history.map((h) => m.getRepository(DemandHistoryEntity).create(h)));
      if (d.status === 'SUBMITTED') {
        const bureau = bureauOf(d.regionCode);
        if (bureau) {
          const { afterCommit: ac } = await this.notifications.notify(m, {
            recipientId: bureau.id,
            ...demandTransitionNotices('submit', demand).BUREAU!,
            link: `/demands/${demand.id}`,
            subject: { type: 'DEMAND', id: demand.id },
            dedupeKey: `demand-submitted:${demand.id}`,
          });
          afterCommit.push(ac);
        }
      }
    }
    await this.writeServices(m, data, now, { orgIds, expertIds, accountIds, bureauOf, unitAccountOf });
  }

  /**
   * Served demands: demand, history through every step, the team with confirmed experts, the batches logged,
   * the evaluation and follow-ups, the funding and spending. Dates are relative to `now` (China dates).
   */
  private async writeServices(
    m: EntityManager,
    data: DemoDataset,
    now: Date,
    ids: {
      orgIds: Map<string, string>;
      expertIds: string[];
      accountIds: Map<string, AccountEntity>;
      bureauOf: (regionCode: string) => AccountEntity | undefined;
      unitAccountOf: (orgId: string) => AccountEntity | undefined;
    },
  ): Promise<void> {
    const today = chinaDate(now);
    const day = (n: number) => addDays(today, n);
    const at = (daysAgo: number, hour = 10) => new Date(new Date(`${day(-daysAgo)}T00:00:00+08:00`).getTime() + hour * 3600_000);
    const accounts = [...ids.accountIds.values()];
    const province = accounts.find((a) => a.role === 'PROVINCE');
    const { bureauOf, unitAccountOf: unitOf } = ids;
    const expertAccount = (expertId: string) => accounts.find((a) => a.expertId === expertId);
    for (const [k, s] of data.services.entries()) {
      const orgId = ids.orgIds.get(s.organizationKey)!;
      const start = day(-s.team.startDaysAgo);
      const end = day(s.team.endDaysAhead);
      const lastBatchEnd = s.batches.length ? Math.max(...s.batches.map((b) => -(b.startDaysAgo - b.calendarDays + 1))) : null;
      const deliveredDaysAgo = s.status === 'IN_SERVICE' ? null : Math.max(1, -(lastBatchEnd ?? 0) - 2);
      const unit = unitOf(orgId);
      const bureau = bureauOf(s.regionCode);
      // Bureaus and the dispatcher take different times over different demands (the dashboard's medians).
      const accepted = s.submittedDaysAgo - 1 - (k % 3);
      const dispatched = accepted - 2 - ((k * 3) % 7);
      const timeline: [DemandStatus, number, AccountEntity | undefined][] = [
        ['SUBMITTED', s.submittedDaysAgo, unit],
        ['ACCEPTED', accepted, bureau],
        ['DISPATCHED', dispatched, province],
        ['IN_SERVICE', dispatched - 2, undefined],
      ];
      if (deliveredDaysAgo !== null) timeline.push(['DELIVERED', deliveredDaysAgo, province]);
      const evaluatedDaysAgo = s.evaluation && deliveredDaysAgo !== null ? Math.max(0, deliveredDaysAgo - s.evaluation.daysAfterDelivery) : null;
      if (s.status === 'EVALUATED') timeline.push(['EVALUATED', evaluatedDaysAgo!, unit]);
      const demand = await m.getRepository(DemandEntity).save(
        m.getRepository(DemandEntity).create({
          code: await this.demands.allocateCode(m, s.regionCode, Number(day(-s.submittedDaysAgo).slice(0, 4))),
          title: s.title,
          description: s.description,
          fields: s.fields,
          serviceForms: s.serviceForms,
          status: s.status,
          regionCode: s.regionCode,
          organizationId: orgId,
          expertsWanted: 1 + s.team.members.length,
          minTitleLevel: null,
          startDate: start,
          endDate: s.wantedEndDaysAhead !== undefined ? day(s.wantedEndDaysAhead) : end,
          expectedDays: Math.max(5, s.batches.reduce((t, b) => t + b.days, 0)),
          openToVolunteers: false,
          contactName: unit?.displayName.split(' ').pop() ?? null,
          contactPhone: null,
          createdBy: unit?.id ?? null,
          createdAt: at(s.submittedDaysAgo, 9),
          submittedAt: at(s.submittedDaysAgo),
          statusChangedAt: at(timeline[timeline.length - 1]![1], 15),
          deliveredAt: deliveredDaysAgo !== null ? at(deliveredDaysAgo, 16) : null,
          dueAt: null,
        }),
      );
      const history: Partial<DemandHistoryEntity>[] = [
        { demandId: demand.id, fromStatus: null, toStatus: 'DRAFT', actorId: unit?.id ?? null, actorName: unit?.displayName ?? '基层单位', at: at(s.submittedDaysAgo, 9) },
      ];
      let from: DemandStatus = 'DRAFT';
      for (const [to, daysAgo, who] of timeline) {
        history.push({ demandId: demand.id, fromStatus: from, toStatus: to, actorId: who?.id ?? null, actorName: who?.displayName ?? '系统', at: at(daysAgo, to === 'SUBMITTED' ? 10 : 15) });
        from = to;
      }
      await m.getRepository(DemandHistoryEntity).save(history.map((h) => m.getRepository(DemandHistoryEntity).create(h)));

      const teamExperts = [s.leadExpertIndex, ...s.memberExpertIndexes].map((i) => ids.expertIds[i]!);
      const [team] = await m.query(
        `INSERT INTO teams (name, level, lead_expert_id, start_date, end_date, budget, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [s.team.name, s.team.level, teamExperts[0], start, end, s.funding ? s.funding.ministry + s.funding.matching : null, province?.id ?? null, at(dispatched, 15)],
      );
      await m.query(`INSERT INTO team_demands (team_id, demand_id) VALUES ($1, $2)`, [team.id, demand.id]);
      for (const [i, expertId] of teamExperts.entries()) {
        await m.query(
          `INSERT INTO assignments (team_id, expert_id, role, status, period, responded_at, created_at) VALUES ($1, $2, $3, 'CONFIRMED', $4, $5, $6)`,
          [team.id, expertId, i === 0 ? 'LEAD' : 'MEMBER', bookingRange(start, end), at(dispatched - 1, 11), at(dispatched, 15)],
        );
      }
      const lead = expertAccount(teamExperts[0]!);
      for (const b of s.batches) {
        const startDate = day(-b.startDaysAgo);
        const [batch] = await m.query(
          `INSERT INTO service_batches (batch_key, version, team_id, demand_id, start_date, end_date, days, region_code, units_served, unit_names, remote,
                                        activities, outcomes, problems_solved, created_by, created_at)
           VALUES (gen_random_uuid(), 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
          [
            team.id, demand.id, startDate, addDays(startDate, b.calendarDays - 1), b.days, s.regionCode, b.unitsServed ?? b.unitNames.length, b.unitNames,
            b.remote ?? false, JSON.stringify(b.activities.map((a) => ({ participants: null, note: null, ...a }))),
            JSON.stringify(b.outcomes.map((o) => ({ value: null, text: null, ...o }))), b.problems, lead?.id ?? province?.id ?? null,
            at(b.startDaysAgo - b.calendarDays, 18),
          ],
        );
        for (const p of b.experts) await m.query(`INSERT INTO service_batch_experts (batch_id, expert_id) VALUES ($1, $2)`, [batch.id, teamExperts[p]]);
      }
      if (deliveredDaysAgo !== null) {
        const answers = s.evaluation?.followUps ?? [];
        for (const [k, afterDays] of FOLLOW_UP_DAYS.entries()) {
          const dueOn = addDays(day(-deliveredDaysAgo), afterDays);
          const answer = dueOn <= today ? answers[k] : undefined;
          await m.query(
            `INSERT INTO evaluation_follow_ups (demand_id, after_days, due_on, still_solved, answered_by, answered_at) VALUES ($1, $2, $3, $4, $5, $6)`,
            [demand.id, afterDays, dueOn, answer ?? null, answer ? unit?.id ?? null : null, answer ? new Date(`${dueOn}T12:00:00+08:00`) : null],
          );
        }
      }
      if (s.evaluation && s.status === 'EVALUATED') {
        const [expertise, problemSolving, attitude, timeliness] = s.evaluation.scores;
        await m.query(
          `INSERT INTO evaluations (demand_id, organization_id, account_id, expertise, problem_solving, attitude, timeliness, problem_solved, comment, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [demand.id, orgId, unit?.id ?? null, expertise, problemSolving, attitude, timeliness, s.evaluation.problemSolved, s.evaluation.comment, at(evaluatedDaysAgo!, 15)],
        );
      }
      if (s.funding) {
        const f = s.funding;
        await m.query(
          `INSERT INTO team_funding (team_id, ministry_funds, matching_funds, matching_source, support_measures, publicity, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [team.id, f.ministry, f.matching, f.source, f.supportMeasures, JSON.stringify(f.publicity.map((p) => ({ media: p.media, date: day(-p.daysAgo), title: p.title }))), province?.id ?? null, now],
        );
        for (const e of f.expenses) {
          await m.query(`INSERT INTO team_expenses (team_id, category, amount, spent_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
            team.id, e.category, e.amount, day(-e.daysAgo), e.note, lead?.id ?? province?.id ?? null,
          ]);
        }
      }
    }
  }
}
