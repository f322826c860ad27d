import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  SYSTEM_ACTOR,
  chinaDate,
  demandTransitionNotices,
  workingDeadline,
  type DemandStatus,
} from '@app/domain';
import { writeAudit } from '@app/platform';
import { AccountEntity } from '../accounts/account.entity.js';
import { passwordHasher } from '../accounts/password-hasher.js';
import { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertEntity } from '../experts/expert.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { RegionRepository } from '../regions/region.repository.js';
import { SystemStateService } from '../system/system-state.service.js';
import { generateDemoData } from './demo-data.generator.js';
import { saveDemoHistory } from './demo-history.js';
import { writeDemoServices } from './demo-services.writer.js';
import { DemoProgrammeWriter } from './demo-programme.writer.js';
import type { DemoAccount, DemoDataset } from './demo-data.types.js';
import { CalendarService } from '../calendar/calendar.service.js';

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
    private readonly calendar: CalendarService,
    private readonly programme: DemoProgrammeWriter,
  ) {}

  /** Seeds once per database: a second start (or a second process) finds the marker and does nothing. */
  async seed(password: string, now = new Date(), options: { programme?: boolean } = {}): Promise<SeedResult> {
    const data = generateDemoData();
    const passwordHash = await passwordHasher.hash(password);
    const afterCommit: (() => Promise<void>)[] = [];
    let expertIds: string[] = [];
    const seeded = await this.db.transaction(async (m) => {
      if (!(await this.state.claim(m, DEMO_KEY, { at: now.toISOString() }))) return false;
      expertIds = await this.write(m, data, passwordHash, now, afterCommit);
      await writeAudit(m, SYSTEM_ACTOR, {
        action: 'demo.seed',
        entityType: 'system',
        after: {
          organizations: data.organizations.length,
          experts: data.experts.length,
          demands: data.demands.length,
        },
      });
      return true;
    });
    for (const f of afterCommit) await f();
    // The programme year goes through the services, each step its own unit of work as when people take it, so it
    // runs once the rows it builds on are committed (by the process that claimed the demo). A start stopped before
    // it was whole left a journal: the next start finishes it.
    if (options.programme !== false) {
      try {
        if (seeded) await this.programme.write(data.programme, expertIds, now);
        else await this.resumeProgramme(data);
      } catch (err) {
        this.logger.error(`Demo programme year not written: ${(err as Error).message}`);
      }
    }
    if (seeded)
      this.logger.log(
        `Demo data: ${data.experts.length} experts, ${data.demands.length} demands, ${data.accounts.length} accounts`,
      );
    return { seeded, accounts: data.accounts };
  }

  /** Finishes a programme year an earlier start began (one query when there is none to finish). */
  private async resumeProgramme(data: DemoDataset): Promise<void> {
    const seeded = await this.state.get<{ at: string }>(DEMO_KEY);
    if (!seeded || (await this.programme.written())) return;
    this.logger.log('Demo programme year: finishing what an earlier start began');
    await this.programme.write(data.programme, await this.demoExpertIds(data), new Date(seeded.at));
  }

  /** The demo experts' ids in the dataset's order, found by who they are (name, employer, phone). */
  private async demoExpertIds(data: DemoDataset): Promise<string[]> {
    const employer = new Map(data.organizations.map((o) => [o.key, o.name]));
    const rows: { i: string; id: string }[] = await this.db.query(
      `SELECT t.i, min(e.id::text) AS id
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(name, employer, phone, i)
         JOIN organizations o ON o.name = t.employer
         JOIN experts e ON e.name = t.name AND e.employer_id = o.id AND coalesce(e.phone, '') = coalesce(t.phone, '')
        GROUP BY t.i`,
      [
        data.experts.map((e) => e.name),
        data.experts.map((e) => employer.get(e.employerKey) ?? ''),
        data.experts.map((e) => e.phone ?? null),
      ],
    );
    const ids: string[] = new Array<string>(data.experts.length);
    for (const r of rows) ids[Number(r.i) - 1] = r.id;
    return ids;
  }

  demoAccounts(): DemoAccount[] {
    return generateDemoData().accounts;
  }

  private async write(
    m: EntityManager,
    data: DemoDataset,
    passwordHash: string,
    now: Date,
    afterCommit: (() => Promise<void>)[],
  ): Promise<string[]> {
    const cal = await this.calendar.current(m);
    for (const k of data.keyAssistance) {
      await m.getRepository(RegionEntity).update({ code: k.regionCode }, { keyAssistance: k.level });
    }
    for (const p of data.partnerships) await this.regions.addPartnership(m, p.servingCode, p.servedCode);

    const orgIds = new Map<string, string>();
    for (const o of data.organizations) {
      const saved = await m.getRepository(OrganizationEntity).save(
        m.getRepository(OrganizationEntity).create({
          name: o.name,
          kind: o.kind,
          regionCode: o.regionCode,
          creditCode: o.creditCode ?? null,
        }),
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
    await m.query(
      `INSERT INTO search_outbox (expert_id, version) SELECT id, version FROM experts WHERE id = ANY($1::uuid[])`,
      [expertIds],
    );

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
      const submittedAt =
        d.status === 'DRAFT' ? null : new Date(now.getTime() - (d.submittedDaysAgo ?? 1) * 86400_000);
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
          dueAt:
            d.status === 'SUBMITTED'
              ? workingDeadline(submittedAt!, 5, cal)
              : d.status === 'ACCEPTED'
                ? workingDeadline(reviewedAt!, 10, cal)
                : null,
        }),
      );
      const reviewed = d.status === 'RETURNED' || d.status === 'ACCEPTED';
      await saveDemoHistory(m, demand.id, [
        { to: 'DRAFT', by: creator, nameIfNobody: '基层单位', at: createdAt },
        ...(submittedAt
          ? [{ to: 'SUBMITTED' as const, by: creator, nameIfNobody: '基层单位', at: submittedAt }]
          : []),
        ...(reviewed
          ? [
              {
                to: d.status as DemandStatus,
                by: bureauOf(d.regionCode),
                nameIfNobody: '属地人社局',
                at: reviewedAt!,
                note: d.reviewNote ?? null,
              },
            ]
          : []),
      ]);
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
    await writeDemoServices(this.demands, m, data, now, {
      orgIds,
      expertIds,
      accountIds,
      bureauOf,
      unitAccountOf,
    });
    return expertIds;
  }
}
