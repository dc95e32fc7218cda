import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import type { IndicatorReport } from '../../api/types';

export type IndicatorQuery = operations['IndicatorsController_query']['parameters']['query'];

/** GET /indicators (an expensive request: the screens ask once per period, and keep the answer a while). */
export async function fetchIndicators(query: IndicatorQuery): Promise<IndicatorReport> {
  // The answer's schema is not declared (the API returns an interface): typed here.
  return unwrap<IndicatorReport>(await api.GET('/api/indicators', { params: { query } }));
}

/** Counts change when workers record; a few minutes old is fresh enough for a dashboard. */
export const INDICATORS_STALE_MS = 5 * 60_000;
