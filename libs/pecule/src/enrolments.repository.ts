import { updateWithVersion } from '@app/database';
import { PersonNames, personNamesFor } from '@app/pathway';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeculeBankDetails, PeculeEnrolment, PeculeReview } from './enrolment.entity';
import { EnrolmentStatus, Situation } from './pecule.types';

/** An enrolment as read with its rules version and the young person's names. */
export interface EnrolmentRow {
  id: string;
  reference: string;
  programme_id: string;
  rules_version: string;
  household_id: string;
  person_id: string;
  /** The young person's names as the reader may see them (pathway owns persons). */
  names: PersonNames;
  organisation_id: string;
  referent_user_id: string;
  status: PeculeEnrolment['status'];
  starts_on: string;
  planned_end_on: string;
  age_limit_on: string;
  monthly_cents: number;
  ended_on: string | null;
  end_reason: PeculeEnrolment['endReason'];
  situation_at_entry: Situation;
  version: number;
}

export type NewEnrolment = Pick<
  PeculeEnrolment,
  | 'reference'
  | 'territoryId'
  | 'organisationId'
  | 'referentUserId'
  | 'programmeId'
  | 'ruleSetId'
  | 'householdId'
  | 'personId'
  | 'startsOn'
  | 'plannedEndOn'
  | 'ageLimitOn'
  | 'monthlyCents'
  | 'situationAtEntry'
>;

export interface EnrolmentFilter {
  territoryId: string;
  /** Null for the whole territory. */
  organisationId: string | null;
  programmeId: string | null;
  status: EnrolmentStatus | null;
}

/** Enrolments, their bank details and situation reviews: every query on pecule_enrolment, pecule_bank_details, pecule_review. */
@Injectable()
export class EnrolmentsRepository {
  /** An enrolment of the territory, of one organisation when given. */
  findInScope(manager: EntityManager, id: string, territoryId: string, organisationId: string | null): Promise<PeculeEnrolment | null> {
    return manager.getRepository(PeculeEnrolment).findOneBy({ id, territoryId, ...(organisationId ? { organisationId } : {}) });
  }

  /** The next `J-000123` reference. */
  async nextReference(manager: EntityManager): Promise<string> {
    const [{ reference }] = await manager.query<[{ reference: string }]>(
      `SELECT 'J-' || lpad(nextval('pecule_enrolment_reference_seq')::text, 6, '0') AS reference`,
    );
    return reference;
  }

  hasActiveStipend(manager: EntityManager, personId: string): Promise<boolean> {
    return manager.getRepository(PeculeEnrolment).existsBy({ personId, status: 'active' });
  }

  /** Young people whose stipend started in the range, in these territories, each once. */
  async countYoungPeopleStarted(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    const [{ count }] = await manager.query<[{ count: string }]>(
      `SELECT count(DISTINCT e.person_id) FROM pecule_enrolment e WHERE e.territory_id = ANY($1::uuid[]) AND e.starts_on BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
    return Number(count);
  }

  create(manager: EntityManager, enrolment: NewEnrolment): Promise<PeculeEnrolment> {
    return manager.getRepository(PeculeEnrolment).save(manager.getRepository(PeculeEnrolment).create(enrolment));
  }

  /** Moves the enrolment's version on from the one read (a change beside it, as its bank details); STALE_VERSION otherwise. */
  async bumpVersion(manager: EntityManager, id: string, version: number): Promise<void> {
    await updateWithVersion(manager, PeculeEnrolment, id, version, {}, 'Enrolment');
  }

  /** Records or replaces the bank details (the IBAN already sealed). */
  async saveBankDetails(
    manager: EntityManager,
    details: Pick<PeculeBankDetails, 'enrolmentId' | 'iban' | 'holderName' | 'updatedBy'>,
  ): Promise<void> {
    await manager.getRepository(PeculeBankDetails).upsert(details, ['enrolmentId']);
  }

  bankDetailsOf(manager: EntityManager, enrolmentId: string): Promise<PeculeBankDetails | null> {
    return manager.getRepository(PeculeBankDetails).findOneBy({ enrolmentId });
  }

  addReview(
    manager: EntityManager,
    review: Pick<PeculeReview, 'enrolmentId' | 'reviewedOn' | 'situation' | 'recordedBy'>,
  ): Promise<PeculeReview> {
    return manager.getRepository(PeculeReview).save(manager.getRepository(PeculeReview).create(review));
  }

  reviewsOf(manager: EntityManager, enrolmentId: string): Promise<PeculeReview[]> {
    return manager.getRepository(PeculeReview).find({ where: { enrolmentId }, order: { reviewedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** Enrolments by organisation, programme and status, latest start first; names as `readerOrganisationId` may see them. */
  list(manager: EntityManager, filter: EnrolmentFilter, readerOrganisationId: string): Promise<EnrolmentRow[]> {
    return this.rows(
      manager,
      'e.territory_id = $1 AND ($2::uuid IS NULL OR e.organisation_id = $2) AND ($3::uuid IS NULL OR e.programme_id = $3) AND ($4::text IS NULL OR e.status::text = $4)',
      [filter.territoryId, filter.organisationId, filter.programmeId, filter.status],
      readerOrganisationId,
    );
  }

  async row(manager: EntityManager, id: string, readerOrganisationId: string): Promise<EnrolmentRow> {
    const [row] = await this.rows(manager, 'e.id = $1', [id], readerOrganisationId);
    return row;
  }

  private async rows(manager: EntityManager, where: string, params: unknown[], readerOrganisationId: string): Promise<EnrolmentRow[]> {
    // Dates as text: node-postgres would turn them into local midnights.
    const rows = await manager.query<Array<Omit<EnrolmentRow, 'names'>>>(
      `SELECT e.id, e.reference, e.programme_id, e.household_id, e.person_id, e.organisation_id, e.referent_user_id, e.status,
                e.starts_on::text, e.planned_end_on::text, e.age_limit_on::text, e.monthly_cents, e.ended_on::text, e.end_reason,
                e.situation_at_entry, e.version, r.rules_version
           FROM pecule_enrolment e
           JOIN pecule_rule_set r ON r.id = e.rule_set_id
          WHERE ${where}
          ORDER BY e.starts_on DESC, e.reference DESC`,
      params,
    );
    // Names are hidden from other organisations when the household is restricted (as on the household file).
    const names = await personNamesFor(
      manager,
      rows.map((r) => r.person_id),
      readerOrganisationId,
    );
    return rows.map((row) => ({ ...row, names: names.get(row.person_id)! }));
  }

  /** These enrolments' references, territories, referents and organisations: what reminders show and whom they go to. */
  referencesAndTeamsOf(
    manager: EntityManager,
    ids: string[],
  ): Promise<Array<Pick<PeculeEnrolment, 'id' | 'territoryId' | 'reference' | 'referentUserId' | 'organisationId'>>> {
    return manager
      .getRepository(PeculeEnrolment)
      .createQueryBuilder('e')
      .select(['e.id', 'e.territoryId', 'e.reference', 'e.referentUserId', 'e.organisationId'])
      .where('e.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Which of these households have an enrolment. */
  async householdsEnrolledAmong(manager: EntityManager, householdIds: string[]): Promise<string[]> {
    const rows = await manager.query<Array<{ household_id: string }>>(
      `SELECT DISTINCT household_id FROM pecule_enrolment WHERE household_id = ANY($1::uuid[])`,
      [householdIds],
    );
    return rows.map((r) => r.household_id);
  }
}
