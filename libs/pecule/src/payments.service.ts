import { AuditService } from '@app/audit';
import { Actor, civilDate, Clock, DomainError, EventPayload, FieldCipher, monthOf } from '@app/core';
import { appendToOutbox, OutboxMessage, outboxPayloadsOf } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { CancelPaymentDto, ConfirmPaidDto, ListPaymentsQueryDto } from './dto/pecule.dto';
import { PeculeEnrolment } from './enrolment.entity';
import { PeculeExport, PeculePayment } from './payment.entity';
import { paymentTransition } from './payment-status';
import { PeculeAccess } from './pecule-access';
import { COMMITTED_STATUSES, PaymentAction, PaymentStatus } from './pecule.types';
import { PeculeProgramme } from './programme.entity';
import { treasuryCsv, TreasuryLine } from './treasury-csv';

type PaymentEventType = 'pecule.payment.validated' | 'pecule.payment.paid' | 'pecule.payment.cancelled';

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
}

export interface TreasuryExport {
  id: string;
  month: string;
  paymentCount: number;
  totalCents: number;
  sha256: string;
  content: string;
  /** False when the export already existed: the same file, no payment transmitted twice. */
  created: boolean;
}

/**
 * The monthly payments. Every change locks the programme row first, then the payment: changes of
 * one programme's money happen one at a time, and the envelope check cannot race.
 */
@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeculeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  async list(actor: Actor, query: ListPaymentsQueryDto): Promise<PaymentView[]> {
    const programme = await this.access.programme(this.dataSource.manager, actor, query.programmeId);
    const payments = await this.views(
      'p.programme_id = $1 AND ($2::text IS NULL OR p.month = $2) AND ($3::text IS NULL OR p.status::text = $3)',
      [programme.id, query.month ?? null, query.status ?? null],
    );
    await this.audit.recordList(
      actor,
      'pecule_payment',
      payments.map((p) => p.id),
    );
    return payments;
  }

  /**
   * Validates a due payment. Its amount is committed on the envelope by one conditional UPDATE:
   * when two managers validate the last euros at the same moment, one wins, the other gets
   * ENVELOPE_EXCEEDED (and the CHECK constraint would refuse an overspend anyway).
   */
  async validate(actor: Actor, id: string): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { programme, payment } = await this.lock(manager, actor, id);
      const to = this.transition(payment, 'validate');
      const thisMonth = monthOf(civilDate(this.clock.now(), programme.timezone));
      if (payment.month > thisMonth) {
        throw new DomainError('ILLEGAL_TRANSITION', `The payment of ${payment.month} is not due yet`, {
          status: payment.status,
          month: payment.month,
        });
      }
      const [rows] = await manager.query<[Array<{ remaining: number }>, number]>(
        `UPDATE pecule_programme SET committed_cents = committed_cents + $2, updated_at = now()
          WHERE id = $1 AND committed_cents + $2 <= envelope_cents RETURNING envelope_cents - committed_cents AS remaining`,
        [programme.id, payment.amountCents],
      );
      if (rows.length === 0) {
        const remainingCents = programme.envelopeCents - programme.committedCents;
        throw new DomainError(
          'ENVELOPE_EXCEEDED',
          `The envelope has ${remainingCents} cents left, the payment needs ${payment.amountCents}`,
          {
            remainingCents,
            amountCents: payment.amountCents,
          },
        );
      }
      await manager.getRepository(PeculePayment).update({ id }, { status: to, validatedAt: this.clock.now(), validatedBy: actor.userId });
      await this.changed(manager, actor, payment, 'pecule.payment.validated', { remainingCents: rows[0].remaining });
    });
    return this.one(actor, id);
  }

  async cancel(actor: Actor, id: string, dto: CancelPaymentDto): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { payment } = await this.lock(manager, actor, id);
      this.transition(payment, 'cancel');
      await this.cancelLocked(manager, actor, [payment], dto.reason);
    });
    return this.one(actor, id);
  }

  /** The treasury paid: the amount stays committed and counts as paid. */
  async confirmPaid(actor: Actor, id: string, dto: ConfirmPaidDto): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { programme, payment } = await this.lock(manager, actor, id);
      const to = this.transition(payment, 'pay');
      if (dto.paidOn < `${payment.month}-01` || dto.paidOn > civilDate(this.clock.now(), programme.timezone)) {
        throw DomainError.validation([{ field: 'paidOn', problems: [`must be between the start of ${payment.month} and today`] }]);
      }
      await manager.query(`UPDATE pecule_programme SET paid_cents = paid_cents + $2, updated_at = now() WHERE id = $1`, [
        programme.id,
        payment.amountCents,
      ]);
      await manager.getRepository(PeculePayment).update({ id }, { status: to, paidOn: dto.paidOn, paidConfirmedBy: actor.userId });
      await this.changed(manager, actor, payment, 'pecule.payment.paid', { paidOn: dto.paidOn });
    });
    return this.one(actor, id);
  }

  /** At the end of a stipend: cancels its planned and validated payments for periods after `endedOn`. */
  async cancelAfter(manager: EntityManager, actor: Actor, enrolment: PeculeEnrolment, endedOn: string, reason: string): Promise<number> {
    await this.access.programme(manager, actor, enrolment.programmeId, true);
    const payments = await manager
      .getRepository(PeculePayment)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.enrolment_id = :id AND p.period_start > :endedOn AND p.status IN (:...statuses)', {
        id: enrolment.id,
        endedOn,
        statuses: ['planned', 'validated'],
      })
      .getMany();
    await this.cancelLocked(manager, actor, payments, reason);
    return payments.length;
  }

  /**
   * The treasury file of a month: its validated payments (and earlier months' validated late), made
   * `transmitted` in the same transaction. Asking again returns the stored file, never a second payment.
   */
  async export(actor: Actor, programmeId: string, month: string): Promise<TreasuryExport> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.programme(manager, actor, programmeId, true);
      const existing = await manager.getRepository(PeculeExport).findOneBy({ programmeId, month });
      if (existing) return this.exportView(existing, false);
      if (month > monthOf(civilDate(this.clock.now(), programme.timezone))) {
        throw DomainError.validation([{ field: 'month', problems: ['must not be a future month'] }]);
      }
      const rows = await manager.query<
        Array<{
          id: string;
          month: string;
          amount_cents: number;
          enrolment_id: string;
          reference: string;
          iban: string;
          holder_name: string;
        }>
      >(
        `SELECT p.id, p.month, p.amount_cents, e.id AS enrolment_id, e.reference, b.iban, b.holder_name
           FROM pecule_payment p
           JOIN pecule_enrolment e ON e.id = p.enrolment_id
           JOIN pecule_bank_details b ON b.enrolment_id = e.id
          WHERE p.programme_id = $1 AND p.status = 'validated' AND p.month <= $2
          ORDER BY e.reference, p.month
          FOR UPDATE OF p`,
        [programmeId, month],
      );
      if (rows.length === 0) throw new DomainError('NOTHING_TO_EXPORT', `No validated payment to transmit for ${month}`, { month });
      const lines: TreasuryLine[] = rows.map((r) => ({
        enrolmentReference: r.reference,
        month: r.month,
        holderName: r.holder_name,
        iban: this.cipher.open(r.iban, r.enrolment_id),
        amountCents: r.amount_cents,
      }));
      const content = treasuryCsv(lines);
      const exportId = randomUUID(); // known before the insert: the stored file is sealed with it
      const saved = await manager.getRepository(PeculeExport).save(
        manager.getRepository(PeculeExport).create({
          id: exportId,
          programmeId,
          territoryId: programme.territoryId,
          month,
          paymentCount: rows.length,
          totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
          content: this.cipher.seal(content, exportId),
          sha256: createHash('sha256').update(content).digest('hex'),
          createdBy: actor.userId,
        }),
      );
      await manager.getRepository(PeculePayment).update({ id: In(rows.map((r) => r.id)) }, { status: 'transmitted', exportId: saved.id });
      await appendToOutbox(manager, {
        type: 'pecule.export.generated',
        aggregateType: 'pecule_programme',
        aggregateId: programmeId,
        territoryId: programme.territoryId,
        occurredAt: this.clock.now(),
        payload: { programmeId, exportId: saved.id, month, paymentCount: saved.paymentCount, totalCents: saved.totalCents },
      });
      await this.audit.record(
        actor,
        { action: 'export', resourceType: 'pecule_export', resourceId: saved.id, details: { month, payments: rows.length } },
        manager,
      );
      return this.exportView(saved, true, content);
    });
  }

  async getExport(actor: Actor, programmeId: string, month: string): Promise<TreasuryExport> {
    const programme = await this.access.programme(this.dataSource.manager, actor, programmeId);
    const found = await this.dataSource.manager.getRepository(PeculeExport).findOneBy({ programmeId: programme.id, month });
    if (!found) throw DomainError.notFound('Treasury export');
    await this.audit.record(actor, {
      action: 'export',
      resourceType: 'pecule_export',
      resourceId: found.id,
      details: { month, again: true },
    });
    return this.exportView(found, false);
  }

  /**
   * Daily: for each programme with planned payments due this month (in its time zone), one
   * `pecule.payments.due` event per month, which the reminder rules turn into a "payments to
   * validate" reminder for the stipend managers' team. Safe to run again and from two workers.
   */
  async announceDuePayments(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pecule.payments.due'))`);
      const now = this.clock.now();
      const due = await manager.query<Array<{ id: string; territory_id: string; month: string; n: string; total: string }>>(
        `SELECT p.id, p.territory_id, cur.month, due.n, due.total
           FROM pecule_programme p
           CROSS JOIN LATERAL (SELECT to_char($1::timestamptz AT TIME ZONE p.timezone, 'YYYY-MM') AS month) cur
           CROSS JOIN LATERAL (SELECT count(*) AS n, sum(amount_cents) AS total FROM pecule_payment pp
                                WHERE pp.programme_id = p.id AND pp.status = 'planned' AND pp.month <= cur.month) due
          WHERE due.n > 0
          ORDER BY p.id`,
        [now],
      );
      const announced = await outboxPayloadsOf(
        manager,
        'pecule.payments.due',
        due.map((d) => d.id),
      );
      const fresh = due.filter((d) => !announced.some((a) => a.aggregateId === d.id && a.payload.month === d.month));
      await appendToOutbox(
        manager,
        ...fresh.map((d) => ({
          type: 'pecule.payments.due' as const,
          aggregateType: 'pecule_programme' as const,
          aggregateId: d.id,
          territoryId: d.territory_id,
          occurredAt: now,
          payload: { programmeId: d.id, month: d.month, plannedCount: Number(d.n), plannedCents: Number(d.total) },
        })),
      );
      return fresh.length;
    });
  }

  private async lock(manager: EntityManager, actor: Actor, id: string): Promise<{ programme: PeculeProgramme; payment: PeculePayment }> {
    const found = await manager.getRepository(PeculePayment).findOneBy({ id, territoryId: actor.territoryId });
    if (!found) throw DomainError.notFound('Payment');
    const programme = await this.access.programme(manager, actor, found.programmeId, true);
    const payment = await manager.getRepository(PeculePayment).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return { programme, payment };
  }

  private transition(payment: PeculePayment, action: PaymentAction): PaymentStatus {
    const result = paymentTransition(payment.status, action);
    if (!result.ok) {
      throw new DomainError('ILLEGAL_TRANSITION', `Cannot ${action} a ${payment.status} payment`, {
        status: payment.status,
        allowedFrom: result.allowedFrom,
      });
    }
    return result.to;
  }

  /** Cancels locked payments and releases what they had committed on the envelope. */
  private async cancelLocked(manager: EntityManager, actor: Actor, payments: PeculePayment[], reason: string): Promise<void> {
    if (payments.length === 0) return;
    const released = payments.filter((p) => COMMITTED_STATUSES.includes(p.status)).reduce((sum, p) => sum + p.amountCents, 0);
    if (released > 0) {
      await manager.query(`UPDATE pecule_programme SET committed_cents = committed_cents - $2, updated_at = now() WHERE id = $1`, [
        payments[0].programmeId,
        released,
      ]);
    }
    await manager
      .getRepository(PeculePayment)
      .update(
        { id: In(payments.map((p) => p.id)) },
        { status: 'cancelled', cancelledAt: this.clock.now(), cancelledBy: actor.userId, cancelReason: reason },
      );
    for (const payment of payments)
      await this.changed(manager, actor, payment, 'pecule.payment.cancelled', { from: payment.status, reason });
  }

  private async changed<T extends PaymentEventType>(
    manager: EntityManager,
    actor: Actor,
    payment: PeculePayment,
    type: T,
    extra: Omit<EventPayload<T>, 'enrolmentId' | 'organisationId' | 'programmeId' | 'paymentId' | 'month' | 'amountCents'>,
  ): Promise<void> {
    // TypeScript cannot follow a spread over a generic payload, hence the assertion below.
    // The enrolling team's, as the enrolment's events: the indicators tell each team's figures apart.
    const [{ organisation_id: organisationId }] = await manager.query<[{ organisation_id: string }]>(
      'SELECT organisation_id FROM pecule_enrolment WHERE id = $1',
      [payment.enrolmentId],
    );
    await appendToOutbox(manager, {
      type,
      aggregateType: 'pecule_enrolment',
      aggregateId: payment.enrolmentId,
      territoryId: payment.territoryId,
      occurredAt: this.clock.now(),
      payload: {
        enrolmentId: payment.enrolmentId,
        organisationId,
        programmeId: payment.programmeId,
        paymentId: payment.id,
        month: payment.month,
        amountCents: payment.amountCents,
        ...extra,
      },
    } as unknown as OutboxMessage<T>);
    await this.audit.record(
      actor,
      { action: 'update', resourceType: 'pecule_payment', resourceId: payment.id, details: { event: type } },
      manager,
    );
  }

  private async one(actor: Actor, id: string): Promise<PaymentView> {
    const [view] = await this.views('p.id = $1 AND p.territory_id = $2', [id, actor.territoryId]);
    return view;
  }

  private async views(where: string, params: unknown[]): Promise<PaymentView[]> {
    // Dates as text: node-postgres would turn them into local midnights.
    const rows = await this.dataSource.manager.query<Array<Record<string, unknown>>>(
      `SELECT p.id, p.enrolment_id, e.reference, p.month, p.period_start::text, p.period_end::text, p.amount_cents, p.status,
              p.validated_at, p.export_id, p.paid_on::text, p.cancel_reason
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
    }));
  }

  private exportView(e: PeculeExport, created: boolean, content = this.cipher.open(e.content, e.id)): TreasuryExport {
    return {
      id: e.id,
      month: e.month,
      paymentCount: e.paymentCount,
      totalCents: e.totalCents,
      sha256: e.sha256,
      content,
      created,
    };
  }
}
