import { AuditService } from '@app/audit';
import { Actor, DomainError, normalizeName } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArrearsAccess } from './arrears-access';
import { LandlordView, toLandlordView } from './arrears-file.view';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { landlordMatchKey } from './arrears-files.service';
import { LandlordDto, UpdateLandlordDto } from './dto/arrears.dto';
import { LandlordsRepository } from './landlords.repository';

export interface LandlordDetail extends LandlordView {
  files: Array<{ id: string; reference: string; status: string }>;
}

/** An ADIL organisation's landlords: a landlord is recorded once and linked to each of its tenants' files. */
@Injectable()
export class LandlordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ArrearsAccess,
    private readonly landlords: LandlordsRepository,
    private readonly files: ArrearsFilesRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, dto: LandlordDto): Promise<LandlordDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const matchKey = landlordMatchKey(dto.name, dto.commune);
      const existing = await this.landlords.findByMatchKey(manager, actor.organisationId, matchKey);
      if (existing) throw new DomainError('CONFLICT', 'This landlord is already recorded', { landlordId: existing.id });
      const { id } = await this.landlords.create(manager, {
        kind: dto.kind,
        name: dto.name,
        phone: dto.phone ?? null,
        email: dto.email ?? null,
        commune: dto.commune ?? null,
        lettingAgent: dto.lettingAgent ?? null,
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        matchKey,
      });
      await this.audit.record(actor, { action: 'create', resourceType: 'arrears_landlord', resourceId: id }, manager);
      return id;
    });
    return this.get(actor, id, false);
  }

  async list(actor: Actor, q?: string): Promise<LandlordView[]> {
    const landlords = await this.landlords.search(this.dataSource.manager, this.access.scope(actor), q ? normalizeName(q) : undefined);
    await this.audit.recordList(
      actor,
      'arrears_landlord',
      landlords.map((l) => l.id),
      [q],
    );
    return landlords.map(toLandlordView);
  }

  async get(actor: Actor, id: string, audit = true): Promise<LandlordDetail> {
    const manager = this.dataSource.manager;
    const landlord = await this.access.landlord(manager, actor, id);
    if (!landlord) throw DomainError.notFound('Landlord');
    const files = await this.files.ofLandlord(manager, id);
    if (audit) await this.audit.record(actor, { action: 'read', resourceType: 'arrears_landlord', resourceId: id });
    return { ...toLandlordView(landlord), files: files.map(({ id, reference, status }) => ({ id, reference, status })) };
  }

  async update(actor: Actor, id: string, dto: UpdateLandlordDto): Promise<LandlordDetail> {
    const { version, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const landlord = await this.access.landlord(manager, actor, id);
      if (!landlord) throw DomainError.notFound('Landlord');
      const matchKey = landlordMatchKey(changes.name ?? landlord.name, changes.commune ?? landlord.commune);
      const clash = await this.landlords.findByMatchKey(manager, landlord.organisationId, matchKey);
      if (clash && clash.id !== id)
        throw new DomainError('CONFLICT', 'Another landlord has this name and commune', { landlordId: clash.id });
      await this.landlords.update(manager, id, version, { ...changes, matchKey });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'arrears_landlord', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
    });
    return this.get(actor, id, false);
  }
}
