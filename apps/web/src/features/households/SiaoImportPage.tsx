import { Alert, Anchor, Button, Card, FileInput, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import { useSiaoLists } from './SiaoSection';

type Report = components['schemas']['SiaoImportReport'];

/** The fields of an SI-SIAO export, as a worker names them. */
const FIELD: Record<string, string> = {
  siaoDemandNumber: 'N° de demande SI-SIAO',
  demandDate: 'Date de la demande',
  lastName: 'Nom',
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  sex: 'Sexe',
  livingSituation: 'Situation',
  commune: 'Commune',
  socialHousingDemandNumber: 'NUR',
  socialHousingDemandRenewalOn: 'Date de renouvellement',
  line: 'Ligne',
  header: 'En-tête',
  file: 'Fichier',
};

/** Why a row was not imported, in French (the API's reasons are stable sentences). */
function duplicateReason(reason: string): string {
  const line = /line (\d+)$/.exec(reason)?.[1];
  if (reason.startsWith('same SI-SIAO demand number'))
    return line ? `Même n° de demande que la ligne ${line}` : 'Même n° de demande SI-SIAO qu’un dossier existant';
  if (reason.startsWith('same name and birth date'))
    return line
      ? `Même personne (nom et date de naissance) que la ligne ${line}`
      : 'Même nom et même date de naissance qu’une personne déjà suivie';
  return reason;
}

/** Imports an SI-SIAO export of demands (CSV) and shows what became of each row. */
export default function SiaoImportPage() {
  const queryClient = useQueryClient();
  const lists = useSiaoLists();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<{ again: boolean; report: Report } | null>(null);
  const upload = useMutation({
    mutationFn: async (csv: File) => {
      const result = await api.POST('/api/households/imports', {
        body: csv as never,
        bodySerializer: (body: unknown) => body as Blob,
        headers: { 'content-type': 'text/csv' },
      });
      return { again: result.response.status === 200, report: unwrap(result) };
    },
    onSuccess: async (result) => {
      setReport(result);
      await queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
  const failure = upload.error ? describeError(upload.error) : null;
  const fieldProblems = upload.error instanceof ApiError ? Object.entries(upload.error.fieldProblems) : [];

  return (
    <Stack>
      <Title order={2}>Importer des demandes SI-SIAO</Title>
      <Text>
        Choisissez l’export CSV des demandes (séparateur « ; » ou « , », UTF-8 ou Windows-1252). Chaque demande devient un dossier de votre
        organisation ; une demande déjà suivie dans le territoire est signalée et n’est pas importée. Envoyer deux fois le même fichier ne
        crée rien.
      </Text>
      {lists.data && (
        <details>
          <summary>Colonnes reconnues</summary>
          <List size="sm" mt="xs">
            {lists.data.importColumns.map((c) => (
              <List.Item key={c.field}>
                {FIELD[c.field] ?? c.field} : {c.headers.map((h) => `« ${h} »`).join(', ')}
              </List.Item>
            ))}
          </List>
        </details>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Stack>
          <FileInput
            label="Fichier CSV"
            accept=".csv,text/csv"
            required
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': 'Retirer le fichier' }}
          />
          {failure && (
            <Alert color="red" role="alert" title={failure}>
              {fieldProblems.map(([field, problems]) => (
                <Text size="sm" key={field}>
                  {FIELD[field] ?? field} : {problems}
                </Text>
              ))}
            </Alert>
          )}
          <Button type="submit" loading={upload.isPending} disabled={!file} w="fit-content">
            Importer
          </Button>
        </Stack>
      </form>

      {report && (
        <Card withBorder aria-labelledby="report-title" data-testid="import-report">
          <Title order={3} size="h4" id="report-title" mb="xs">
            {report.again ? 'Ce fichier a déjà été importé : voici son compte rendu' : 'Compte rendu de l’import'}
          </Title>
          <Text size="sm" mb="sm">
            {report.report.rowCount} ligne(s) : {report.report.accepted.length} dossier(s) ouvert(s), {report.report.duplicates.length} déjà
            suivie(s), {report.report.rejected.length} refusée(s).
            {report.report.ignoredColumns.length > 0 && ` Colonnes ignorées : ${report.report.ignoredColumns.join(', ')}.`}
          </Text>
          {report.report.accepted.length > 0 && (
            <>
              <Title order={4} size="h5">
                Dossiers ouverts
              </Title>
              <List size="sm" mb="sm">
                {report.report.accepted.map((a) => (
                  <List.Item key={a.line}>
                    Ligne {a.line} :{' '}
                    <Anchor component={Link} to={`/households/${a.householdId}`}>
                      {a.reference}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {report.report.duplicates.length > 0 && (
            <>
              <Title order={4} size="h5">
                Déjà suivies
              </Title>
              <List size="sm" mb="sm">
                {report.report.duplicates.map((d) => (
                  <List.Item key={d.line}>
                    Ligne {d.line} : {duplicateReason(d.reason)}
                    {d.reference && ` (${d.reference})`}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {report.report.rejected.length > 0 && (
            <>
              <Title order={4} size="h5">
                Lignes refusées
              </Title>
              <List size="sm">
                {report.report.rejected.map((r) => (
                  <List.Item key={r.line}>
                    Ligne {r.line} : {r.problems.map((p) => `${FIELD[p.field] ?? p.field} (${p.problems.join(' ; ')})`).join(', ')}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Card>
      )}
    </Stack>
  );
}
