import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { User } from './user.entity';

/** A new account: what the database does not fill in itself. */
export type NewUser = Pick<User, 'organisationId' | 'territoryId' | 'email' | 'displayName' | 'roles' | 'passwordHash'>;

export interface UserListFilter {
  territoryId: string;
  /** The reader's own organisation unless the reader sees the whole territory (null). */
  organisationId: string | null;
  /** The organisation asked for, if any. */
  filterOrganisationId?: string;
  /** From a previous page: its last user's creation time and id. */
  after?: { createdAt: string; id: string };
}

/** User accounts: every query on app_user. Methods take the caller's manager (its transaction). */
@Injectable()
export class UsersRepository {
  findById(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /** The user, who must exist (an EntityNotFoundError otherwise). */
  getById(manager: EntityManager, id: string): Promise<User> {
    return manager.getRepository(User).findOneByOrFail({ id });
  }

  /** An active account (sessions are opened and refreshed only for them). */
  findActive(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id, active: true });
  }

  /** An active account of this territory. */
  findActiveInTerritory(manager: EntityManager, id: string, territoryId: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id, territoryId, active: true });
  }

  /** The active accounts among these ids: their id, e-mail address and territory only. */
  activeAmong(manager: EntityManager, ids: string[]): Promise<Array<Pick<User, 'id' | 'email' | 'territoryId'>>> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.territoryId'])
      .where('u.id = ANY(:ids) AND u.active', { ids })
      .getMany();
  }

  /** An active account of this organisation. */
  findActiveMember(manager: EntityManager, id: string, organisationId: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id, organisationId, active: true });
  }

  /** The account an e-mail names (compared in lower case), with its password hash: the login's lookup. */
  findByEmailWithPasswordHash(manager: EntityManager, email: string): Promise<User | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** The account with its password hash (a password change checks the current one). */
  findWithPasswordHash(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  /** Whether an account already uses this e-mail (compared in lower case). */
  emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  /** A page of the territory's users, oldest first. One more than `limit` tells there is a next page. */
  list(manager: EntityManager, filter: UserListFilter, limit: number): Promise<User[]> {
    const qb = manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.territoryId = :territoryId', { territoryId: filter.territoryId })
      .orderBy('u.createdAt', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(limit + 1);
    if (filter.organisationId) qb.andWhere('u.organisationId = :organisationId', { organisationId: filter.organisationId });
    if (filter.filterOrganisationId)
      qb.andWhere('u.organisationId = :filterOrganisationId', { filterOrganisationId: filter.filterOrganisationId });
    if (filter.after) qb.andWhere('(u.createdAt, u.id) > (:createdAt::timestamptz, :id::uuid)', filter.after);
    return qb.getMany();
  }

  create(manager: EntityManager, user: NewUser): Promise<User> {
    const repo = manager.getRepository(User);
    return repo.save(repo.create(user));
  }

  /** An edit of the account, checked against the version read (STALE_VERSION otherwise). */
  async update(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<User>): Promise<void> {
    await updateWithVersion(manager, User, id, version, changes, 'User');
  }

  /** Replaces the password hash (no version check: the account's owner changes it). */
  async setPassword(manager: EntityManager, id: string, passwordHash: string, changedAt: Date): Promise<void> {
    await manager.getRepository(User).update({ id }, { passwordHash, passwordChangedAt: changedAt, version: () => 'version + 1' });
  }
}
