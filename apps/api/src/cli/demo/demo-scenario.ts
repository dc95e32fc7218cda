// Plays the demo tables (demo-data.ts) through the same services the controllers call, as the
// demo users, with validated DTOs: every household event, outbox row (hence reminder) and audit
// entry is the one the application itself would write.
import {
  ArrearsFilesService,
  ArrearsStepsService,
  CloseFileDto,
  ContactDto,
  CreateFileDto,
  DebtDto,
  FileDetail,
  RehousingRequestDto,
  SolutionDto,
  StageDto,
  UpdateSolutionDto,
} from '@app/arrears';
import { Actor } from '@app/core';
import {
  AllocationDto,
  CloseDto,
  CommissionService,
  CreateEncounterDto,
  CreateHouseholdDto,
  CreateNoteDto,
  CreateSessionDto,
  DecisionItemDto,
  EvaluationDto,
  Household,
  HouseholdAccess,
  HouseholdCreationService,
  HouseholdNotesService,
  LeaseDto,
  MaraudeService,
  PathwayStepsService,
  Person,
  ProposeDto,
  DeclineOfferDto,
  SessionDecisionsDto,
  StepDto,
} from '@app/pathway';
import {
  ConfirmPaidDto,
  EnrolDto,
  EnrolmentsService,
  ListPaymentsQueryDto,
  PaymentsService,
  ProgrammesService,
  ReviewDto,
} from '@app/pecule';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import {
  ARREARS,
  ArrearsPlan,
  ENCOUNTERS,
  ENROLMENTS,
  HOUSEHOLDS,
  HouseholdPlan,
  OrganisationKey,
  SESSIONS,
  SessionKey,
  Step,
  WorkerKey,
} from './demo-data';

const TIMEZONE = 'Europe/Paris';

export type DemoActorKey = WorkerKey | 'commission' | 'adil' | 'jeunes' | 'pecule';

export interface DemoServices {
  dataSource: DataSource;
  householdCreation: HouseholdCreationService;
  householdNotes: HouseholdNotesService;
  householdAccess: HouseholdAccess;
  steps: PathwayStepsService;
  commission: CommissionService;
  maraude: MaraudeService;
  arrearsFiles: ArrearsFilesService;
  arrearsSteps: ArrearsStepsService;
  programmes: ProgrammesService;
  enrolments: EnrolmentsService;
  payments: PaymentsService;
}

export interface DemoSummary {
  households: number;
  encounters: number;
  proposals: Record<SessionKey, number>;
  arrearsFiles: number;
  enrolments: number;
  paymentsValidated: number;
  notes: string[];
}

/** Builds a DTO as the validation pipe would, and refuses it on the same rules: a typo in the tables fails loudly. */
export function dto<T extends object>(cls: new () => T, plain: T): T {
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new Error(`invalid ${cls.name}: ${errors.map((e) => e.toString()).join('; ')}`);
  return instance;
}

export class DemoScenario {
  /** Captured once: a run that crosses midnight still dates everything from the same day. */
  private readonly now = DateTime.now().setZone(TIMEZONE);
  private readonly householdIds = new Map<string, string>();
  private readonly referencePersons = new Map<string, string>();
  private readonly proposals = new Map<string, string>();
  private readonly sessionIds = new Map<SessionKey, string>();

  constructor(
    private readonly services: DemoServices,
    private readonly actors: Record<DemoActorKey, Actor>,
    private readonly organisations: Record<OrganisationKey, string>,
    private readonly programmeId: string,
  ) {}

  /** Whether the scenario was played on this territory: its first household exists. */
  static async alreadyPlayed(dataSource: DataSource, territoryId: string): Promise<string | null> {
    const marker = HOUSEHOLDS[0].persons[0];
    const found = await dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .innerJoin(Person, 'p', 'p.householdId = h.id')
      .where('h.territoryId = :territoryId AND p.firstName = :firstName AND p.lastName = :lastName', {
        territoryId,
        firstName: marker.firstName,
        lastName: marker.lastName,
      })
      .getExists();
    return found ? `${marker.firstName} ${marker.lastName}` : null;
  }

  async play(): Promise<DemoSummary> {
    const summary: DemoSummary = {
      households: 0,
      encounters: 0,
      proposals: { past: 0, upcoming: 0 },
      arrearsFiles: 0,
      enrolments: 0,
      paymentsValidated: 0,
      notes: [],
    };
    for (const key of Object.keys(SESSIONS) as SessionKey[]) this.sessionIds.set(key, await this.createSession(key));
    // The past session decides all its proposals in one request, as its secretary does: every
    // household first plays its steps up to that decision, then the session decides, then the rest.
    const later: Array<{ plan: HouseholdPlan; steps: Step[] }> = [];
    const decisions: DecisionItemDto[] = [];
    for (const plan of HOUSEHOLDS) {
      const id = await this.open(plan);
      const cut = plan.steps.findIndex((s) => s.step === 'decide');
      await this.playSteps(plan, id, cut < 0 ? plan.steps : plan.steps.slice(0, cut));
      if (cut >= 0) {
        const decision = plan.steps[cut] as Extract<Step, { step: 'decide' }>;
        decisions.push({ proposalId: this.proposals.get(id)!, decision: decision.decision, refusalReason: decision.refusalReason });
        later.push({ plan, steps: plan.steps.slice(cut + 1) });
      }
      for (const note of plan.notes ?? []) await this.services.householdNotes.add(this.actors[plan.by], id, dto(CreateNoteDto, note));
    }
    await this.services.commission.decide(this.actors.commission, this.sessionIds.get('past')!, dto(SessionDecisionsDto, { decisions }));
    for (const { plan, steps } of later) await this.playSteps(plan, this.householdIds.get(plan.key)!, steps);
    summary.households = HOUSEHOLDS.length;
    for (const step of HOUSEHOLDS.flatMap((h) => h.steps)) if (step.step === 'propose') summary.proposals[step.session] += 1;

    for (const encounter of ENCOUNTERS) {
      await this.services.maraude.record(
        this.actors[encounter.by],
        dto(CreateEncounterDto, {
          occurredAt: this.at(encounter.on, encounter.time),
          place: encounter.place,
          zone: encounter.zone,
          peopleMet: encounter.peopleMet,
          householdIds: encounter.households?.map((key) => this.householdIds.get(key)!),
        }),
      );
    }
    summary.encounters = ENCOUNTERS.length + HOUSEHOLDS.filter((h) => h.met).length;

    for (const plan of ARREARS) {
      await this.openArrearsFile(plan);
      summary.arrearsFiles += 1;
      if (plan.events.some((e) => e.kind === 'rehousing')) summary.households += 1;
    }

    summary.enrolments = await this.enrolYoungPeople(summary.notes);
    summary.paymentsValidated = await this.payPastMonths();
    return summary;
  }

  // —— Pathway ——

  private async createSession(key: SessionKey): Promise<string> {
    const when = SESSIONS[key];
    const [hour, minute] = when.time.split(':').map(Number);
    const day = 'daysAgo' in when ? this.now.minus({ days: when.daysAgo }) : this.now.plus({ days: when.daysAhead });
    const session = await this.services.commission.createSession(
      this.actors.commission,
      dto(CreateSessionDto, {
        sessionAt: day.set({ hour, minute, second: 0, millisecond: 0 }).toISO()!,
        landlordOrganisationIds: [this.organisations.landlord1, this.organisations.landlord2],
      }),
    );
    return session.id;
  }

  /** Opens the file as its referent; a household met on a maraude round is opened from that encounter. */
  private async open(plan: HouseholdPlan): Promise<string> {
    const referent = this.actors[plan.by];
    const openedAt = this.at(plan.opened, plan.met ? '21:00' : '10:00');
    const encounter = plan.met
      ? await this.services.maraude.record(referent, dto(CreateEncounterDto, { occurredAt: openedAt, ...plan.met }))
      : undefined;
    const { household } = await this.services.householdCreation.create(
      referent,
      dto(CreateHouseholdDto, {
        entryChannel: plan.channel,
        livingSituation: plan.living,
        resources: plan.resources,
        needs: plan.needs,
        consentDate: plan.consentAtOpening ? this.day(plan.opened) : undefined,
        commune: plan.commune,
        restricted: plan.restricted,
        sharedWithOrganisationIds: plan.shared?.map((key) => this.organisations[key]),
        encounterId: encounter?.id,
        openedAt,
        persons: plan.persons,
      }),
    );
    this.householdIds.set(plan.key, household.id);
    this.referencePersons.set(plan.key, household.persons.find((p) => p.isReference)!.id);
    return household.id;
  }

  private async playSteps(plan: HouseholdPlan, id: string, steps: Step[]): Promise<void> {
    const { steps: pathway, commission } = this.services;
    const referent = this.actors[plan.by];
    // The SIAO evaluates and proposes; a file of a SIAO worker is handled by that worker.
    const siao = plan.by === 'siao' || plan.by === 'siao2' ? referent : this.actors.siao;
    for (const step of steps) {
      const version = (await this.services.householdAccess.load(this.services.dataSource.manager, referent, id)).household.version;
      const base = (on: number) => dto(StepDto, { version, occurredAt: this.at(on) });
      switch (step.step) {
        case 'consent':
          await pathway.consent(referent, id, base(step.on));
          break;
        case 'evaluate':
          await pathway.evaluate(
            siao,
            id,
            dto(EvaluationDto, {
              ...base(step.on),
              livingSituation: plan.living,
              resources: plan.resources,
              debtsCents: step.debtsCents,
              needs: plan.needs,
              orientation: step.orientation,
              intensity: step.intensity,
            }),
          );
          break;
        case 'propose': {
          const proposal = await commission.propose(
            siao,
            this.sessionIds.get(step.session)!,
            dto(ProposeDto, {
              householdId: id,
              householdVersion: version,
              occurredAt: this.at(step.on),
              offer: {
                landlordOrganisationId: this.organisations[step.offer.landlord],
                commune: step.offer.commune,
                typology: step.offer.typology,
                rentCents: step.offer.rentCents,
                availableOn: this.day(step.session === 'past' ? -30 : -45),
              },
            }),
          );
          this.proposals.set(id, proposal.id);
          break;
        }
        case 'decide':
          throw new Error(`${plan.key}: a decision is recorded with its session`);
        case 'allocate':
          await commission.allocate(
            this.actors.commission,
            this.proposals.get(id)!,
            dto(AllocationDto, {
              outcome: step.outcome,
              rank: step.rank,
              condition: step.condition,
              reason: step.reason,
              answerDueOn: step.answerDueIn === undefined ? undefined : this.day(-step.answerDueIn),
              occurredAt: this.at(step.on),
            }),
          );
          break;
        case 'decline':
          await pathway.declineOffer(referent, id, dto(DeclineOfferDto, { ...base(step.on), reason: step.reason }));
          break;
        case 'lease':
          await pathway.lease(
            referent,
            id,
            dto(LeaseDto, { ...base(step.on), landlord: step.landlord, commune: step.commune, leaseType: step.leaseType }),
          );
          break;
        case 'entry':
          await pathway.housingEntry(referent, id, base(step.on));
          break;
        case 'visit':
          await pathway.visit(referent, id, base(step.on));
          break;
        case 'review':
          await pathway.bailGlissantReview(referent, id, base(step.on));
          break;
        case 'slide':
          await pathway.slide(referent, id, base(step.on));
          break;
        case 'close':
          await pathway.close(referent, id, dto(CloseDto, { ...base(step.on), reason: step.reason }));
          break;
      }
    }
  }

  // —— Arrears (ADIL) ——

  private async openArrearsFile(plan: ArrearsPlan): Promise<void> {
    const { arrearsFiles, arrearsSteps } = this.services;
    const advisor = this.actors.adil;
    let file: FileDetail = await arrearsFiles.create(
      advisor,
      dto(CreateFileDto, {
        tenantLastName: plan.tenant.lastName,
        tenantFirstName: plan.tenant.firstName,
        tenantPhone: plan.tenant.phone,
        tenantEmail: plan.tenant.email,
        householdSize: plan.householdSize,
        commune: plan.commune,
        rentCents: plan.rentCents,
        chargesCents: plan.chargesCents,
        housingBenefitPayer: plan.housingBenefit.payer,
        housingBenefitCents: plan.housingBenefit.cents,
        housingBenefitStatus: plan.housingBenefit.status,
        alertSource: plan.alertSource,
        openedOn: this.day(plan.opened),
        landlord: plan.landlord,
        debt: { observedOn: this.day(plan.debt.on), amountCents: plan.debt.amountCents, monthsUnpaid: plan.debt.monthsUnpaid },
      }),
    );
    for (const event of plan.events) {
      switch (event.kind) {
        case 'contact':
          file = await arrearsSteps.addContact(
            advisor,
            file.id,
            dto(ContactDto, {
              contactedOn: this.day(event.on),
              party: event.party,
              channel: event.channel,
              reached: event.reached,
              outcome: event.outcome,
              nextContactOn: event.nextIn === undefined ? undefined : this.day(-event.nextIn),
            }),
          );
          break;
        case 'debt':
          file = await arrearsSteps.addDebt(
            advisor,
            file.id,
            dto(DebtDto, { observedOn: this.day(event.on), amountCents: event.amountCents, monthsUnpaid: event.monthsUnpaid }),
          );
          break;
        case 'stage':
          file = await arrearsSteps.recordStage(
            advisor,
            file.id,
            dto(StageDto, {
              stage: event.stage,
              occurredOn: this.day(event.on),
              hearingOn: event.hearingIn === undefined ? undefined : this.day(-event.hearingIn),
              leaseTerminated: event.leaseTerminated,
              paymentDelayMonths: event.paymentDelayMonths,
            }),
          );
          break;
        case 'solution': {
          const known = new Set(file.solutions.map((s) => s.id));
          file = await arrearsSteps.addSolution(
            advisor,
            file.id,
            dto(SolutionDto, {
              kind: event.solution,
              startedOn: this.day(event.on),
              monthlyCents: event.plan?.monthlyCents,
              durationMonths: event.plan?.durationMonths,
              firstDueOn: event.plan ? this.day(event.plan.firstDueOn) : undefined,
              amountCents: event.amountCents,
              note: event.note,
            }),
          );
          const solutionId = file.solutions.find((s) => !known.has(s.id))!.id;
          for (const change of event.then ?? []) {
            const version = file.solutions.find((s) => s.id === solutionId)!.version;
            file = await arrearsSteps.updateSolution(advisor, file.id, solutionId, dto(UpdateSolutionDto, { version, ...change }));
          }
          break;
        }
        case 'rehousing':
          file = await arrearsSteps.requestRehousing(
            advisor,
            file.id,
            dto(RehousingRequestDto, { consentDate: this.day(event.on), siaoOrganisationId: this.organisations.siao }),
          );
          break;
        case 'close':
          file = await arrearsFiles.close(
            advisor,
            file.id,
            dto(CloseFileDto, { version: file.version, outcome: event.outcome, closedOn: this.day(event.on) }),
          );
          break;
      }
    }
  }

  // —— Pécule ——

  private async enrolYoungPeople(notes: string[]): Promise<number> {
    const programme = await this.services.programmes.get(this.actors.pecule, this.programmeId);
    let enrolled = 0;
    for (const plan of ENROLMENTS) {
      const startsOn = this.day(plan.startsOn);
      if (startsOn < programme.startsOn || startsOn > programme.endsOn) {
        notes.push(
          `pécule: ${plan.holderName} not enrolled, ${startsOn} is outside the programme (${programme.startsOn} to ${programme.endsOn})`,
        );
        continue;
      }
      const enrolment = await this.services.enrolments.enrol(
        this.actors.jeunes,
        dto(EnrolDto, {
          programmeId: this.programmeId,
          householdId: this.householdIds.get(plan.household)!,
          personId: this.referencePersons.get(plan.household)!,
          startsOn,
          bankDetails: { iban: plan.iban, holderName: plan.holderName },
          situationAtEntry: { employment: plan.employment, inTraining: plan.inTraining },
        }),
      );
      if (plan.review) {
        const { on, ...situation } = plan.review;
        await this.services.enrolments.addReview(
          this.actors.jeunes,
          enrolment.id,
          dto(ReviewDto, { reviewedOn: this.day(on), ...situation, housed: true }),
        );
      }
      enrolled += 1;
    }
    return enrolled;
  }

  /** Past months are validated and sent to the treasury month by month; all but the last month are paid. */
  private async payPastMonths(): Promise<number> {
    const { payments } = this.services;
    const manager = this.actors.pecule;
    const thisMonth = this.day(0).slice(0, 7);
    const query = (status: 'planned' | 'transmitted') => dto(ListPaymentsQueryDto, { programmeId: this.programmeId, status });
    const due = (await payments.list(manager, query('planned')))
      .filter((p) => p.month < thisMonth)
      .sort((a, b) => a.month.localeCompare(b.month));
    for (const payment of due) await payments.validate(manager, payment.id);
    const months = [...new Set(due.map((p) => p.month))];
    for (const month of months) await payments.export(manager, this.programmeId, month);
    const lastExported = months.at(-1);
    for (const payment of await payments.list(manager, query('transmitted'))) {
      if (lastExported && payment.month < lastExported)
        await payments.confirmPaid(manager, payment.id, dto(ConfirmPaidDto, { paidOn: `${payment.month}-28` }));
    }
    return due.length;
  }

  // —— Dates ——

  /** The instant `days` days ago at a Paris local time, never later than a minute ago (steps may not be in the future). */
  private at(days: number, time = '10:00'): string {
    const [hour, minute] = time.split(':').map(Number);
    const instant = this.now.minus({ days }).set({ hour, minute, second: 0, millisecond: 0 });
    const latest = DateTime.now().setZone(TIMEZONE).minus({ minutes: 1 });
    return (instant > latest ? latest : instant).toISO()!;
  }

  /** The Paris calendar date `days` days ago (negative: ahead). */
  private day(days: number): string {
    return this.now.minus({ days }).toISODate()!;
  }
}
