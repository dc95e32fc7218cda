import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Household } from './household.entity';

/** An organisation the referent organisation shares the file with (workers follow in pairs). */
@Entity()
export class HouseholdShare {
  @PrimaryColumn({ type: 'uuid' })
  householdId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
