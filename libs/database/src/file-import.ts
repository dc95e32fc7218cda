import { Actor } from '@app/core';
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

/** An import's report as both contexts write it: its id and its rows by outcome. */
export interface FileImportReport {
  importId: string;
  accepted: unknown[];
  duplicates: unknown[];
  rejected: unknown[];
}

/** The record of a file imported by this actor, keyed by its SHA-256 for the organisation. */
export function fileImportRecordOf(actor: Actor, sha256: string, report: FileImportReport): Omit<FileImportRecord, 'createdAt'> {
  return {
    id: report.importId,
    territoryId: actor.territoryId,
    organisationId: actor.organisationId,
    sha256,
    importedBy: actor.userId,
    report: report as unknown as Record<string, unknown>,
  };
}

/** What the audit trail keeps of an import: its rows' counts, never their content. */
export function fileImportCounts(report: FileImportReport): Record<string, number> {
  return { accepted: report.accepted.length, duplicates: report.duplicates.length, rejected: report.rejected.length };
}
