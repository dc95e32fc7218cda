import { ArrearsRetention } from '@app/arrears';
import { AuditService } from '@app/audit';
import { Clock } from '@app/core';
import { forgetHouseholdsInEncounterEvents, purgeOutboxEventsOf } from '@app/database';
import { HouseholdRetention } from '@app/pathway';
import { EnrolmentRetention } from '@app/pecule';
import { ReminderRetention } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FactsRepository } from './facts.repository';
import { IndicatorSettings } from './indicator-settings';
import { IndicatorsProjector } from './indicators.projector';

export interface PurgeResult {
  households: number;
  arrearsFiles: number;
  landlords: number;
  /** Closed households past retention still linked to a pécule enrolment: kept (see README). */
  keptForPecule: number;
}

/**
 * Deletes the personal data of files closed for longer than their retention (config
 * `retentionYears`, counted from the file's last activity), with what points to them: reminders,
 * outbox events, and the statistical tokens' link — the facts stay, so past indicator counts do
 * not change, and nothing maps them back to anyone. Each run is written to the audit trail. Each
 * context deletes its own rows (pathway, arrears, reminders, the outbox, the indicators' tokens);
 * the pécule says which households it still needs.
 */
@Injectable()
export class RetentionPurge {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: FactsRepository,
    private readonly settings: IndicatorSettings,
    private readonly audit: AuditService,
    private readonly projector: IndicatorsProjector,
    private readonly clock: Clock,
    private readonly households: HouseholdRetention,
    private readonly arrears: ArrearsRetention,
    private readonly enrolments: EnrolmentRetention,
    private readonly reminders: ReminderRetention,
  ) {}

  async purgeExpired(): Promise<PurgeResult> {
    // Facts first: the files' outbox events are deleted with them.
    await this.projector.projectPending();
    const { retentionYears } = this.settings.catalogue;
    const { timezone } = this.clock;
    const today = this.clock.today();
    const cutoff = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
    // Each context purges its own tables, in turn, in this one transaction.
    return this.dataSource.transaction(async (manager) => {
      const households = await this.households.lockClosedBefore(manager, cutoff(retentionYears.household), timezone);
      const withEnrolment = await this.enrolments.householdsWithEnrolment(
        manager,
        households.map((h) => h.id),
      );
      const purgeable = households.filter((h) => !withEnrolment.has(h.id));
      const files = await this.arrears.lockFilesClosedBefore(manager, cutoff(retentionYears.arrears_file));
      await this.forget(
        manager,
        [...purgeable, ...files].map((f) => f.id),
      );
      await this.households.purge(
        manager,
        purgeable.map((h) => h.id),
      );
      await this.arrears.purgeFiles(
        manager,
        files.map((f) => f.id),
      );
      const landlords = await this.arrears.purgeLandlordsWithoutFiles(manager, cutoff(retentionYears.arrears_file), timezone);
      await this.forget(manager, landlords);
      const result: PurgeResult = {
        households: purgeable.length,
        arrearsFiles: files.length,
        landlords: landlords.length,
        keptForPecule: households.length - purgeable.length,
      };
      await this.audit.record(
        null,
        {
          action: 'purge',
          resourceType: 'personal_files',
          details: {
            ...result,
            retentionYears,
            households: purgeable.map((h) => h.reference),
            arrearsFiles: files.map((f) => f.reference),
          },
        },
        manager,
      );
      return result;
    });
  }

  /** What points to these subjects besides their rows: tokens' link, reminders, outbox events. */
  private async forget(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.facts.unlinkSubjects(manager, ids);
    await this.reminders.purgeSubjects(manager, ids);
    await purgeOutboxEventsOf(manager, ids);
    await forgetHouseholdsInEncounterEvents(manager, ids);
  }
}
