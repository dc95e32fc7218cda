import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Household, Person } from '../../api/types';
import { useSession } from '../../auth/session';
import { age, householdTitle, personName } from '../../ui/household';
import {
  ENTRY_CHANNEL,
  formatDate,
  formatDateTime,
  LEASE_TYPE,
  LIVING_SITUATION,
  NEED,
  PERSON_ROLE,
  RESOURCE,
  SEX,
  STATUS,
  stepLabel,
} from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';
import { AddPersonForm, RemovePersonForm, TransferForm } from './HouseholdChangeForms';
import { NotesSection } from './NotesSection';
import { ProposeForm } from './ProposeForm';
import { SiaoSection } from './SiaoSection';
import { SituationForm } from './SituationForm';
import { FILE_STEPS, StepForm, type FileStep } from './StepForm';

function useHousehold(id: string) {
  return useQuery({
    queryKey: ['households', id],
    queryFn: async () => unwrap(await api.GET('/api/households/{id}', { params: { path: { id } } })),
  });
}

export default function HouseholdPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  if (!household.data) return <QueryState isPending={household.isPending} error={household.error} retry={() => void household.refetch()} />;
  return <HouseholdFile household={household.data} />;
}

function HouseholdFile({ household }: { household: Household }) {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<FileStep | 'commission.proposed' | null>(null);
  const [change, setChange] = useState<{ kind: 'add' } | { kind: 'remove'; person: Person } | { kind: 'transfer' } | null>(null);
  const navigate = useNavigate();
  const canWrite = session.hasRole('outreach_worker', 'siao_worker');
  const isReferent = household.organisationId === session.user?.organisationId;
  const canPropose = session.hasRole('siao_worker', 'commission_secretary');
  const fileSteps = household.allowedSteps.filter(
    (s): s is FileStep =>
      (FILE_STEPS as readonly string[]).includes(s) &&
      (s !== 'evaluation.completed' || session.hasRole('siao_worker')) &&
      // Only while a document is awaited.
      (!s.startsWith('allocation.condition_') || household.allocationConditionDueOn !== null),
  );
  const proposable = household.allowedSteps.includes('commission.proposed') && canPropose;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{householdTitle(household)}</Title>
          <Group gap="xs">
            <Text c="dimmed">{household.reference}</Text>
            <Badge variant="light" size="lg" data-testid="status">
              {STATUS[household.status]}
            </Badge>
            {household.evaluationStale && <Badge color="orange">Évaluation à renouveler</Badge>}
            {household.restricted && <Badge color="grape">Dossier restreint</Badge>}
          </Group>
          <Deadlines household={household} />
        </Stack>
        {canWrite && isReferent && (
          <Button variant="default" onClick={() => setChange({ kind: 'transfer' })}>
            Transférer le dossier
          </Button>
        )}
      </Group>
      <Modal
        opened={change !== null}
        onClose={() => setChange(null)}
        title={
          change?.kind === 'add' ? 'Arrivée d’une personne' : change?.kind === 'remove' ? 'Départ d’une personne' : 'Transfert du dossier'
        }
      >
        {change?.kind === 'add' && <AddPersonForm household={household} onDone={() => setChange(null)} />}
        {change?.kind === 'remove' && (
          <RemovePersonForm
            household={household}
            person={change.person}
            personLabel={personName(change.person, household.namesHidden)}
            onDone={() => setChange(null)}
          />
        )}
        {change?.kind === 'transfer' && (
          <TransferForm
            household={household}
            onDone={() => setChange(null)}
            onTransferred={(lostAccess) => (lostAccess ? void navigate('/households') : setChange(null))}
          />
        )}
      </Modal>

      {(canWrite || canPropose) && (fileSteps.length > 0 || proposable) && (
        <Card withBorder aria-labelledby="steps-title">
          <Title order={3} size="h4" id="steps-title" mb="xs">
            Étapes possibles
          </Title>
          <Group gap="xs">
            {canWrite &&
              fileSteps.map((s) => (
                <Button key={s} variant={s === 'household.closed' ? 'default' : 'light'} onClick={() => setStep(s)}>
                  {stepLabel(s)}
                </Button>
              ))}
            {proposable && (
              <Button variant="light" onClick={() => setStep('commission.proposed')}>
                {stepLabel('commission.proposed')}
              </Button>
            )}
          </Group>
        </Card>
      )}
      <Modal opened={step !== null} onClose={() => setStep(null)} title={step ? stepLabel(step) : ''} size="lg">
        {step === 'commission.proposed' ? (
          <ProposeForm household={household} onDone={() => setStep(null)} />
        ) : (
          step && <StepForm step={step} household={household} onDone={() => setStep(null)} />
        )}
      </Modal>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder aria-labelledby="situation-title">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" id="situation-title">
              Situation
            </Title>
            {canWrite && !editing && (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                Modifier
              </Button>
            )}
          </Group>
          {editing ? (
            <SituationForm
              household={household}
              canRestrict={household.organisationId === session.user?.organisationId}
              onDone={() => setEditing(false)}
            />
          ) : (
            <dl className="facts">
              <Fact label="Entrée">{ENTRY_CHANNEL[household.entryChannel]}</Fact>
              <Fact label="Situation de logement">{LIVING_SITUATION[household.livingSituation] ?? household.livingSituation}</Fact>
              <Fact label="Ressources">{household.resources.map((r) => RESOURCE[r] ?? r).join(', ') || '—'}</Fact>
              <Fact label="Besoins">{household.needs.map((n) => NEED[n] ?? n).join(', ') || '—'}</Fact>
              <Fact label="Commune">{household.communeName ?? '—'}</Fact>
              <Fact label="Accord de la personne">{formatDate(household.consentDate)}</Fact>
              <Fact label="Dossier ouvert le">{formatDate(household.openedAt)}</Fact>
              <Fact label="Dernière évaluation">{formatDate(household.lastEvaluatedAt)}</Fact>
              {household.leaseType && (
                <Fact label="Bail">
                  {LEASE_TYPE[household.leaseType]} signé le {formatDate(household.leaseSignedOn)}
                </Fact>
              )}
            </dl>
          )}
        </Card>
        <Card withBorder aria-labelledby="persons-title">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" id="persons-title">
              Personnes
            </Title>
            {canWrite && (
              <Button size="xs" variant="default" onClick={() => setChange({ kind: 'add' })}>
                Ajouter une personne
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={300}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Nom</Table.Th>
                  <Table.Th>Rôle</Table.Th>
                  <Table.Th>Âge</Table.Th>
                  <Table.Th>Sexe</Table.Th>
                  {canWrite && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {household.persons.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>{personName(person, household.namesHidden)}</Table.Td>
                    <Table.Td>{PERSON_ROLE[person.role]}</Table.Td>
                    <Table.Td>{household.namesHidden ? '—' : (age(person) ?? '—')}</Table.Td>
                    <Table.Td>{SEX[person.sex] ?? person.sex}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {!person.isReference && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Départ de ${personName(person, household.namesHidden)}`}
                            onClick={() => setChange({ kind: 'remove', person })}
                          >
                            Départ
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </SimpleGrid>

      <SiaoSection household={household} canWrite={canWrite} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Timeline householdId={household.id} version={household.version} />
        <NotesSection householdId={household.id} canWrite={canWrite} />
      </SimpleGrid>
    </Stack>
  );
}

/** The deadlines the law sets on this file, while they run. */
function Deadlines({ household }: { household: Household }) {
  const lines = [
    household.offerAnswerDueOn &&
      `Réponse du ménage à l’offre attendue au plus tard le ${formatDate(household.offerAnswerDueOn)} ; sans réponse, l’offre sera réputée refusée.`,
    household.allocationConditionDueOn &&
      `Attribution sous condition : pièce manquante à fournir au plus tard le ${formatDate(household.allocationConditionDueOn)}.`,
    household.bailGlissantPrefectNoticeDueOn &&
      `Bail glissant : information du préfet au plus tard le ${formatDate(household.bailGlissantPrefectNoticeDueOn)}, fin de la période d’examen le ${formatDate(household.nextBailGlissantReviewOn)} (tous les ${household.bailGlissantReviewMonths} mois).`,
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <Stack gap={2} data-testid="deadlines">
      {lines.map((line) => (
        <Text key={line as string} size="sm" c="orange.9">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </>
  );
}

function Timeline({ householdId, version }: { householdId: string; version: number }) {
  const timeline = useQuery({
    // The version in the key: a new step fetches the timeline again.
    queryKey: ['households', householdId, 'timeline', version],
    queryFn: async () => unwrap(await api.GET('/api/households/{id}/timeline', { params: { path: { id: householdId } } })),
  });
  return (
    <Card withBorder aria-labelledby="timeline-title">
      <Title order={3} size="h4" id="timeline-title" mb="xs">
        Historique du parcours
      </Title>
      <QueryState isPending={timeline.isPending} error={timeline.error} retry={() => void timeline.refetch()} />
      <ol className="timeline" data-testid="timeline">
        {[...(timeline.data ?? [])].reverse().map((event) => (
          <li key={event.id} className="timeline-item">
            <Text size="sm" fw={600}>
              {stepLabel(event.type)}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(event.occurredAt)}
              {event.recordedBy === null
                ? ' · enregistré par Parcours'
                : event.recordedAt.slice(0, 10) !== event.occurredAt.slice(0, 10)
                  ? ` · saisi le ${formatDate(event.recordedAt)}`
                  : ''}
            </Text>
            {event.payload.affectsPriority === true && (
              <Badge color="orange" variant="light" size="sm">
                Peut faire perdre la priorité (DALO)
              </Badge>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
