import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';
import { INTENSITIES, Intensity, LivingSituation, Need, ORIENTATIONS, Orientation, Resource } from './pathway.types';

@Entity()
@Index(['householdId', 'evaluatedAt'])
export class SiaoEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'timestamptz' })
  evaluatedAt: Date;

  @Column({ type: 'uuid' })
  evaluatorUserId: string;

  @Column({ type: 'text' })
  livingSituation: LivingSituation;

  @Column({ type: 'text', array: true, default: '{}' })
  resources: Resource[];

  @Column({ type: 'integer', default: 0 })
  debtsCents: number;

  @Column({ type: 'text', array: true, default: '{}' })
  needs: Need[];

  @Column({ type: 'enum', enum: ORIENTATIONS, enumName: 'orientation' })
  orientation: Orientation;

  @Column({ type: 'enum', enum: INTENSITIES, enumName: 'accompaniment_intensity' })
  intensity: Intensity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
