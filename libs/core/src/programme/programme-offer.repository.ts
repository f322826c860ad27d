// The queries of 服务菜单: offers with who offers them and how many orders they took, the teams and bases an
// organisation may publish for, and the orders. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeOfferEntity, ProgrammeOfferOrderEntity } from './programme.entities.js';

export interface OfferRow {
  offer: ProgrammeOfferEntity;
  /** The team's or the base's name. */
  ownerName: string;
  hostName: string;
  ordered: number;
}

export interface OfferOwner {
  teamId: string | null;
  baseId: string | null;
  name: string;
  year: number;
  hostOrganizationId: string;
}

@Injectable()
export class ProgrammeOfferRepository {
  constructor(private readonly db: DataSource) {}

  lock(m: EntityManager, id: string): Promise<ProgrammeOfferEntity | null> {
    return m
      .getRepository(ProgrammeOfferEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
  }

  async save(m: EntityManager, row: Partial<ProgrammeOfferEntity>): Promise<ProgrammeOfferEntity> {
    const repo = m.getRepository(ProgrammeOfferEntity);
    return repo.save(repo.create(row));
  }

  /** Offers with their owner's name and orders: of one organisation, or OPEN ones of a year. */
  async list(
    filter: { ownerOrganizationId?: string; openInYear?: number; openFromYear?: number; ids?: string[] },
    m: EntityManager = this.db.manager,
  ): Promise<OfferRow[]> {
    const qb = m.getRepository(ProgrammeOfferEntity).createQueryBuilder('o');
    if (filter.ownerOrganizationId)
      qb.andWhere('o.owner_organization_id = :org', { org: filter.ownerOrganizationId });
    if (filter.openInYear !== undefined)
      qb.andWhere(`o.status = 'OPEN' AND o.year = :y`, { y: filter.openInYear });
    if (filter.ids) qb.andWhere('o.id = ANY(:ids)', { ids: filter.ids });
    const offers = await qb.orderBy('o.created_at', 'DESC').getMany();
    if (!offers.length) return [];
    const meta: { id: string; owner_name: string; host_name: string; ordered: number }[] = await m.query(
      `SELECT o.id, COALESCE(t.name, b.name) AS owner_name, org.name AS host_name,
              (SELECT count(*)::int FROM programme_offer_orders x WHERE x.offer_id = o.id) AS ordered
         FROM programme_offers o
         LEFT JOIN teams t ON t.id = o.team_id
         LEFT JOIN programme_bases b ON b.id = o.base_id
         JOIN organizations org ON org.id = o.owner_organization_id
        WHERE o.id = ANY($1::uuid[])`,
      [offers.map((o) => o.id)],
    );
    const byId = new Map(meta.map((r) => [r.id, r]));
    return offers.map((offer) => ({
      offer,
      ownerName: byId.get(offer.id)?.owner_name ?? '',
      hostName: byId.get(offer.id)?.host_name ?? '',
      ordered: byId.get(offer.id)?.ordered ?? 0,
    }));
  }

  async orderCount(m: EntityManager, offerId: string): Promise<number> {
    const [row] = await m.query(`SELECT count(*)::int AS n FROM programme_offer_orders WHERE offer_id = $1`, [
      offerId,
    ]);
    return row.n;
  }

  async insertOrder(
    m: EntityManager,
    row: Pick<ProgrammeOfferOrderEntity, 'demandId' | 'offerId' | 'orderedBy'>,
  ): Promise<void> {
    await m.getRepository(ProgrammeOfferOrderEntity).insert(row);
  }

  /** The approved teams and active bases an organisation hosts (what it may publish offers for). */
  async ownersOf(organizationId: string | null, m: EntityManager = this.db.manager): Promise<OfferOwner[]> {
    const rows: {
      team_id: string | null;
      base_id: string | null;
      name: string;
      year: number;
      host: string;
    }[] = await m.query(
      `SELECT t.id AS team_id, NULL::uuid AS base_id, t.name, c.year, pa.applicant_organization_id AS host
         FROM teams t JOIN programme_applications pa ON pa.team_id = t.id JOIN programme_calls c ON c.id = pa.call_id
        WHERE c.status = 'PUBLISHED' AND ($1::uuid IS NULL OR pa.applicant_organization_id = $1::uuid)
       UNION ALL
       SELECT NULL::uuid, b.id, b.name, b.year, b.host_organization_id
         FROM programme_bases b WHERE b.status = 'ACTIVE' AND ($1::uuid IS NULL OR b.host_organization_id = $1::uuid)
       ORDER BY year DESC, name`,
      [organizationId],
    );
    return rows.map((r) => ({
      teamId: r.team_id,
      baseId: r.base_id,
      name: r.name,
      year: r.year,
      hostOrganizationId: r.host,
    }));
  }

  /** The offer a demand was ordered from, with its team (null when none). */
  async orderOf(
    demandId: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ offerId: string; teamId: string | null; baseId: string | null; title: string } | null> {
    const [row] = await m.query(
      `SELECT o.id, o.team_id, o.base_id, o.title FROM programme_offer_orders x JOIN programme_offers o ON o.id = x.offer_id WHERE x.demand_id = $1`,
      [demandId],
    );
    return row ? { offerId: row.id, teamId: row.team_id, baseId: row.base_id, title: row.title } : null;
  }
}
