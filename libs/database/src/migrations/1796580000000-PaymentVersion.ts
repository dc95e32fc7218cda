import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pécule payments get a version, as every record with a status (issue 19 §3): their status moves by
 * one conditional update on the status and the version. Existing payments start at 1.
 */
export class PaymentVersion1796580000000 implements MigrationInterface {
  name = 'PaymentVersion1796580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pecule_payment" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pecule_payment" DROP COLUMN "version"`);
  }
}
