import { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotencyKeys1796032944050 implements MigrationInterface {
    name = 'IdempotencyKeys1796032944050'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" smallint NOT NULL, "response_body" json, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_acef6145ac09cfef2b6c6683c0e" PRIMARY KEY ("user_id", "operation", "key"))`);
        await queryRunner.query(`CREATE INDEX "ix_idempotency_key_expires_at" ON "idempotency_key"  ("expires_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_idempotency_key_expires_at"`);
        await queryRunner.query(`DROP TABLE "idempotency_key"`);
    }

}
