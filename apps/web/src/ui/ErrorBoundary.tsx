import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { describeError } from '../api/errors';

interface Props {
  children: ReactNode;
  /** A new key (the route) clears the error. */
  resetKey?: string;
}

/** Never a blank screen: whatever a screen throws is said in French, with a way out. */
export class ErrorBoundary extends Component<Props, { error: unknown; key?: string }> {
  override state: { error: unknown; key?: string } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key?: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="Cet écran n’a pas pu s’afficher" role="alert">
        <Stack gap="sm">
          <Text size="sm">{describeError(this.state.error)}</Text>
          <Button variant="light" color="red" onClick={() => window.location.reload()} w="fit-content">
            Recharger la page
          </Button>
        </Stack>
      </Alert>
    );
  }
}
