import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 §5: one "today". A pécule programme no longer keeps its own time zone: which month it is
 * for its payments and exports, and which day for its reviews, is the territory's
 * (`Clock.today()`, TERRITORY_TIMEZONE), as in every other context.
 */
export class PeculeProgrammeTimezone1796601000000 implements MigrationInterface {
  name = 'PeculeProgrammeTimezone1796601000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pecule_programme" DROP COLUMN "timezone"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pecule_programme" ADD "timezone" text NOT NULL DEFAULT 'Europe/Paris'`);
  }
}
