import { markProjected, resetProjection, unprojectedEvents } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FactDraft, factsOf } from './facts';
import { IndicatorSettings } from './indicator-settings';

const BATCH = 500;
/** One projector at a time: tokens are created once per subject. */
const PROJECTOR_LOCK = 0x1d1ca70;

const PROFILE_DIMENSIONS = ['age_band', 'household_type', 'sex', 'commune'] as const;
type SubjectProfile = { kind: string; openedOn: string } & Partial<Record<(typeof PROFILE_DIMENSIONS)[number], string>>;

interface Profile {
  token: string;
  opened_on: string | null;
  age_band: string | null;
  household_type: string | null;
  sex: string | null;
  commune: string | null;
}

/**
 * Turns outbox events into anonymised facts (run by the worker's `indicators` queue). Each event
 * is projected once — `outbox_event.projected_at` is the projector's own cursor — and replaying one
 * changes nothing: a fact is unique per source event and indicator. `rebuild()` replays the whole
 * outbox, adding the facts of indicators added to the catalogue since.
 */
@Injectable()
export class IndicatorsProjector {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: IndicatorSettings,
  ) {}

  /** Projects every pending event; returns how many events were read. */
  async projectPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.dataSource.transaction((manager) => this.batch(manager));
      total += Math.max(count, 0);
      if (count < BATCH) return total;
    }
  }

  async rebuild(): Promise<{ events: number; facts: number }> {
    const before = await this.factCount();
    await resetProjection(this.dataSource.manager);
    const events = await this.projectPending();
    return { events, facts: (await this.factCount()) - before };
  }

  private async factCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query<[{ count: string }]>(`SELECT count(*) FROM indicator_fact`);
    return Number(count);
  }

  /** One batch in one transaction; -1 when another projector holds the lock. */
  private async batch(manager: EntityManager): Promise<number> {
    const [{ locked }] = await manager.query<[{ locked: boolean }]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PROJECTOR_LOCK]);
    if (!locked) return -1;
    const events = await unprojectedEvents(manager, BATCH);
    if (events.length === 0) return 0;
    const drafts = events.flatMap((event) => factsOf(event, this.settings.catalogue));
    const profiles = await this.upsertTokens(manager, drafts);
    await this.insertFacts(manager, drafts, profiles);
    await markProjected(
      manager,
      events.map((e) => e.id),
    );
    return events.length;
  }

  /** One token per subject (created at random on first sight), with the profile later facts inherit. */
  private async upsertTokens(manager: EntityManager, drafts: FactDraft[]): Promise<Map<string, Profile>> {
    // A subject may have several facts in the batch: merge them first (one row per subject per statement).
    const subjects = new Map<string, SubjectProfile>();
    for (const d of drafts) {
      if (!d.subject) continue;
      const known = subjects.get(d.subject.id);
      const merged: SubjectProfile = {
        kind: d.subject.kind,
        openedOn: known && known.openedOn < d.occurredOn ? known.openedOn : d.occurredOn,
      };
      for (const key of PROFILE_DIMENSIONS) merged[key] = d.dimensions[key] ?? known?.[key];
      subjects.set(d.subject.id, merged);
    }
    if (subjects.size === 0) return new Map();
    const ids = [...subjects.keys()];
    const column = (key: keyof SubjectProfile) => ids.map((id) => subjects.get(id)![key] ?? null);
    const rows = await manager.query<Array<Profile & { subject_id: string }>>(
      `INSERT INTO statistical_token AS t (subject_id, subject_kind, opened_on, age_band, household_type, sex, commune, token)
       SELECT *, gen_random_uuid() FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (subject_id) DO UPDATE SET
         opened_on = LEAST(t.opened_on, EXCLUDED.opened_on),
         age_band = COALESCE(t.age_band, EXCLUDED.age_band),
         household_type = COALESCE(EXCLUDED.household_type, t.household_type),
         sex = COALESCE(EXCLUDED.sex, t.sex),
         commune = COALESCE(EXCLUDED.commune, t.commune)
       RETURNING subject_id, token, opened_on::text, age_band, household_type, sex, commune`,
      [ids, column('kind'), column('openedOn'), column('age_band'), column('household_type'), column('sex'), column('commune')],
    );
    return new Map(rows.map((r) => [r.subject_id, r]));
  }

  private async insertFacts(manager: EntityManager, drafts: FactDraft[], profiles: Map<string, Profile>): Promise<void> {
    if (drafts.length === 0) return;
    const facts = drafts.map((d) => {
      const profile = d.subject ? profiles.get(d.subject.id) : undefined;
      const value =
        d.value === 'daysSinceOpening'
          ? profile?.opened_on
            ? Math.round((Date.parse(d.occurredOn) - Date.parse(profile.opened_on)) / 86_400_000)
            : null
          : d.value;
      return {
        ...d,
        value,
        token: profile?.token ?? null,
        age_band: d.dimensions.age_band ?? profile?.age_band ?? null,
        household_type: d.dimensions.household_type ?? profile?.household_type ?? null,
        sex: d.dimensions.sex ?? profile?.sex ?? null,
        commune: d.dimensions.commune ?? profile?.commune ?? null,
      };
    });
    const column = <T>(pick: (f: (typeof facts)[number]) => T) => facts.map(pick);
    await manager.query(
      `INSERT INTO indicator_fact (indicator_code, territory_id, occurred_on, subject_token, value, age_band, household_type, sex, commune, scheme, category, organisation_id, source_event_id)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::date[], $4::uuid[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[], $13::bigint[])
       ON CONFLICT (source_event_id, indicator_code) DO NOTHING`,
      [
        column((f) => f.indicatorCode),
        column((f) => f.territoryId),
        column((f) => f.occurredOn),
        column((f) => f.token),
        column((f) => f.value),
        column((f) => f.age_band),
        column((f) => f.household_type),
        column((f) => f.sex),
        column((f) => f.commune),
        column((f) => f.dimensions.scheme ?? null),
        column((f) => f.dimensions.category ?? null),
        column((f) => f.organisationId),
        column((f) => f.sourceEventId),
      ],
    );
    // Each subject's first fact per calendar month, quarter and year: a late fact may take the flag from a later one.
    const tokens = [...new Set(facts.flatMap((f) => (f.token ? [f.token] : [])))];
    if (tokens.length > 0) {
      const first = (unit: string, bit: number) =>
        `CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('${unit}', occurred_on) ORDER BY occurred_on, id) = 1 THEN ${bit} ELSE 0 END`;
      await manager.query(
        `UPDATE indicator_fact f SET first_in = n.first_in
           FROM (SELECT id, ${first('month', 1)} + ${first('quarter', 2)} + ${first('year', 4)} AS first_in
                   FROM indicator_fact WHERE indicator_code = ANY($1::text[]) AND subject_token = ANY($2::uuid[])) n
          WHERE f.id = n.id AND f.first_in <> n.first_in`,
        [[...new Set(facts.map((f) => f.indicatorCode))], tokens],
      );
    }
    // State facts: each is valid until the subject's next one (events may arrive out of order, so recompute the subject's chain).
    const states = facts.filter((f) => f.token && this.settings.byCode.get(f.indicatorCode)?.measure === 'state');
    if (states.length === 0) return;
    await manager.query(
      `UPDATE indicator_fact f SET valid_to = n.next
         FROM (SELECT id, coalesce(lead(occurred_on) OVER (PARTITION BY indicator_code, subject_token ORDER BY occurred_on, source_event_id), 'infinity') AS next
                 FROM indicator_fact WHERE indicator_code = ANY($1::text[]) AND subject_token = ANY($2::uuid[])) n
        WHERE f.id = n.id AND f.valid_to <> n.next`,
      [[...new Set(states.map((f) => f.indicatorCode))], [...new Set(states.map((f) => f.token))]],
    );
  }
}
