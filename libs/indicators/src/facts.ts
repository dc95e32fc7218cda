import { ageBand, civilDate, communeCodeByName, isCommuneCode, PayloadField } from '@app/core';
import type { StoredEvent } from '@app/database';
import { Catalogue, Dimension, EventSource, Indicator, SubjectKind } from './catalogue';

/** What the projector needs of an outbox event. */
export type SourceEvent = StoredEvent;

/** A fact before its subject is replaced by a statistical token. */
export interface FactDraft {
  indicatorCode: string;
  territoryId: string;
  occurredOn: string;
  subject: { kind: SubjectKind; id: string } | null;
  /** A payload number, or `daysSinceOpening` resolved against the subject's profile. */
  value: number | 'daysSinceOpening' | null;
  dimensions: Partial<Record<Dimension, string>>;
  /** The organisation the event belongs to (its payload's `organisationId`), when it names one. */
  organisationId: string | null;
  sourceEventId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The band of an amount in cents, named in euros: `0_500`, `500_1500`, ..., `6000_et_plus`. */
export function bandOf(value: number, bounds: readonly number[]): string {
  const euros = (cents: number) => String(Math.round(cents / 100));
  const index = bounds.findIndex((bound) => value < bound);
  if (index === -1) return `${euros(bounds[bounds.length - 1])}_et_plus`;
  return `${index === 0 ? '0' : euros(bounds[index - 1])}_${euros(bounds[index])}`;
}

function matches(source: EventSource, payload: Record<string, unknown>): boolean {
  return Object.entries(source.when ?? {}).every(([key, expected]) =>
    Array.isArray(expected) ? expected.includes(payload[key] as never) : payload[key] === expected,
  );
}

function dateOf(source: EventSource, event: SourceEvent, timezone: string): string | null {
  if (!source.date) return civilDate(event.occurredAt, timezone);
  const raw = event.payload[source.date];
  if (typeof raw !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  // A month (a payment's `YYYY-MM`) dates the fact on its first day: the period it is for.
  if (/^\d{4}-\d{2}$/.test(raw)) return `${raw}-01`;
  const instant = new Date(raw);
  return Number.isNaN(instant.getTime()) ? null : civilDate(instant, timezone);
}

/** The commune dimension holds INSEE codes only: an event written before the reference may carry a name. */
function communeCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return isCommuneCode(value) ? value : (communeCodeByName(value) ?? undefined);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * The facts one outbox event yields, one per catalogue indicator it feeds. Pure: the projector
 * adds the statistical tokens and the subjects' profiles. Coarse dimensions only: the commune, the
 * household type, the sex, an age band (never an age or a birth date).
 */
export function factsOf(event: SourceEvent, catalogue: Pick<Catalogue, 'indicators'> & { timezone: string }): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const indicator of catalogue.indicators) {
    for (const source of indicator.events) {
      if (source.type !== event.type || !matches(source, event.payload)) continue;
      const draft = draftOf(indicator, source, event, catalogue.timezone);
      if (draft) facts.push(draft);
      break; // one fact per indicator and event
    }
  }
  return facts;
}

function draftOf(indicator: Indicator, source: EventSource, event: SourceEvent, timezone: string): FactDraft | null {
  const p = event.payload;
  const occurredOn = dateOf(source, event, timezone);
  if (!occurredOn) return null;
  let subject: FactDraft['subject'] = null;
  if (indicator.subject) {
    const id = p[indicator.subject.field];
    // People met: an event without the subject is about anonymous people.
    if (typeof id === 'string') subject = { kind: indicator.subject.kind, id };
    else if (indicator.measure !== 'people') return null;
  }
  let value: FactDraft['value'] = null;
  if (source.value === 'daysSinceOpening') value = 'daysSinceOpening';
  else if (source.value) {
    const number = p[source.value];
    if (typeof number !== 'number' || !Number.isFinite(number)) return null;
    value = source.negate ? -number : number;
  }
  // The fields every fact's profile may come from, named as the registry does (a rename fails type-checking).
  const field = (name: PayloadField) => p[name];
  const ageAtEntry = field('ageAtEntry');
  const dimensions: FactDraft['dimensions'] = {
    commune: communeCode(field('commune')),
    household_type: text(field('householdType')),
    sex: text(field('sex')),
    age_band: typeof ageAtEntry === 'number' ? ageBand(ageAtEntry) : undefined,
    scheme: source.scheme ? text(p[source.scheme]) : undefined,
    category: source.category ? text(p[source.category]) : undefined,
  };
  if (indicator.measure === 'distribution' && typeof value === 'number') dimensions.category = bandOf(value, indicator.bands!);
  return {
    indicatorCode: indicator.code,
    territoryId: event.territoryId,
    occurredOn,
    subject,
    value,
    dimensions,
    organisationId: typeof p.organisationId === 'string' && UUID.test(p.organisationId) ? p.organisationId : null,
    sourceEventId: event.id,
  };
}
