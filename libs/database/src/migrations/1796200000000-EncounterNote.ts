import { MigrationInterface, QueryRunner } from "typeorm";

export class EncounterNote1796200000000 implements MigrationInterface {
    name = 'EncounterNote1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "maraude_encounter" ADD "note" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "maraude_encounter" DROP COLUMN "note"`);
    }
}
