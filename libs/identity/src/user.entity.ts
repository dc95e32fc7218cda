import type { Role } from '@app/core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './organisation.entity';
import { Territory } from './territory.entity';

@Entity({ name: 'app_user' })
@Index('uq_app_user_email', { synchronize: false }) // unique on lower(email), created in the migration
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;

  /** Denormalised from the organisation so that every scoped query filters on one column. */
  @Column({ type: 'uuid' })
  @Index()
  territoryId: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn()
  territory?: Territory;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
