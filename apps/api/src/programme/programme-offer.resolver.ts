import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError, type Actor, type Field as DomainField } from '@app/domain';
import { DemandService, ProgrammeOfferService, type MenuItem } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { FieldEnum } from '../common/enums.js';
import { Demand } from '../demands/demand.types.js';
import {
  ProgrammeOffer,
  ProgrammeOfferInput,
  ProgrammeOfferOwner,
  ProgrammeOrderInput,
} from './programme-offer.types.js';

function toOffer(r: MenuItem): ProgrammeOffer {
  const o = r.offer;
  return {
    id: o.id,
    teamId: o.teamId,
    baseId: o.baseId,
    ownerKind: o.teamId ? '服务团' : '基地',
    ownerName: r.ownerName,
    hostName: r.hostName,
    year: o.year,
    title: o.title,
    description: o.description,
    fields: o.fields,
    serviceForms: o.serviceForms,
    regionCodes: o.regionCodes,
    places: o.places,
    months: o.months,
    capacity: o.capacity,
    ordered: r.ordered,
    remaining: r.remaining,
    status: o.status,
    score: Math.round(r.score * 1000) / 1000,
  };
}

@Resolver()
export class ProgrammeOfferResolver {
  constructor(
    private readonly offers: ProgrammeOfferService,
    private readonly demands: DemandService,
  ) {}

  private async one(actor: Actor, id: string): Promise<ProgrammeOffer> {
    const found = (await this.offers.managed(actor)).find((r) => r.offer.id === id);
    if (!found) throw AppError.notFound('服务项目', 'OFFER_NOT_FOUND');
    return toOffer(found);
  }

  @Query(() => [ProgrammeOffer], {
    description:
      '服务菜单（点餐）：接单中的服务项目（默认本年度及以后，给定 year 则为该年度），可按关键词、领域、地区查找',
    complexity: 50,
  })
  async programmeMenu(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    @Args('field', { type: () => FieldEnum, nullable: true }) field?: DomainField | null,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<ProgrammeOffer[]> {
    return (await this.offers.menu(actor, { query, field, regionCode, year })).map(toOffer);
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Query(() => [ProgrammeOffer], { description: '本单位（依托单位）发布的服务项目；省厅看全部' })
  async myProgrammeOffers(@CurrentActor() actor: Actor): Promise<ProgrammeOffer[]> {
    return (await this.offers.managed(actor)).map(toOffer);
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Query(() => [ProgrammeOfferOwner], { description: '可以发布服务项目的服务团和基地' })
  async programmeOfferOwners(@CurrentActor() actor: Actor): Promise<ProgrammeOfferOwner[]> {
    return this.offers.owners(actor);
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Mutation(() => ProgrammeOffer, { description: '发布服务项目（id 为空）或修改' })
  async saveProgrammeOffer(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgrammeOfferInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
  ): Promise<ProgrammeOffer> {
    const saved = await this.offers.save(actor, id ?? null, input);
    return this.one(actor, saved.id);
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Mutation(() => ProgrammeOffer, { description: '服务项目接单 / 停止接单' })
  async setProgrammeOfferOpen(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('open') open: boolean,
  ): Promise<ProgrammeOffer> {
    await this.offers.setOpen(actor, id, open);
    return this.one(actor, id);
  }

  @Roles('UNIT')
  @Mutation(() => Demand, { description: '点餐下单：生成与服务团/基地关联的需求，并提交属地人社局审核' })
  async orderProgrammeOffer(
    @CurrentActor() actor: Actor,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('input') input: ProgrammeOrderInput,
  ): Promise<Demand> {
    const d = await this.offers.order(actor, offerId, input);
    return Demand.from(d, this.demands.isOverdue(d));
  }
}
