import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PeculeExport, PeculePayment } from './payment.entity';
import { PaymentStatus } from './pecule.types';

/** A payment as listed: handled by its enrolment's reference, names stay on the enrolment. */
export interface PaymentView {
  id: string;
  enrolmentId: string;
  /** The file reference: payments are handled by reference, names stay on the enrolment. */
  enrolmentReference: string;
  month: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  status: PaymentStatus;
  validatedAt: Date | null;
  exportId: string | null;
  paidOn: string | null;
  cancelReason: string | null;
  version: number;
}

/** A validated payment on its way to the treasury file, with the bank details it is paid to (sealed). */
export interface PaymentToTransmit {
  id: string;
  month: string;
  amount_cents: number;
  enrolment_id: string;
  reference: string;
  iban: string;
  holder_name: string;
}

export type NewPayment = Pick<
  PeculePayment,
  'enrolmentId' | 'programmeId' | 'territoryId' | 'month' | 'periodStart' | 'periodEnd' | 'amountCents'
>;

/** The pécule's payments and treasury exports: every query on pecule_payment and pecule_export. */
@Injectable()
export class PaymentsRepository {
  findInTerritory(manager: EntityManager, id: string, territoryId: string): Promise<PeculePayment | null> {
    return manager.getRepository(PeculePayment).findOneBy({ id, territoryId });
  }

  ofEnrolment(manager: EntityManager, enrolmentId: string): Promise<PeculePayment[]> {
    return manager.getRepository(PeculePayment).find({ where: { enrolmentId }, order: { month: 'ASC' } });
  }

  async insertSchedule(manager: EntityManager, payments: NewPayment[]): Promise<void> {
    await manager.getRepository(PeculePayment).insert(payments);
  }

  /** An ended stipend's planned and validated payments for periods after its last day, locked. */
  lockCancellableAfter(manager: EntityManager, enrolmentId: string, endedOn: string): Promise<PeculePayment[]> {
    return manager
      .getRepository(PeculePayment)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.enrolment_id = :enrolmentId AND p.period_start > :endedOn AND p.status IN (:...statuses)', {
        enrolmentId,
        endedOn,
        statuses: ['planned', 'validated'] satisfies PaymentStatus[],
      })
      .getMany();
  }

  /** Cancels payments locked by the caller (each one's version moves on). */
  async cancelAll(manager: EntityManager, ids: string[], cancelledBy: string, cancelledAt: Date, cancelReason: string): Promise<void> {
    await manager
      .getRepository(PeculePayment)
      .update({ id: In(ids) }, { status: 'cancelled', cancelledAt, cancelledBy, cancelReason, version: () => 'version + 1' });
  }

  /** A programme's validated payments up to a month, locked, with their bank details, in the treasury file's order. */
  lockToTransmit(manager: EntityManager, programmeId: string, month: string): Promise<PaymentToTransmit[]> {
    return manager.query<PaymentToTransmit[]>(
      `SELECT p.id, p.month, p.amount_cents, e.id AS enrolment_id, e.reference, b.iban, b.holder_name
         FROM pecule_payment p
         JOIN pecule_enrolment e ON e.id = p.enrolment_id
         JOIN pecule_bank_details b ON b.enrolment_id = e.id
        WHERE p.programme_id = $1 AND p.status = 'validated' AND p.month <= $2
        ORDER BY e.reference, p.month
        FOR UPDATE OF p`,
      [programmeId, month],
    );
  }

  async markTransmitted(manager: EntityManager, ids: string[], exportId: string): Promise<void> {
    await manager.getRepository(PeculePayment).update({ id: In(ids) }, { status: 'transmitted', exportId, version: () => 'version + 1' });
  }

  findExport(manager: EntityManager, programmeId: string, month: string): Promise<PeculeExport | null> {
    return manager.getRepository(PeculeExport).findOneBy({ programmeId, month });
  }

  saveExport(manager: EntityManager, treasuryExport: Omit<PeculeExport, 'programme' | 'createdAt'>): Promise<PeculeExport> {
    return manager.getRepository(PeculeExport).save(manager.getRepository(PeculeExport).create(treasuryExport));
  }

  /** A programme's payments, by month and status when given. */
  list(manager: EntityManager, programmeId: string, month: string | null, status: PaymentStatus | null): Promise<PaymentView[]> {
    return this.views(manager, 'p.programme_id = $1 AND ($2::text IS NULL OR p.month = $2) AND ($3::text IS NULL OR p.status::text = $3)', [
      programmeId,
      month,
      status,
    ]);
  }

  async view(manager: EntityManager, id: string, territoryId: string): Promise<PaymentView> {
    const [view] = await this.views(manager, 'p.id = $1 AND p.territory_id = $2', [id, territoryId]);
    return view;
  }

  /** The territories' payments paid in the range (by the day paid), in cents. */
  paidCentsBetween(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.sum(
      manager,
      `SELECT coalesce(sum(p.amount_cents), 0) FROM pecule_payment p
                        WHERE p.territory_id = ANY($1::uuid[]) AND p.status = 'paid' AND p.paid_on BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
  }

  /**
   * The territories' envelopes consumed in the range, in cents: payments validated, transmitted or
   * paid, dated by the month paid for (a cancelled payment gives back in that same month what its
   * validation took).
   */
  consumedCentsBetween(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.sum(
      manager,
      `SELECT coalesce(sum(p.amount_cents), 0) FROM pecule_payment p
                              WHERE p.territory_id = ANY($1::uuid[]) AND p.status IN ('validated', 'transmitted', 'paid')
                                AND (p.month || '-01')::date BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
  }

  /** A programme's committed, paid and planned amounts per calendar year of the months paid for. */
  async totalsByYear(
    manager: EntityManager,
    programmeId: string,
  ): Promise<Array<{ year: string; committedCents: number; paidCents: number; plannedCents: number }>> {
    const rows = await manager.query<Array<{ year: string; committed: string; paid: string; planned: string }>>(
      `SELECT left(month, 4) AS year,
              coalesce(sum(amount_cents) FILTER (WHERE status IN ('validated', 'transmitted', 'paid')), 0) AS committed,
              coalesce(sum(amount_cents) FILTER (WHERE status = 'paid'), 0) AS paid,
              coalesce(sum(amount_cents) FILTER (WHERE status = 'planned'), 0) AS planned
         FROM pecule_payment WHERE programme_id = $1 GROUP BY 1 ORDER BY 1`,
      [programmeId],
    );
    return rows.map((y) => ({
      year: y.year,
      committedCents: Number(y.committed),
      paidCents: Number(y.paid),
      plannedCents: Number(y.planned),
    }));
  }

  /**
   * Per programme, the planned payments due by `month` (the current one, the clock's); the advisory
   * lock orders two workers announcing at once.
   */
  async lockDueByProgramme(
    manager: EntityManager,
    month: string,
  ): Promise<Array<{ programmeId: string; territoryId: string; month: string; plannedCount: number; plannedCents: number }>> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pecule.payments.due'))`);
    const rows = await manager.query<Array<{ id: string; territory_id: string; month: string; n: string; total: string }>>(
      `SELECT p.id, p.territory_id, $1::text AS month, due.n, due.total
         FROM pecule_programme p
         CROSS JOIN LATERAL (SELECT count(*) AS n, sum(amount_cents) AS total FROM pecule_payment pp
                              WHERE pp.programme_id = p.id AND pp.status = 'planned' AND pp.month <= $1) due
        WHERE due.n > 0
        ORDER BY p.id`,
      [month],
    );
    return rows.map((r) => ({
      programmeId: r.id,
      territoryId: r.territory_id,
      month: r.month,
      plannedCount: Number(r.n),
      plannedCents: Number(r.total),
    }));
  }

  async organisationOfEnrolment(manager: EntityManager, enrolmentId: string): Promise<string> {
    const [{ organisation_id }] = await manager.query<[{ organisation_id: string }]>(
      'SELECT organisation_id FROM pecule_enrolment WHERE id = $1',
      [enrolmentId],
    );
    return organisation_id;
  }

  /** A sum's one value (a bigint as text), as a number. */
  private async sum(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
    const [row] = await manager.query<Array<{ coalesce: string | number }>>(sql, params);
    return Number(row.coalesce);
  }

  private async views(manager: EntityManager, where: string, params: unknown[]): Promise<PaymentView[]> {
    // Dates as text: node-postgres would turn them into local midnights.
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT p.id, p.enrolment_id, e.reference, p.month, p.period_start::text, p.period_end::text, p.amount_cents, p.status,
              p.validated_at, p.export_id, p.paid_on::text, p.cancel_reason, p.version
         FROM pecule_payment p JOIN pecule_enrolment e ON e.id = p.enrolment_id
        WHERE ${where}
        ORDER BY p.month, e.reference
        LIMIT 2000`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      enrolmentId: r.enrolment_id as string,
      enrolmentReference: r.reference as string,
      month: r.month as string,
      periodStart: r.period_start as string,
      periodEnd: r.period_end as string,
      amountCents: r.amount_cents as number,
      status: r.status as PaymentStatus,
      validatedAt: r.validated_at as Date | null,
      exportId: r.export_id as string | null,
      paidOn: r.paid_on as string | null,
      cancelReason: r.cancel_reason as string | null,
      version: r.version as number,
    }));
  }
}
