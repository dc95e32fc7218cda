import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One imported SI-SIAO export and its report (line numbers and references only, no names). */
@Entity('household_import')
@Index('uq_household_import_file', ['organisationId', 'sha256'], { unique: true })
export class HouseholdImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'uuid' })
  importedBy: string;

  @Column({ type: 'jsonb' })
  report: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
