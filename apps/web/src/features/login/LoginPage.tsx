import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError, describeError } from '../../api/errors';
import { useSession } from '../../auth/session';

export function LoginPage() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.login(email.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? 'Adresse e-mail ou mot de passe incorrect.' : describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={1}>Parcours</Title>
            <Text c="dimmed" size="sm">
              Accompagnement Logement d’abord : connectez-vous avec votre compte professionnel.
            </Text>
            <TextInput
              label="Adresse e-mail"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
            />
            <PasswordInput
              label="Mot de passe"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} className="big-target">
              Se connecter
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
