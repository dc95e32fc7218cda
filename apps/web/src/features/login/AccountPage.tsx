import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { ROLE } from '../../ui/labels';

export default function AccountPage() {
  const session = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      unwrap(await api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      // Changing the password ends every session, this one included.
      await session.logout();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) setFieldErrors({ currentPassword: 'Mot de passe actuel incorrect.' });
      else {
        setFieldErrors(caught instanceof ApiError ? caught.fieldProblems : {});
        setError(describeError(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={520}>
      <Title order={2}>Mon compte</Title>
      <Card withBorder>
        <Text fw={600}>{session.user?.displayName}</Text>
        <Text size="sm">{session.user?.email}</Text>
        <Text size="sm" c="dimmed">
          {session.user?.roles.map((role) => ROLE[role] ?? role).join(', ')} · {session.organisationName}
        </Text>
      </Card>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Title order={3}>Changer de mot de passe</Title>
          <PasswordInput
            label="Mot de passe actuel"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldErrors.currentPassword}
            required
          />
          <PasswordInput
            label="Nouveau mot de passe"
            description="12 caractères au moins. Vous serez déconnecté de tous vos appareils."
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={fieldErrors.newPassword}
            required
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} w="fit-content">
            Changer le mot de passe
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
