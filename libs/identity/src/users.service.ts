import { AuditService } from '@app/audit';
import { Actor, decodeCursor, DomainError, encodeCursor, Page } from '@app/core';
import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessPolicy } from './access-policy';
import { CreateUserDto, ListUsersQueryDto, toUserDto, UpdateUserDto, UserDto } from './dto/identity.dto';
import { Organisation } from './organisation.entity';
import { hashPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

/**
 * User accounts. Names and e-mails are personal data: admins see their territory's users,
 * everyone else their own organisation's; every read and change is audited.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListUsersQueryDto): Promise<Page<UserDto>> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.territoryId = :territoryId', { territoryId: actor.territoryId })
      .orderBy('u.createdAt', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(query.limit + 1);
    const organisationId = this.policy.organisationFilter(actor);
    if (organisationId) qb.andWhere('u.organisationId = :organisationId', { organisationId });
    if (query.organisationId) qb.andWhere('u.organisationId = :filterOrganisationId', { filterOrganisationId: query.organisationId });
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, { createdAt: 'timestamp', id: 'uuid' });
      qb.andWhere('(u.createdAt, u.id) > (:createdAt::timestamptz, :id::uuid)', cursor);
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, query.limit);
    await this.audit.recordList(
      actor,
      'user',
      items.map((u) => u.id),
    );
    const last = items.at(-1);
    return {
      items: items.map(toUserDto),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async get(actor: Actor, id: string): Promise<UserDto> {
    const user = this.policy.visibleOrNotFound(actor, await this.dataSource.getRepository(User).findOneBy({ id }), 'User');
    await this.audit.record(actor, { action: 'read', resourceType: 'user', resourceId: id });
    return toUserDto(user);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.getRepository(Organisation).findOneBy({ id: dto.organisationId, territoryId: actor.territoryId });
      if (!organisation) throw DomainError.notFound('Organisation');
      const taken = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: dto.email })
        .getExists();
      if (taken)
        throw new DomainError('CONFLICT', 'A user with this e-mail already exists', [{ field: 'email', problems: ['already in use'] }]);
      const repo = manager.getRepository(User);
      const user = await repo.save(
        repo.create({
          organisationId: organisation.id,
          territoryId: organisation.territoryId,
          email: dto.email.trim(),
          displayName: dto.displayName,
          roles: dto.roles,
          passwordHash,
        }),
      );
      await this.audit.record(actor, { action: 'create', resourceType: 'user', resourceId: user.id }, manager);
      return toUserDto(await repo.findOneByOrFail({ id: user.id }));
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDto> {
    this.policy.visibleOrNotFound(actor, await this.dataSource.getRepository(User).findOneBy({ id }), 'User');
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await updateWithVersion(manager, User, id, version, changes, 'User');
      // A role change or a deactivation takes effect at the next refresh at the latest.
      if (changes.roles !== undefined || changes.active === false) {
        await manager.getRepository(RefreshToken).update({ userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'user', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
      return toUserDto(await manager.getRepository(User).findOneByOrFail({ id }));
    });
  }

  /**
   * The active users among `userIds`, with their e-mail address and territory: whom a reminder's
   * e-mail or a daily digest may be sent to (libs/reminders). No actor, no audit: nothing leaves
   * the server but the e-mail itself. Runs in the caller's transaction.
   */
  async activeRecipients(manager: EntityManager, userIds: string[]): Promise<Array<{ id: string; email: string; territoryId: string }>> {
    if (userIds.length === 0) return [];
    const users = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.territoryId'])
      .where('u.id = ANY(:userIds) AND u.active', { userIds })
      .getMany();
    return users.map(({ id, email, territoryId }) => ({ id, email, territoryId }));
  }
}
