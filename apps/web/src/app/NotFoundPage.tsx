import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={2}>Page introuvable</Title>
      <Text>Cette adresse ne correspond à aucun écran de Parcours.</Text>
      <Button component={Link} to="/">
        Retour à l’accueil
      </Button>
    </Stack>
  );
}
