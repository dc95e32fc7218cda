import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LANDLORD_KINDS, LandlordKind } from './arrears.types';

/**
 * A private landlord (or the company or family SCI that lets), with the letting agent that
 * manages for it if any. Its own record, because a landlord may have several tenants in arrears
 * and "landlords contacted" counts each once. Landlords are an ADIL organisation's contacts:
 * scoped like its files.
 */
@Entity('arrears_landlord')
@Index('uq_arrears_landlord_match', ['organisationId', 'matchKey'], { unique: true })
export class ArrearsLandlord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: LANDLORD_KINDS, enumName: 'arrears_landlord_kind' })
  kind: LandlordKind;

  @Column({ type: 'text' })
  name: string;

  /** Normalised name and commune: an import finds the landlord it already knows. */
  @Column({ type: 'text' })
  matchKey: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  commune: string | null;

  @Column({ type: 'text', nullable: true })
  lettingAgent: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
