import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EnrolmentsRepository } from './enrolments.repository';

/** The pécule's part of the retention purge: it deletes nothing yet, it says which households it still needs. */
@Injectable()
export class EnrolmentRetention {
  constructor(private readonly enrolments: EnrolmentsRepository) {}

  /**
   * Which of these households a pécule enrolment refers to: the purge keeps them, since payments
   * and treasury exports are public accounting records whose retention is still to settle.
   */
  async householdsWithEnrolment(manager: EntityManager, householdIds: string[]): Promise<Set<string>> {
    return new Set(await this.enrolments.householdsEnrolledAmong(manager, householdIds));
  }
}
