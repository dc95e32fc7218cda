import { EventType, eventReferenceProblem, isEventType } from '@app/core';
import { z } from 'zod';

/** Dimensions a fact may carry: coarse, never identifying. */
export const DIMENSIONS = ['age_band', 'household_type', 'sex', 'commune', 'scheme', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a query may break down by: a catalogue dimension, or the organisation that recorded the facts (any indicator). */
export const BREAKDOWNS = [...DIMENSIONS, 'organisation'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Kinds of subjects a statistical token stands for. */
export const SUBJECT_KINDS = ['household', 'arrears_household', 'landlord', 'young_person'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const MEASURES = ['distinct', 'sum', 'median', 'distribution', 'state', 'people'] as const;
export type Measure = (typeof MEASURES)[number];

const payloadValue = z.union([z.string(), z.number(), z.boolean()]);
const field = z.string().regex(/^[A-Za-z]+$/, 'a payload field name');

const eventSource = z
  .object({
    /** An event type of the registry (`@app/core` DOMAIN_EVENTS). */
    type: z.custom<EventType>((value) => typeof value === 'string' && isEventType(value), {
      error: (issue) => `no event ${String(issue.input)} (see README "Outbox events")`,
    }),
    /** Payload values the event must carry (a list: any of them). */
    when: z.record(z.string(), z.union([payloadValue, z.array(payloadValue).min(1)])).optional(),
    /** Payload date (YYYY-MM-DD, a YYYY-MM month: its first day, or an instant) the fact is dated by; the event's occurredAt otherwise. */
    date: field.optional(),
    /** Payload number the fact measures (people met, cents), or days since the subject's file opened. */
    value: z.union([field, z.literal('daysSinceOpening')]).optional(),
    /** Counted negatively (a validated payment cancelled gives back its amount). */
    negate: z.boolean().default(false),
    /** Payload field giving the fact's category (a solution kind, an outcome, a status). */
    category: field.optional(),
    /** Payload field giving the scheme (lease type, orientation). */
    scheme: field.optional(),
  })
  .strict();

const indicator = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/),
    /** The French label, as the convention words it. */
    label: z.string().min(1),
    /** What exactly is counted, in French, for the coordinator who must explain a number. */
    definition: z.string().min(1),
    measure: z.enum(MEASURES),
    /**
     * The subject counted once per period (distinct, distribution, state, median); none for plain sums.
     * People: facts without one are anonymous people (their value), facts with one identified persons
     * (counted once, their value adjusting the anonymous count).
     */
    subject: z
      .object({ kind: z.enum(SUBJECT_KINDS), field })
      .strict()
      .optional(),
    events: z.array(eventSource).min(1),
    /** `cents`, `people`, `days`, `households`... shown with the value. */
    unit: z.string().min(1),
    dimensions: z.array(z.enum(DIMENSIONS)).default([]),
    /** State: categories that end a subject's presence; a subject in one since before the period is not counted. */
    inactive: z.array(z.string().min(1)).optional(),
    /** Distribution: upper bounds of the bands, in the value's unit (cents); the last band is open. */
    bands: z.array(z.number().int().positive()).min(1).optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    if (i.measure !== 'sum' && !i.subject) ctx.addIssue({ code: 'custom', message: `${i.measure} needs a subject`, path: ['subject'] });
    if (['sum', 'median', 'distribution'].includes(i.measure) && i.events.some((e) => !e.value))
      ctx.addIssue({ code: 'custom', message: `${i.measure} needs a value on each event`, path: ['events'] });
    if (i.measure === 'distribution' && !i.bands) ctx.addIssue({ code: 'custom', message: 'a distribution needs bands', path: ['bands'] });
    if (i.measure === 'people' && i.events.some((e) => !e.value))
      ctx.addIssue({ code: 'custom', message: 'people needs a value on each event', path: ['events'] });
    if (i.measure === 'state' && i.events.some((e) => !e.category))
      ctx.addIssue({ code: 'custom', message: 'a state needs a category on each event', path: ['events'] });
    // Every payload field the indicator reads must be one its event carries: a misspelt field would count nothing.
    i.events.forEach((e, index) => {
      const value = e.value === 'daysSinceOpening' ? undefined : e.value;
      // People: an event without the subject is about anonymous people, so the subject is not required there.
      const subject = i.measure === 'people' ? undefined : i.subject?.field;
      const fields = [subject, ...Object.keys(e.when ?? {}), e.date, value, e.category, e.scheme];
      const problem = eventReferenceProblem(
        e.type,
        fields.filter((f) => f !== undefined),
      );
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['events', index] });
    });
  });

export const catalogueSchema = z
  .object({
    /** Breakdown cells from 1 to this count are masked (statistical confidentiality). */
    maskingThreshold: z.number().int().min(1).max(100),
    indicators: z
      .array(indicator)
      .min(1)
      .refine((list) => new Set(list.map((i) => i.code)).size === list.length, 'indicator codes must be unique'),
    /** Years personal files are kept after they closed and their last activity, per file type. */
    retentionYears: z.object({ household: z.number().int().min(1).max(30), arrears_file: z.number().int().min(1).max(30) }).strict(),
  })
  .strict();

export type Catalogue = z.infer<typeof catalogueSchema>;
export type Indicator = Catalogue['indicators'][number];
export type EventSource = Indicator['events'][number];
