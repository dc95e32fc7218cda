import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Territory } from './territory.entity';
import { ORGANISATION_TYPES, OrganisationType } from './identity.types';

@Entity()
@Index(['territoryId', 'name'], { unique: true })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn()
  territory?: Territory;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: ORGANISATION_TYPES, enumName: 'organisation_type' })
  type: OrganisationType;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
