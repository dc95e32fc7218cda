import { AuditService } from '@app/audit';
import { Actor, Clock, CsvFileError, DomainError, normalizeName } from '@app/core';
import { fileImportCounts, fileImportRecordOf, inTransaction } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { HouseholdImportsRepository } from './household-imports.repository';
import { HouseholdsRepository } from './households.repository';
import { timelineInstantOf } from './household-timeline.service';
import { HouseholdCreationService } from './household-creation.service';
import { parseSiaoFile, SiaoDemandRow } from './siao-import';
import { SiaoImportReport } from './siao-import.view';
import { SiaoSettings } from './siao.config';

/**
 * Imports SI-SIAO exports of demands as household files of the importing organisation. All valid
 * rows are written in one transaction; rows with a problem are reported, not written. A demand
 * already on a file of the territory (same demand number, else same name and birth date) is a
 * duplicate, and the same file sent again returns its first report without writing anything.
 */
@Injectable()
export class SiaoImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly creation: HouseholdCreationService,
    private readonly siao: SiaoSettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly imports: HouseholdImportsRepository,
    private readonly households: HouseholdsRepository,
  ) {}

  async import(actor: Actor, bytes: Buffer): Promise<{ created: boolean; report: SiaoImportReport }> {
    if (bytes.length === 0)
      throw DomainError.validation([{ field: 'file', problems: ['send the CSV file as the request body (text/csv)'] }]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let parsed;
    try {
      parsed = parseSiaoFile(bytes, this.clock.today(), this.siao.importMapping);
    } catch (error) {
      if (error instanceof CsvFileError) throw DomainError.validation(error.problems, 'The file cannot be imported');
      throw error;
    }
    // One transaction for the whole file: each household's creation joins it (inTransaction).
    return inTransaction(this.dataSource, async (manager) => {
      // One import at a time per territory: duplicates are decided against committed files.
      await this.imports.lockTerritory(manager, actor.territoryId);
      const previous = await this.imports.findSameFile(manager, actor.organisationId, sha256);
      if (previous) return { created: false, report: previous.report as unknown as SiaoImportReport };

      const report: SiaoImportReport = {
        importId: randomUUID(),
        sha256,
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        rowCount: parsed.rows.length,
        ignoredColumns: parsed.ignoredColumns,
        accepted: [],
        duplicates: [],
        rejected: [],
      };
      const valid = parsed.rows.flatMap((r) => ('row' in r ? [r.row] : (report.rejected.push({ line: r.line, problems: r.problems }), [])));
      const existing = await this.existingFiles(manager, actor.territoryId, valid);
      const seenNumbers = new Map<string, number>();
      const seenPersons = new Map<string, number>();
      for (const row of valid) {
        const person = personKey(row);
        const duplicate =
          (existing.byNumber.has(row.siaoDemandNumber) && {
            reference: existing.byNumber.get(row.siaoDemandNumber)!,
            reason: 'same SI-SIAO demand number as an existing file',
          }) ||
          (person &&
            existing.byPerson.has(person) && {
              reference: existing.byPerson.get(person)!,
              reason: 'same name and birth date as a person of an existing file',
            }) ||
          (seenNumbers.has(row.siaoDemandNumber) && {
            reference: '',
            reason: `same SI-SIAO demand number as line ${seenNumbers.get(row.siaoDemandNumber)}`,
          }) ||
          (person && seenPersons.has(person) && { reference: '', reason: `same name and birth date as line ${seenPersons.get(person)}` });
        if (duplicate) {
          report.duplicates.push({ line: row.line, ...duplicate });
          continue;
        }
        seenNumbers.set(row.siaoDemandNumber, row.line);
        if (person) seenPersons.set(person, row.line);
        const { household } = await this.creation.create(actor, {
          entryChannel: 'siao_demand',
          livingSituation: row.livingSituation,
          // A demand is made with the applicant, who signs it: their consent dates from it.
          consentDate: row.demandDate,
          openedAt: timelineInstantOf(row.demandDate, this.clock.now()).toISOString(),
          ...(row.commune ? { commune: row.commune } : {}),
          siaoDemandNumber: row.siaoDemandNumber,
          socialHousingDemandNumber: row.socialHousingDemandNumber,
          socialHousingDemandRenewalOn: row.socialHousingDemandRenewalOn,
          persons: [
            {
              lastName: row.lastName,
              ...(row.firstName ? { firstName: row.firstName } : {}),
              ...(row.birthDate ? { birthDate: row.birthDate } : {}),
              sex: row.sex,
              role: 'reference',
            },
          ],
        });
        report.accepted.push({ line: row.line, reference: household.reference, householdId: household.id });
      }
      report.rejected.sort((a, b) => a.line - b.line);
      await this.imports.create(manager, fileImportRecordOf(actor, sha256, report));
      await this.audit.record(
        actor,
        { action: 'create', resourceType: 'household_import', resourceId: report.importId, details: fileImportCounts(report) },
        manager,
      );
      return { created: true, report };
    });
  }

  /** Files of the territory the rows may repeat, by demand number and by person (name and birth date). */
  private async existingFiles(manager: EntityManager, territoryId: string, rows: SiaoDemandRow[]) {
    const byNumber = await this.households.referencesByDemandNumber(
      manager,
      territoryId,
      rows.map((r) => r.siaoDemandNumber),
    );
    const keyed = rows.filter((r) => r.birthDate);
    const byPerson = await this.households.referencesByPerson(
      manager,
      territoryId,
      keyed.map((r) => normalizeName(`${r.firstName ?? ''} ${r.lastName}`)),
      keyed.map((r) => r.birthDate!),
    );
    return {
      byNumber: new Map(byNumber.map((r) => [r.siao_demand_number, r.reference])),
      byPerson: new Map(byPerson.map((r) => [`${r.normalized_name}|${r.birth_date}`, r.reference])),
    };
  }
}

/** Who a row is about when its birth date is known: the person's normalised name and birth date. */
function personKey(row: SiaoDemandRow): string | null {
  return row.birthDate ? `${normalizeName(`${row.firstName ?? ''} ${row.lastName}`)}|${row.birthDate}` : null;
}
