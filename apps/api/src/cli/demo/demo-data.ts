// The demo scenario of Grand Chambéry, as data: households and their pathway, maraude encounters,
// arrears files and pécule enrolments. Every name is invented. Dates are days before the day the
// seed runs, so that the reminder rules (config/reminders.json) give overdue, today's and upcoming
// reminders whenever it runs. demo-scenario.ts plays these tables through the services.
import type {
  AlertSource,
  ClosingOutcome,
  ContactChannel,
  ContactParty,
  HousingBenefitPayer,
  HousingBenefitStatus,
  LandlordDto,
  SolutionKind,
  SolutionStatus,
  Stage,
} from '@app/arrears';
import type {
  CalOutcome,
  ClosingReason,
  CommissionDecision,
  EntryChannel,
  HouseholdRole,
  Intensity,
  LeaseType,
  LivingSituation,
  Need,
  Orientation,
  PersonInputDto,
  Resource,
  Sex,
  Typology,
} from '@app/pathway';
import type { EmploymentSituation } from '@app/pecule';

/** INSEE codes of the communes of Grand Chambéry the scenario uses (the API takes codes, not names). */
const CHAMBERY = '73065'; // Chambéry
const LA_MOTTE_SERVOLEX = '73179'; // La Motte-Servolex
const COGNIN = '73087'; // Cognin
const BASSENS = '73031'; // Bassens
const CHALLES_LES_EAUX = '73064'; // Challes-les-Eaux
const SAINT_ALBAN_LEYSSE = '73222'; // Saint-Alban-Leysse
const LA_RAVOIRE = '73213'; // La Ravoire
const BARBERAZ = '73029'; // Barberaz
const JACOB_BELLECOMBETTE = '73137'; // Jacob-Bellecombette

/** The demo users who act in the scenario (keys of the seed's user table). */
export type WorkerKey = 'maraude' | 'maraude2' | 'siao' | 'siao2';
export type OrganisationKey = 'siao' | 'outreach' | 'youth' | 'landlord1' | 'landlord2';

/** The two commission sessions: three weeks ago (decided) and in ten days (agenda open). */
export const SESSIONS = {
  past: { daysAgo: 21, time: '09:30' },
  upcoming: { daysAhead: 10, time: '09:30' },
} as const;
export type SessionKey = keyof typeof SESSIONS;

export interface Offer {
  landlord: 'landlord1' | 'landlord2';
  commune: string;
  typology: Typology;
  rentCents: number;
}

/** A step of a household's pathway; `on` is a number of days ago (at 10:00, Paris time). */
export type Step =
  | { step: 'consent'; on: number }
  | { step: 'evaluate'; on: number; orientation: Orientation; intensity: Intensity; debtsCents: number }
  | { step: 'propose'; on: number; session: SessionKey; offer: Offer }
  /** At the session's date, with the other decisions of the session, in one request. */
  | { step: 'decide'; decision: CommissionDecision; refusalReason?: string }
  /** `answerDueIn`: days from today to the end of the household's answer deadline (negative: already passed). */
  | { step: 'allocate'; on: number; outcome: CalOutcome; rank?: number; condition?: string; reason?: string; answerDueIn?: number }
  | { step: 'decline'; on: number; reason: string }
  | { step: 'lease'; on: number; leaseType: LeaseType; landlord: string; commune: string }
  | { step: 'entry'; on: number }
  | { step: 'visit'; on: number }
  | { step: 'review'; on: number }
  | { step: 'slide'; on: number }
  | { step: 'close'; on: number; reason: ClosingReason };

export interface HouseholdPlan {
  /** Names the household in the other tables (encounters, enrolments). */
  key: string;
  /** Opens the file and is its referent; SIAO steps are taken by `siao` unless the file is a SIAO worker's. */
  by: WorkerKey;
  channel: EntryChannel;
  living: LivingSituation;
  commune: string;
  persons: PersonInputDto[];
  resources: Resource[];
  needs: Need[];
  opened: number;
  /** Consent given when the file was opened (otherwise a consent step, or still spotted). */
  consentAtOpening?: boolean;
  /** The maraude encounter where the person was first met, that evening. */
  met?: { place: string; zone: string; peopleMet: number };
  shared?: OrganisationKey[];
  restricted?: boolean;
  steps: Step[];
  notes?: Array<{ body: string; health?: boolean }>;
}

// Compact constructors, so that the table below reads as a case list.
const person =
  (role: HouseholdRole) =>
  (firstName: string, lastName: string, birthDate: string, sex: Sex): PersonInputDto => ({ role, firstName, lastName, birthDate, sex });
const ref = person('reference');
const spouse = person('spouse');
const child = person('child');
const alias = (name: string, birthYear: number, sex: Sex): PersonInputDto => ({ role: 'reference', alias: name, birthYear, sex });
const consent = (on: number): Step => ({ step: 'consent', on });
const evaluate = (on: number, orientation: Orientation, intensity: Intensity, debtsCents = 0): Step => ({
  step: 'evaluate',
  on,
  orientation,
  intensity,
  debtsCents,
});
const propose = (on: number, session: SessionKey, offer: Offer): Step => ({ step: 'propose', on, session, offer });
const decide = (decision: CommissionDecision, refusalReason?: string): Step => ({ step: 'decide', decision, refusalReason });
const allocate = (
  on: number,
  outcome: CalOutcome,
  extra: { rank?: number; condition?: string; reason?: string; answerDueIn?: number } = {},
): Step => ({
  step: 'allocate',
  on,
  outcome,
  ...extra,
});
const lease = (on: number, leaseType: LeaseType, landlord: string, commune: string): Step => ({
  step: 'lease',
  on,
  leaseType,
  landlord,
  commune,
});
const entry = (on: number): Step => ({ step: 'entry', on });
const visits = (...days: number[]): Step[] => days.map((on) => ({ step: 'visit', on }));
const close = (on: number, reason: ClosingReason): Step => ({ step: 'close', on, reason });
const offer = (landlord: Offer['landlord'], commune: string, typology: Typology, rentEuros: number): Offer => ({
  landlord,
  commune,
  typology,
  rentCents: rentEuros * 100,
});

const TOIT_DABORD_SUBLET = "Toit d'abord (sous-location, logement privé)";

/**
 * About forty households across every status. The first one is the marker of the scenario: when
 * a household of that name exists in the territory, the seed does not play the scenario again.
 */
export const HOUSEHOLDS: HouseholdPlan[] = [
  // —— File open ——
  {
    key: 'vasseur',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Bernard', 'Vasseur', '1968-03-14', 'male')],
    resources: ['none'],
    needs: ['administrative', 'physical_health'],
    opened: 45,
    met: { place: 'Place Saint-Léger', zone: 'Centre-ville', peopleMet: 2 },
    shared: ['siao'],
    steps: [consent(30)],
    notes: [
      { body: 'Ulcères aux deux jambes, pansements à refaire tous les deux jours. Accompagné à la PASS de l’hôpital le 12.', health: true },
      { body: 'Accepte l’accompagnement. Domiciliation demandée au CCAS de Chambéry ; carte d’identité à refaire (perdue).' },
    ],
  },
  {
    key: 'popescu',
    by: 'maraude2',
    channel: 'maraude',
    living: 'squat_or_camp',
    commune: CHAMBERY,
    persons: [ref('Ionut', 'Popescu', '1997-09-02', 'male'), spouse('Elena', 'Popescu', '1999-01-27', 'female')],
    resources: ['none'],
    needs: ['administrative', 'employment'],
    opened: 25,
    met: { place: 'Berges de la Leysse', zone: 'Centre-ville', peopleMet: 5 },
    shared: ['siao'],
    steps: [consent(12)],
    notes: [
      { body: 'Couple installé sous tente depuis l’été. Ionut cherche du travail dans le bâtiment ; inscription France Travail en cours.' },
    ],
  },
  {
    key: 'sow',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHAMBERY,
    persons: [ref('Mamadou', 'Sow', '1988-01-15', 'male')],
    resources: ['wages'],
    needs: ['administrative'],
    opened: 15,
    consentAtOpening: true,
    steps: [],
    notes: [{ body: 'Intérimaire en logistique, hébergé au CHRS depuis trois mois. Demande de logement social à renouveler.' }],
  },
  {
    key: 'lambert',
    by: 'siao2',
    channel: 'youth_desk',
    living: 'third_party',
    commune: COGNIN,
    persons: [ref('Kévin', 'Lambert', '2002-11-08', 'male')],
    resources: ['youth_commitment_contract'],
    needs: ['employment', 'budget'],
    opened: 8,
    consentAtOpening: true,
    shared: ['youth'],
    steps: [],
  },
  {
    key: 'mansouri',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHAMBERY,
    persons: [
      ref('Leïla', 'Mansouri', '1989-05-21', 'female'),
      child('Sami', 'Mansouri', '2014-09-03', 'male'),
      child('Nour', 'Mansouri', '2017-02-11', 'female'),
    ],
    resources: ['family_benefits'],
    needs: ['legal', 'parenting'],
    opened: 6,
    consentAtOpening: true,
    restricted: true,
    shared: ['outreach'],
    steps: [],
    notes: [
      { body: 'Mise à l’abri en urgence après des violences conjugales. Dossier protégé : ne jamais communiquer le lieu d’hébergement.' },
    ],
  },
  // —— Spotted (no consent yet) ——
  {
    key: 'jojo',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [alias('Le grand Jojo', 1971, 'male')],
    resources: [],
    needs: [],
    opened: 20,
    met: { place: 'Parc du Verney', zone: 'Centre-ville', peopleMet: 3 },
    steps: [],
    notes: [{ body: 'Vit avec son chien près du kiosque. Refuse pour l’instant toute orientation ; accepte un café et des chaussettes.' }],
  },
  {
    key: 'mimi',
    by: 'maraude2',
    channel: 'maraude',
    living: 'squat_or_camp',
    commune: BASSENS,
    persons: [alias('Mimi', 1984, 'female')],
    resources: [],
    needs: [],
    opened: 9,
    met: { place: 'Abords de la voie ferrée', zone: 'Bissy', peopleMet: 2 },
    steps: [],
  },
  {
    key: 'dobre',
    by: 'maraude',
    channel: 'maraude',
    living: 'vehicle',
    commune: LA_MOTTE_SERVOLEX,
    persons: [{ role: 'reference', firstName: 'Marius', lastName: 'Dobre', birthYear: 1998, sex: 'male' }],
    resources: [],
    needs: [],
    opened: 4,
    met: { place: 'Parking de la zone des Landiers', zone: 'Chambéry Nord', peopleMet: 1 },
    steps: [],
  },
  {
    key: 'besson',
    by: 'maraude2',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Mickaël', 'Besson', '1998-06-02', 'male')],
    resources: [],
    needs: [],
    opened: 2,
    met: { place: 'Parvis de la gare', zone: 'Gare', peopleMet: 2 },
    steps: [],
  },
  // —— Evaluated, awaiting a proposal (the worklist); two evaluations are stale ——
  {
    key: 'benkirane',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Youssef', 'Benkirane', '1985-02-10', 'male')],
    resources: ['rsa'],
    needs: ['addiction', 'administrative'],
    opened: 150,
    shared: ['siao'],
    steps: [consent(140), evaluate(120, 'pension_de_famille', 'intensive')],
  },
  {
    key: 'brunet',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: LA_RAVOIRE,
    persons: [ref('Jean-Marc', 'Brunet', '1963-07-30', 'male')],
    resources: ['aah'],
    needs: ['physical_health'],
    opened: 110,
    consentAtOpening: true,
    steps: [evaluate(100, 'residence_sociale', 'medium', 45_000)],
  },
  {
    key: 'perrier',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'third_party',
    commune: BARBERAZ,
    persons: [ref('Nathalie', 'Perrier', '1979-12-03', 'female')],
    resources: ['unemployment_benefit'],
    needs: ['budget'],
    opened: 95,
    consentAtOpening: true,
    steps: [evaluate(78, 'ordinary_social_housing', 'light', 120_000)],
  },
  {
    key: 'chergui',
    by: 'siao',
    channel: 'siao_demand',
    living: 'hotel',
    commune: CHAMBERY,
    persons: [ref('Ahmed', 'Chergui', '1974-04-22', 'male')],
    resources: ['aah'],
    needs: ['psychiatric_care'],
    opened: 85,
    consentAtOpening: true,
    steps: [evaluate(70, 'pension_de_famille', 'medium')],
  },
  {
    key: 'millet',
    by: 'siao2',
    channel: 'institution_exit',
    living: 'institution',
    commune: CHAMBERY,
    persons: [ref('Thierry', 'Millet', '1977-10-11', 'male')],
    resources: ['none'],
    needs: ['administrative', 'employment', 'legal'],
    opened: 40,
    consentAtOpening: true,
    steps: [evaluate(25, 'residence_sociale', 'medium')],
    notes: [{ body: 'Sortie de détention fin du mois ; suivi SPIP. Pas de solution d’hébergement à la sortie.' }],
  },
  // —— Back to evaluated after the past session: postponed, refused, not allocated, offer declined ——
  {
    key: 'dumas',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHAMBERY,
    persons: [ref('Patrick', 'Dumas', '1971-06-19', 'male')],
    resources: ['rsa'],
    needs: ['administrative'],
    opened: 70,
    consentAtOpening: true,
    steps: [
      evaluate(45, 'ordinary_social_housing', 'light'),
      propose(30, 'past', offer('landlord2', CHAMBERY, 'T1', 340)),
      decide('postponed'),
    ],
    notes: [{ body: 'Ajourné en commission : avis d’imposition 2025 à fournir.' }],
  },
  {
    key: 'ba',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'hotel',
    commune: CHAMBERY,
    persons: [
      ref('Amadou', 'Ba', '1983-09-09', 'male'),
      spouse('Aminata', 'Ba', '1987-04-18', 'female'),
      child('Moussa', 'Ba', '2021-12-05', 'male'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: ['budget'],
    opened: 80,
    consentAtOpening: true,
    steps: [
      evaluate(50, 'ordinary_social_housing', 'light', 80_000),
      propose(30, 'past', offer('landlord1', LA_MOTTE_SERVOLEX, 'T3', 560)),
      decide('refused', 'resources_insufficient'),
    ],
  },
  {
    key: 'ducret',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Éric', 'Ducret', '1981-02-27', 'male')],
    resources: ['rsa'],
    needs: ['psychiatric_care', 'addiction'],
    opened: 90,
    shared: ['siao'],
    steps: [
      consent(85),
      evaluate(50, 'bail_glissant', 'intensive'),
      propose(30, 'past', offer('landlord1', CHAMBERY, 'T1', 320)),
      decide('refused', 'accompaniment_needed'),
    ],
  },
  {
    key: 'germain',
    by: 'siao',
    channel: 'siao_demand',
    living: 'third_party',
    commune: SAINT_ALBAN_LEYSSE,
    persons: [ref('Sylvie', 'Germain', '1968-08-05', 'female')],
    resources: ['pension'],
    needs: [],
    opened: 75,
    consentAtOpening: true,
    steps: [
      evaluate(50, 'ordinary_social_housing', 'light'),
      propose(31, 'past', offer('landlord2', SAINT_ALBAN_LEYSSE, 'T2', 390)),
      decide('retained'),
      allocate(14, 'not_allocated', { reason: 'rent_burden_too_high' }),
    ],
  },
  {
    key: 'chevallier',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHAMBERY,
    persons: [ref('Olivier', 'Chevallier', '1984-01-30', 'male')],
    resources: ['wages'],
    needs: [],
    opened: 70,
    consentAtOpening: true,
    steps: [
      evaluate(48, 'ordinary_social_housing', 'medium'),
      propose(31, 'past', offer('landlord1', BASSENS, 'T2', 410)),
      decide('retained'),
      allocate(14, 'allocated_in_rank_order', { rank: 1 }),
      { step: 'decline', on: 8, reason: 'too_far_from_work_or_care' },
    ],
    notes: [{ body: 'Refuse le T2 de Bassens : trop loin de son travail de nuit à Chambéry-le-Haut, sans transport à ces heures-là.' }],
  },
  // —— Proposed at the upcoming session ——
  {
    key: 'roux',
    by: 'siao',
    channel: 'siao_demand',
    living: 'third_party',
    commune: CHAMBERY,
    persons: [ref('Mélanie', 'Roux', '1992-04-17', 'female'), child('Inès', 'Roux', '2019-05-02', 'female')],
    resources: ['rsa', 'family_benefits'],
    needs: ['budget'],
    opened: 60,
    consentAtOpening: true,
    steps: [evaluate(40, 'ordinary_social_housing', 'light'), propose(4, 'upcoming', offer('landlord2', CHAMBERY, 'T2', 410))],
  },
  {
    key: 'chaput',
    by: 'maraude',
    channel: 'maraude',
    living: 'vehicle',
    commune: LA_MOTTE_SERVOLEX,
    persons: [
      ref('Aurélie', 'Chaput', '1988-10-03', 'female'),
      spouse('Kevin', 'Chaput', '1986-06-21', 'male'),
      child('Lola', 'Chaput', '2012-03-15', 'female'),
      child('Enzo', 'Chaput', '2016-08-09', 'male'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: ['budget', 'parenting'],
    opened: 65,
    shared: ['siao'],
    steps: [
      consent(60),
      evaluate(35, 'ordinary_social_housing', 'medium', 230_000),
      propose(3, 'upcoming', offer('landlord1', COGNIN, 'T4', 590)),
    ],
    notes: [{ body: 'Famille qui dort dans son fourgon depuis l’expulsion de juin ; les enfants restent scolarisés à La Motte-Servolex.' }],
  },
  {
    key: 'bonnet',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: SAINT_ALBAN_LEYSSE,
    persons: [ref('Lucie', 'Bonnet', '1999-02-14', 'female'), child('Jules', 'Bonnet', '2026-03-08', 'male')],
    resources: ['family_benefits'],
    needs: ['parenting'],
    opened: 45,
    consentAtOpening: true,
    steps: [evaluate(30, 'ordinary_social_housing', 'medium'), propose(3, 'upcoming', offer('landlord2', SAINT_ALBAN_LEYSSE, 'T2', 380))],
  },
  {
    key: 'khelifi',
    by: 'siao',
    channel: 'youth_desk',
    living: 'third_party',
    commune: JACOB_BELLECOMBETTE,
    persons: [ref('Yasmine', 'Khelifi', '2003-07-25', 'female')],
    resources: ['youth_commitment_contract'],
    needs: ['employment'],
    opened: 35,
    consentAtOpening: true,
    shared: ['youth'],
    steps: [evaluate(20, 'ordinary_social_housing', 'medium'), propose(5, 'upcoming', offer('landlord1', JACOB_BELLECOMBETTE, 'T1', 300))],
  },
  {
    key: 'haddad',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHALLES_LES_EAUX,
    persons: [
      ref('Samira', 'Haddad', '1986-11-12', 'female'),
      child('Adam', 'Haddad', '2011-06-30', 'male'),
      child('Lina', 'Haddad', '2015-10-14', 'female'),
    ],
    resources: ['rsa', 'family_benefits'],
    needs: ['legal', 'parenting'],
    opened: 55,
    consentAtOpening: true,
    restricted: true,
    steps: [evaluate(40, 'ordinary_social_housing', 'medium'), propose(5, 'upcoming', offer('landlord2', CHALLES_LES_EAUX, 'T3', 470))],
    notes: [{ body: 'Dossier protégé (violences conjugales) : ordonnance de protection obtenue ; ne pas communiquer l’adresse.' }],
  },
  // —— Retained by the past session, awaiting the landlord's CAL (one waits in rank 2) ——
  {
    key: 'diarra',
    by: 'siao',
    channel: 'siao_demand',
    living: 'hotel',
    commune: LA_RAVOIRE,
    persons: [
      ref('Fatoumata', 'Diarra', '1985-03-22', 'female'),
      child('Awa', 'Diarra', '2010-01-19', 'female'),
      child('Ibrahim', 'Diarra', '2013-05-27', 'male'),
      child('Mariam', 'Diarra', '2018-11-02', 'female'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: ['parenting'],
    opened: 90,
    consentAtOpening: true,
    steps: [
      evaluate(55, 'ordinary_social_housing', 'medium'),
      propose(31, 'past', offer('landlord2', LA_RAVOIRE, 'T4', 560)),
      decide('retained'),
    ],
  },
  {
    key: 'ivanova',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: BASSENS,
    persons: [ref('Svetlana', 'Ivanova', '1982-12-01', 'female'), child('Artem', 'Ivanov', '2010-04-08', 'male')],
    resources: ['wages'],
    needs: ['administrative'],
    opened: 75,
    consentAtOpening: true,
    steps: [
      evaluate(45, 'ordinary_social_housing', 'light'),
      propose(30, 'past', offer('landlord1', BASSENS, 'T2', 410)),
      decide('retained'),
      allocate(14, 'allocated_in_rank_order', { rank: 2 }),
    ],
  },
  {
    key: 'blanc',
    by: 'maraude2',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Grégory', 'Blanc', '1987-05-05', 'male')],
    resources: ['rsa'],
    needs: ['addiction'],
    opened: 100,
    shared: ['siao'],
    steps: [
      consent(95),
      evaluate(60, 'bail_glissant', 'intensive'),
      propose(30, 'past', offer('landlord2', CHAMBERY, 'T1', 330)),
      decide('retained'),
    ],
  },
  // —— Allocated by the CAL ——
  {
    key: 'elamrani',
    by: 'siao',
    channel: 'siao_demand',
    living: 'hotel',
    commune: CHAMBERY,
    persons: [
      ref('Khadija', 'El Amrani', '1984-06-14', 'female'),
      spouse('Rachid', 'El Amrani', '1980-02-09', 'male'),
      child('Yanis', 'El Amrani', '2008-07-21', 'male'),
      child('Salma', 'El Amrani', '2012-09-30', 'female'),
      child('Ilyes', 'El Amrani', '2019-01-13', 'male'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: [],
    opened: 120,
    consentAtOpening: true,
    steps: [
      evaluate(60, 'ordinary_social_housing', 'light'),
      propose(32, 'past', offer('landlord2', CHAMBERY, 'T5', 720)),
      decide('retained'),
      allocate(13, 'allocated', { answerDueIn: 8 }), // the landlord gave three weeks to answer
    ],
  },
  {
    key: 'traore',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: BASSENS,
    persons: [ref('Hawa', 'Traoré', '1996-08-30', 'female'), child('Kadiatou', 'Traoré', '2020-10-17', 'female')],
    resources: ['rsa', 'family_benefits'],
    needs: ['administrative'],
    opened: 60,
    consentAtOpening: true,
    steps: [
      evaluate(42, 'ordinary_social_housing', 'medium'),
      propose(30, 'past', offer('landlord1', BASSENS, 'T2', 400)),
      decide('retained'),
      allocate(13, 'allocated_with_suspensive_condition', { condition: 'Avis d’imposition 2025 manquant', answerDueIn: 8 }),
    ],
  },
  // —— Lease signed, not yet moved in ——
  {
    key: 'pasquier',
    by: 'siao',
    channel: 'siao_demand',
    living: 'third_party',
    commune: COGNIN,
    persons: [
      ref('Christelle', 'Pasquier', '1994-01-09', 'female'),
      child('Noah', 'Pasquier', '2016-12-24', 'male'),
      child('Jade', 'Pasquier', '2020-06-06', 'female'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: [],
    opened: 85,
    consentAtOpening: true,
    steps: [
      evaluate(55, 'ordinary_social_housing', 'light'),
      propose(32, 'past', offer('landlord1', COGNIN, 'T3', 480)),
      decide('retained'),
      allocate(14, 'allocated'),
      lease(7, 'direct', 'Cristal Habitat', COGNIN),
    ],
  },
  {
    key: 'rey',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Franck', 'Rey', '1975-09-15', 'male')],
    resources: ['rsa'],
    needs: ['addiction', 'budget'],
    opened: 120,
    shared: ['siao'],
    steps: [consent(110), evaluate(60, 'private_housing_iml', 'medium'), lease(7, 'sublet', TOIT_DABORD_SUBLET, CHAMBERY)],
  },
  {
    key: 'pereira',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: LA_RAVOIRE,
    persons: [
      ref('Ana', 'Pereira', '1992-12-19', 'female'),
      child('Tiago', 'Pereira', '2014-02-25', 'male'),
      child('Sofia', 'Pereira', '2018-08-12', 'female'),
    ],
    resources: ['wages', 'family_benefits'],
    needs: ['budget'],
    opened: 100,
    consentAtOpening: true,
    steps: [evaluate(50, 'bail_glissant', 'medium'), lease(12, 'bail_glissant', 'OPAC de la Savoie', LA_RAVOIRE)],
  },
  // —— Followed in housing, with visits; bail glissant reviews and one slide ——
  {
    key: 'moreau',
    by: 'siao',
    channel: 'youth_desk',
    living: 'third_party',
    commune: CHAMBERY,
    persons: [ref('Dylan', 'Moreau', '2004-03-12', 'male')],
    resources: ['none'],
    needs: ['employment', 'budget'],
    opened: 200,
    consentAtOpening: true,
    shared: ['youth'],
    steps: [
      evaluate(180, 'private_housing_iml', 'medium'),
      lease(140, 'sublet', TOIT_DABORD_SUBLET, CHAMBERY),
      entry(138),
      ...visits(133, 108, 50),
    ],
  },
  {
    key: 'girod',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Océane', 'Girod', '2002-05-20', 'female')],
    resources: ['none'],
    needs: ['administrative', 'budget'],
    opened: 170,
    shared: ['siao', 'youth'],
    steps: [
      consent(160),
      evaluate(130, 'bail_glissant', 'intensive'),
      lease(95, 'bail_glissant', 'Cristal Habitat', BARBERAZ),
      entry(92),
      ...visits(88, 62),
    ],
  },
  {
    key: 'favre',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Gérard', 'Favre', '1960-01-18', 'male')],
    resources: ['aah'],
    needs: ['physical_health', 'addiction'],
    opened: 300,
    shared: ['siao'],
    steps: [
      consent(290),
      evaluate(250, 'pension_de_famille', 'intensive'),
      lease(215, 'sublet', 'Pension de famille du Verney', CHAMBERY),
      entry(214),
      ...visits(208, 184, 120, 32),
    ],
  },
  {
    key: 'curtet',
    by: 'siao',
    channel: 'siao_demand',
    living: 'emergency_shelter',
    commune: CHAMBERY,
    persons: [ref('Sébastien', 'Curtet', '1990-07-07', 'male')],
    resources: ['wages'],
    needs: ['budget'],
    opened: 420,
    consentAtOpening: true,
    steps: [
      evaluate(380, 'bail_glissant', 'medium'),
      lease(350, 'bail_glissant', 'OPAC de la Savoie', CHAMBERY),
      entry(348),
      ...visits(343, 318, 258),
      { step: 'review', on: 170 },
      ...visits(140),
    ],
  },
  {
    key: 'vial',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'third_party',
    commune: LA_MOTTE_SERVOLEX,
    persons: [ref('Josiane', 'Vial', '1965-02-02', 'female')],
    resources: ['pension'],
    needs: [],
    opened: 460,
    consentAtOpening: true,
    steps: [
      evaluate(420, 'bail_glissant', 'light'),
      lease(396, 'bail_glissant', 'Cristal Habitat', LA_MOTTE_SERVOLEX),
      entry(395),
      ...visits(389, 365, 305, 215),
      { step: 'review', on: 200 },
    ],
  },
  {
    key: 'jacquier',
    by: 'maraude2',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Daniel', 'Jacquier', '1966-10-25', 'male')],
    resources: ['rsa'],
    needs: ['addiction'],
    opened: 560,
    shared: ['siao'],
    steps: [
      consent(550),
      evaluate(520, 'bail_glissant', 'intensive'),
      lease(487, 'bail_glissant', 'OPAC de la Savoie', CHAMBERY),
      entry(486),
      ...visits(480, 456, 396, 305),
      { step: 'review', on: 120 },
      { step: 'slide', on: 30 },
    ],
    notes: [{ body: 'Bail glissé à son nom le mois dernier : bilan tripartite positif avec l’OPAC, loyers réglés depuis un an.' }],
  },
  // —— Closed, with their reasons ——
  {
    key: 'pellissier',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Roger', 'Pellissier', '1958-04-04', 'male')],
    resources: ['pension'],
    needs: ['physical_health'],
    opened: 700,
    shared: ['siao'],
    steps: [
      consent(690),
      evaluate(640, 'pension_de_famille', 'intensive'),
      lease(600, 'sublet', 'Pension de famille du Verney', CHAMBERY),
      entry(598),
      ...visits(590, 565, 510, 420),
      close(60, 'stable_in_housing'),
    ],
  },
  {
    key: 'saidi',
    by: 'maraude2',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Tarek', 'Saïdi', '1995-12-12', 'male')],
    resources: ['none'],
    needs: [],
    opened: 90,
    met: { place: 'Parvis de la gare', zone: 'Gare', peopleMet: 3 },
    steps: [consent(80), close(35, 'lost_contact')],
  },
  {
    key: 'morel',
    by: 'siao2',
    channel: 'siao_demand',
    living: 'third_party',
    commune: COGNIN,
    persons: [ref('Claudine', 'Morel', '1970-03-03', 'female')],
    resources: ['unemployment_benefit'],
    needs: [],
    opened: 150,
    consentAtOpening: true,
    steps: [evaluate(120, 'ordinary_social_housing', 'light'), close(40, 'moved_away')],
    notes: [{ body: 'Partie rejoindre sa fille à Grenoble ; dossier transmis au SIAO de l’Isère.' }],
  },
  {
    key: 'garnier',
    by: 'maraude',
    channel: 'maraude',
    living: 'squat_or_camp',
    commune: CHAMBERY,
    persons: [ref('Anthony', 'Garnier', '1991-08-08', 'male')],
    resources: [],
    needs: [],
    opened: 50,
    met: { place: 'Parking du Manège', zone: 'Centre-ville', peopleMet: 4 },
    steps: [close(28, 'declined')],
  },
  {
    key: 'belkacem',
    by: 'maraude',
    channel: 'maraude',
    living: 'street',
    commune: CHAMBERY,
    persons: [ref('Mohamed', 'Belkacem', '1969-05-30', 'male')],
    resources: ['rsa'],
    needs: ['psychiatric_care', 'addiction'],
    opened: 400,
    shared: ['siao'],
    steps: [
      consent(390),
      evaluate(350, 'private_housing_iml', 'intensive'),
      lease(280, 'sublet', TOIT_DABORD_SUBLET, CHAMBERY),
      entry(278),
      ...visits(273, 250),
      close(21, 'returned_to_street'),
    ],
  },
];

/** Later maraude rounds: anonymous people are counted; known ones are linked to their file. */
export const ENCOUNTERS: Array<{
  by: WorkerKey;
  on: number;
  time: string;
  place: string;
  zone: string;
  peopleMet: number;
  households?: string[];
}> = [
  { by: 'maraude', on: 27, time: '21:00', place: 'Parvis de la gare', zone: 'Gare', peopleMet: 4 },
  { by: 'maraude2', on: 24, time: '20:30', place: 'Parc du Verney', zone: 'Centre-ville', peopleMet: 3 },
  { by: 'maraude', on: 22, time: '21:00', place: 'Place Saint-Léger', zone: 'Centre-ville', peopleMet: 3, households: ['vasseur'] },
  { by: 'maraude', on: 20, time: '22:00', place: 'Place Saint-Léger', zone: 'Centre-ville', peopleMet: 2 },
  { by: 'maraude2', on: 17, time: '07:30', place: 'Berges de la Leysse', zone: 'Centre-ville', peopleMet: 2 },
  { by: 'maraude', on: 15, time: '21:30', place: 'Parc du Verney', zone: 'Centre-ville', peopleMet: 4, households: ['jojo'] },
  { by: 'maraude', on: 13, time: '21:15', place: 'Parking du Manège', zone: 'Centre-ville', peopleMet: 5 },
  { by: 'maraude2', on: 10, time: '20:45', place: 'Abords du centre commercial', zone: 'Chambéry Nord', peopleMet: 3 },
  { by: 'maraude2', on: 8, time: '20:30', place: 'Berges de la Leysse', zone: 'Centre-ville', peopleMet: 3, households: ['popescu'] },
  { by: 'maraude', on: 6, time: '21:30', place: 'Square des Hauts de Chambéry', zone: 'Hauts de Chambéry', peopleMet: 2 },
  { by: 'maraude2', on: 5, time: '21:00', place: 'Abords de la voie ferrée', zone: 'Bissy', peopleMet: 2, households: ['mimi'] },
  { by: 'maraude', on: 3, time: '07:00', place: 'Gare routière', zone: 'Gare', peopleMet: 3 },
  { by: 'maraude', on: 2, time: '21:15', place: 'Parc du Verney', zone: 'Centre-ville', peopleMet: 5, households: ['jojo', 'vasseur'] },
  { by: 'maraude2', on: 1, time: '21:00', place: 'Parc du Verney', zone: 'Centre-ville', peopleMet: 4 },
];

/** An event of an arrears file; dates are days ago, `nextIn` and `hearingIn` days ahead. */
export type ArrearsEvent =
  | { kind: 'contact'; on: number; party: ContactParty; channel: ContactChannel; reached: boolean; outcome: string; nextIn?: number }
  | { kind: 'debt'; on: number; amountCents: number; monthsUnpaid: number }
  | { kind: 'stage'; on: number; stage: Stage; hearingIn?: number; leaseTerminated?: boolean; paymentDelayMonths?: number }
  | {
      kind: 'solution';
      on: number;
      solution: Exclude<SolutionKind, 'rehousing_request'>;
      plan?: { monthlyCents: number; durationMonths: number; firstDueOn: number };
      amountCents?: number;
      note?: string;
      then?: Array<{ status: SolutionStatus; amountCents?: number }>;
    }
  | { kind: 'rehousing'; on: number }
  | { kind: 'close'; on: number; outcome: ClosingOutcome };

export interface ArrearsPlan {
  tenant: { firstName: string; lastName: string; phone?: string; email?: string };
  householdSize: number;
  commune: string;
  rentCents: number;
  chargesCents: number;
  housingBenefit: { payer: HousingBenefitPayer; cents: number; status: HousingBenefitStatus };
  alertSource: AlertSource;
  landlord: LandlordDto;
  opened: number;
  debt: { on: number; amountCents: number; monthsUnpaid: number };
  events: ArrearsEvent[];
}

// Telephone numbers in the ranges ARCEP reserves for fiction; e-mail addresses at example.com.
export const ARREARS: ArrearsPlan[] = [
  {
    tenant: { firstName: 'Stéphanie', lastName: 'Guillot', phone: '06 39 98 12 40', email: 'stephanie.guillot@example.com' },
    householdSize: 3,
    commune: CHAMBERY,
    rentCents: 52_000,
    chargesCents: 6_000,
    housingBenefit: { payer: 'caf', cents: 18_000, status: 'maintained' },
    alertSource: 'caf',
    landlord: { kind: 'individual', name: 'M. René Bouvier', phone: '04 65 71 20 13', commune: CHAMBERY },
    opened: 50,
    debt: { on: 52, amountCents: 174_000, monthsUnpaid: 3 },
    events: [
      { kind: 'stage', on: 48, stage: 'formal_notice' },
      {
        kind: 'contact',
        on: 45,
        party: 'tenant',
        channel: 'phone',
        reached: true,
        outcome: 'Perte d’emploi en juillet ; d’accord pour un plan d’apurement et une demande FSL.',
      },
      {
        kind: 'contact',
        on: 44,
        party: 'landlord',
        channel: 'phone',
        reached: true,
        outcome: 'Le bailleur accepte d’attendre la décision du FSL.',
      },
      {
        kind: 'solution',
        on: 44,
        solution: 'repayment_plan',
        plan: { monthlyCents: 10_000, durationMonths: 18, firstDueOn: 25 },
        note: 'Plan proposé au bailleur, en attente de sa signature.',
      },
      { kind: 'solution', on: 38, solution: 'fsl', amountCents: 174_000 },
      { kind: 'debt', on: 15, amountCents: 196_000, monthsUnpaid: 3 },
    ],
  },
  {
    tenant: { firstName: 'Jérôme', lastName: 'Rochette', phone: '06 39 98 31 77' },
    householdSize: 2,
    commune: CHAMBERY,
    rentCents: 61_000,
    chargesCents: 9_000,
    housingBenefit: { payer: 'none', cents: 0, status: 'none' },
    alertSource: 'landlord',
    landlord: {
      kind: 'company',
      name: 'SA Immobilière des Alpes',
      phone: '04 65 71 48 02',
      email: 'gestion@immo-alpes.example.com',
      commune: CHAMBERY,
      lettingAgent: 'Agence du Centre',
    },
    opened: 100,
    debt: { on: 102, amountCents: 210_000, monthsUnpaid: 3 },
    events: [
      { kind: 'stage', on: 95, stage: 'formal_notice' },
      {
        kind: 'contact',
        on: 90,
        party: 'tenant',
        channel: 'home_visit',
        reached: true,
        outcome: 'Visite à domicile : couple en arrêt maladie, dossier CAF jamais déposé.',
      },
      { kind: 'solution', on: 88, solution: 'social_services_referral', then: [{ status: 'taken_up' }] },
      { kind: 'stage', on: 85, stage: 'ccapex_referral' },
      { kind: 'solution', on: 60, solution: 'fsl', amountCents: 210_000, then: [{ status: 'refused' }] },
      { kind: 'debt', on: 40, amountCents: 350_000, monthsUnpaid: 5 },
      { kind: 'rehousing', on: 25 },
      { kind: 'stage', on: 12, stage: 'court_summons', hearingIn: 45 },
      {
        kind: 'contact',
        on: 10,
        party: 'letting_agent',
        channel: 'email',
        reached: true,
        outcome: 'L’agence confirme l’assignation ; audience au tribunal judiciaire de Chambéry.',
        nextIn: 2,
      },
    ],
  },
  {
    tenant: { firstName: 'Thi Lan', lastName: 'Nguyen', phone: '06 39 98 55 02' },
    householdSize: 1,
    commune: LA_RAVOIRE,
    rentCents: 48_000,
    chargesCents: 4_000,
    housingBenefit: { payer: 'caf', cents: 15_000, status: 'suspended' },
    alertSource: 'tenant',
    landlord: { kind: 'family_sci', name: 'SCI Les Genêts', phone: '04 65 71 63 90', commune: LA_RAVOIRE },
    opened: 10,
    debt: { on: 10, amountCents: 98_000, monthsUnpaid: 2 },
    events: [],
  },
  {
    tenant: { firstName: 'Alain', lastName: 'Dupraz', phone: '06 39 98 70 21' },
    householdSize: 4,
    commune: CHALLES_LES_EAUX,
    rentCents: 68_000,
    chargesCents: 8_000,
    housingBenefit: { payer: 'caf', cents: 22_000, status: 'maintained' },
    alertSource: 'court',
    landlord: { kind: 'individual', name: 'Mme Odile Perrin', commune: CHALLES_LES_EAUX },
    opened: 300,
    debt: { on: 300, amountCents: 320_000, monthsUnpaid: 5 },
    events: [
      { kind: 'stage', on: 300, stage: 'formal_notice' },
      {
        kind: 'contact',
        on: 295,
        party: 'tenant',
        channel: 'office_appointment',
        reached: true,
        outcome: 'Diagnostic social et financier réalisé.',
      },
      { kind: 'stage', on: 200, stage: 'court_summons', hearingIn: -150 },
      { kind: 'debt', on: 200, amountCents: 390_000, monthsUnpaid: 6 },
      { kind: 'stage', on: 150, stage: 'hearing' },
      { kind: 'stage', on: 120, stage: 'judgment', leaseTerminated: true, paymentDelayMonths: 24 },
      { kind: 'debt', on: 120, amountCents: 360_000, monthsUnpaid: 5 },
      {
        kind: 'solution',
        on: 118,
        solution: 'repayment_plan',
        plan: { monthlyCents: 15_000, durationMonths: 24, firstDueOn: 100 },
        note: 'Plan calé sur les délais de paiement accordés par le juge.',
        then: [{ status: 'kept' }],
      },
      { kind: 'contact', on: 60, party: 'tenant', channel: 'phone', reached: true, outcome: 'Échéances du plan respectées.' },
      { kind: 'debt', on: 30, amountCents: 288_000, monthsUnpaid: 4 },
      {
        kind: 'contact',
        on: 30,
        party: 'landlord',
        channel: 'letter',
        reached: false,
        outcome: 'Courrier de point d’étape envoyé à la propriétaire.',
      },
    ],
  },
  {
    tenant: { firstName: 'Carlos', lastName: 'Lopes', phone: '06 39 98 84 66' },
    householdSize: 3,
    commune: COGNIN,
    rentCents: 55_000,
    chargesCents: 5_000,
    housingBenefit: { payer: 'caf', cents: 16_000, status: 'maintained' },
    alertSource: 'social_services',
    landlord: { kind: 'individual', name: 'M. Henri Chappaz', commune: COGNIN },
    opened: 200,
    debt: { on: 200, amountCents: 120_000, monthsUnpaid: 2 },
    events: [
      { kind: 'contact', on: 195, party: 'tenant', channel: 'phone', reached: true, outcome: 'Reprise d’emploi ; propose 200 € par mois.' },
      {
        kind: 'solution',
        on: 190,
        solution: 'repayment_plan',
        plan: { monthlyCents: 20_000, durationMonths: 6, firstDueOn: 180 },
        then: [{ status: 'kept' }, { status: 'completed' }],
      },
      { kind: 'debt', on: 40, amountCents: 0, monthsUnpaid: 0 },
      { kind: 'close', on: 35, outcome: 'debt_cleared' },
    ],
  },
];

/** Two young people of households the youth team follows, with a stipend begun months ago. */
export const ENROLMENTS: Array<{
  household: string;
  startsOn: number;
  iban: string;
  holderName: string;
  employment: EmploymentSituation;
  inTraining: boolean;
  review?: { on: number; resources: Resource[]; employment: EmploymentSituation; inTraining: boolean };
}> = [
  {
    household: 'moreau',
    startsOn: 120,
    iban: 'FR76 9999 9000 0100 0000 1234 537',
    holderName: 'Dylan Moreau',
    employment: 'job_search',
    inTraining: false,
    review: { on: 20, resources: ['wages'], employment: 'apprenticeship', inTraining: true },
  },
  {
    household: 'girod',
    startsOn: 60,
    iban: 'FR76 9999 9000 0100 0000 6789 048',
    holderName: 'Océane Girod',
    employment: 'none',
    inTraining: true,
  },
];
