import { ReminderSubjectRecord, ReminderSubjectSource } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EnrolmentsRepository } from './enrolments.repository';
import { ProgrammesRepository } from './programmes.repository';

/** Enrolments as reminders see them: the `J-000012` reference, the enrolling youth worker, the organisation's team. */
@Injectable()
export class EnrolmentReminderSubjects implements ReminderSubjectSource {
  readonly type = 'pecule_enrolment';

  constructor(private readonly enrolments: EnrolmentsRepository) {}

  subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return this.enrolments.referencesAndTeamsOf(manager, ids);
  }
}

/** Programmes as reminders see them: their name, no referent, the managing organisation's team (the stipend managers). */
@Injectable()
export class ProgrammeReminderSubjects implements ReminderSubjectSource {
  readonly type = 'pecule_programme';

  constructor(private readonly programmes: ProgrammesRepository) {}

  async subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return (await this.programmes.namesAndManagersOf(manager, ids)).map((p) => ({
      id: p.id,
      territoryId: p.territoryId,
      reference: p.name,
      referentUserId: null,
      organisationId: p.managingOrganisationId,
    }));
  }
}
