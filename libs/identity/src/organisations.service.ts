import { AuditService } from '@app/audit';
import { Actor, DomainError } from '@app/core';
import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CreateOrganisationDto, OrganisationDto, toOrganisationDto, UpdateOrganisationDto } from './dto/identity.dto';
import { Organisation } from './organisation.entity';

/** Organisations of a territory. They hold no personal data: every member may list them. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<OrganisationDto[]> {
    const organisations = await this.dataSource
      .getRepository(Organisation)
      .find({ where: { territoryId: actor.territoryId }, order: { name: 'ASC' } });
    return organisations.map(toOrganisationDto);
  }

  /** Organisations' names by id, whatever their territory (indicator cells of a State officer's several territories). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const found = await this.dataSource.getRepository(Organisation).find({ select: { id: true, name: true }, where: { id: In(ids) } });
    return new Map(found.map((o) => [o.id, o.name]));
  }

  async get(actor: Actor, id: string): Promise<OrganisationDto> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id, territoryId: actor.territoryId });
    if (!organisation) throw DomainError.notFound('Organisation');
    return toOrganisationDto(organisation);
  }

  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Organisation);
      const organisation = await repo.save(repo.create({ territoryId: actor.territoryId, name: dto.name, type: dto.type }));
      await this.audit.record(actor, { action: 'create', resourceType: 'organisation', resourceId: organisation.id }, manager);
      return toOrganisationDto(organisation);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    await this.get(actor, id);
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await updateWithVersion(manager, Organisation, id, version, changes, 'Organisation');
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'organisation', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
      return toOrganisationDto(await manager.getRepository(Organisation).findOneByOrFail({ id }));
    });
  }
}
