import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PeculeEnrolment } from './enrolment.entity';
import { PeculeProgramme } from './programme.entity';
import { PAYMENT_STATUSES, PaymentStatus } from './pecule.types';

/** A treasury export: the file is kept, so asking again returns the same bytes, never a second payment. */
@Entity()
@Unique(['programmeId', 'month'])
export class PeculeExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => PeculeProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: PeculeProgramme;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'integer' })
  paymentCount: number;

  @Column({ type: 'integer' })
  totalCents: number;

  /** The CSV file, sealed with FieldCipher (bound to this export's id): it lists holders and IBANs. */
  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One month of a stipend. Amounts are integer cents. */
@Entity()
@Unique(['enrolmentId', 'month'])
@Index(['programmeId', 'status', 'month'])
@Check('ck_pecule_payment_amount', '"amount_cents" > 0')
export class PeculePayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => PeculeEnrolment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  enrolment?: PeculeEnrolment;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => PeculeProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: PeculeProgramme;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** `YYYY-MM`: the month it is paid in, and the treasury export it belongs to. */
  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'enum', enum: PAYMENT_STATUSES, enumName: 'pecule_payment_status', default: 'planned' })
  status: PaymentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  validatedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  @Index()
  exportId: string | null;

  @ManyToOne(() => PeculeExport, { onDelete: 'RESTRICT' })
  @JoinColumn()
  export?: PeculeExport;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  paidConfirmedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
