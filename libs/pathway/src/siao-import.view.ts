import { ApiProperty } from '@nestjs/swagger';

export class ImportedDemandView {
  @ApiProperty({ example: 2, description: 'Line of the file' }) line: number;
  @ApiProperty({ example: 'M-000042' }) reference: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
}

export class DuplicateDemandView {
  @ApiProperty({ example: 4 }) line: number;
  @ApiProperty({ example: 'M-000017', description: 'The existing file; empty when the duplicate is an earlier line of the same file' })
  reference: string;
  @ApiProperty({ example: 'same SI-SIAO demand number as an existing file' }) reason: string;
}

export class RowProblemView {
  @ApiProperty({ example: 'birthDate' }) field: string;
  @ApiProperty({ type: [String], example: ['"31/02/1990" is not a date such as 31/12/2026'] }) problems: string[];
}

export class RejectedDemandView {
  @ApiProperty({ example: 5 }) line: number;
  @ApiProperty({ type: [RowProblemView], description: 'Every reason the row was not imported' }) problems: RowProblemView[];
}

/** What an SI-SIAO import did, row by row: references and line numbers, no names. */
export class SiaoImportReport {
  @ApiProperty({ format: 'uuid' }) importId: string;
  @ApiProperty({ description: 'SHA-256 of the file: the same file again returns this report' }) sha256: string;
  @ApiProperty({ enum: ['utf-8', 'windows-1252'] }) encoding: string;
  @ApiProperty({ enum: [';', ',', '\t'] }) delimiter: string;
  @ApiProperty({ example: 120 }) rowCount: number;
  @ApiProperty({ type: [String], description: 'Headers the mapping does not name: not imported' }) ignoredColumns: string[];
  @ApiProperty({ type: [ImportedDemandView] }) accepted: ImportedDemandView[];
  @ApiProperty({ type: [DuplicateDemandView] }) duplicates: DuplicateDemandView[];
  @ApiProperty({ type: [RejectedDemandView] }) rejected: RejectedDemandView[];
}
