import { AuditService } from '@app/audit';
import { Actor, civilDate, Clock, communeName, decodeCursor, DomainError, encodeCursor } from '@app/core';
import { appendToOutbox } from '@app/database';
import { AccessPolicy, OrganisationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommissionProposal, CommissionSession } from './commission.entity';
import { CommissionRepository } from './commission.repository';
import {
  CommissionProposalView,
  CommissionSessionPageView,
  CommissionSessionSummaryView,
  CommissionSessionView,
  toProposalView,
  toSessionView,
} from './commission.view';
import { AllocationDto, CreateSessionDto, ListSessionsQueryDto, MoveSessionDto, ProposeDto, SessionDecisionsDto } from './dto/step.dto';
import { HouseholdAccess } from './household-access';
import { conditionDueOn, offerAnswerDueOn } from './allocation-deadlines';
import { PathwaySettings, RefusalReason } from './pathway.config';
import { PathwayStepsService } from './pathway-steps.service';
import { PersonsRepository } from './persons.repository';

/** A session as loaded for a change (entities; clients get a CommissionSessionView). */
interface SessionWithProposals extends CommissionSession {
  proposals: CommissionProposal[];
}

/**
 * Who may do what with a session. `manage` (move, propose, decide, allocate): the organisation
 * running it. `read` (the session, the list, the agenda): also the organisations taking part — the
 * landlords present and the referent organisations of the households proposed at it. Anyone else
 * gets 404, like any record out of scope.
 */
type SessionScope = 'read' | 'manage';

const SESSION_PAGE = 100;
const DEFAULT_LIST_DAYS = 60;

/** SIAO-bailleurs commission sessions, proposals, decisions and the landlord's allocation (CAL). */
@Injectable()
export class CommissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly steps: PathwayStepsService,
    private readonly access: HouseholdAccess,
    private readonly settings: PathwaySettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly policy: AccessPolicy,
    private readonly commissions: CommissionRepository,
    private readonly persons: PersonsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async createSession(actor: Actor, dto: CreateSessionDto): Promise<CommissionSessionView> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertLandlords(manager, actor, dto.landlordOrganisationIds ?? []);
      const session = await this.commissions.createSession(manager, {
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        sessionAt: new Date(dto.sessionAt),
        landlordOrganisationIds: dto.landlordOrganisationIds ?? [],
      });
      await this.audit.record(actor, { action: 'create', resourceType: 'commission_session', resourceId: session.id }, manager);
      return toSessionView(session, []);
    });
  }

  async getSession(actor: Actor, id: string): Promise<CommissionSessionView> {
    const session = await this.loadSession(actor, id, this.dataSource.manager, 'read');
    // Its proposals name households: a read of personal data.
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'commission_session',
      resourceId: id,
      details: { householdIds: session.proposals.map((p) => p.householdId) },
    });
    return toSessionView(session, session.proposals);
  }

  /**
   * Sessions the actor may read from `from` (default: 60 days ago), by date: the same scope as a
   * session read by id (its organisation's, and those its organisation takes part in). Pages of 100.
   */
  async listSessions(actor: Actor, query: ListSessionsQueryDto): Promise<CommissionSessionPageView> {
    const from = query.from ? new Date(query.from) : new Date(this.clock.now().getTime() - DEFAULT_LIST_DAYS * 86_400_000);
    const to = query.to ? new Date(query.to) : null;
    const after = query.cursor ? decodeCursor(query.cursor, { at: 'timestamp', id: 'uuid' }) : null;
    const rows = await this.commissions.listSessions(
      this.dataSource.manager,
      { territoryId: actor.territoryId, from, to, after, organisationId: this.policy.organisationFilter(actor) },
      SESSION_PAGE + 1,
    );
    const items: CommissionSessionSummaryView[] = rows.slice(0, SESSION_PAGE).map((r) => ({
      id: r.id,
      sessionAt: r.session_at,
      landlordOrganisationIds: r.landlord_organisation_ids,
      proposalCount: r.proposals,
      decidedCount: r.decided,
      version: r.version,
    }));
    // The cursor keeps the exact timestamp (microseconds), which a JavaScript Date would round.
    const last = rows.length > SESSION_PAGE ? rows[SESSION_PAGE - 1] : undefined;
    return { items, nextCursor: last ? encodeCursor({ at: last.at, id: last.id }) : null };
  }

  /** The session and its proposals, when the actor may read or manage it (404 otherwise). */
  private async loadSession(actor: Actor, id: string, manager: EntityManager, scope: SessionScope): Promise<SessionWithProposals> {
    const row = await this.commissions.scopeOfSession(manager, id, actor.territoryId);
    const record = row && {
      territoryId: actor.territoryId,
      organisationId: row.organisation_id,
      sharedWithOrganisationIds: scope === 'read' ? row.participants : [],
    };
    this.policy.visibleOrNotFound(actor, record, 'Commission session');
    const session = await this.commissions.getSession(manager, id);
    const proposals = await this.commissions.proposalsOf(manager, id);
    return { ...session, proposals };
  }

  /** Moves a session; proposals follow it (the reminders issue reschedules their reminders from the outbox). */
  async moveSession(actor: Actor, id: string, dto: MoveSessionDto): Promise<CommissionSessionView> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.loadSession(actor, id, manager, 'manage');
      await this.commissions.moveSession(manager, id, dto.version, new Date(dto.sessionAt));
      await appendToOutbox(manager, {
        type: 'commission.session.moved',
        aggregateType: 'commission_session',
        aggregateId: id,
        territoryId: session.territoryId,
        occurredAt: this.clock.now(),
        payload: {
          sessionId: id,
          from: session.sessionAt.toISOString(),
          sessionAt: new Date(dto.sessionAt).toISOString(),
          householdIds: session.proposals.map((p) => p.householdId),
        },
      });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'commission_session', resourceId: id, details: { fields: ['sessionAt'] } },
        manager,
      );
      const moved = await this.loadSession(actor, id, manager, 'manage');
      return toSessionView(moved, moved.proposals);
    });
  }

  async propose(actor: Actor, sessionId: string, dto: ProposeDto): Promise<CommissionProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.loadSession(actor, sessionId, manager, 'manage');
      if (dto.offer?.landlordOrganisationId) await this.assertLandlords(manager, actor, [dto.offer.landlordOrganisationId]);
      if (session.proposals.some((p) => p.householdId === dto.householdId)) {
        throw new DomainError('CONFLICT', 'This household is already proposed at this session');
      }
      const now = this.clock.now();
      const proposedAt = dto.occurredAt ? new Date(dto.occurredAt) : now;
      const proposal = await this.commissions.addProposal(manager, {
        sessionId,
        householdId: dto.householdId,
        offerLandlordOrganisationId: dto.offer?.landlordOrganisationId ?? null,
        offerCommune: dto.offer?.commune ?? null,
        offerTypology: dto.offer?.typology ?? null,
        offerRentCents: dto.offer?.rentCents ?? null,
        offerAvailableOn: dto.offer?.availableOn ?? null,
      });
      await this.steps.apply(
        manager,
        actor,
        dto.householdId,
        dto.householdVersion,
        proposedAt,
        { type: 'commission.proposed' },
        {
          guard: (household) => {
            if (household.needsNewEvaluation)
              throw new DomainError('CONFLICT', 'A new evaluation is required before proposing this household again');
            // The delay runs from the refusal to the proposal's own date: one keyed in late, but dated within the delay, is refused.
            if (household.proposableFrom && household.proposableFrom > proposedAt) {
              throw new DomainError(
                'CONFLICT',
                `This household may be proposed again from ${civilDate(household.proposableFrom, this.clock.timezone)}`,
                {
                  proposableFrom: household.proposableFrom,
                },
              );
            }
          },
          payload: { sessionId, proposalId: proposal.id, sessionAt: session.sessionAt.toISOString() },
          outbox: {
            sessionId,
            proposalId: proposal.id,
            sessionAt: session.sessionAt.toISOString(),
            typology: proposal.offerTypology,
            commune: proposal.offerCommune,
          },
        },
      );
      return toProposalView(proposal);
    });
  }

  /** Records the decisions of a session atomically: every one, or none. */
  async decide(actor: Actor, sessionId: string, dto: SessionDecisionsDto): Promise<CommissionSessionView> {
    const commissionReasons = [...this.settings.refusalReasons.values()].filter((r) => r.appliesTo.includes('commission'));
    const problems = dto.decisions.flatMap((d, i) =>
      d.decision === 'refused' && !commissionReasons.some((r) => r.code === d.refusalReason)
        ? [
            {
              field: `decisions.${i}.refusalReason`,
              problems: [`a refusal needs one of: ${commissionReasons.map((r) => r.code).join(', ')}`],
            },
          ]
        : d.decision !== 'refused' && d.refusalReason
          ? [{ field: `decisions.${i}.refusalReason`, problems: ['only a refusal has a reason'] }]
          : [],
    );
    if (new Set(dto.decisions.map((d) => d.proposalId)).size !== dto.decisions.length) {
      problems.push({ field: 'decisions', problems: ['a proposal appears twice'] });
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.loadSession(actor, sessionId, manager, 'manage');
      const occurredAt = session.sessionAt;
      if (this.clock.isFuture(occurredAt)) {
        throw new DomainError('CONFLICT', 'Decisions are recorded once the session has taken place', { sessionAt: session.sessionAt });
      }
      for (const item of dto.decisions) {
        const proposal = session.proposals.find((p) => p.id === item.proposalId);
        if (!proposal) throw DomainError.notFound('Proposal');
        // Conditional write: a second decision on the same proposal is a conflict, even concurrently.
        const recorded = await this.commissions.recordDecision(manager, proposal.id, item.decision, item.refusalReason ?? null, occurredAt);
        if (!recorded) throw new DomainError('CONFLICT', 'This proposal already has a decision', { proposalId: proposal.id });
        const reason = item.refusalReason ? this.settings.refusalReasons.get(item.refusalReason) : undefined;
        const { household } = await this.access.load(manager, actor, proposal.householdId);
        await this.steps.apply(
          manager,
          actor,
          household.id,
          household.version,
          occurredAt,
          { type: 'commission.decided', decision: item.decision },
          {
            changes: reason ? this.settings.afterRefusal(reason, occurredAt) : { proposableFrom: null, needsNewEvaluation: false },
            payload: { sessionId, proposalId: proposal.id, refusalReason: item.refusalReason ?? null },
            outbox: { sessionId, proposalId: proposal.id, decision: item.decision, refusalReason: item.refusalReason ?? null },
          },
        );
      }
      const decided = await this.loadSession(actor, sessionId, manager, 'manage');
      return toSessionView(decided, decided.proposals);
    });
  }

  /**
   * The landlord's allocation commission (CAL) outcome for a retained proposal. An allocation offers
   * the home: the household's answer deadline starts (CCH R441-10), and a suspensive condition's
   * deadline for its missing document (R441-3 c). A non-allocation or a rejection carries the
   * landlord's written reason (L441-2-2), which rules when the household may be proposed again.
   */
  async allocate(actor: Actor, proposalId: string, dto: AllocationDto): Promise<CommissionProposalView> {
    const terms = this.allocationTerms(dto);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.commissions.findProposal(manager, proposalId);
      if (!proposal) throw DomainError.notFound('Proposal');
      // A proposal of a session the actor does not run is not found either.
      await this.loadSession(actor, proposal.sessionId, manager, 'manage').catch((error: unknown) => {
        throw error instanceof DomainError && error.code === 'NOT_FOUND' ? DomainError.notFound('Proposal') : error;
      });
      const waitingInRank = proposal.calOutcome === 'allocated_in_rank_order' && (proposal.calRank ?? 1) > 1;
      if (proposal.decision !== 'retained' || (proposal.calOutcome !== null && !waitingInRank)) {
        throw new DomainError('CONFLICT', 'Only a retained proposal without a final allocation outcome can be allocated', {
          decision: proposal.decision,
          calOutcome: proposal.calOutcome,
        });
      }
      const { household } = await this.access.load(manager, actor, proposal.householdId);
      await this.commissions.recordAllocation(manager, proposalId, {
        calOutcome: dto.outcome,
        calRank: dto.rank ?? null,
        calCondition: dto.condition ?? null,
        calDecidedAt: new Date(dto.occurredAt),
        calReason: terms.reason?.code ?? null,
        answerDueOn: terms.answerDueOn,
        conditionDueOn: terms.conditionDueOn,
      });
      const deadlines = { answerDueOn: terms.answerDueOn, conditionDueOn: terms.conditionDueOn };
      await this.steps.apply(
        manager,
        actor,
        household.id,
        household.version,
        new Date(dto.occurredAt),
        { type: 'allocation.decided', outcome: dto.outcome, rank: dto.rank },
        {
          changes: {
            offerAnswerDueOn: terms.answerDueOn,
            allocationConditionDueOn: terms.conditionDueOn,
            ...(terms.reason ? this.settings.afterRefusal(terms.reason, new Date(dto.occurredAt)) : {}),
          },
          payload: { proposalId, condition: dto.condition ?? null, reason: terms.reason?.code ?? null, ...deadlines },
          outbox: {
            proposalId,
            sessionId: proposal.sessionId,
            outcome: dto.outcome,
            rank: dto.rank ?? null,
            reason: terms.reason?.code ?? null,
            ...deadlines,
          },
        },
      );
      return toProposalView(await this.commissions.getProposal(manager, proposalId));
    });
  }

  /** What an allocation outcome requires and sets, checked before anything is read or written. */
  private allocationTerms(dto: AllocationDto): { reason: RefusalReason | null; answerDueOn: string | null; conditionDueOn: string | null } {
    const problems: Array<{ field: string; problems: string[] }> = [];
    const refusal = dto.outcome === 'not_allocated' || dto.outcome === 'rejected_inadmissible';
    const conditional = dto.outcome === 'allocated_with_suspensive_condition';
    // The home is offered to this household now (rank 1), or later when those before it decline.
    const offered = !refusal && !(dto.outcome === 'allocated_in_rank_order' && (dto.rank ?? 1) > 1);
    const only = (field: string, present: unknown, allowed: boolean, when: string) => {
      if (present !== undefined && !allowed) problems.push({ field, problems: [`only ${when}`] });
    };
    if (dto.outcome === 'allocated_in_rank_order' && !dto.rank)
      problems.push({ field: 'rank', problems: ['required for allocated_in_rank_order'] });
    if (conditional && !dto.condition)
      problems.push({ field: 'condition', problems: ['required for allocated_with_suspensive_condition'] });
    only('reason', dto.reason, refusal, 'for not_allocated or rejected_inadmissible');
    only('answerDueOn', dto.answerDueOn, offered, 'when the home is offered to the household (an allocation, or rank 1)');
    only('conditionDueOn', dto.conditionDueOn, conditional, 'for allocated_with_suspensive_condition');
    if (problems.length > 0) throw DomainError.validation(problems);
    const reason = refusal ? this.settings.refusalReason('landlord', dto.reason, 'reason') : null;
    const decidedOn = civilDate(new Date(dto.occurredAt), this.clock.timezone);
    const answer = offered ? offerAnswerDueOn(decidedOn, dto.answerDueOn, this.settings.offerAnswer) : null;
    const condition = conditional ? conditionDueOn(decidedOn, dto.conditionDueOn, this.settings.suspensiveCondition) : null;
    if (answer && !answer.ok) problems.push({ field: 'answerDueOn', problems: [answer.problem] });
    if (condition && !condition.ok) problems.push({ field: 'conditionDueOn', problems: [condition.problem] });
    if (problems.length > 0) throw DomainError.validation(problems);
    return { reason, answerDueOn: answer?.ok ? answer.dueOn : null, conditionDueOn: condition?.ok ? condition.dueOn : null };
  }

  /** The session's agenda as CSV (semicolon, UTF-8 with BOM for spreadsheets); names only where the reader may see them. */
  async agendaCsv(actor: Actor, sessionId: string): Promise<string> {
    const manager = this.dataSource.manager;
    const session = await this.loadSession(actor, sessionId, manager, 'read');
    const lines = [
      [
        'reference',
        'nom',
        'prenom',
        'statut',
        'bailleur',
        'commune',
        'typologie',
        'loyer_eur',
        'disponible_le',
        'decision',
        'motif',
        'issue_cal',
      ].join(';'),
    ];
    for (const p of session.proposals) {
      const visible = await this.access.find(manager, actor, p.householdId);
      const person = visible && !visible.hideNames ? await this.persons.referenceOf(manager, p.householdId) : null;
      const reference = visible?.household.reference ?? '(dossier non partagé)';
      const status = visible?.household.status ?? '';
      const names = [person?.lastName ?? person?.alias ?? '', person?.firstName ?? ''];
      const landlord = p.offerLandlordOrganisationId
        ? ((await this.organisations.namesOf([p.offerLandlordOrganisationId], manager)).get(p.offerLandlordOrganisationId) ?? '')
        : '';
      lines.push(
        [
          reference,
          ...names,
          status,
          landlord,
          communeName(p.offerCommune) ?? p.offerCommune ?? '',
          p.offerTypology ?? '',
          p.offerRentCents === null ? '' : (p.offerRentCents / 100).toFixed(2).replace('.', ','),
          p.offerAvailableOn ?? '',
          p.decision ?? '',
          p.refusalReason ?? '',
          p.calOutcome ?? '',
        ]
          .map(csvCell)
          .join(';'),
      );
    }
    await this.audit.record(actor, {
      action: 'export',
      resourceType: 'commission_session',
      resourceId: sessionId,
      details: { rows: session.proposals.length },
    });
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  private async assertLandlords(manager: EntityManager, actor: Actor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!(await this.organisations.allInTerritory(manager, ids, actor.territoryId, 'social_landlord')))
      throw DomainError.validation([{ field: 'landlordOrganisationIds', problems: ['unknown social landlord in your territory'] }]);
  }
}

function csvCell(value: string): string {
  // Quote when needed, and defuse spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
