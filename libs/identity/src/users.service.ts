import { AuditService } from '@app/audit';
import { Actor, decodeCursor, DomainError, encodeCursor, Page } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from './access-policy';
import { CreateUserDto, ListUsersQueryDto, toUserDto, UpdateUserDto, UserDto } from './dto/identity.dto';
import { OrganisationsRepository } from './organisations.repository';
import { hashPassword } from './password';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

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
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly tokens: RefreshTokensRepository,
  ) {}

  /** An active account of this organisation, or null: for other contexts (an arrears file's advisor), in their transaction. */
  activeMemberOf(manager: EntityManager, userId: string, organisationId: string): Promise<User | null> {
    return this.users.findActiveMember(manager, userId, organisationId);
  }

  /** An active account of this territory, or null: for other contexts (a file's referent), in their transaction. */
  activeInTerritory(manager: EntityManager, userId: string, territoryId: string): Promise<User | null> {
    return this.users.findActiveInTerritory(manager, userId, territoryId);
  }

  async list(actor: Actor, query: ListUsersQueryDto): Promise<Page<UserDto>> {
    const rows = await this.users.list(
      this.dataSource.manager,
      {
        territoryId: actor.territoryId,
        organisationId: this.policy.organisationFilter(actor),
        filterOrganisationId: query.organisationId,
        after: query.cursor ? decodeCursor(query.cursor, { createdAt: 'timestamp', id: 'uuid' }) : undefined,
      },
      query.limit,
    );
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
    const user = this.policy.visibleOrNotFound(actor, await this.users.findById(this.dataSource.manager, id), 'User');
    await this.audit.record(actor, { action: 'read', resourceType: 'user', resourceId: id });
    return toUserDto(user);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.findInTerritory(manager, dto.organisationId, actor.territoryId);
      if (!organisation) throw DomainError.notFound('Organisation');
      if (await this.users.emailTaken(manager, dto.email))
        throw new DomainError('CONFLICT', 'A user with this e-mail already exists', [{ field: 'email', problems: ['already in use'] }]);
      const user = await this.users.create(manager, {
        organisationId: organisation.id,
        territoryId: organisation.territoryId,
        email: dto.email.trim(),
        displayName: dto.displayName,
        roles: dto.roles,
        passwordHash,
      });
      await this.audit.record(actor, { action: 'create', resourceType: 'user', resourceId: user.id }, manager);
      return toUserDto(await this.users.getById(manager, user.id));
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDto> {
    this.policy.visibleOrNotFound(actor, await this.users.findById(this.dataSource.manager, id), 'User');
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await this.users.update(manager, id, version, changes);
      // A role change or a deactivation takes effect at the next refresh at the latest.
      if (changes.roles !== undefined || changes.active === false) {
        await this.tokens.revokeAllOfUser(manager, id, new Date());
      }
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'user', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
      return toUserDto(await this.users.getById(manager, id));
    });
  }

  /**
   * The active users among `userIds`, with their e-mail address and territory: whom a reminder's
   * e-mail or a daily digest may be sent to (libs/reminders). No actor, no audit: nothing leaves
   * the server but the e-mail itself. Runs in the caller's transaction.
   */
  async activeRecipients(manager: EntityManager, userIds: string[]): Promise<Array<{ id: string; email: string; territoryId: string }>> {
    if (userIds.length === 0) return [];
    const users = await this.users.activeAmong(manager, userIds);
    return users.map(({ id, email, territoryId }) => ({ id, email, territoryId }));
  }
}
