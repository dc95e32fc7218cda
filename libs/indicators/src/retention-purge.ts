import { AuditService } from '@app/audit';
import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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
 * not change, and nothing maps them back to anyone. Each run is written to the audit trail.
 */
@Injectable()
export class RetentionPurge {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: IndicatorSettings,
    private readonly audit: AuditService,
    private readonly projector: IndicatorsProjector,
    private readonly clock: Clock,
  ) {}

  async purgeExpired(): Promise<PurgeResult> {
    // Facts first: the files' outbox events are deleted with them.
    await this.projector.projectPending();
    const { retentionYears } = this.settings.catalogue;
    const { timezone } = this.clock;
    const today = this.clock.today();
    const cutoff = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
    return this.dataSource.transaction(async (manager) => {
      const households = await manager.query<Array<{ id: string; reference: string; pecule: boolean }>>(
        `SELECT h.id, h.reference, EXISTS (SELECT 1 FROM pecule_enrolment e WHERE e.household_id = h.id) AS pecule
           FROM household h WHERE h.status = 'closed' AND (h.last_step_at AT TIME ZONE $2)::date < $1::date
          FOR UPDATE OF h`,
        [cutoff(retentionYears.household), timezone],
      );
      const purgeable = households.filter((h) => !h.pecule);
      const files = await manager.query<Array<{ id: string; reference: string }>>(
        `SELECT id, reference FROM arrears_file
          WHERE status = 'closed' AND GREATEST(closed_on, coalesce(last_contact_on, closed_on)) < $1::date FOR UPDATE`,
        [cutoff(retentionYears.arrears_file)],
      );
      await this.forget(
        manager,
        [...purgeable, ...files].map((f) => f.id),
      );
      await manager.query(`DELETE FROM household WHERE id = ANY($1::uuid[])`, [purgeable.map((h) => h.id)]);
      await manager.query(`DELETE FROM arrears_file WHERE id = ANY($1::uuid[])`, [files.map((f) => f.id)]);
      // Landlords with no tenant file left are an organisation's contacts no longer needed.
      const landlords = await manager.query<Array<{ id: string }>>(
        `DELETE FROM arrears_landlord l WHERE NOT EXISTS (SELECT 1 FROM arrears_file f WHERE f.landlord_id = l.id)
            AND (l.updated_at AT TIME ZONE $2)::date < $1::date RETURNING id`,
        [cutoff(retentionYears.arrears_file), timezone],
      );
      await this.forget(
        manager,
        landlords.map((l) => l.id),
      );
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
    await manager.query(`DELETE FROM statistical_token WHERE subject_id = ANY($1::uuid[])`, [ids]);
    await manager.query(`DELETE FROM reminder WHERE subject_id = ANY($1::uuid[])`, [ids]);
    await manager.query(`DELETE FROM reminder_suspension WHERE subject_id = ANY($1::uuid[])`, [ids]);
    await manager.query(`DELETE FROM outbox_event WHERE aggregate_id = ANY($1::uuid[])`, [ids]);
  }
}
