import { AuditService } from '@app/audit';
import { Actor, Clock, CsvFileError, DomainError, FieldProblem } from '@app/core';
import { fileImportCounts, fileImportRecordOf } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AlertRow, parseAlertFile, tenantKey } from './alert-csv';
import { AlertImportsRepository } from './alert-imports.repository';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { ArrearsFilesService } from './arrears-files.service';
import { AlertSource } from './arrears.types';

export interface ImportReport {
  importId: string;
  sha256: string;
  encoding: string;
  delimiter: string;
  rowCount: number;
  accepted: Array<{ line: number; reference: string; fileId: string }>;
  duplicates: Array<{ line: number; reference: string; reason: string }>;
  rejected: Array<{ line: number; problems: FieldProblem[] }>;
}

/**
 * Imports landlord and CAF alert lists. All valid rows are written in one transaction (a row is
 * never half-written); rows with a problem are reported, not written. A tenant already followed
 * in an open file of the organisation (same name and commune) is a duplicate, and the same file
 * sent again returns its first report without writing anything.
 */
@Injectable()
export class AlertImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ArrearsFilesService,
    private readonly fileRows: ArrearsFilesRepository,
    private readonly imports: AlertImportsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(actor: Actor, bytes: Buffer, defaultSource: AlertSource): Promise<{ created: boolean; report: ImportReport }> {
    if (bytes.length === 0)
      throw DomainError.validation([{ field: 'file', problems: ['send the CSV file as the request body (text/csv)'] }]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let parsed;
    try {
      parsed = parseAlertFile(bytes, this.clock.today(), defaultSource);
    } catch (error) {
      if (error instanceof CsvFileError) throw DomainError.validation(error.problems, 'The file cannot be imported');
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      await this.imports.lockOrganisation(manager, actor.organisationId);
      const previous = await this.imports.findSameFile(manager, actor.organisationId, sha256);
      if (previous) return { created: false, report: previous.report as unknown as ImportReport };

      const report: ImportReport = {
        importId: randomUUID(),
        sha256,
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        rowCount: parsed.rows.length,
        accepted: [],
        duplicates: [],
        rejected: [],
      };
      const valid = parsed.rows.flatMap((r) => ('row' in r ? [r.row] : (report.rejected.push({ line: r.line, problems: r.problems }), [])));
      const keys = valid.map((r) => tenantKey(r.tenantLastName, r.tenantFirstName, r.commune));
      const open = await this.fileRows.openByTenantKeys(manager, actor.organisationId, keys);
      const followed = new Map(open.map((o) => [o.tenantKey, o.reference]));
      const seen = new Map<string, number>();
      for (const [i, row] of valid.entries()) {
        const key = keys[i];
        if (followed.has(key)) {
          report.duplicates.push({ line: row.line, reference: followed.get(key)!, reason: 'tenant already followed in an open file' });
        } else if (seen.has(key)) {
          report.duplicates.push({ line: row.line, reference: '', reason: `same tenant as line ${seen.get(key)}` });
        } else {
          seen.set(key, row.line);
          const file = await this.createFile(manager, actor, row);
          report.accepted.push({ line: row.line, reference: file.reference, fileId: file.id });
        }
      }
      report.rejected.sort((a, b) => a.line - b.line);
      await this.imports.create(manager, fileImportRecordOf(actor, sha256, report));
      await this.audit.record(
        actor,
        { action: 'create', resourceType: 'arrears_import', resourceId: report.importId, details: fileImportCounts(report) },
        manager,
      );
      return { created: true, report };
    });
  }

  private async createFile(manager: EntityManager, actor: Actor, row: AlertRow) {
    const landlord = await this.files.findOrCreateLandlord(manager, actor, { kind: row.landlordKind, name: row.landlordName });
    return this.files.createIn(manager, actor, {
      tenantLastName: row.tenantLastName,
      tenantFirstName: row.tenantFirstName,
      tenantPhone: row.tenantPhone,
      tenantEmail: row.tenantEmail,
      householdSize: row.householdSize,
      commune: row.commune,
      rentCents: row.rentCents,
      chargesCents: row.chargesCents,
      alertSource: row.alertSource,
      openedOn: this.clock.today(),
      advisorUserId: actor.userId,
      landlordId: landlord.id,
      debt: {
        observedOn: row.observedOn,
        amountCents: row.debtCents,
        ...(row.monthsUnpaid !== null ? { monthsUnpaid: row.monthsUnpaid } : {}),
      },
    });
  }
}
