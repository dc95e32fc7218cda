import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, unwrap, setTokenSource } from '../api/client';
import { ApiError, describeError } from '../api/errors';
import type { components } from '../api/schema';
import { clearOfflineData } from '../features/maraude/offline-queue';

export type User = components['schemas']['UserDto'];
export type Role = User['roles'][number];

interface SessionState {
  status: 'loading' | 'anonymous' | 'authenticated';
  user: User | null;
  organisationName: string | null;
  /** Opened without network: the last profile seen on this device, until the session can be checked. */
  offline?: boolean;
}

// Who last used the app on this device (their own name, roles and organisation; no one else's data):
// it lets the app open without network, to record encounters that wait on the device.
const PROFILE_KEY = 'parcours-profile';

function rememberedProfile(): Pick<SessionState, 'user' | 'organisationName'> | null {
  try {
    return JSON.parse(localStorage.getItem(PROFILE_KEY) ?? 'null') as Pick<SessionState, 'user' | 'organisationName'> | null;
  } catch {
    return null;
  }
}

interface Session extends SessionState {
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

// The access token lives in memory only; the refresh token is an HttpOnly cookie the page cannot read.
let accessToken: string | null = null;
let expiresAt = 0;
const REFRESH_MARGIN_MS = 60_000;
/** Sent with cookie-based refresh and logout: a cross-site form cannot set it (CSRF). */
const CSRF_HEADER = { 'X-Requested-With': 'parcours' } as const;

function keep(pair: { accessToken: string; expiresIn: number }): string {
  accessToken = pair.accessToken;
  expiresAt = Date.now() + pair.expiresIn * 1000;
  return accessToken;
}

/** One refresh at a time across the browser's tabs: two tabs spending the same refresh cookie would look like a stolen token. */
async function refreshOnce(): Promise<string | null> {
  const run = async () => {
    const { data, response } = await api.POST('/api/auth/refresh', { body: {}, params: { header: CSRF_HEADER } });
    return response.ok && data ? keep(data) : null;
  };
  return navigator.locks ? navigator.locks.request('parcours-refresh', run) : run();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null, organisationName: null });
  const [reauth, setReauth] = useState(false);
  const waiting = useRef<Array<(token: string | null) => void>>([]);
  const timer = useRef<number | undefined>(undefined);

  const loadUser = useCallback(async () => {
    const user = unwrap(await api.GET('/api/auth/me'));
    const organisation = await api.GET('/api/organisations/{id}', { params: { path: { id: user.organisationId } } });
    const organisationName = organisation.data?.name ?? null;
    localStorage.setItem(PROFILE_KEY, JSON.stringify({ user, organisationName }));
    setState({ status: 'authenticated', user, organisationName });
  }, []);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(
      () =>
        void refreshOnce()
          .catch(() => null)
          .then(() => schedule()),
      Math.max(expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000),
    );
  }, []);

  const settle = useCallback((token: string | null) => {
    for (const resolve of waiting.current.splice(0)) resolve(token);
  }, []);

  useEffect(() => {
    setTokenSource({
      current: () => accessToken,
      renew: async () => {
        const token = await refreshOnce().catch(() => null);
        if (token) {
          schedule();
          return token;
        }
        if (!accessToken) return null;
        // The session ended while the user was working: ask for the password, keep the page (and what was typed).
        setReauth(true);
        return new Promise<string | null>((resolve) => waiting.current.push(resolve));
      },
    });
    const anonymous = () => setState({ status: 'anonymous', user: null, organisationName: null });
    const start = async () => {
      let token: string | null;
      try {
        token = await refreshOnce();
      } catch (error) {
        // No network: open with the profile last seen here, and check the session when it returns.
        const profile = rememberedProfile();
        if (error instanceof ApiError && error.isNetwork && profile?.user) {
          setState({ status: 'authenticated', ...profile, offline: true });
          window.addEventListener('online', () => void start(), { once: true });
        } else anonymous();
        return;
      }
      if (!token) return anonymous();
      schedule();
      await loadUser().catch(anonymous);
    };
    void start();
    return () => window.clearTimeout(timer.current);
  }, [loadUser, schedule]);

  const login = useCallback(
    async (email: string, password: string) => {
      keep(unwrap(await api.POST('/api/auth/login', { body: { email, password, session: 'cookie' } })));
      schedule();
      await loadUser();
    },
    [loadUser, schedule],
  );

  const logout = useCallback(async () => {
    window.clearTimeout(timer.current);
    await api.POST('/api/auth/logout', { body: {}, params: { header: CSRF_HEADER } }).catch(() => undefined);
    accessToken = null;
    expiresAt = 0;
    settle(null);
    setReauth(false);
    queryClient.clear();
    localStorage.removeItem(PROFILE_KEY);
    await clearOfflineData();
    setState({ status: 'anonymous', user: null, organisationName: null });
  }, [queryClient, settle]);

  const session = useMemo<Session>(
    () => ({ ...state, login, logout, hasRole: (...roles) => roles.some((role) => state.user?.roles.includes(role)) }),
    [state, login, logout],
  );

  return (
    <SessionContext.Provider value={session}>
      {children}
      {state.user && (
        <ReauthModal
          opened={reauth}
          email={state.user.email}
          onDone={(token) => {
            setReauth(false);
            settle(token);
          }}
          onLogout={() => void logout()}
        />
      )}
    </SessionContext.Provider>
  );
}

function ReauthModal({
  opened,
  email,
  onDone,
  onLogout,
}: {
  opened: boolean;
  email: string;
  onDone: (token: string) => void;
  onLogout: () => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const pair = unwrap(await api.POST('/api/auth/login', { body: { email, password, session: 'cookie' } }));
      setPassword('');
      onDone(keep(pair));
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? 'Mot de passe incorrect.' : describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Votre session a expiré"
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Saisissez à nouveau votre mot de passe pour continuer : ce que vous étiez en train de saisir est conservé et sera envoyé.
          </Text>
          <Text size="sm" fw={600}>
            {email}
          </Text>
          {/* The account, for password managers. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput
            label="Mot de passe"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
            required
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            Continuer
          </Button>
          <Button variant="subtle" onClick={onLogout}>
            Se déconnecter
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
