import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Inbox, Reminder } from '../../api/types';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';

const SUBJECT_PATH: Record<string, string> = {
  household: '/households/',
  arrears_file: '/arrears/files/',
  pecule_enrolment: '/pecule/enrolments/',
  pecule_programme: '/pecule/programmes/',
  convention: '/conventions/',
};

type Action = 'acknowledge' | 'snooze' | 'done';

function tomorrowMorning(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(9, 0, 0, 0);
  return date.toISOString();
}

export default function InboxPage() {
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: ['reminders', 'inbox', scope],
    queryFn: async () => unwrap(await api.GET('/api/reminders', { params: { query: { scope } } })),
  });
  const act = useMutation({
    mutationFn: async ({ id, action }: { id: string; action: Action }) => {
      const path = { params: { path: { id } } };
      if (action === 'snooze') return unwrap(await api.POST('/api/reminders/{id}/snooze', { ...path, body: { until: tomorrowMorning() } }));
      if (action === 'done') return unwrap(await api.POST('/api/reminders/{id}/done', path));
      return unwrap(await api.POST('/api/reminders/{id}/acknowledge', path));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reminders'] }),
    onError: (error) => notifications.show({ color: 'red', title: 'Action impossible', message: describeError(error) }),
  });

  const sections: Array<{ key: keyof Inbox; title: string; color: string }> = [
    { key: 'overdue', title: 'En retard', color: 'red' },
    { key: 'today', title: 'Aujourd’hui', color: 'orange' },
    { key: 'upcoming', title: 'À venir', color: 'gray' },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Rappels</Title>
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value)}
          data={[
            { value: 'mine', label: 'Les miens' },
            { value: 'team', label: 'Mon équipe' },
          ]}
          aria-label="Rappels affichés"
        />
      </Group>
      <QueryState isPending={inbox.isPending} error={inbox.error} retry={() => void inbox.refetch()} />
      {inbox.data &&
        sections.map((section) => (
          <section key={section.key} aria-labelledby={`inbox-${section.key}`}>
            <Group gap="xs" mb="xs">
              <Title order={3} id={`inbox-${section.key}`} size="h4">
                {section.title}
              </Title>
              <Badge color={section.color} variant="light" aria-label={`${inbox.data[section.key].length} rappels`}>
                {inbox.data[section.key].length}
              </Badge>
            </Group>
            {inbox.data[section.key].length === 0 ? (
              <Text c="dimmed" size="sm" mb="md">
                Rien ici.
              </Text>
            ) : (
              <Stack gap="xs" mb="md">
                {inbox.data[section.key].map((reminder) => (
                  <ReminderCard
                    key={reminder.id}
                    reminder={reminder}
                    busy={act.isPending && act.variables?.id === reminder.id}
                    onAction={(action) => act.mutate({ id: reminder.id, action })}
                  />
                ))}
              </Stack>
            )}
          </section>
        ))}
    </Stack>
  );
}

function ReminderCard({ reminder, busy, onAction }: { reminder: Reminder; busy: boolean; onAction: (action: Action) => void }) {
  const path = SUBJECT_PATH[reminder.subjectType];
  return (
    <Card withBorder padding="sm" data-testid="reminder">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600}>{reminder.label}</Text>
          <Text size="sm">{reminder.message}</Text>
          <Text size="sm" c="dimmed">
            {path ? (
              <Anchor component={Link} to={path + reminder.subjectId}>
                Dossier {reminder.reference}
              </Anchor>
            ) : (
              `Dossier ${reminder.reference}`
            )}{' '}
            · échéance {formatDateTime(reminder.dueAt)}
            {reminder.team ? ' · équipe' : ''}
            {reminder.status === 'acknowledged' ? ' · vu' : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {reminder.status !== 'acknowledged' && (
            <Button size="xs" variant="default" disabled={busy} onClick={() => onAction('acknowledge')}>
              Vu
            </Button>
          )}
          <Button size="xs" variant="default" disabled={busy} onClick={() => onAction('snooze')}>
            Demain
          </Button>
          <Button size="xs" disabled={busy} onClick={() => onAction('done')}>
            Fait
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
