import { AuditService } from '@app/audit';
import { Actor, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateOrganisationDto, OrganisationDto, toOrganisationDto, UpdateOrganisationDto } from './dto/identity.dto';
import { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

/** Organisations of a territory. They hold no personal data: every member may list them. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async list(actor: Actor): Promise<OrganisationDto[]> {
    const organisations = await this.organisations.ofTerritory(this.dataSource.manager, actor.territoryId);
    return organisations.map(toOrganisationDto);
  }

  /** Organisations' names by id, whatever their territory (indicator cells of a State officer's several territories). */
  async namesOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const found = await this.organisations.namesOf(manager, ids);
    return new Map(found.map((o) => [o.id, o.name]));
  }

  async get(actor: Actor, id: string): Promise<OrganisationDto> {
    const organisation = await this.organisations.findInTerritory(this.dataSource.manager, id, actor.territoryId);
    if (!organisation) throw DomainError.notFound('Organisation');
    return toOrganisationDto(organisation);
  }

  /** The organisation, which must exist (an EntityNotFoundError otherwise): for other contexts, in their transaction. */
  getById(manager: EntityManager, id: string): Promise<Organisation> {
    return this.organisations.getById(manager, id);
  }

  /** Whether every one of these organisations is of this territory (and of this type): for other contexts, in their transaction. */
  async allInTerritory(manager: EntityManager, ids: string[], territoryId: string, type?: Organisation['type']): Promise<boolean> {
    return (await this.organisations.countInTerritory(manager, ids, territoryId, type)) === new Set(ids).size;
  }

  /** An organisation of this territory, or null: for other contexts, in their transaction. */
  findInTerritory(manager: EntityManager, id: string, territoryId: string): Promise<Organisation | null> {
    return this.organisations.findInTerritory(manager, id, territoryId);
  }

  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.create(manager, { territoryId: actor.territoryId, name: dto.name, type: dto.type });
      await this.audit.record(actor, { action: 'create', resourceType: 'organisation', resourceId: organisation.id }, manager);
      return toOrganisationDto(organisation);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    await this.get(actor, id);
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await this.organisations.update(manager, id, version, changes);
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'organisation', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
      return toOrganisationDto(await this.organisations.getById(manager, id));
    });
  }
}
