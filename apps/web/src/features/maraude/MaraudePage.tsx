import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useNetwork } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { instant, localDateTime } from '../../ui/forms';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';
import { KnownHouseholds } from './KnownHouseholds';
import { LinkEncounter } from './LinkEncounter';
import { discardEncounter, keepEncounter, sendPending } from './offline-queue';
import { usePendingEncounters } from './usePending';

const RECENT_DAYS = 14;

export default function MaraudePage() {
  const queryClient = useQueryClient();
  const network = useNetwork();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['encounters'] }), [queryClient]);
  const pending = usePendingEncounters(refresh);
  const [place, setPlace] = useState('');
  const [zone, setZone] = useState('');
  const [peopleMet, setPeopleMet] = useState<number>(1);
  const [openedAt, setOpenedAt] = useState(() => localDateTime());
  const [occurredAt, setOccurredAt] = useState(openedAt);
  const [placeError, setPlaceError] = useState<string | null>(null);
  const [linking, setLinking] = useState<string | null>(null);
  // The essentials first, for one hand in the street; the rest on demand.
  const [detailsOpen, { toggle: toggleDetails }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [known, setKnown] = useState<Array<{ value: string; label: string }>>([]);

  const recent = useQuery({
    queryKey: ['encounters'],
    queryFn: async () => {
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      return unwrap(await api.GET('/api/maraude-encounters', { params: { query: { from: day(-RECENT_DAYS), to: day(1) } } }));
    },
  });

  const record = async () => {
    if (place.trim().length === 0) {
      setPlaceError('Indiquez le lieu de la rencontre.');
      return;
    }
    setPlaceError(null);
    const encounter = {
      place: place.trim(),
      zone: zone.trim() || undefined,
      peopleMet: Math.max(peopleMet, known.length),
      occurredAt: instant(occurredAt, openedAt),
      note: note.trim() || undefined,
      householdIds: known.length > 0 ? known.map((option) => option.value) : undefined,
    };
    // The form is ready for the next encounter at once, before the device has stored this one.
    setPlace('');
    setPeopleMet(1);
    const now = localDateTime();
    setOpenedAt(now);
    setOccurredAt(now);
    setNote('');
    setKnown([]);
    await keepEncounter(encounter);
    const sent = await sendPending();
    if (sent > 0) {
      refresh();
      notifications.show({ color: 'green', title: 'Rencontre enregistrée', message: 'Elle compte dans les personnes repérées.' });
    } else {
      notifications.show({ color: 'yellow', title: 'Gardée sur l’appareil', message: 'Elle sera envoyée dès le retour du réseau.' });
    }
  };

  const encounters = [...(recent.data ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  return (
    <Stack maw={640}>
      <Group justify="space-between">
        <Title order={2}>Maraude</Title>
        {!network.online && (
          <Badge color="yellow" size="lg">
            Hors ligne
          </Badge>
        )}
      </Group>
      <Card withBorder component="form" onSubmit={(event) => (event.preventDefault(), void record())} aria-labelledby="new-encounter">
        <Stack>
          <Title order={3} size="h4" id="new-encounter">
            Nouvelle rencontre
          </Title>
          <TextInput
            label="Lieu"
            placeholder="Ex. : parvis de la gare"
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={placeError}
            size="lg"
            required
          />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <ActionIcon
              size={52}
              variant="default"
              onClick={() => setPeopleMet((n) => Math.max(1, n - 1))}
              aria-label="Une personne de moins"
            >
              <Text size="xl" aria-hidden="true">
                −
              </Text>
            </ActionIcon>
            <NumberInput
              label="Personnes rencontrées"
              value={peopleMet}
              onChange={(value) => setPeopleMet(Math.max(1, Number(value) || 1))}
              min={1}
              max={500}
              size="lg"
              hideControls
              style={{ flex: 1 }}
            />
            <ActionIcon
              size={52}
              variant="default"
              onClick={() => setPeopleMet((n) => Math.min(500, n + 1))}
              aria-label="Une personne de plus"
            >
              <Text size="xl" aria-hidden="true">
                +
              </Text>
            </ActionIcon>
          </Group>
          <Button variant="subtle" onClick={toggleDetails} aria-expanded={detailsOpen} w="fit-content">
            {detailsOpen ? 'Moins de détails' : 'Plus de détails (secteur, note…)'}
          </Button>
          <Collapse expanded={detailsOpen}>
            <Stack>
              <TextInput
                label="Secteur (facultatif)"
                placeholder="Ex. : centre-ville"
                value={zone}
                onChange={(e) => setZone(e.currentTarget.value)}
                size="lg"
              />
              <KnownHouseholds value={known} onChange={setKnown} disabled={!network.online} />
              <Textarea
                label="Note courte (facultatif)"
                description="Pour la prochaine tournée : besoins, ce qui a été promis. Pas de diagnostic médical."
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={280}
                autosize
                minRows={2}
                size="lg"
              />
              <TextInput
                label="Date et heure"
                type="datetime-local"
                value={occurredAt}
                onChange={(e) => setOccurredAt(e.currentTarget.value)}
                size="lg"
              />
            </Stack>
          </Collapse>
          <Button type="submit" size="lg" fullWidth className="big-target">
            Enregistrer la rencontre
          </Button>
        </Stack>
      </Card>

      {pending.length > 0 && (
        <Card withBorder aria-labelledby="pending-title" data-testid="pending">
          <Stack gap="xs">
            <Title order={3} size="h4" id="pending-title">
              En attente d’envoi ({pending.length})
            </Title>
            <Text size="sm" c="dimmed">
              Gardées sur cet appareil ; envoyées automatiquement au retour du réseau, sans doublon.
            </Text>
            {pending.map((item) => (
              <Group key={item.key} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {item.body.place} · {item.body.peopleMet} pers. · {formatDateTime(item.body.occurredAt)}
                </Text>
                {item.refusal && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => void discardEncounter(item.key)}>
                    Abandonner
                  </Button>
                )}
              </Group>
            ))}
            {pending.some((item) => item.refusal) && (
              <Alert color="red" role="alert">
                {pending.find((item) => item.refusal)?.refusal}
              </Alert>
            )}
          </Stack>
        </Card>
      )}

      <Title order={3} size="h4">
        Rencontres des {RECENT_DAYS} derniers jours
      </Title>
      <QueryState isPending={recent.isPending} error={recent.error} retry={() => void recent.refetch()} />
      {recent.data && encounters.length === 0 && <Text c="dimmed">Aucune rencontre récente.</Text>}
      {encounters.map((encounter) => (
        <Card key={encounter.id} withBorder padding="sm" data-testid="encounter">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Text fw={600}>{encounter.place}</Text>
              <Text size="sm" c="dimmed">
                {formatDateTime(encounter.occurredAt)}
                {encounter.zone ? ` · ${encounter.zone}` : ''} · {encounter.peopleMet} personne{encounter.peopleMet > 1 ? 's' : ''}
                {encounter.householdIds.length > 0 ? ` · ${encounter.householdIds.length} suivie(s)` : ''}
              </Text>
              {encounter.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {encounter.note}
                </Text>
              )}
            </Stack>
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => setLinking(linking === encounter.id ? null : encounter.id)}>
                Lier à un dossier
              </Button>
              <Button component={Link} to={`/households/new?encounter=${encounter.id}`} variant="light" size="sm">
                Ouvrir un dossier
              </Button>
            </Group>
          </Group>
          {linking === encounter.id && <LinkEncounter encounterId={encounter.id} onDone={() => setLinking(null)} />}
        </Card>
      ))}
    </Stack>
  );
}
