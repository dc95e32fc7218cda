import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { Household, Proposal, RefusalReason } from '../../api/types';

type AllocationOutcome = components['schemas']['AllocationDto']['outcome'];
import { useSession } from '../../auth/session';
import { saveFile } from '../../ui/download';
import { instant, localDateTime } from '../../ui/forms';
import { householdTitle } from '../../ui/household';
import { ALLOCATION_OUTCOME, DECISION, formatDate, formatDateTime, options, RESOURCE } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';
import { reproposalNote, useRefusalReasons } from './refusal-reasons';

type Decision = 'retained' | 'postponed' | 'refused';

export default function SessionPage() {
  const { id = '' } = useParams();
  const user = useSession();
  const session = useQuery({
    queryKey: ['commission', 'session', id],
    queryFn: async () => unwrap(await api.GET('/api/commission-sessions/{id}', { params: { path: { id } } })),
  });
  const households = useQueries({
    queries: (session.data?.proposals ?? []).map((proposal) => ({
      queryKey: ['households', proposal.householdId],
      queryFn: async () => unwrap(await api.GET('/api/households/{id}', { params: { path: { id: proposal.householdId } } })),
    })),
  });
  const reasons = useRefusalReasons('commission');
  const landlordReasons = useRefusalReasons('landlord');
  if (!session.data) return <QueryState isPending={session.isPending} error={session.error} retry={() => void session.refetch()} />;
  const householdOf = new Map(households.flatMap((h) => (h.data ? [[h.data.id, h.data] as const] : [])));
  const isSecretary = user.hasRole('commission_secretary');
  const undecided = session.data.proposals.filter((p) => !p.decision);
  // The API records decisions once the session has taken place (a minute's tolerance).
  const held = new Date(session.data.sessionAt).getTime() <= Date.now() + 60_000;

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Séance du {formatDateTime(session.data.sessionAt)}</Title>
        {isSecretary && <AgendaDownload sessionId={id} />}
      </Group>
      <Text c="dimmed">
        {session.data.proposals.length} ménage(s) à l’ordre du jour · {session.data.proposals.length - undecided.length} décidé(s)
      </Text>
      {session.data.proposals.length === 0 && <Text>Aucun ménage proposé pour l’instant.</Text>}
      {isSecretary && held && undecided.length > 0 && (
        <DecisionsForm sessionId={id} proposals={undecided} householdOf={householdOf} reasons={reasons.data ?? []} />
      )}
      {(!isSecretary || !held) && undecided.length > 0 && (
        <section aria-labelledby="agenda-title">
          <Title order={3} size="h4" id="agenda-title" mb="xs">
            Ordre du jour
          </Title>
          {!held && (
            <Text size="sm" c="dimmed" mb="xs">
              Les décisions se saisissent une fois la séance tenue.
            </Text>
          )}
          <Stack gap="xs">
            {undecided.map((proposal) => (
              <Card withBorder key={proposal.id} data-testid="agenda-item">
                <ProposalHeader proposal={proposal} household={householdOf.get(proposal.householdId)} />
              </Card>
            ))}
          </Stack>
        </section>
      )}
      {session.data.proposals
        .filter((p) => p.decision)
        .map((proposal) => (
          <Card withBorder key={proposal.id} data-testid="decided-proposal">
            <ProposalHeader proposal={proposal} household={householdOf.get(proposal.householdId)} />
            <Text size="sm" mt="xs">
              Décision : <strong>{DECISION[proposal.decision!]}</strong>
              {proposal.refusalReason &&
                ` · ${reasons.data?.find((r) => r.code === proposal.refusalReason)?.label ?? proposal.refusalReason}`}
              {proposal.calOutcome && ` · CAL : ${ALLOCATION_OUTCOME[proposal.calOutcome] ?? proposal.calOutcome}`}
              {proposal.calReason && ` · ${landlordReasons.data?.find((r) => r.code === proposal.calReason)?.label ?? proposal.calReason}`}
            </Text>
            {(proposal.answerDueOn || proposal.conditionDueOn) && (
              <Text size="sm" data-testid="allocation-deadlines">
                {proposal.answerDueOn && `Réponse du ménage attendue au plus tard le ${formatDate(proposal.answerDueOn)}`}
                {proposal.answerDueOn && proposal.conditionDueOn && ' · '}
                {proposal.conditionDueOn && `pièce manquante à fournir au plus tard le ${formatDate(proposal.conditionDueOn)}`}
              </Text>
            )}
            {isSecretary && proposal.decision === 'retained' && (!proposal.calOutcome || waitingInRank(proposal)) && (
              <AllocationForm proposal={proposal} landlordReasons={landlordReasons.data ?? []} />
            )}
          </Card>
        ))}
    </Stack>
  );
}

function ProposalHeader({ proposal, household }: { proposal: Proposal; household: Household | undefined }) {
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Anchor component={Link} to={`/households/${proposal.householdId}`} fw={600}>
          {household ? householdTitle(household) : 'Ménage'}
        </Anchor>
        {household && <Text c="dimmed">{household.reference}</Text>}
        {household?.evaluationStale && <Badge color="orange">Évaluation à renouveler</Badge>}
      </Group>
      {household && (
        <Text size="sm" c="dimmed">
          {household.persons.length} personne(s) · évalué le {formatDate(household.lastEvaluatedAt)} · ressources :{' '}
          {household.resources.map((r) => RESOURCE[r] ?? r).join(', ') || '—'}
          {proposal.offerCommune
            ? ` · offre : ${proposal.offerTypology ?? ''} à ${proposal.offerCommuneName ?? proposal.offerCommune}`
            : ''}
        </Text>
      )}
    </Stack>
  );
}

function DecisionsForm({
  sessionId,
  proposals,
  householdOf,
  reasons,
}: {
  sessionId: string;
  proposals: Proposal[];
  householdOf: Map<string, Household>;
  reasons: RefusalReason[];
}) {
  const queryClient = useQueryClient();
  const [decisions, setDecisions] = useState<Record<string, { decision: Decision | null; refusalReason: string | null }>>({});
  const set = (id: string, change: Partial<{ decision: Decision | null; refusalReason: string | null }>) =>
    setDecisions((all) => ({ ...all, [id]: { ...(all[id] ?? { decision: null, refusalReason: null }), ...change } }));
  const chosen = proposals.filter((p) => decisions[p.id]?.decision);
  const record = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/commission-sessions/{id}/decisions', {
          params: { path: { id: sessionId } },
          body: {
            decisions: chosen.map((p) => ({
              proposalId: p.id,
              decision: decisions[p.id].decision!,
              refusalReason: decisions[p.id].decision === 'refused' ? (decisions[p.id].refusalReason ?? undefined) : undefined,
            })),
          },
        }),
      ),
    onSuccess: async () => {
      setDecisions({});
      await queryClient.invalidateQueries({ queryKey: ['commission'] });
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      notifications.show({ color: 'green', title: 'Décisions enregistrées', message: `${chosen.length} décision(s) de la séance.` });
    },
  });

  return (
    <form onSubmit={(event) => (event.preventDefault(), record.mutate())} aria-labelledby="decisions-title">
      <Stack>
        <Title order={3} size="h4" id="decisions-title">
          Décisions de la séance
        </Title>
        <Text size="sm" c="dimmed">
          Toutes les décisions sont enregistrées ensemble : si l’une est refusée par Parcours, aucune ne l’est.
        </Text>
        {proposals.map((proposal) => {
          const current = decisions[proposal.id];
          const reason = reasons.find((r) => r.code === current?.refusalReason);
          return (
            <Card withBorder key={proposal.id} data-testid="proposal">
              <ProposalHeader proposal={proposal} household={householdOf.get(proposal.householdId)} />
              <SegmentedControl
                mt="sm"
                value={current?.decision ?? ''}
                onChange={(value) => set(proposal.id, { decision: value as Decision })}
                data={[{ value: '', label: 'À décider', disabled: true }, ...options(DECISION)]}
                aria-label={`Décision pour ${householdOf.get(proposal.householdId)?.reference ?? 'ce ménage'}`}
                fullWidth
              />
              {current?.decision === 'refused' && (
                <>
                  <Select
                    mt="xs"
                    label="Motif du refus"
                    data={reasons.map((r) => ({ value: r.code, label: r.label }))}
                    value={current.refusalReason}
                    onChange={(value) => set(proposal.id, { refusalReason: value })}
                    required
                  />
                  {reason && (
                    <Text size="sm" c="dimmed" mt={4}>
                      {reproposalNote(reason)}
                    </Text>
                  )}
                </>
              )}
            </Card>
          );
        })}
        {record.error && (
          <Alert color="red" role="alert">
            {describeError(record.error)}
          </Alert>
        )}
        <Button type="submit" loading={record.isPending} disabled={chosen.length === 0} w="fit-content">
          Enregistrer {chosen.length} décision(s)
        </Button>
      </Stack>
    </form>
  );
}

/** Ranked after the first: allocated once those before decline. */
function waitingInRank(proposal: Proposal): boolean {
  return proposal.calOutcome === 'allocated_in_rank_order' && (proposal.calRank ?? 1) > 1;
}

function AllocationForm({ proposal, landlordReasons }: { proposal: Proposal; landlordReasons: RefusalReason[] }) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [rank, setRank] = useState<number | string>(1);
  const [condition, setCondition] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  // Empty: the configured default (10 days to answer, CCH R441-10; the condition's usual delay).
  const [answerDueOn, setAnswerDueOn] = useState('');
  const [conditionDueOn, setConditionDueOn] = useState('');
  const refusal = outcome === 'not_allocated' || outcome === 'rejected_inadmissible';
  const conditional = outcome === 'allocated_with_suspensive_condition';
  const offered = outcome !== null && !refusal && !(outcome === 'allocated_in_rank_order' && Number(rank) > 1);
  const [openedAt] = useState(() => localDateTime());
  const [occurredAt, setOccurredAt] = useState(openedAt);
  const record = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/commission-proposals/{id}/allocation', {
          params: { path: { id: proposal.id } },
          body: {
            outcome: outcome as AllocationOutcome,
            occurredAt: instant(occurredAt, openedAt),
            rank: outcome === 'allocated_in_rank_order' ? Number(rank) : undefined,
            condition: conditional ? condition : undefined,
            reason: refusal ? (reason ?? undefined) : undefined,
            answerDueOn: offered && answerDueOn ? answerDueOn : undefined,
            conditionDueOn: conditional && conditionDueOn ? conditionDueOn : undefined,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['commission'] });
      await queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
  return (
    <form onSubmit={(event) => (event.preventDefault(), record.mutate())}>
      <Group align="flex-end" mt="sm" wrap="wrap">
        <Select
          label="Décision d’attribution (CAL)"
          data={options(ALLOCATION_OUTCOME)}
          value={outcome}
          onChange={setOutcome}
          required
          miw={260}
        />
        {outcome === 'allocated_in_rank_order' && <NumberInput label="Rang" min={1} value={rank} onChange={setRank} w={90} />}
        {conditional && (
          <>
            <TextInput label="Condition" value={condition} onChange={(e) => setCondition(e.currentTarget.value)} />
            <TextInput
              label="Pièce à fournir au plus tard le"
              description="Vide : délai habituel"
              type="date"
              value={conditionDueOn}
              onChange={(e) => setConditionDueOn(e.currentTarget.value)}
            />
          </>
        )}
        {refusal && (
          <Select
            label="Motif écrit du bailleur"
            data={landlordReasons.map((r) => ({ value: r.code, label: r.label }))}
            value={reason}
            onChange={setReason}
            required
            miw={260}
          />
        )}
        {offered && (
          <TextInput
            label="Réponse du ménage au plus tard le"
            description="Au moins 10 jours ; vide : 10 jours"
            type="date"
            value={answerDueOn}
            onChange={(e) => setAnswerDueOn(e.currentTarget.value)}
          />
        )}
        <TextInput label="Date" type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.currentTarget.value)} />
        <Button type="submit" loading={record.isPending} disabled={!outcome}>
          Enregistrer
        </Button>
      </Group>
      {record.error && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(record.error)}
        </Alert>
      )}
    </form>
  );
}

function AgendaDownload({ sessionId }: { sessionId: string }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const csv = unwrap<Blob>(
        await api.GET('/api/commission-sessions/{id}/agenda.csv', { params: { path: { id: sessionId } }, parseAs: 'blob' }),
      );
      saveFile(csv, `ordre-du-jour-${sessionId.slice(0, 8)}.csv`);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Téléchargement impossible', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" onClick={() => void download()} loading={busy}>
      Ordre du jour (CSV)
    </Button>
  );
}
