// Demo data for development: the Grand Chambéry territory, its organisations, one user per role and its pécule programme.
// Idempotent; refuses to run in production.
import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { Role } from '@app/core';
import { createUserIfAbsent, ensureOrganisation, ensureTerritory, OrganisationType } from '@app/identity';
import { EntityManager } from 'typeorm';
import { openCliDataSource } from './cli-data-source';

export const DEMO_PASSWORD = 'parcours-demo-2026';

const ORGANISATIONS: Array<{ key: string; name: string; type: OrganisationType }> = [
  { key: 'siao', name: 'SIAO 73 (association Le Pélican)', type: 'siao' },
  { key: 'outreach', name: "Toit d'abord (association Le Pélican)", type: 'outreach' },
  { key: 'adil', name: 'ADIL 73', type: 'adil' },
  { key: 'youth', name: 'Équipe pluridisciplinaire jeunes', type: 'youth_team' },
  { key: 'coordination', name: 'Grand Chambéry, coordination Logement d’abord', type: 'coordination' },
  { key: 'landlord1', name: 'Cristal Habitat', type: 'social_landlord' },
  { key: 'landlord2', name: 'OPAC de la Savoie', type: 'social_landlord' },
];

const USERS: Array<{ email: string; displayName: string; organisation: string; roles: Role[] }> = [
  { email: 'maraude@demo.parcours.test', displayName: 'Léa Maraude', organisation: 'outreach', roles: ['outreach_worker'] },
  { email: 'siao@demo.parcours.test', displayName: 'Karim SIAO', organisation: 'siao', roles: ['siao_worker'] },
  { email: 'commission@demo.parcours.test', displayName: 'Nadia Commission', organisation: 'siao', roles: ['commission_secretary'] },
  { email: 'adil@demo.parcours.test', displayName: 'Paul ADIL', organisation: 'adil', roles: ['arrears_advisor'] },
  { email: 'jeunes@demo.parcours.test', displayName: 'Inès Jeunes', organisation: 'youth', roles: ['youth_worker'] },
  { email: 'pecule@demo.parcours.test', displayName: 'Marc Pécule', organisation: 'coordination', roles: ['stipend_manager'] },
  { email: 'coordination@demo.parcours.test', displayName: 'Sophie Coordination', organisation: 'coordination', roles: ['coordinator'] },
  { email: 'admin@demo.parcours.test', displayName: 'Alex Admin', organisation: 'coordination', roles: ['admin'] },
];

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.isProduction) {
    process.stderr.write('seed:demo refuses to run with NODE_ENV=production\n');
    process.exit(1);
  }
  const dataSource = await openCliDataSource(config);
  try {
    await dataSource.transaction(async (manager) => {
      const territory = await ensureTerritory(manager, 'grand-chambery', 'Grand Chambéry');
      const organisations = new Map<string, Awaited<ReturnType<typeof ensureOrganisation>>>();
      for (const o of ORGANISATIONS) organisations.set(o.key, await ensureOrganisation(manager, territory, o.name, o.type));
      for (const u of USERS) {
        const organisation = organisations.get(u.organisation);
        if (!organisation) throw new Error(`unknown organisation ${u.organisation}`);
        await createUserIfAbsent(manager, organisation, { ...u, password: DEMO_PASSWORD });
      }
      await ensurePeculeProgramme(manager, territory.id, organisations.get('coordination')!.id);
    });
    process.stdout.write(`Demo territory Grand Chambéry ready. Development credentials (password: ${DEMO_PASSWORD}):\n`);
    for (const u of USERS) process.stdout.write(`  ${u.roles.join(',').padEnd(22)} ${u.email}\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** The convention's pécule: 67,200 EUR for 10 young people over 18 months (373.33 EUR a month). */
async function ensurePeculeProgramme(manager: EntityManager, territoryId: string, managingOrganisationId: string): Promise<void> {
  const [existing] = await manager.query<unknown[]>(`SELECT 1 FROM pecule_programme WHERE territory_id = $1`, [territoryId]);
  if (existing) return;
  const [{ id }] = await manager.query<[{ id: string }]>(
    `INSERT INTO pecule_programme (territory_id, managing_organisation_id, name, starts_on, ends_on, envelope_cents)
     VALUES ($1, $2, 'Pécule jeunes (convention Logement d''abord)', '2026-01-01', '2027-06-30', 6720000) RETURNING id`,
    [territoryId, managingOrganisationId],
  );
  await manager.query(
    `INSERT INTO pecule_rule_set (programme_id, rules_version, deliberation_date, effective_from, default_monthly_cents, max_monthly_cents,
                                  max_duration_months, age_limit_years)
     VALUES ($1, '2025-1', '2025-12-11', '2026-01-01', 37333, 40000, 18, 25)`,
    [id],
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
