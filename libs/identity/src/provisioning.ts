import { Role } from '@app/core';
import { EntityManager } from 'typeorm';
import { OrganisationType } from './identity.types';
import { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';
import { hashPassword } from './password';
import { TerritoriesRepository } from './territories.repository';
import { Territory } from './territory.entity';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

// The CLI runs these without the Nest container: the repositories hold no state.
const territories = new TerritoriesRepository();
const organisations = new OrganisationsRepository();
const users = new UsersRepository();

/** Idempotent creation of territories, organisations and users, for the CLI and the demo seed. */
export async function ensureTerritory(manager: EntityManager, code: string, name: string): Promise<Territory> {
  return (await territories.findByCode(manager, code)) ?? territories.create(manager, { code, name });
}

export async function ensureOrganisation(
  manager: EntityManager,
  territory: Territory,
  name: string,
  type: OrganisationType,
): Promise<Organisation> {
  return (
    (await organisations.findByName(manager, territory.id, name)) ??
    organisations.create(manager, { territoryId: territory.id, name, type })
  );
}

/** Creates the user, or returns null when the e-mail is already taken (nothing is changed). */
export async function createUserIfAbsent(
  manager: EntityManager,
  organisation: Organisation,
  user: { email: string; displayName: string; roles: Role[]; password: string },
): Promise<User | null> {
  if (await users.emailTaken(manager, user.email)) return null;
  return users.create(manager, {
    organisationId: organisation.id,
    territoryId: organisation.territoryId,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    passwordHash: await hashPassword(user.password),
  });
}
