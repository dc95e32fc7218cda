import { queryEntities } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager } from 'typeorm';
import { Person } from './person.entity';

/** The persons of households: every query on person. Methods take the caller's manager (its transaction). */
@Injectable()
export class PersonsRepository {
  /** The persons of these households, reference person first. */
  async ofHouseholds(manager: EntityManager, householdIds: string[]): Promise<Person[]> {
    const sql = 'SELECT * FROM person WHERE household_id = ANY($1::uuid[]) ORDER BY is_reference DESC, id';
    return (await queryEntities(manager, Person, sql, [householdIds])).map((p) => p.entity);
  }

  /** A person of this household, or null (another household's person is not found either). */
  personOfHousehold(manager: EntityManager, personId: string, householdId: string): Promise<Person | null> {
    return manager.getRepository(Person).findOneBy({ id: personId, householdId });
  }

  /** The household's reference person, or null. */
  referenceOf(manager: EntityManager, householdId: string): Promise<Person | null> {
    return manager.getRepository(Person).findOneBy({ householdId, isReference: true });
  }

  /**
   * The names of these persons, and whether they are hidden from `readerOrganisationId` (a
   * restricted household shows them only to its referent organisation).
   */
  namesFor(
    manager: EntityManager,
    personIds: string[],
    readerOrganisationId: string,
  ): Promise<Array<{ id: string; first_name: string | null; last_name: string | null; alias: string | null; hidden: boolean }>> {
    return manager.query(
      `SELECT p.id, p.first_name, p.last_name, p.alias, (h.restricted AND h.organisation_id <> $2::uuid) AS hidden
       FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ANY($1::uuid[])`,
      [personIds, readerOrganisationId],
    );
  }

  add(manager: EntityManager, person: DeepPartial<Person>): Promise<Person> {
    const repo = manager.getRepository(Person);
    return repo.save(repo.create(person));
  }

  addAll(manager: EntityManager, persons: Array<DeepPartial<Person>>): Promise<Person[]> {
    const repo = manager.getRepository(Person);
    return repo.save(persons.map((p) => repo.create(p)));
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Person).delete({ id });
  }
}
