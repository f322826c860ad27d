// 服务菜单 (点餐): approved teams and service bases publish what they offer; units browse and search the menu by
// words, field and region, and order an item. An order is a demand made by the ordinary demand path (DemandService:
// the same checks, code, history and audit as a demand a unit writes), linked to the offer and submitted in one unit
// of work — so the bureau still vets it; the dispatcher then sees the ordered team first and gives the demand to it.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  chinaDate,
  isUuid,
  menuScores,
  offerProblems,
  offerServesRegion,
  type Actor,
  type Field,
  type OfferDraft,
} from '@app/domain';
import { analyseSearchQuery, UnitOfWork, Clock, writeAudit } from '@app/platform';
import { DemandService, type DemandInput } from '../demands/demand.service.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { isProvince } from './programme-access.js';
import { ProgrammeOfferRepository, type OfferOwner, type OfferRow } from './programme-offer.repository.js';
import type { ProgrammeOfferEntity } from './programme.entities.js';

export interface OfferInput extends OfferDraft {
  teamId?: string | null;
  baseId?: string | null;
}

export interface MenuFilter {
  query?: string | null;
  field?: Field | null;
  regionCode?: string | null;
  year?: number | null;
}

export interface MenuItem extends OfferRow {
  score: number;
  remaining: number;
}

export type OrderInput = Pick<
  DemandInput,
  'startDate' | 'endDate' | 'expectedDays' | 'contactName' | 'contactPhone'
> & {
  description?: string | null;
  expertsWanted?: number | null;
};

const MENU_MAX = 100;

@Injectable()
export class ProgrammeOfferService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeOfferRepository,
    private readonly demands: DemandService,
    private readonly organizations: OrganizationRepository,
    private readonly lexicon: LexiconService,
    private readonly clock: Clock,
  ) {}

  /** What the actor may publish for: a host unit its teams and bases, the province all of them. */
  async owners(actor: Actor): Promise<OfferOwner[]> {
    if (isProvince(actor)) return this.repo.ownersOf(null);
    if (actor.role === 'UNIT' && actor.organizationId) return this.repo.ownersOf(actor.organizationId);
    return [];
  }

  /** The offers the actor manages (a host unit its own; the province every one). */
  async managed(actor: Actor): Promise<MenuItem[]> {
    if (!isProvince(actor) && actor.role !== 'UNIT')
      throw AppError.forbidden('只有服务团、基地的依托单位和省厅可以管理服务项目', 'OFFER_FORBIDDEN');
    const rows = await this.repo.list(
      isProvince(actor)
        ? {}
        : { ownerOrganizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000' },
    );
    return rows.map((r) => ({ ...r, score: 1, remaining: Math.max(0, r.offer.capacity - r.ordered) }));
  }

  /** Publishes an offer (new, when `id` is null) or changes one. */
  async save(actor: Actor, id: string | null, input: OfferInput): Promise<ProgrammeOfferEntity> {
    const draft: OfferDraft = {
      title: (input.title ?? '').trim(),
      description: (input.description ?? '').trim(),
      fields: input.fields ?? [],
      serviceForms: input.serviceForms ?? [],
      regionCodes: [...new Set(input.regionCodes ?? [])],
      places: (input.places ?? '').trim(),
      months: [...new Set(input.months ?? [])].sort((a, b) => a - b),
      capacity: input.capacity,
    };
    const problems = offerProblems(draft);
    const owners = await this.owners(actor);
    const owner = id
      ? null
      : owners.find(
          (o) => (input.teamId && o.teamId === input.teamId) || (input.baseId && o.baseId === input.baseId),
        );
    if (!id && !owner) problems.teamId = '请选择本单位入选的服务团或基地';
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return this.uow.run(async (m) => {
      if (id) {
        const current = isUuid(id) ? await this.repo.lock(m, id) : null;
        if (!current) throw AppError.notFound('服务项目', 'OFFER_NOT_FOUND');
        this.assertManages(actor, current);
        const saved = await this.repo.save(m, { ...current, ...draft });
        await writeAudit(m, actor, {
          action: 'programme.offer.update',
          entityType: 'programme_offer',
          entityId: id,
          before: current,
          after: saved,
        });
        return saved;
      }
      const saved = await this.repo.save(m, {
        ...draft,
        teamId: owner!.teamId,
        baseId: owner!.baseId,
        ownerOrganizationId: owner!.hostOrganizationId,
        year: owner!.year,
        status: 'OPEN',
        createdBy: actor.accountId,
      });
      await writeAudit(m, actor, {
        action: 'programme.offer.create',
        entityType: 'programme_offer',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async setOpen(actor: Actor, id: string, open: boolean): Promise<ProgrammeOfferEntity> {
    return this.uow.run(async (m) => {
      const current = isUuid(id) ? await this.repo.lock(m, id) : null;
      if (!current) throw AppError.notFound('服务项目', 'OFFER_NOT_FOUND');
      this.assertManages(actor, current);
      const saved = await this.repo.save(m, { ...current, status: open ? 'OPEN' : 'CLOSED' });
      await writeAudit(m, actor, {
        action: open ? 'programme.offer.open' : 'programme.offer.close',
        entityType: 'programme_offer',
        entityId: id,
        before: { status: current.status },
        after: { status: saved.status },
      });
      return saved;
    });
  }

  private assertManages(actor: Actor, offer: ProgrammeOfferEntity): void {
    if (isProvince(actor)) return;
    if (actor.role === 'UNIT' && actor.organizationId === offer.ownerOrganizationId) return;
    throw AppError.forbidden('只有该服务团、基地的依托单位可以修改服务项目', 'OFFER_FORBIDDEN');
  }

  /** 服务菜单: the open offers of the year, by words (lexicon-aware), field and region, best first. */
  async menu(actor: Actor, filter: MenuFilter = {}): Promise<MenuItem[]> {
    // A given year exactly; otherwise this year's offers and those of the years already published ahead.
    const year = filter.year ?? Number(chinaDate(this.clock.now()).slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw AppError.badInput('年度无效');
    const query = (filter.query ?? '').trim();
    if (query.length > 100) throw AppError.badInput('搜索词不超过 100 字');
    let rows = await this.repo.list(filter.year ? { openInYear: year } : { openFromYear: year });
    if (filter.field) rows = rows.filter((r) => r.offer.fields.includes(filter.field!));
    const region = filter.regionCode?.trim();
    if (region) rows = rows.filter((r) => offerServesRegion(r.offer.regionCodes, region));
    const vocabulary = await this.lexicon.vocabulary();
    // Read as the expert search box reads it: a typed sentence is words, filler words out, lexicon forms added.
    const terms = query ? (analyseSearchQuery(query, vocabulary)?.terms ?? []) : [];
    const scores = menuScores(
      terms,
      rows.map((r) => ({
        id: r.offer.id,
        title: r.offer.title,
        description: r.offer.description,
        fields: r.offer.fields,
        places: r.offer.places,
        teamName: r.ownerName,
      })),
      vocabulary,
    );
    void actor;
    return rows
      .filter((r) => scores.has(r.offer.id))
      .map((r) => ({
        ...r,
        score: scores.get(r.offer.id)!,
        remaining: Math.max(0, r.offer.capacity - r.ordered),
      }))
      .sort((a, b) => b.score - a.score || b.remaining - a.remaining)
      .slice(0, MENU_MAX);
  }

  /**
   * A unit orders an item: a demand by the ordinary path, linked to the offer, then submitted to the bureau — one
   * unit of work. Full, closed or out-of-region offers and bad input are refused with nothing written; should the
   * last place be taken meanwhile, the locked recount refuses the order and rolls it all back.
   */
  async order(actor: Actor, offerId: string, input: OrderInput): Promise<DemandEntity> {
    if (actor.role !== 'UNIT' || !actor.organizationId)
      throw AppError.forbidden('只有需求单位可以点餐下单', 'OFFER_FORBIDDEN');
    const [row] = isUuid(offerId) ? await this.repo.list({ ids: [offerId] }) : [];
    if (!row) throw AppError.notFound('服务项目', 'OFFER_NOT_FOUND');
    const { offer } = row;
    if (offer.status !== 'OPEN') throw AppError.conflict('该服务项目已停止接单', 'OFFER_CLOSED');
    if (row.ordered >= offer.capacity)
      throw AppError.conflict(`该服务项目可接 ${offer.capacity} 单，已经约满`, 'OFFER_CLOSED');
    const org = await this.organizations.find(actor.organizationId);
    if (!org || !offerServesRegion(offer.regionCodes, org.regionCode))
      throw AppError.badInput('该服务项目不在贵单位所在地区提供服务，请选择其他项目', {
        offerId: '不在贵单位所在地区服务',
      });
    const startMonth =
      input.startDate && /^\d{4}-\d{2}/.test(input.startDate) ? Number(input.startDate.slice(5, 7)) : null;
    if (startMonth !== null && !offer.months.includes(startMonth))
      throw AppError.badInput(`该服务项目可服务的月份为 ${offer.months.join('、')} 月，请调整期望服务时间`, {
        startDate: `可服务月份：${offer.months.join('、')} 月`,
      });
    // One unit of work: the offer is locked and its places counted first, then the demand is made and submitted
    // by the ordinary demand path (its runs join this one), so a refused order leaves no demand, history or outbox
    // row, and two units racing for the last place queue on the lock — the second sees it taken.
    return this.uow.run(async (m) => {
      const locked = await this.repo.lock(m, offer.id);
      if (!locked || locked.status !== 'OPEN' || (await this.repo.orderCount(m, offer.id)) >= locked.capacity)
        throw AppError.conflict('该服务项目刚刚约满或停止接单', 'OFFER_CLOSED');
      const demand = await this.demands.create(actor, {
        title: `【点餐】${offer.title}`.slice(0, 100),
        description: input.description?.trim() || offer.description,
        fields: offer.fields,
        serviceForms: offer.serviceForms,
        expertsWanted: input.expertsWanted ?? 1,
        startDate: input.startDate,
        endDate: input.endDate,
        expectedDays: input.expectedDays,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
      });
      await this.repo.insertOrder(m, {
        demandId: demand.id,
        offerId: offer.id,
        orderedBy: actor.accountId,
      });
      await writeAudit(m, actor, {
        action: 'programme.offer.order',
        entityType: 'programme_offer',
        entityId: offer.id,
        after: { demandId: demand.id },
      });
      return this.demands.transition(actor, demand.id, 'submit');
    });
  }
}
