import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One imported alert file and its report (line numbers and references only, no names). */
@Entity('arrears_import')
@Index('uq_arrears_import_file', ['organisationId', 'sha256'], { unique: true })
export class ArrearsImport {
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
