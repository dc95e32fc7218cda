import { Actor } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from './access-policy';
import { Territory } from './territory.entity';

/** Territories whose indicators a user may read: all of them for the State, one's own for everyone else. */
@Injectable()
export class TerritoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  visibleTo(actor: Actor): Promise<Territory[]> {
    const where = this.policy.hasRole(actor, 'state_officer') ? {} : { id: actor.territoryId };
    return this.dataSource.getRepository(Territory).find({ where, order: { name: 'ASC' } });
  }
}
