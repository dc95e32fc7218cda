import { AuditService } from '@app/audit';
import {
  Actor,
  allowedActions,
  assertTransition,
  assertVersion,
  Clock,
  DomainError,
  EventPayload,
  FieldCipher,
  illegalTransition,
  monthOf,
} from '@app/core';
import { appendToOutbox, OutboxMessage, outboxPayloadsOf, writeTransition } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CancelPaymentDto, ConfirmPaidDto, ListPaymentsQueryDto, PaymentVersionDto } from './dto/pecule.dto';
import { PeculeEnrolment } from './enrolment.entity';
import { PeculeExport, PeculePayment } from './payment.entity';
import { PaymentsRepository, PaymentView } from './payments.repository';
import { PeculeAccess } from './pecule-access';
import { COMMITTED_STATUSES, PAYMENT_FROM, PAYMENT_TO, PaymentAction } from './pecule.types';
import { PeculeProgramme } from './programme.entity';
import { ProgrammesRepository } from './programmes.repository';
import { treasuryCsv, TreasuryLine } from './treasury-csv';

export type { PaymentView } from './payments.repository';

/** The actions a payment's own event announces (transmission is announced by its treasury export). */
type EventfulAction = Exclude<PaymentAction, 'transmit'>;
type PaymentEventType = `pecule.payment.${(typeof PAYMENT_TO)[EventfulAction]}`;
type PaymentEventFields<A extends EventfulAction> = Omit<
  EventPayload<`pecule.payment.${(typeof PAYMENT_TO)[A]}`>,
  'enrolmentId' | 'organisationId' | 'programmeId' | 'paymentId' | 'month' | 'amountCents'
>;

/** Payments summed over a range of days (see `PaymentsService.amountsBetween`). */
export interface PeculeAmounts {
  /** Paid in the range. */
  paidCents: number;
  /** Validated, transmitted or paid for a month in the range. */
  consumedCents: number;
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
 * The monthly payments. A payment's status moves by the workflow helper (one conditional update on
 * its status and version, its outbox and audit rows); every change of a programme's money locks the
 * programme row first, so the envelope check cannot race.
 */
@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeculeAccess,
    private readonly payments: PaymentsRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  async list(actor: Actor, query: ListPaymentsQueryDto): Promise<PaymentView[]> {
    const manager = this.dataSource.manager;
    const programme = await this.access.programme(manager, actor, query.programmeId);
    const payments = await this.payments.list(manager, programme.id, query.month ?? null, query.status ?? null);
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
  async validate(actor: Actor, id: string, dto: PaymentVersionDto = {}): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { programme, payment } = await this.load(manager, actor, id, dto.version, 'validate');
      const thisMonth = monthOf(this.clock.today());
      if (payment.month > thisMonth) {
        const allowed = allowedActions(PAYMENT_FROM, payment.status).filter((action) => action !== 'validate');
        throw illegalTransition(`The payment of ${payment.month} is not due yet`, payment.status, allowed, { month: payment.month });
      }
      const remainingCents = await this.programmes.commitOnEnvelope(manager, programme.id, payment.amountCents);
      if (remainingCents === null) {
        const left = programme.envelopeCents - programme.committedCents;
        throw new DomainError('ENVELOPE_EXCEEDED', `The envelope has ${left} cents left, the payment needs ${payment.amountCents}`, {
          remainingCents: left,
          amountCents: payment.amountCents,
        });
      }
      await this.move(
        manager,
        actor,
        payment,
        'validate',
        { validatedAt: this.clock.now(), validatedBy: actor.userId },
        {
          remainingCents,
        },
      );
    });
    return this.payments.view(this.dataSource.manager, id, actor.territoryId);
  }

  async cancel(actor: Actor, id: string, dto: CancelPaymentDto): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { payment } = await this.load(manager, actor, id, dto.version, 'cancel');
      if (COMMITTED_STATUSES.includes(payment.status))
        await this.programmes.releaseFromEnvelope(manager, payment.programmeId, payment.amountCents);
      await this.move(
        manager,
        actor,
        payment,
        'cancel',
        { cancelledAt: this.clock.now(), cancelledBy: actor.userId, cancelReason: dto.reason },
        { from: payment.status, reason: dto.reason },
      );
    });
    return this.payments.view(this.dataSource.manager, id, actor.territoryId);
  }

  /** The treasury paid: the amount stays committed and counts as paid. */
  async confirmPaid(actor: Actor, id: string, dto: ConfirmPaidDto): Promise<PaymentView> {
    await this.dataSource.transaction(async (manager) => {
      const { programme, payment } = await this.load(manager, actor, id, dto.version, 'pay');
      if (dto.paidOn < `${payment.month}-01` || dto.paidOn > this.clock.today()) {
        throw DomainError.validation([{ field: 'paidOn', problems: [`must be between the start of ${payment.month} and today`] }]);
      }
      await this.programmes.addPaid(manager, programme.id, payment.amountCents);
      await this.move(manager, actor, payment, 'pay', { paidOn: dto.paidOn, paidConfirmedBy: actor.userId }, { paidOn: dto.paidOn });
    });
    return this.payments.view(this.dataSource.manager, id, actor.territoryId);
  }

  /** At the end of a stipend: cancels its planned and validated payments for periods after `endedOn`. */
  async cancelAfter(manager: EntityManager, actor: Actor, enrolment: PeculeEnrolment, endedOn: string, reason: string): Promise<number> {
    await this.access.programme(manager, actor, enrolment.programmeId, true);
    const payments = await this.payments.lockCancellableAfter(manager, enrolment.id, endedOn);
    if (payments.length === 0) return 0;
    const released = payments.filter((p) => COMMITTED_STATUSES.includes(p.status)).reduce((sum, p) => sum + p.amountCents, 0);
    if (released > 0) await this.programmes.releaseFromEnvelope(manager, enrolment.programmeId, released);
    await this.payments.cancelAll(
      manager,
      payments.map((p) => p.id),
      actor.userId,
      this.clock.now(),
      reason,
    );
    for (const payment of payments) {
      await appendToOutbox(manager, await this.event(manager, payment, 'cancel', { from: payment.status, reason }));
      await this.recordAudit(manager, actor, payment, 'cancel');
    }
    return payments.length;
  }

  /**
   * The territories' amounts paid (by the day paid) and envelope consumed (by the month paid for)
   * over a range of days, in cents: what the indicators' reconciliation compares its facts with.
   */
  async amountsBetween(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<PeculeAmounts> {
    return {
      paidCents: await this.payments.paidCentsBetween(manager, territoryIds, from, to),
      consumedCents: await this.payments.consumedCentsBetween(manager, territoryIds, from, to),
    };
  }

  /**
   * The treasury file of a month: its validated payments (and earlier months' validated late), made
   * `transmitted` in the same transaction. Asking again returns the stored file, never a second payment.
   */
  async export(actor: Actor, programmeId: string, month: string): Promise<TreasuryExport> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.programme(manager, actor, programmeId, true);
      const existing = await this.payments.findExport(manager, programmeId, month);
      if (existing) return this.exportView(existing, false);
      if (month > monthOf(this.clock.today())) {
        throw DomainError.validation([{ field: 'month', problems: ['must not be a future month'] }]);
      }
      const rows = await this.payments.lockToTransmit(manager, programmeId, month);
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
      const saved = await this.payments.saveExport(manager, {
        id: exportId,
        programmeId,
        territoryId: programme.territoryId,
        month,
        paymentCount: rows.length,
        totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
        content: this.cipher.seal(content, exportId),
        sha256: createHash('sha256').update(content).digest('hex'),
        createdBy: actor.userId,
      });
      await this.payments.markTransmitted(
        manager,
        rows.map((r) => r.id),
        saved.id,
      );
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
    const found = await this.payments.findExport(this.dataSource.manager, programme.id, month);
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
   * Daily: for each programme with planned payments due this month (the territory's), one
   * `pecule.payments.due` event per month, which the reminder rules turn into a "payments to
   * validate" reminder for the stipend managers' team. Safe to run again and from two workers.
   */
  announceDuePayments(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const due = await this.payments.lockDueByProgramme(manager, monthOf(this.clock.today()));
      const announced = await outboxPayloadsOf(
        manager,
        'pecule.payments.due',
        due.map((d) => d.programmeId),
      );
      const fresh = due.filter((d) => !announced.some((a) => a.aggregateId === d.programmeId && a.payload.month === d.month));
      await appendToOutbox(
        manager,
        ...fresh.map((d) => ({
          type: 'pecule.payments.due' as const,
          aggregateType: 'pecule_programme' as const,
          aggregateId: d.programmeId,
          territoryId: d.territoryId,
          occurredAt: now,
          payload: { programmeId: d.programmeId, month: d.month, plannedCount: d.plannedCount, plannedCents: d.plannedCents },
        })),
      );
      return fresh.length;
    });
  }

  /**
   * A payment of the actor's territory, its programme locked (changes of one programme's money
   * happen one at a time), the version read checked and the action allowed from its status.
   */
  private async load(
    manager: EntityManager,
    actor: Actor,
    id: string,
    expectedVersion: number | undefined,
    action: PaymentAction,
  ): Promise<{ programme: PeculeProgramme; payment: PeculePayment }> {
    const found = await this.payments.findInTerritory(manager, id, actor.territoryId);
    if (!found) throw DomainError.notFound('Payment');
    const programme = await this.access.programme(manager, actor, found.programmeId, true);
    // Read again under the programme's lock: what it shows is what the conditional update will find.
    const payment = (await this.payments.findInTerritory(manager, id, actor.territoryId))!;
    assertVersion('Payment', payment.version, expectedVersion);
    assertTransition(PAYMENT_FROM, payment.status, action, `Cannot ${action} a ${payment.status} payment`, {
      allowedFrom: PAYMENT_FROM[action],
    });
    return { programme, payment };
  }

  /** Moves one payment by `action`, with its event and audit rows. */
  private async move<A extends EventfulAction>(
    manager: EntityManager,
    actor: Actor,
    payment: PeculePayment,
    action: A,
    changes: Partial<PeculePayment>,
    extra: PaymentEventFields<A>,
  ): Promise<void> {
    await writeTransition(manager, {
      target: PeculePayment,
      resource: 'Payment',
      read: payment,
      changes: { ...changes, status: PAYMENT_TO[action] },
      outbox: [await this.event(manager, payment, action, extra)],
      then: () => this.recordAudit(manager, actor, payment, action),
    });
  }

  private async event<A extends EventfulAction>(
    manager: EntityManager,
    payment: PeculePayment,
    action: A,
    extra: PaymentEventFields<A>,
  ): Promise<OutboxMessage<PaymentEventType>> {
    // The enrolling team's, as the enrolment's events: the indicators tell each team's figures apart.
    const organisationId = await this.payments.organisationOfEnrolment(manager, payment.enrolmentId);
    // TypeScript cannot follow a spread over a generic payload, hence the assertion.
    return {
      type: `pecule.payment.${PAYMENT_TO[action]}`,
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
    } as unknown as OutboxMessage<PaymentEventType>;
  }

  private recordAudit(manager: EntityManager, actor: Actor, payment: PeculePayment, action: PaymentAction): Promise<void> {
    return this.audit.record(
      actor,
      {
        action: 'update',
        resourceType: 'pecule_payment',
        resourceId: payment.id,
        details: { event: `pecule.payment.${PAYMENT_TO[action]}` },
      },
      manager,
    );
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
