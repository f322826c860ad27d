import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KeyAssistance, RegionLevel } from '@app/domain';

@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 8 })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Column({ name: 'key_assistance', type: 'varchar', length: 12, default: 'NONE' })
  keyAssistance: KeyAssistance;
}

@Entity({ name: 'region_partnerships' })
export class RegionPartnershipEntity {
  @PrimaryColumn({ name: 'serving_code', type: 'varchar', length: 6 })
  servingCode: string;

  @PrimaryColumn({ name: 'served_code', type: 'varchar', length: 6 })
  servedCode: string;
}
