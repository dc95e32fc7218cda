import { EntityManager } from 'typeorm';
import { PersonsRepository } from './persons.repository';

// Called from another context's repository (the pécule's enrolments), outside Nest's container:
// the repository holds no state, one instance serves.
const persons = new PersonsRepository();

export interface PersonNames {
  firstName: string | null;
  lastName: string | null;
  alias: string | null;
  /** The household is restricted and the reader is not its referent organisation: names withheld, and what derives from the birth date. */
  hidden: boolean;
}

/**
 * The names of these persons as an organisation may see them, for another context's lists (the
 * pécule's enrolments): a restricted household shows them only to its referent organisation.
 */
export async function personNamesFor(
  manager: EntityManager,
  personIds: string[],
  readerOrganisationId: string,
): Promise<Map<string, PersonNames>> {
  const rows = await persons.namesFor(manager, personIds, readerOrganisationId);
  return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name, alias: r.alias, hidden: r.hidden }]));
}
