import { Actor } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from './access-policy';
import { TerritoriesRepository } from './territories.repository';
import { Territory } from './territory.entity';

/** Territories whose indicators a user may read: all of them for the State, one's own for everyone else. */
@Injectable()
export class TerritoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly territories: TerritoriesRepository,
  ) {}

  visibleTo(actor: Actor): Promise<Territory[]> {
    const onlyId = this.policy.hasRole(actor, 'state_officer') ? undefined : actor.territoryId;
    return this.territories.listByName(this.dataSource.manager, onlyId);
  }
}
