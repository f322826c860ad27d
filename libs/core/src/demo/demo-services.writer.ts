// Writes the demo's served demands: demand and history through every step, the team with confirmed experts, the
// batches logged, evaluation and follow-ups, funding and spending (called by the seeder inside its transaction).
import type { EntityManager } from 'typeorm';
import { FOLLOW_UP_DAYS, addDays, bookingRange, chinaDate, type DemandStatus } from '@app/domain';
import type { AccountEntity } from '../accounts/account.entity.js';
import { DemandEntity } from '../demands/demand.entity.js';
import type { DemandRepository } from '../demands/demand.repository.js';
import type { DemoDataset } from './demo-data.types.js';
import { saveDemoHistory } from './demo-history.js';

/**
 * Served demands: demand, history through every step, the team with confirmed experts, the batches logged,
 * the evaluation and follow-ups, the funding and spending. Dates are relative to `now` (China dates).
 */
export async function writeDemoServices(
  demands: DemandRepository,
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
  const at = (daysAgo: number, hour = 10) =>
    new Date(new Date(`${day(-daysAgo)}T00:00:00+08:00`).getTime() + hour * 3600_000);
  const accounts = [...ids.accountIds.values()];
  const province = accounts.find((a) => a.role === 'PROVINCE');
  const { bureauOf, unitAccountOf: unitOf } = ids;
  const expertAccount = (expertId: string) => accounts.find((a) => a.expertId === expertId);
  for (const [k, s] of data.services.entries()) {
    const orgId = ids.orgIds.get(s.organizationKey)!;
    const start = day(-s.team.startDaysAgo);
    const end = day(s.team.endDaysAhead);
    const lastBatchEnd = s.batches.length
      ? Math.max(...s.batches.map((b) => -(b.startDaysAgo - b.calendarDays + 1)))
      : null;
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
    const evaluatedDaysAgo =
      s.evaluation && deliveredDaysAgo !== null
        ? Math.max(0, deliveredDaysAgo - s.evaluation.daysAfterDelivery)
        : null;
    if (s.status === 'EVALUATED') timeline.push(['EVALUATED', evaluatedDaysAgo!, unit]);
    const demand = await m.getRepository(DemandEntity).save(
      m.getRepository(DemandEntity).create({
        code: await demands.allocateCode(m, s.regionCode, Number(day(-s.submittedDaysAgo).slice(0, 4))),
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
        expectedDays: Math.max(
          5,
          s.batches.reduce((t, b) => t + b.days, 0),
        ),
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
    await saveDemoHistory(m, demand.id, [
      { to: 'DRAFT', by: unit, nameIfNobody: '基层单位', at: at(s.submittedDaysAgo, 9) },
      ...timeline.map(([to, daysAgo, who]) => ({
        to,
        by: who,
        nameIfNobody: '系统',
        at: at(daysAgo, to === 'SUBMITTED' ? 10 : 15),
      })),
    ]);

    const teamExperts = [s.leadExpertIndex, ...s.memberExpertIndexes].map((i) => ids.expertIds[i]!);
    const [team] = await m.query(
      `INSERT INTO teams (name, level, lead_expert_id, start_date, end_date, budget, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        s.team.name,
        s.team.level,
        teamExperts[0],
        start,
        end,
        s.funding ? s.funding.ministry + s.funding.matching : null,
        province?.id ?? null,
        at(dispatched, 15),
      ],
    );
    await m.query(`INSERT INTO team_demands (team_id, demand_id) VALUES ($1, $2)`, [team.id, demand.id]);
    for (const [i, expertId] of teamExperts.entries()) {
      await m.query(
        `INSERT INTO assignments (team_id, expert_id, role, status, period, responded_at, created_at) VALUES ($1, $2, $3, 'CONFIRMED', $4, $5, $6)`,
        [
          team.id,
          expertId,
          i === 0 ? 'LEAD' : 'MEMBER',
          bookingRange(start, end),
          at(dispatched - 1, 11),
          at(dispatched, 15),
        ],
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
          team.id,
          demand.id,
          startDate,
          addDays(startDate, b.calendarDays - 1),
          b.days,
          s.regionCode,
          b.unitsServed ?? b.unitNames.length,
          b.unitNames,
          b.remote ?? false,
          JSON.stringify(b.activities.map((a) => ({ participants: null, note: null, ...a }))),
          JSON.stringify(b.outcomes.map((o) => ({ value: null, text: null, ...o }))),
          b.problems,
          lead?.id ?? province?.id ?? null,
          at(b.startDaysAgo - b.calendarDays, 18),
        ],
      );
      for (const p of b.experts)
        await m.query(`INSERT INTO service_batch_experts (batch_id, expert_id) VALUES ($1, $2)`, [
          batch.id,
          teamExperts[p],
        ]);
    }
    if (deliveredDaysAgo !== null) {
      const answers = s.evaluation?.followUps ?? [];
      for (const [k, afterDays] of FOLLOW_UP_DAYS.entries()) {
        const dueOn = addDays(day(-deliveredDaysAgo), afterDays);
        const answer = dueOn <= today ? answers[k] : undefined;
        await m.query(
          `INSERT INTO evaluation_follow_ups (demand_id, after_days, due_on, still_solved, answered_by, answered_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            demand.id,
            afterDays,
            dueOn,
            answer ?? null,
            answer ? (unit?.id ?? null) : null,
            answer ? new Date(`${dueOn}T12:00:00+08:00`) : null,
          ],
        );
      }
    }
    if (s.evaluation && s.status === 'EVALUATED') {
      const [expertise, problemSolving, attitude, timeliness] = s.evaluation.scores;
      await m.query(
        `INSERT INTO evaluations (demand_id, organization_id, account_id, expertise, problem_solving, attitude, timeliness, problem_solved, comment, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          demand.id,
          orgId,
          unit?.id ?? null,
          expertise,
          problemSolving,
          attitude,
          timeliness,
          s.evaluation.problemSolved,
          s.evaluation.comment,
          at(evaluatedDaysAgo!, 15),
        ],
      );
    }
    if (s.funding) {
      const f = s.funding;
      await m.query(
        `INSERT INTO team_funding (team_id, ministry_funds, matching_funds, matching_source, support_measures, publicity, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          team.id,
          f.ministry,
          f.matching,
          f.source,
          f.supportMeasures,
          JSON.stringify(f.publicity.map((p) => ({ media: p.media, date: day(-p.daysAgo), title: p.title }))),
          province?.id ?? null,
          now,
        ],
      );
      for (const e of f.expenses) {
        await m.query(
          `INSERT INTO team_expenses (team_id, category, amount, spent_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
          [team.id, e.category, e.amount, day(-e.daysAgo), e.note, lead?.id ?? province?.id ?? null],
        );
      }
    }
  }
}
