import { MigrationInterface, QueryRunner } from "typeorm";

export class HouseholdListIndexes1795430017981 implements MigrationInterface {
    name = 'HouseholdListIndexes1795430017981'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_19cde180ee5fe9586d90598f81" ON "household"  ("territory_id", "opened_at", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9cdb7d22c01b9087c373b93d15" ON "household"  ("territory_id", "status", "opened_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_9cdb7d22c01b9087c373b93d15"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_19cde180ee5fe9586d90598f81"`);
    }

}
