// French labels of the API's codes. The API speaks codes; what a user reads is said here once.

export const STATUS: Record<string, string> = {
  spotted: 'Repéré',
  file_open: 'Dossier ouvert',
  evaluated: 'Évalué',
  proposed: 'Proposé en commission',
  retained: 'Retenu',
  allocated: 'Attribué',
  lease_signed: 'Bail signé',
  followed_in_housing: 'Suivi dans le logement',
  closed: 'Clos',
};

const STEP: Record<string, string> = {
  'household.opened': 'Ouverture du dossier',
  'consent.recorded': 'Accord de la personne',
  'evaluation.completed': 'Évaluation SIAO',
  'commission.proposed': 'Proposition en commission',
  'commission.decided': 'Décision de la commission',
  'allocation.decided': 'Décision d’attribution (CAL)',
  'allocation.condition_met': 'Pièce reçue : condition suspensive remplie',
  'allocation.condition_failed': 'Pièce non fournie : condition suspensive non remplie',
  'offer.accepted': 'Acceptation de l’offre par le ménage',
  'offer.declined': 'Refus de l’offre par le ménage',
  'offer.lapsed': 'Offre sans réponse dans le délai (refus)',
  'lease.signed': 'Signature du bail',
  'housing.entered': 'Entrée dans le logement',
  'followup.visited': 'Visite de suivi',
  'bail_glissant.reviewed': 'Bilan du bail glissant',
  'lease.slid': 'Glissement du bail',
  'household.closed': 'Clôture du dossier',
  'household.reopened': 'Réouverture du dossier',
  'household.person.added': 'Arrivée d’une personne',
  'household.person.removed': 'Départ d’une personne',
  'household.transferred': 'Transfert du dossier',
  'maraude.encounter.linked': 'Rencontre de maraude',
};

export function stepLabel(code: string): string {
  return STEP[code] ?? code;
}

export const ENTRY_CHANNEL: Record<string, string> = {
  maraude: 'Maraude',
  siao_demand: 'Demande SIAO',
  institution_exit: 'Sortie d’institution',
  youth_desk: 'Guichet jeunes',
  landlord_alert: 'Alerte bailleur',
  eviction_prevention: 'Prévention des expulsions',
};

export const LIVING_SITUATION: Record<string, string> = {
  street: 'Rue',
  squat_or_camp: 'Squat ou campement',
  emergency_shelter: 'Hébergement d’urgence',
  institution: 'Institution (hôpital, prison…)',
  third_party: 'Hébergé par un tiers',
  vehicle: 'Véhicule',
  hotel: 'Hôtel',
  own_housing_at_risk: 'Logement propre menacé',
  other: 'Autre',
};

export const RESOURCE: Record<string, string> = {
  none: 'Aucune ressource',
  rsa: 'RSA',
  aah: 'AAH',
  wages: 'Salaire',
  youth_guarantee: 'Garantie jeunes (avant mars 2022)',
  youth_commitment_contract: 'Contrat d’engagement jeune (CEJ)',
  unemployment_benefit: 'Allocation chômage',
  pension: 'Retraite ou pension',
  family_benefits: 'Prestations familiales',
  other: 'Autre',
};

export const NEED: Record<string, string> = {
  psychiatric_care: 'Soins psychiatriques',
  addiction: 'Addictions',
  physical_health: 'Santé physique',
  administrative: 'Démarches administratives',
  employment: 'Emploi',
  budget: 'Budget',
  parenting: 'Parentalité',
  legal: 'Juridique',
  other: 'Autre',
};

export const ORIENTATION: Record<string, string> = {
  ordinary_social_housing: 'Logement social de droit commun',
  private_housing_iml: 'Logement privé en intermédiation (IML)',
  pension_de_famille: 'Pension de famille',
  residence_sociale: 'Résidence sociale',
  bail_glissant: 'Bail glissant',
  emergency_shelter: 'Hébergement d’urgence',
  chrs: 'CHRS',
  residence_accueil: 'Résidence accueil',
  lhss: 'Lits halte soins santé (LHSS)',
  act: 'Appartements de coordination thérapeutique (ACT)',
  fjt: 'Foyer de jeunes travailleurs (FJT)',
  un_chez_soi_dabord: 'Un chez-soi d’abord',
};

export const INTENSITY: Record<string, string> = { light: 'Légère', medium: 'Moyenne', intensive: 'Intensive' };

export const LEASE_TYPE: Record<string, string> = { direct: 'Bail direct', bail_glissant: 'Bail glissant', sublet: 'Sous-location' };

export const CLOSE_REASON: Record<string, string> = {
  stable_in_housing: 'Stabilisé dans le logement',
  moved_away: 'Parti du territoire',
  lost_contact: 'Perdu de vue',
  returned_to_street: 'Retour à la rue',
  deceased: 'Décès',
  declined: 'Refus de l’accompagnement',
  hospitalised: 'Hospitalisation',
  imprisoned: 'Incarcération',
  moved_to_chrs: 'Orientation en CHRS',
  evicted: 'Expulsion',
  other: 'Autre',
};

export const PERSON_ARRIVAL: Record<string, string> = { birth: 'Naissance', arrival: 'Arrivée dans le ménage' };

export const PERSON_DEPARTURE: Record<string, string> = { departure: 'Départ du ménage', death: 'Décès' };

export const PERSON_ROLE: Record<string, string> = {
  reference: 'Personne de référence',
  spouse: 'Conjoint·e',
  child: 'Enfant',
  other_adult: 'Autre adulte',
  other_child: 'Autre enfant',
};

export const SEX: Record<string, string> = { female: 'Femme', male: 'Homme', other: 'Autre', unknown: 'Non renseigné' };

/** The one set of age bands (libs/core/src/age-bands.ts): the household list's filter and the indicators' breakdown. */
export const AGE_BAND: Record<string, string> = {
  under_18: 'Moins de 18 ans',
  '18_24': '18 à 24 ans',
  '25_34': '25 à 34 ans',
  '35_49': '35 à 49 ans',
  '50_64': '50 à 64 ans',
  '65_plus': '65 ans et plus',
};

export const DECISION: Record<string, string> = { retained: 'Retenu', postponed: 'Ajourné', refused: 'Refusé' };

export const ALLOCATION_OUTCOME: Record<string, string> = {
  allocated: 'Attribué',
  allocated_in_rank_order: 'Attribué en rang',
  allocated_with_suspensive_condition: 'Attribué sous condition suspensive',
  not_allocated: 'Non attribué',
  rejected_inadmissible: 'Rejeté (irrecevable)',
};

export const ROLE: Record<string, string> = {
  outreach_worker: 'Maraude',
  siao_worker: 'Travailleur social SIAO',
  commission_secretary: 'Secrétariat de commission',
  arrears_advisor: 'Conseiller ADIL',
  youth_worker: 'Équipe jeunes',
  stipend_manager: 'Gestion du pécule',
  coordinator: 'Coordination',
  state_officer: 'Services de l’État',
  admin: 'Administration',
};

/** Options of a select from a label table. */
export function options(table: Record<string, string>): Array<{ value: string; label: string }> {
  return Object.entries(table).map(([value, label]) => ({ value, label }));
}

/**
 * Resources a worker may choose today: the youth guarantee became the CEJ on 1 March 2022 (décret
 * 2022-199); old records still show it, and a file that has it keeps it as chosen.
 */
export function resourceOptions(chosen: readonly string[] = []): Array<{ value: string; label: string }> {
  return options(RESOURCE).filter((option) => option.value !== 'youth_guarantee' || chosen.includes(option.value));
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** A civil date (`2025-03-14`) or an instant, as French readers write it. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** What became of a convention action in a year (Annexe 2's "Statut de l'action"). */
export const ACTION_STATUS: Record<string, string> = {
  maintained: 'Maintien',
  completed: 'Achevée',
  redirected: 'Réorientée',
  abandoned: 'Abandonnée',
};
