import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { LandlordsRepository } from './landlords.repository';

/** The arrears' part of the retention purge (libs/indicators runs it, in its own transaction). */
@Injectable()
export class ArrearsRetention {
  constructor(
    private readonly files: ArrearsFilesRepository,
    private readonly landlords: LandlordsRepository,
  ) {}

  /** Closed files with no contact since `cutoff`, locked until the end of the caller's transaction: the purge's candidates. */
  lockFilesClosedBefore(manager: EntityManager, cutoff: string): Promise<Array<{ id: string; reference: string }>> {
    return this.files.lockClosedBefore(manager, cutoff);
  }

  /** Deletes files with their contacts, debts, solutions and stages (by cascade). */
  purgeFiles(manager: EntityManager, ids: string[]): Promise<void> {
    return this.files.purge(manager, ids);
  }

  /**
   * Deletes the landlords left without a tenant file and unchanged since `cutoff` (a civil date in
   * `timezone`): an organisation's contacts no longer needed. Returns their ids.
   */
  purgeLandlordsWithoutFiles(manager: EntityManager, cutoff: string, timezone: string): Promise<string[]> {
    return this.landlords.purgeWithoutFiles(manager, cutoff, timezone);
  }
}
