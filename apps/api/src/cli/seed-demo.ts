// Demo data for development: the Grand Chambéry territory, its organisations, one user per role
// (and a colleague for the outreach and SIAO workers), the pécule programme, then a scenario played
// through the services (demo/): about forty households across the pathway, maraude rounds, two
// commission sessions, arrears files and pécule enrolments; and the territory's convention with the
// State (config/conventions/grand-chambery.json). Idempotent; refuses to run in production.
import 'reflect-metadata';
import { ArrearsFilesService, ArrearsModule, ArrearsStepsService } from '@app/arrears';
import { AppConfig, ConfigModule, loadConfigOrExit } from '@app/config';
import { ConventionDocumentDto, ConventionModule, ConventionsService } from '@app/convention';
import { Actor, DomainError, Role } from '@app/core';
import { DatabaseModule, migrateDatabase } from '@app/database';
import { createUserIfAbsent, ensureOrganisation, ensureTerritory, Organisation, OrganisationType, User } from '@app/identity';
import {
  CommissionService,
  HouseholdAccess,
  HouseholdCreationService,
  HouseholdNotesService,
  MaraudeService,
  PathwayModule,
  PathwayStepsService,
} from '@app/pathway';
import { CreateProgrammeDto, EnrolmentsService, PaymentsService, PeculeModule, ProgrammesService } from '@app/pecule';
import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { DemoScenario, DemoSummary, dto } from './demo/demo-scenario';

export const DEMO_PASSWORD = 'parcours-demo-2026';

const ORGANISATIONS: Array<{ key: string; name: string; type: OrganisationType }> = [
  { key: 'siao', name: 'SIAO 73 (association Le Pélican)', type: 'siao' },
  { key: 'outreach', name: "Toit d'abord (association Le Pélican)", type: 'outreach' },
  { key: 'adil', name: 'ADIL 73', type: 'adil' },
  { key: 'youth', name: 'Équipe pluridisciplinaire jeunes', type: 'youth_team' },
  { key: 'coordination', name: 'Grand Chambéry, coordination Logement d’abord', type: 'coordination' },
  { key: 'landlord1', name: 'Cristal Habitat', type: 'social_landlord' },
  { key: 'landlord2', name: 'OPAC de la Savoie', type: 'social_landlord' },
  { key: 'state', name: 'DDETS de la Savoie', type: 'state_service' },
];

const USERS: Array<{ key: string; email: string; displayName: string; organisation: string; roles: Role[] }> = [
  { key: 'maraude', email: 'maraude@demo.parcours.test', displayName: 'Léa Maraude', organisation: 'outreach', roles: ['outreach_worker'] },
  {
    key: 'maraude2',
    email: 'maraude2@demo.parcours.test',
    displayName: 'Hugo Maraude',
    organisation: 'outreach',
    roles: ['outreach_worker'],
  },
  { key: 'siao', email: 'siao@demo.parcours.test', displayName: 'Karim SIAO', organisation: 'siao', roles: ['siao_worker'] },
  { key: 'siao2', email: 'siao2@demo.parcours.test', displayName: 'Claire SIAO', organisation: 'siao', roles: ['siao_worker'] },
  {
    key: 'commission',
    email: 'commission@demo.parcours.test',
    displayName: 'Nadia Commission',
    organisation: 'siao',
    roles: ['commission_secretary'],
  },
  { key: 'adil', email: 'adil@demo.parcours.test', displayName: 'Paul ADIL', organisation: 'adil', roles: ['arrears_advisor'] },
  { key: 'jeunes', email: 'jeunes@demo.parcours.test', displayName: 'Inès Jeunes', organisation: 'youth', roles: ['youth_worker'] },
  {
    key: 'pecule',
    email: 'pecule@demo.parcours.test',
    displayName: 'Marc Pécule',
    organisation: 'coordination',
    roles: ['stipend_manager'],
  },
  {
    key: 'coordination',
    email: 'coordination@demo.parcours.test',
    displayName: 'Sophie Coordination',
    organisation: 'coordination',
    roles: ['coordinator'],
  },
  { key: 'etat', email: 'etat@demo.parcours.test', displayName: 'Julien État', organisation: 'state', roles: ['state_officer'] },
  { key: 'admin', email: 'admin@demo.parcours.test', displayName: 'Alex Admin', organisation: 'coordination', roles: ['admin'] },
];

/** The contexts the scenario drives, wired as in the API (without its HTTP layer, reminders or worker). */
@Module({ imports: [ConfigModule, DatabaseModule, QueueModule, PathwayModule, PeculeModule, ArrearsModule, ConventionModule] })
class SeedModule {}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.isProduction) {
    process.stderr.write('seed:demo refuses to run with NODE_ENV=production\n');
    process.exit(1);
  }
  await migrateDatabase(config, (m) => process.stdout.write(`${m}\n`));
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get(DataSource);
    const { territoryId, organisations, actors } = await dataSource.transaction(async (manager) => {
      const territory = await ensureTerritory(manager, 'grand-chambery', 'Grand Chambéry');
      // A neighbour without activity yet: the State officer's view compares territories side by side.
      await ensureTerritory(manager, 'grand-lac', 'Grand Lac');
      const organisations = new Map<string, Organisation>();
      for (const o of ORGANISATIONS) organisations.set(o.key, await ensureOrganisation(manager, territory, o.name, o.type));
      const actors: Record<string, Actor> = {};
      for (const u of USERS) {
        const organisation = organisations.get(u.organisation);
        if (!organisation) throw new Error(`unknown organisation ${u.organisation}`);
        const user =
          (await createUserIfAbsent(manager, organisation, { ...u, password: DEMO_PASSWORD })) ??
          (await manager.getRepository(User).findOneByOrFail({ email: u.email }));
        actors[u.key] = { userId: user.id, organisationId: user.organisationId, territoryId: user.territoryId, roles: user.roles };
      }
      const organisationIds: Record<string, string> = Object.fromEntries([...organisations].map(([key, o]) => [key, o.id]));
      return { territoryId: territory.id, organisations: organisationIds, actors };
    });
    const programmeId = await ensurePeculeProgramme(app.get(ProgrammesService), actors.pecule, organisations.coordination);
    await ensureConvention(app.get(ConventionsService), actors.coordination, config);
    process.stdout.write(`Demo territory Grand Chambéry ready. Development credentials (password: ${DEMO_PASSWORD}):\n`);
    for (const u of USERS) process.stdout.write(`  ${u.roles.join(',').padEnd(22)} ${u.email}\n`);

    const marker = await DemoScenario.alreadyPlayed(dataSource, territoryId);
    if (marker) {
      process.stdout.write(`Demo scenario already present (the household of ${marker} exists): nothing added.\n`);
      return;
    }
    const scenario = new DemoScenario(
      {
        dataSource,
        householdCreation: app.get(HouseholdCreationService),
        householdNotes: app.get(HouseholdNotesService),
        householdAccess: app.get(HouseholdAccess),
        steps: app.get(PathwayStepsService),
        commission: app.get(CommissionService),
        maraude: app.get(MaraudeService),
        arrearsFiles: app.get(ArrearsFilesService),
        arrearsSteps: app.get(ArrearsStepsService),
        programmes: app.get(ProgrammesService),
        enrolments: app.get(EnrolmentsService),
        payments: app.get(PaymentsService),
      },
      actors,
      organisations,
      programmeId,
    );
    let summary: DemoSummary;
    try {
      summary = await scenario.play();
    } catch (error) {
      // The scenario is many transactions: once its first household exists, a new run skips it.
      throw new Error(`the demo scenario stopped part-way (${describe(error)}); recreate the database before running seed:demo again`, {
        cause: error,
      });
    }
    process.stdout.write(
      `Demo scenario played: ${summary.households} households, ${summary.encounters} maraude encounters, ` +
        `commission sessions with ${summary.proposals.past} proposals decided and ${summary.proposals.upcoming} on the next agenda, ` +
        `${summary.arrearsFiles} arrears files, ${summary.enrolments} pécule enrolments (${summary.paymentsValidated} payments validated).\n` +
        'Reminders appear in the inboxes once the worker has relayed the outbox (npm start runs it).\n',
    );
    for (const note of summary.notes) process.stdout.write(`  note: ${note}\n`);
  } finally {
    await app.close();
  }
}

/** The convention's pécule: 67,200 EUR for 10 young people over 18 months (373.33 EUR a month). */
async function ensurePeculeProgramme(programmes: ProgrammesService, manager: Actor, managingOrganisationId: string): Promise<string> {
  const [existing] = await programmes.list(manager);
  if (existing) return existing.id;
  const created = await programmes.create(
    manager,
    dto(CreateProgrammeDto, {
      name: "Pécule jeunes (convention Logement d'abord)",
      startsOn: '2026-01-01',
      endsOn: '2027-06-30',
      envelopeCents: 6_720_000,
      managingOrganisationId,
      rules: {
        rulesVersion: '2025-1',
        deliberationDate: '2025-12-11',
        effectiveFrom: '2026-01-01',
        defaultMonthlyCents: 37_333,
        maxMonthlyCents: 40_000,
        maxDurationMonths: 18,
        ageLimitYears: 25,
      },
    }),
  );
  return created.id;
}

/** Grand Chambéry's convention 2024-2026 (Annexes 2 and 3), imported as a coordinator would. */
async function ensureConvention(conventions: ConventionsService, coordinator: Actor, config: AppConfig): Promise<void> {
  const file = resolve(config.configDir, 'conventions/grand-chambery.json');
  const document = dto(ConventionDocumentDto, JSON.parse(readFileSync(file, 'utf8')) as ConventionDocumentDto);
  if ((await conventions.list(coordinator)).some((c) => c.key === document.key)) return;
  const convention = await conventions.import(coordinator, document);
  process.stdout.write(`Convention ${convention.key} loaded: ${convention.actions.length} actions.\n`);
}

function describe(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message} ${JSON.stringify(error.details ?? null)}`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describe(error)}\n`);
  process.exit(1);
});
