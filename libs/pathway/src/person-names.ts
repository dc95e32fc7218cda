import { EntityManager } from 'typeorm';

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
  const rows = await manager.query<
    Array<{ id: string; first_name: string | null; last_name: string | null; alias: string | null; hidden: boolean }>
  >(
    `SELECT p.id, p.first_name, p.last_name, p.alias, (h.restricted AND h.organisation_id <> $2::uuid) AS hidden
       FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ANY($1::uuid[])`,
    [personIds, readerOrganisationId],
  );
  return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name, alias: r.alias, hidden: r.hidden }]));
}
