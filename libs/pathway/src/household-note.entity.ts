import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';

/** A worker's note. A health note is visible only within the organisation that wrote it. */
@Entity()
@Index(['householdId', 'createdAt'])
export class HouseholdNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'boolean', default: false })
  health: boolean;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
