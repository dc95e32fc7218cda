import { Role } from '@app/core';
import { EntityManager } from 'typeorm';
import { OrganisationType } from './identity.types';
import { Organisation } from './organisation.entity';
import { hashPassword } from './password';
import { Territory } from './territory.entity';
import { User } from './user.entity';

/** Idempotent creation of territories, organisations and users, for the CLI and the demo seed. */
export async function ensureTerritory(manager: EntityManager, code: string, name: string): Promise<Territory> {
  const repo = manager.getRepository(Territory);
  return (await repo.findOneBy({ code })) ?? repo.save(repo.create({ code, name }));
}

export async function ensureOrganisation(
  manager: EntityManager,
  territory: Territory,
  name: string,
  type: OrganisationType,
): Promise<Organisation> {
  const repo = manager.getRepository(Organisation);
  return (await repo.findOneBy({ territoryId: territory.id, name })) ?? repo.save(repo.create({ territoryId: territory.id, name, type }));
}

/** Creates the user, or returns null when the e-mail is already taken (nothing is changed). */
export async function createUserIfAbsent(
  manager: EntityManager,
  organisation: Organisation,
  user: { email: string; displayName: string; roles: Role[]; password: string },
): Promise<User | null> {
  const repo = manager.getRepository(User);
  const exists = await repo.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: user.email }).getExists();
  if (exists) return null;
  return repo.save(
    repo.create({
      organisationId: organisation.id,
      territoryId: organisation.territoryId,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      passwordHash: await hashPassword(user.password),
    }),
  );
}
