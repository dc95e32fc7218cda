import { Alert, Button, Group } from '@mantine/core';

/** The end of a form: what went wrong (in French), then cancel and submit. */
export function FormFooter({
  failure,
  onCancel,
  submitLabel = 'Enregistrer',
  loading,
  disabled,
}: {
  failure: string | null;
  onCancel: () => void;
  submitLabel?: string;
  loading: boolean;
  disabled?: boolean;
}) {
  return (
    <>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button type="submit" loading={loading} disabled={disabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
