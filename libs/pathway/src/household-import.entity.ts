import { FileImportRecord } from '@app/database';
import { Entity, Index } from 'typeorm';

/** One imported SI-SIAO export and its report. */
@Entity('household_import')
@Index('uq_household_import_file', ['organisationId', 'sha256'], { unique: true })
export class HouseholdImport extends FileImportRecord {}
