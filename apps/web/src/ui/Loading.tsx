import { Center, Loader } from '@mantine/core';

export function Loading() {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label="Chargement" />
    </Center>
  );
}
