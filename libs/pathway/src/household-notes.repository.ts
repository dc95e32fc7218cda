import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdNote } from './household-note.entity';

export type NewHouseholdNote = Pick<HouseholdNote, 'householdId' | 'organisationId' | 'authorUserId' | 'health' | 'body'>;

/** The notes written on files: every query on household_note. Methods take the caller's manager (its transaction). */
@Injectable()
export class HouseholdNotesRepository {
  add(manager: EntityManager, note: NewHouseholdNote): Promise<HouseholdNote> {
    const repo = manager.getRepository(HouseholdNote);
    return repo.save(repo.create(note));
  }

  /** A file's notes an organisation may read (health notes only its own), latest first. */
  readableBy(manager: EntityManager, householdId: string, organisationId: string): Promise<HouseholdNote[]> {
    return manager
      .getRepository(HouseholdNote)
      .createQueryBuilder('n')
      .where('n.householdId = :id', { id: householdId })
      .andWhere('(n.health = false OR n.organisationId = :organisationId)', { organisationId })
      .orderBy('n.createdAt', 'DESC')
      .getMany();
  }
}
