/** What became of an action in a year, as the annexes say it (Annexe 2's "Statut de l'action"). */
export const ACTION_STATUSES = ['maintained', 'completed', 'redirected', 'abandoned'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** French words of the statuses, for the report. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  maintained: 'Maintien',
  completed: 'Achevée',
  redirected: 'Réorientée',
  abandoned: 'Abandonnée',
};

/**
 * The State's (DIHAL) share of an action's cost, in percent, as the convention sets it (article 2.2):
 * 100 for social and health accompaniment, 50 for the coordinator's post, 80 for the rest.
 */
export const STATE_RATES = [100, 80, 50] as const;
export type StateRate = (typeof STATE_RATES)[number];

/** The cell of an indicator that Parcours does not collect: shown as such, never as 0. */
export const NOT_COLLECTED = 'non collecté dans Parcours';

/** 100 million euros in cents: far above any convention, far below Number.MAX_SAFE_INTEGER. */
export const MAX_CENTS = 10_000_000_000;
