import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The envelope consumed is now dated by the month a payment is for (issue 18 §4.2): facts already
 * projected move from the day of validation or cancellation to the first day of that month.
 */
export class EnvelopeByMonthPaid1796300000000 implements MigrationInterface {
    name = 'EnvelopeByMonthPaid1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "indicator_fact" f SET "occurred_on" = ((o.payload->>'month') || '-01')::date
                                   FROM "outbox_event" o
                                  WHERE f."indicator_code" = 'pecule_envelope_consumed' AND f."source_event_id" = o."id"
                                    AND o.payload->>'month' ~ '^\\d{4}-\\d{2}$'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "indicator_fact" f SET "occurred_on" = (o."occurred_at" AT TIME ZONE 'Europe/Paris')::date
                                   FROM "outbox_event" o
                                  WHERE f."indicator_code" = 'pecule_envelope_consumed' AND f."source_event_id" = o."id"`);
    }
}
