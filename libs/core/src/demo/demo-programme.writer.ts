// Replays the demo's programme year through the services people use, each step at its own date (atInstant): the
// province opens this year's call, host units apply, bureaus return and recommend, the province scores, selects,
// records the ministry's confirmation and publishes; the team puts items on the menu, a unit orders one, the base
// keeps its roster and activities; next year's call is open with applications in the bureaus' and province's hands.
// Nothing here writes a row a service would write: statuses, counters, history and notices are the services' own.
// Each step is one service call, committed with its line in a journal (system_state), so a start stopped halfway
// leaves a year the next start finishes: it skips the steps the journal holds and takes the rest, at the same dates.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  REVIEW_CRITERIA_KEYS,
  addDays,
  chinaDate,
  type Actor,
  type ProgrammeCategory,
  type ReviewScores,
} from '@app/domain';
import { UnitOfWork, atInstant } from '@app/platform';
import { AccountEntity } from '../accounts/account.entity.js';
import { AccountService } from '../accounts/account.service.js';
import { ProgrammeApplicationService } from '../programme/programme-application.service.js';
import { ProgrammeBaseService } from '../programme/programme-base.service.js';
import { ProgrammeCallService } from '../programme/programme-call.service.js';
import { ProgrammeOfferService } from '../programme/programme-offer.service.js';
import { ProgrammeSelectionService } from '../programme/programme-selection.service.js';
import { PROGRAMME_BASE_ACTIVITIES, PROGRAMME_BASE_ROSTER, PROGRAMME_OFFERS } from './data/programme-year.js';
import { SystemStateService } from '../system/system-state.service.js';
import type { DemoProgramme, DemoProgrammeApplication } from './demo-programme.js';

/** The journal of the demo's programme year: what each step returned (an id, or null), and whether it is whole. */
const JOURNAL_KEY = 'demo_programme_journal';

interface Journal {
  steps: ({ id: string } | null)[];
  done: boolean;
}

/** Review sheets per application, as [需求必要性, 方案, 专家, 成效, 经费] for each reviewer. */
const SHEETS: Record<string, number[][]> = {
  'saas-team': [
    [23, 22, 18, 18, 9],
    [22, 23, 19, 17, 8],
    [24, 21, 18, 18, 9],
  ],
  'langxia-base': [
    [21, 20, 16, 17, 8],
    [20, 21, 15, 16, 9],
    [22, 19, 16, 17, 8],
  ],
};

@Injectable()
export class DemoProgrammeWriter {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly calls: ProgrammeCallService,
    private readonly applications: ProgrammeApplicationService,
    private readonly selection: ProgrammeSelectionService,
    private readonly bases: ProgrammeBaseService,
    private readonly offers: ProgrammeOfferService,
    private readonly uow: UnitOfWork,
    private readonly state: SystemStateService,
  ) {}

  /** Whether the year is written whole (a database seeded before the journal: when it has a call). */
  async written(): Promise<boolean> {
    const journal = await this.state.get<Journal>(JOURNAL_KEY);
    if (journal) return journal.done;
    return (await this.db.query(`SELECT 1 FROM programme_calls LIMIT 1`)).length > 0;
  }

  /**
   * Writes the year, or what an earlier start left of it; `expertIds` are the library's ids in the dataset's order,
   * `now` the moment the demo was seeded (its dates are relative to that day).
   */
  async write(programme: DemoProgramme, expertIds: string[], now: Date): Promise<void> {
    const today = chinaDate(now);
    const day = (n: number) => addDays(today, n);
    await this.uow.run((m) => this.state.claim(m, JOURNAL_KEY, { steps: [], done: false } satisfies Journal));
    const lockJournal = async (m: EntityManager) => (await this.state.lock<Journal>(m, JOURNAL_KEY))!;
    let stepNo = 0;
    // One service call, with its journal line in the same unit of work (the service's own joins it): taken once,
    // even by two processes resuming at the same time (the journal row is locked while a step is taken). Only one:
    // services read their rows through the pool before their unit of work, so a second call in the same step would
    // not see what the first wrote (it commits with the step).
    const step = async (at: Date | null, work: () => Promise<unknown>) => {
      const k = stepNo++;
      return this.uow.run(async (m) => {
        const journal = await lockJournal(m);
        if (k < journal.steps.length) return journal.steps[k]!;
        if (k > journal.steps.length)
          throw new Error(`demo programme journal is at step ${journal.steps.length}, not ${k}`);
        const result = await (at ? atInstant(at, work) : work());
        const id = (result as { id?: unknown } | undefined)?.id;
        const kept = typeof id === 'string' ? { id } : null;
        await this.state.put(m, JOURNAL_KEY, {
          steps: [...journal.steps, kept],
          done: false,
        } satisfies Journal);
        return kept;
      });
    };
    // Each step at 10:00 China time on its day (plus minutes, so steps of one day keep their order).
    let minute = 0;
    const on = async (n: number, work: () => Promise<unknown>): Promise<{ id: string }> =>
      (await step(new Date(new Date(`${day(n)}T10:00:00+08:00`).getTime() + minute++ * 60_000), work))!;
    const actors = new Map<string, Actor>();
    const as = async (username: string): Promise<Actor> => {
      if (!actors.has(username)) {
        const account = await this.db.getRepository(AccountEntity).findOneByOrFail({ username });
        actors.set(username, await this.accounts.toActor(account));
      }
      return actors.get(username)!;
    };
    const province = await as('province');
    const expert = (i: number) => expertIds[i]!;
    const year = Number(today.slice(0, 4));

    // Every district bureau of the city may recommend (the demo has accounts for two of them).
    const recommenderIds: string[] = (
      await this.db.query(
        `SELECT id FROM organizations WHERE kind = 'BUREAU' AND region_code LIKE '31%' AND region_code <> '310000'
          ORDER BY region_code`,
      )
    ).map((r: { id: string }) => r.id);
    const openCall = async (callYear: number, opens: number, closes: number, docNumber: string) => {
      const categories: { category: ProgrammeCategory }[] = [
        { category: 'NATIONAL_TEAM' },
        { category: 'MUNICIPAL_TEAM' },
        { category: 'NATIONAL_BASE' },
        { category: 'MUNICIPAL_BASE' },
      ];
      const call = await on(opens, () =>
        this.calls.create(province, {
          year: callYear,
          title: `关于做好${callYear}年度专家服务基层项目申报工作的通知`,
          docNumber,
          opensOn: day(opens),
          closesOn: day(closes),
          recommendBy: day(closes + 7),
          categories,
          recommenderIds,
        }),
      );
      await on(opens, () => this.calls.move(province, call.id, 'open'));
      return call;
    };
    const draft = async (a: DemoProgrammeApplication, callId: string, n: number, firstVersion = false) =>
      on(n, async () =>
        this.applications.create(await as(a.applicant), callId, {
          category: a.category,
          recommenderId: (await as(a.recommender)).organizationId!,
          form: this.form(a, expert, day, firstVersion),
        }),
      );
    const spec = (key: string) => programme.applications.find((a) => a.key === key)!;

    // This year: opened, applied for, recommended (the base once returned), scored, decided and published.
    const call = await openCall(year, -150, -125, `沪人社专〔${year - 1}〕118号`);
    const team = await draft(spec('saas-team'), call.id, -146);
    const base = await draft(spec('langxia-base'), call.id, -144, true);
    await on(-140, async () => this.applications.submit(await as('host'), team.id));
    await on(-139, async () => this.applications.submit(await as('unit'), base.id));
    await on(-135, async () =>
      this.applications.decide(
        await as('local3'),
        team.id,
        'recommend',
        '该院农业专家力量雄厚，长期对口服务莎车、澜沧，服务方案具体可行，同意推荐申报国家级服务团。',
      ),
    );
    await on(-133, async () =>
      this.applications.decide(
        await as('local'),
        base.id,
        'return',
        '请补充近三年专家到站指导的台账（次数、参加人数），预算明细请按示范棚、培训、专家食宿分项列出。',
      ),
    );
    await on(-130, async () => {
      const a = spec('langxia-base');
      return this.applications.update(await as('unit'), base.id, {
        category: a.category,
        recommenderId: (await as(a.recommender)).organizationId!,
        form: this.form(a, expert, day),
      });
    });
    await on(-130, async () => this.applications.submit(await as('unit'), base.id));
    await on(-128, async () =>
      this.applications.decide(
        await as('local'),
        base.id,
        'recommend',
        '合作社基地示范带动作用明显，专家服务制度健全，同意推荐申报市级专家服务基地。',
      ),
    );
    await on(-115, () => this.calls.move(province, call.id, 'close'));
    for (const [k, id] of [team.id, base.id].entries()) {
      const key = k === 0 ? 'saas-team' : 'langxia-base';
      for (const [r, reviewer] of programme.reviewerIndexes.entries()) {
        const scores = Object.fromEntries(
          REVIEW_CRITERIA_KEYS.map((c, i) => [c, SHEETS[key]![r]![i]!]),
        ) as ReviewScores;
        await on(-110 + r, () =>
          this.selection.saveReview(province, id, { expertId: expert(reviewer), scores }),
        );
      }
    }
    await on(-105, () =>
      this.selection.decide(province, team.id, 'nominate', '评审排名第一，推荐申报国家级服务团'),
    );
    await on(-105, () =>
      this.selection.decide(province, base.id, 'select', '评审通过，列入市级专家服务基地'),
    );
    await on(-95, () => this.selection.decide(province, team.id, 'confirm', `人社厅函〔${year}〕46号`));
    await on(-92, () => this.selection.publish(province, call.id));

    // At work: the base's roster and activities, the team's menu, and one order waiting for the bureau.
    const teamId = (await this.applications.get(province, team.id)).teamId!;
    const baseId = (await this.applications.get(province, base.id)).baseId!;
    const unit = await as('unit');
    // The base's lead first (from outside, as the cooperative has no experts of its own), then the roster.
    const roster = [spec('langxia-base').leadExpertIndex, ...programme.baseRosterIndexes].map(expert);
    const external = [true, ...PROGRAMME_BASE_ROSTER.map((r) => r.external)];
    for (const [i, id] of roster.entries())
      await on(-90, () => this.bases.addExpert(unit, baseId, id, external[i]!));
    for (const a of PROGRAMME_BASE_ACTIVITIES)
      await on(a.day, () =>
        this.bases.recordActivity(unit, baseId, {
          heldOn: day(a.day),
          title: a.title,
          activityType: a.activityType,
          participants: a.participants,
          expertIds: a.experts.map((p) => roster[p]!),
          outcomes: a.outcomes.map((o) => ({ ...o, text: null })),
        }),
      );
    // The months the team still serves in (its period runs some five months from today).
    const months = [...new Set(Array.from({ length: 11 }, (_, i) => Number(day(i * 15).slice(5, 7))))];
    const host = await as('host');
    const offerIds: string[] = [];
    for (const o of PROGRAMME_OFFERS) {
      const saved = await on(-88, () =>
        this.offers.save(host, null, {
          title: o.title,
          description: o.description,
          fields: o.fields,
          serviceForms: o.serviceForms,
          regionCodes: o.regions,
          places: o.places,
          months,
          capacity: o.capacity,
          teamId,
        }),
      );
      offerIds.push(saved.id);
    }

    // Next year's call, open: one application recommended (after a return), one returned, one waiting.
    const next = await openCall(year + 1, -20, 25, `沪人社专〔${year}〕126号`);
    const nextTeam = await draft(spec('saas-team-next'), next.id, -16);
    const nextBase = await draft(spec('saas-base-next'), next.id, -15);
    const nextUnit = await draft(spec('langxia-team-next'), next.id, -7);
    await on(-12, () => this.applications.submit(host, nextTeam.id));
    await on(-11, () => this.applications.submit(host, nextBase.id));
    const local3 = await as('local3');
    await on(-10, () =>
      this.applications.decide(
        local3,
        nextTeam.id,
        'return',
        '请补充澜沧县受援合作社的需求函，并列明四个批次的时间安排。',
      ),
    );
    await on(-9, () =>
      this.applications.decide(
        local3,
        nextBase.id,
        'return',
        '近年活动情况过于简略，请补充服务台账和成效数据；必要性请结合本市远郊区需求展开说明。',
      ),
    );
    await on(-8, () => this.applications.submit(host, nextTeam.id));
    await on(-6, () =>
      this.applications.decide(local3, nextTeam.id, 'recommend', '补充材料齐全，服务对象明确，同意推荐。'),
    );
    await on(-4, () => this.applications.submit(unit, nextUnit.id));

    // Today, last, so that it is the newest thing in the bureau's inbox: a unit orders from the team's menu (a
    // demand's own times, created and submitted, are both the day it is seeded).
    await step(null, () =>
      this.offers.order(unit, offerIds[0]!, {
        startDate: day(12),
        endDate: day(40),
        expectedDays: 4,
        expertsWanted: 2,
        description:
          '合作社 3 号、5 号大棚番茄出现叶片黄化卷曲，疑似黄化曲叶病毒病，约 20 亩，想请专家来现场诊断并制定防控方案。',
        contactName: '沈建国',
        contactPhone: '13901736542',
      }),
    );
    await this.uow.run(async (m) =>
      this.state.put(m, JOURNAL_KEY, { ...(await lockJournal(m)), done: true } satisfies Journal),
    );
    this.logger.log(
      `Demo programme: ${year} lists published (1 team, 1 base, ${offerIds.length} menu items), ${year + 1} call open`,
    );
  }

  /** The application's annex with the library's experts and dates relative to the demo's day. */
  private form(
    a: DemoProgrammeApplication,
    expert: (i: number) => string,
    day: (n: number) => string,
    firstVersion = false,
  ) {
    if (a.team) {
      const { startDay, endDay, ...team } = a.team;
      return {
        ...team,
        startDate: day(startDay),
        endDate: day(endDay),
        leadExpertId: expert(a.leadExpertIndex),
        memberExpertIds: a.memberExpertIndexes.map(expert),
      };
    }
    const base = { ...a.base!, leadExpertId: expert(a.leadExpertIndex) };
    // The version the bureau returned: the budget in one line.
    if (firstVersion)
      base.budgetLines = [
        {
          item: '基地建设及运行',
          amount: base.budgetLines.reduce((s, l) => s + l.amount, 0),
          source: '市级资助、合作社自筹',
        },
      ];
    return base;
  }
}
