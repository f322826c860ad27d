import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Field } from '@app/domain';

/** An entry ADMIN added to the matching lexicon (匹配词库); the built-in lexicon lives in libs/domain. */
@Entity({ name: 'lexicon_entries' })
export class LexiconEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** How people put it (拉稀), or a technical phrase kept whole when `terms` is empty. */
  @Column({ type: 'varchar', length: 20 })
  expression: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  terms: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: Field[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
