import { FileImportRecord } from '@app/database';
import { Entity, Index } from 'typeorm';

/** One imported alert file and its report. */
@Entity('arrears_import')
@Index('uq_arrears_import_file', ['organisationId', 'sha256'], { unique: true })
export class ArrearsImport extends FileImportRecord {}
