import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';
import { HOUSEHOLD_ROLES, HouseholdRole, SEXES, Sex } from './pathway.types';

@Entity()
@Index('uq_person_reference', ['householdId'], { unique: true, where: 'is_reference' })
@Index(['normalizedName', 'birthDate'])
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'boolean', default: false })
  isReference: boolean;

  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  lastName: string | null;

  /** For people who give no name. */
  @Column({ type: 'text', nullable: true })
  alias: string | null;

  /** "first last", normalised, for the possible-duplicates check. */
  @Column({ type: 'text', default: '' })
  normalizedName: string;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'enum', enum: SEXES, enumName: 'sex', default: 'unknown' })
  sex: Sex;

  @Column({ type: 'enum', enum: HOUSEHOLD_ROLES, enumName: 'household_role' })
  role: HouseholdRole;
}
