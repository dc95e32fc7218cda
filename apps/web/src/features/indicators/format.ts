import type { Breakdown, IndicatorCell, IndicatorResult } from '../../api/types';
import { AGE_BAND, LEASE_TYPE, SEX, STATUS } from '../../ui/labels';

export const BREAKDOWN: Record<Breakdown, string> = {
  age_band: 'Tranche d’âge',
  household_type: 'Composition du ménage',
  sex: 'Sexe',
  commune: 'Commune',
  scheme: 'Type de bail',
  category: 'Catégorie',
  organisation: 'Équipe',
};

const HOUSEHOLD_TYPE: Record<string, string> = {
  single: 'Personne seule',
  couple: 'Couple sans enfant',
  single_parent: 'Famille monoparentale',
  couple_with_children: 'Couple avec enfant(s)',
  other: 'Autre composition',
};

const ARREARS_OUTCOME: Record<string, string> = {
  debt_cleared: 'Dette soldée',
  repayment_plan_under_way: 'Plan d’apurement en cours',
  rehoused: 'Relogé',
  tenant_left: 'Départ du locataire',
  evicted: 'Expulsé',
  lost_contact: 'Perdu de vue',
};

const ARREARS_RESPONSE: Record<string, string> = {
  repayment_plan: 'Plan d’apurement',
  fsl: 'Aide du FSL',
  housing_benefit_maintained: 'Maintien de l’aide au logement',
  mediation: 'Médiation',
  social_services_referral: 'Orientation vers les services sociaux',
  rehousing_request: 'Demande de relogement',
};

/** Category keys of every indicator together: statuses, outcomes, debt bands never share a code. */
const CATEGORY: Record<string, string> = { ...STATUS, ...ARREARS_RESPONSE, ...ARREARS_OUTCOME, other: 'Autre' };

const LABELS: Partial<Record<Breakdown, Record<string, string>>> = {
  age_band: AGE_BAND,
  household_type: HOUSEHOLD_TYPE,
  sex: SEX,
  scheme: LEASE_TYPE,
  category: CATEGORY,
};

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A debt band `500_1500` or `6000_et_plus` (euros), as a reader says it. */
function bandLabel(key: string): string | null {
  const match = /^(\d+)_(\d+|et_plus)$/.exec(key);
  if (!match) return null;
  const low = euros.format(Number(match[1]));
  return match[2] === 'et_plus' ? `${low} et plus` : `${low} à ${euros.format(Number(match[2]))}`;
}

/** What a breakdown cell is called: a commune's name, a French label, or the code when none is known. */
export function cellLabel(breakdown: Breakdown | null, cell: IndicatorCell): string {
  if (cell.label) return cell.label;
  if (cell.key === 'inconnu') return 'Non renseigné';
  return (breakdown && LABELS[breakdown]?.[cell.key]) ?? bandLabel(cell.key) ?? cell.key;
}

/** A count, a sum of cents as euros, or a number of days; a dash when there is none. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'centimes') return euros.format(value / 100);
  return number.format(value);
}

/** A distribution's value and cells count subjects; its unit is its median's (the debt, in cents). */
export function valueUnit(indicator: Pick<IndicatorResult, 'measure' | 'unit'>): string {
  return indicator.measure === 'distribution' ? '' : indicator.unit;
}

/** The unit beside a value (euros say theirs already), singular below two as French has it (`1 ménage`, `0 jour`). */
export function unitLabel(unit: string, value?: number | null): string {
  if (unit === 'centimes') return '';
  return value !== undefined && value !== null && Math.abs(value) < 2 ? unit.replace(/s$/, '') : unit;
}

/** What a masked cell shows: fewer than the threshold plus one. */
export function maskedText(threshold: number): string {
  return `< ${threshold + 1}`;
}

/**
 * Cells in the reader's order: the pathway's order of statuses, age bands youngest first, debt
 * bands lowest first, communes by name; "unknown" last.
 */
export function orderedCells(breakdown: Breakdown | null, cells: readonly IndicatorCell[]): IndicatorCell[] {
  const keys = Object.keys((breakdown && LABELS[breakdown]) ?? {});
  const rank = (cell: IndicatorCell) => {
    if (cell.key === 'inconnu') return Number.POSITIVE_INFINITY;
    if (keys.includes(cell.key)) return keys.indexOf(cell.key);
    const band = /^(\d+)_/.exec(cell.key);
    return band ? Number(band[1]) : 0;
  };
  return [...cells].sort((a, b) => rank(a) - rank(b) || cellLabel(breakdown, a).localeCompare(cellLabel(breakdown, b), 'fr'));
}
