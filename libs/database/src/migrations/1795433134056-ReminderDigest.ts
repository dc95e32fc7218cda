import { MigrationInterface, QueryRunner } from "typeorm";

export class ReminderDigest1795433134056 implements MigrationInterface {
    name = 'ReminderDigest1795433134056'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reminder_digest_subscription" ("user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aabd48b2fa6b1d7ed5401b7c72d" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "reminder_digest" ("user_id" uuid NOT NULL, "day" date NOT NULL, "status" text NOT NULL DEFAULT 'sending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0267c976049d243d3d22740e86" PRIMARY KEY ("user_id", "day"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "reminder_digest"`);
        await queryRunner.query(`DROP TABLE "reminder_digest_subscription"`);
    }

}
