import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A partner's file imported once per organisation (by its SHA-256) with its row report: line
 * numbers and references only, no names. Each context keeps its own table of them.
 */
export abstract class FileImportRecord {
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
