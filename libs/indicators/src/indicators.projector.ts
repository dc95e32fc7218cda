import { markProjected, resetProjection, unprojectedEvents } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FactDraft, factsOf } from './facts';
import { FactsRepository, NewFact, TokenProfile } from './facts.repository';
import { IndicatorSettings } from './indicator-settings';

const BATCH = 500;

const PROFILE_DIMENSIONS = ['age_band', 'household_type', 'sex', 'commune'] as const;
type MergedProfile = { kind: string; openedOn: string } & Partial<Record<(typeof PROFILE_DIMENSIONS)[number], string>>;

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
    private readonly facts: FactsRepository,
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

  private factCount(): Promise<number> {
    return this.facts.countFacts(this.dataSource.manager);
  }

  /** One batch in one transaction; -1 when another projector holds the lock. */
  private async batch(manager: EntityManager): Promise<number> {
    if (!(await this.facts.tryLockProjector(manager))) return -1;
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
  private async upsertTokens(manager: EntityManager, drafts: FactDraft[]): Promise<Map<string, TokenProfile>> {
    // A subject may have several facts in the batch: merge them first (one row per subject per statement).
    const subjects = new Map<string, MergedProfile>();
    for (const d of drafts) {
      if (!d.subject) continue;
      const known = subjects.get(d.subject.id);
      const merged: MergedProfile = {
        kind: d.subject.kind,
        openedOn: known && known.openedOn < d.occurredOn ? known.openedOn : d.occurredOn,
      };
      for (const key of PROFILE_DIMENSIONS) merged[key] = d.dimensions[key] ?? known?.[key];
      subjects.set(d.subject.id, merged);
    }
    if (subjects.size === 0) return new Map();
    const rows = await this.facts.upsertTokens(
      manager,
      [...subjects].map(([subjectId, s]) => ({
        subjectId,
        kind: s.kind,
        openedOn: s.openedOn,
        ageBand: s.age_band ?? null,
        householdType: s.household_type ?? null,
        sex: s.sex ?? null,
        commune: s.commune ?? null,
      })),
    );
    return new Map(rows.map((r) => [r.subject_id, r]));
  }

  private async insertFacts(manager: EntityManager, drafts: FactDraft[], profiles: Map<string, TokenProfile>): Promise<void> {
    if (drafts.length === 0) return;
    const facts: NewFact[] = drafts.map((d) => {
      const profile = d.subject ? profiles.get(d.subject.id) : undefined;
      const value =
        d.value === 'daysSinceOpening'
          ? profile?.opened_on
            ? Math.round((Date.parse(d.occurredOn) - Date.parse(profile.opened_on)) / 86_400_000)
            : null
          : d.value;
      return {
        indicatorCode: d.indicatorCode,
        territoryId: d.territoryId,
        occurredOn: d.occurredOn,
        token: profile?.token ?? null,
        value,
        ageBand: d.dimensions.age_band ?? profile?.age_band ?? null,
        householdType: d.dimensions.household_type ?? profile?.household_type ?? null,
        sex: d.dimensions.sex ?? profile?.sex ?? null,
        commune: d.dimensions.commune ?? profile?.commune ?? null,
        scheme: d.dimensions.scheme ?? null,
        category: d.dimensions.category ?? null,
        organisationId: d.organisationId,
        sourceEventId: d.sourceEventId,
      };
    });
    await this.facts.insertFacts(manager, facts);
    // Each subject's first fact per calendar month, quarter and year: a late fact may take the flag from a later one.
    const tokens = [...new Set(facts.flatMap((f) => (f.token ? [f.token] : [])))];
    if (tokens.length > 0) await this.facts.flagFirstFacts(manager, [...new Set(facts.map((f) => f.indicatorCode))], tokens);
    // State facts: each is valid until the subject's next one (events may arrive out of order, so recompute the subject's chain).
    const states = facts.filter((f) => f.token && this.settings.byCode.get(f.indicatorCode)?.measure === 'state');
    if (states.length === 0) return;
    await this.facts.chainStates(manager, [...new Set(states.map((f) => f.indicatorCode))], [...new Set(states.map((f) => f.token!))]);
  }
}
