// The field workers' day in a real browser (Debian's Chromium) against the real app: API + worker,
// PostgreSQL, Redis, and the built web app served by the API. Each journey asserts what the user
// sees and what the API then holds; axe checks every screen visited.
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PASSWORD, type TestUser } from '../support/factory';
import { logIn, passes, seriousViolations, startBrowserHarness, type BrowserHarness } from './browser';

jest.setTimeout(120_000);

let h: BrowserHarness;
let outreach: TestUser;
let siao: TestUser;
let secretary: TestUser;
let siaoOrg: string;
let outreachOrg: string;
const a11y: Record<string, string[]> = {};

const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** axe on the current screen, remembered under its name (asserted once at the end, all screens together). */
async function checkA11y(page: Page, screen: string): Promise<void> {
  a11y[screen] = await seriousViolations(page);
}

async function createHousehold(
  user: TestUser,
  body: Record<string, unknown> = {},
): Promise<{ id: string; reference: string; version: number }> {
  const response = await h.app.http
    .post('/households')
    .set(bearer(user))
    .send({
      entryChannel: 'siao_demand',
      livingSituation: 'emergency_shelter',
      consentDate: daysAgo(30).slice(0, 10),
      openedAt: daysAgo(30),
      persons: [{ firstName: 'Samia', lastName: 'Benali', birthDate: '1988-04-12', sex: 'female', role: 'reference' }],
      ...body,
    });
  expect([response.status, response.body.details]).toEqual([201, undefined]);
  return response.body.household;
}

async function household(user: TestUser, id: string) {
  const response = await h.app.http.get(`/households/${id}`).set(bearer(user));
  expect(response.status).toBe(200);
  return response.body as { status: string; version: number; leaseType?: string; livingSituation: string; commune?: string };
}

/** A commune of the INSEE reference, found by typing its name (the API searches as one types). */
async function pickCommune(page: Page, label: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  // Savoie's: other départements have communes of the same name.
  const option = page.getByRole('option', { name: `${name} (73)` });
  await option.click();
  await option.waitFor({ state: 'hidden' });
}

/** Decisions are recorded once a session has taken place: moves it to now, after its proposals. */
async function holdSessionNow(sessionId: string): Promise<void> {
  const current = await h.app.http.get(`/commission-sessions/${sessionId}`).set(bearer(secretary));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const moved = await h.app.http
    .patch(`/commission-sessions/${sessionId}`)
    .set(bearer(secretary))
    .send({ version: current.body.version, sessionAt: new Date().toISOString() });
  expect(moved.status).toBe(200);
}

/** Picks an option of a Mantine Select (or MultiSelect) by the field's label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  h = await startBrowserHarness('browser-journeys');
  const territory = await h.factory.territory();
  siaoOrg = await h.factory.organisation(territory, 'siao', 'SIAO 73');
  outreachOrg = await h.factory.organisation(territory, 'outreach', "Toit d'abord");
  await h.factory.organisation(territory, 'social_landlord', 'Cristal Habitat');
  outreach = await h.factory.user(outreachOrg, ['outreach_worker']);
  siao = await h.factory.user(siaoOrg, ['siao_worker']);
  secretary = await h.factory.user(siaoOrg, ['commission_secretary']);
});

afterAll(async () => {
  await h?.stop();
});

test('(a) an outreach worker records three encounters offline, reopens the app without network; back online, exactly three are stored, even after a retry', async () => {
  const context = await h.context({ phone: true });
  const page = await context.newPage();
  await logIn(page, outreach);
  await page.waitForURL('**/maraude');
  await checkA11y(page, 'maraude');
  // The service worker has cached the app shell.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');

  await context.setOffline(true);
  for (const [index, place] of ['Parvis de la gare', 'Jardin du Verney', 'Quai de la Leysse'].entries()) {
    await page.getByLabel('Lieu').fill(place);
    if (index === 0) {
      await page.getByRole('button', { name: /Plus de détails/ }).click();
      await page.getByLabel('Note courte (facultatif)').fill('Couvertures demandées, repasser jeudi');
    }
    await page.getByRole('button', { name: 'Une personne de plus' }).click();
    await page.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
    await page.getByText(`En attente d’envoi (${index + 1})`).waitFor();
  }
  await checkA11y(page, 'maraude hors ligne');
  // Closed and opened again without network: the shell comes from the service worker, the encounters from the device.
  await page.reload();
  await page.getByText('En attente d’envoi (3)').waitFor();
  await page.getByText('Hors ligne').waitFor();
  const stored = async () => Number((await h.app.db.query('SELECT count(*) FROM maraude_encounter')).rows[0].count);
  expect(await stored()).toBe(0);

  // The first answer is lost on the way back: the API stored the encounter, the app never heard.
  let lost = 0;
  await context.route('**/api/maraude-encounters', async (route) => {
    if (route.request().method() === 'POST' && lost === 0) {
      lost += 1;
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await context.setOffline(false);
  await page.evaluate("window.dispatchEvent(new Event('online'))");
  await passes(async () => {
    // The retry of the lost one comes with the same Idempotency-Key.
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    expect(await page.getByTestId('pending').count()).toBe(0);
  }, 20_000);
  expect(lost).toBe(1);
  expect(await stored()).toBe(3);
  const places = (await h.app.db.query('SELECT place FROM maraude_encounter ORDER BY place')).rows.map((r) => r.place);
  expect(places).toEqual(['Jardin du Verney', 'Parvis de la gare', 'Quai de la Leysse']);
  const noted = await h.app.db.query("SELECT note FROM maraude_encounter WHERE place = 'Parvis de la gare'");
  expect(noted.rows).toEqual([{ note: 'Couvertures demandées, repasser jeudi' }]);
  await page.getByTestId('encounter').first().waitFor();
  expect(await page.getByTestId('encounter').count()).toBe(3);
  await context.close();
});

test('(b) evaluation, proposal, commission decision, allocation and bail glissant, every step on the timeline', async () => {
  const file = await createHousehold(siao);
  const sessionAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
  const created = await h.app.http.post('/commission-sessions').set(bearer(secretary)).send({ sessionAt });
  expect(created.status).toBe(201);

  const siaoContext = await h.context();
  const page = await siaoContext.newPage();
  await logIn(page, siao);
  await page.goto(`/households/${file.id}`);
  await page.getByTestId('status').getByText('Dossier ouvert').waitFor();
  await checkA11y(page, 'dossier ménage');

  await page.getByRole('button', { name: 'Évaluation SIAO' }).click();
  await checkA11y(page, 'formulaire d’étape');
  await choose(page, 'Orientation', 'Bail glissant');
  await choose(page, 'Intensité de l’accompagnement', 'Moyenne');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByTestId('status').getByText('Évalué').waitFor();

  await page.getByRole('button', { name: 'Proposition en commission' }).click();
  await page.getByRole('combobox', { name: 'Séance de la commission' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Proposer' }).click();
  await page.getByTestId('status').getByText('Proposé en commission').waitFor();
  // The session takes place: its date moves to now, after the proposal (decisions follow the session).
  await holdSessionNow(created.body.id);

  const secretaryContext = await h.context();
  const desk = await secretaryContext.newPage();
  await logIn(desk, secretary);
  await desk.getByRole('link', { name: 'Commission' }).click();
  await desk.getByRole('heading', { name: 'Commission SIAO-bailleurs', level: 2 }).waitFor();
  await checkA11y(desk, 'séances de commission');
  await desk.getByRole('link', { name: /\d{4}/ }).first().click();
  await desk.getByTestId('proposal').getByText(file.reference).waitFor();
  await checkA11y(desk, 'séance de commission');
  await desk.getByTestId('proposal').getByText('Retenu').click();
  await desk.getByRole('button', { name: 'Enregistrer 1 décision(s)' }).click();
  await desk.getByTestId('decided-proposal').waitFor();
  await choose(desk, 'Décision d’attribution (CAL)', 'Attribué');
  await desk.getByTestId('decided-proposal').getByRole('button', { name: 'Enregistrer' }).click();
  await desk.getByText('CAL : Attribué').waitFor();

  await page.reload();
  await page.getByTestId('status').getByText('Attribué').waitFor();
  // The household's answer deadline (10 days by default, CCH R441-10) is on the file.
  await page
    .getByTestId('deadlines')
    .getByText(/Réponse du ménage à l’offre attendue au plus tard le \d{1,2} \S+ \d{4}/)
    .waitFor();
  await page.getByRole('button', { name: 'Signature du bail' }).click();
  await choose(page, 'Type de bail', 'Bail glissant');
  await page.getByLabel('Bailleur').fill('Cristal Habitat');
  await pickCommune(page, 'Commune du logement', 'Chambéry');
  await page.getByLabel('Période d’examen de la convention tripartite (mois)').fill('4');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByTestId('status').getByText('Bail signé').waitFor();
  await page
    .getByTestId('deadlines')
    .getByText(/Bail glissant : information du préfet au plus tard le .*\(tous les 4 mois\)/)
    .waitFor();

  const timeline = page.getByTestId('timeline');
  for (const step of [
    'Ouverture du dossier',
    'Évaluation SIAO',
    'Proposition en commission',
    'Décision de la commission',
    'Décision d’attribution (CAL)',
    'Signature du bail',
  ]) {
    await timeline.getByText(step, { exact: true }).first().waitFor();
  }
  const stored = await household(siao, file.id);
  expect(stored).toMatchObject({ status: 'lease_signed', leaseType: 'bail_glissant', bailGlissantReviewMonths: 4 });
  const events = (await h.app.http.get(`/households/${file.id}/timeline`).set(bearer(siao))).body as Array<{ type: string }>;
  expect(events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['evaluation.completed', 'commission.proposed', 'commission.decided', 'allocation.decided', 'lease.signed']),
  );
  await siaoContext.close();
  await secretaryContext.close();
});

test('(c) two browsers edit the same file: the second sees the stale-version screen and loses nothing', async () => {
  const file = await createHousehold(siao, { commune: '73087' }); // Cognin
  const [first, second] = [await (await h.context()).newPage(), await (await h.context()).newPage()];
  for (const page of [first, second]) {
    await logIn(page, siao);
    await page.goto(`/households/${file.id}`);
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  }
  await pickCommune(first, 'Commune', 'Bassens');
  await first.getByRole('button', { name: 'Enregistrer' }).click();
  await first.getByText('Bassens', { exact: true }).waitFor();

  await choose(second, 'Situation de logement', 'Hôtel');
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await second.getByTestId('stale-version').waitFor();
  await checkA11y(second, 'conflit de version');
  // The file as it now is, and what was typed still there.
  await second.getByTestId('stale-version').getByText('Bassens').waitFor();
  await second.getByRole('button', { name: 'Enregistrer ma saisie sur la version actuelle' }).click();
  await second.getByText('Hôtel').first().waitFor();
  await passes(async () => {
    const stored = await household(siao, file.id);
    expect(stored.commune).toBe('73031'); // Bassens
    expect(stored.livingSituation).toBe('hotel');
  });
});

test('(d) a reminder that falls due appears in the inbox and is marked done', async () => {
  // A bail glissant signed 8 days ago: the 7-day follow-up visit is due.
  const file = await createHousehold(siao, { referentUserId: siao.id, consentDate: daysAgo(40).slice(0, 10), openedAt: daysAgo(40) });
  let version = file.version;
  const step = async (path: string, body: Record<string, unknown>) => {
    const response = await h.app.http
      .post(`/households/${file.id}/${path}`)
      .set(bearer(siao))
      .send({ version, ...body });
    expect(response.status).toBe(200);
    version = response.body.version;
  };
  await step('evaluations', {
    occurredAt: daysAgo(20),
    livingSituation: 'emergency_shelter',
    resources: ['rsa'],
    debtsCents: 0,
    needs: [],
    orientation: 'private_housing_iml',
    intensity: 'light',
  });
  await step('lease', { occurredAt: daysAgo(8), landlord: 'Agence immobilière du lac', commune: '73065', leaseType: 'sublet' });
  await passes(async () => {
    const inbox = await h.app.http.get('/reminders').set(bearer(siao));
    expect(inbox.body.overdue.length + inbox.body.today.length).toBeGreaterThan(0);
  }, 20_000);

  const page = await (await h.context()).newPage();
  await logIn(page, siao);
  await page.goto('/reminders');
  const reminder = page.getByTestId('reminder').filter({ hasText: 'Visite de suivi à 7 jours' }).filter({ hasText: file.reference });
  await reminder.waitFor();
  await checkA11y(page, 'rappels');
  await reminder.getByRole('button', { name: 'Fait' }).click();
  await reminder.waitFor({ state: 'detached' });
  const { rows } = await h.app.db.query("SELECT status FROM reminder WHERE subject_id = $1 AND rule_code = 'lease_followup_7_days'", [
    file.id,
  ]);
  expect(rows.map((r) => r.status)).toEqual(['done']);
});

test('(e) a step no longer possible shows the steps that are', async () => {
  const file = await createHousehold(siao);
  const evaluated = await h.app.http
    .post(`/households/${file.id}/evaluations`)
    .set(bearer(siao))
    .send({
      version: file.version,
      occurredAt: daysAgo(2),
      livingSituation: 'emergency_shelter',
      resources: [],
      debtsCents: 0,
      needs: [],
      orientation: 'ordinary_social_housing',
      intensity: 'light',
    });
  const session = await h.app.http
    .post('/commission-sessions')
    .set(bearer(secretary))
    .send({ sessionAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
  const proposed = await h.app.http
    .post(`/commission-sessions/${session.body.id}/proposals`)
    .set(bearer(siao))
    .send({ householdId: file.id, householdVersion: evaluated.body.version });
  expect(proposed.status).toBe(201);
  await holdSessionNow(session.body.id);

  const retained = await h.app.http
    .post(`/commission-sessions/${session.body.id}/decisions`)
    .set(bearer(secretary))
    .send({ decisions: [{ proposalId: proposed.body.id, decision: 'retained' }] });
  expect(retained.status).toBe(200);

  const page = await (await h.context()).newPage();
  await logIn(page, secretary);
  await page.goto(`/commission/${session.body.id}`);
  await choose(page, 'Décision d’attribution (CAL)', 'Attribué');
  // Meanwhile the SIAO worker closed the file: the landlord's allocation is no longer a possible step.
  const { version } = await household(siao, file.id);
  const closed = await h.app.http
    .post(`/households/${file.id}/close`)
    .set(bearer(siao))
    .send({ version, occurredAt: new Date().toISOString(), reason: 'moved_away' });
  expect(closed.status).toBe(200);
  await page.getByTestId('decided-proposal').getByRole('button', { name: 'Enregistrer' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Étapes possibles' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Réouverture du dossier');
  await checkA11y(page, 'étape impossible');
  expect((await household(siao, file.id)).status).toBe('closed');
});

test('(f) a restricted household’s names never reach the page of a sharing organisation’s worker', async () => {
  const file = await createHousehold(siao, {
    restricted: true,
    sharedWithOrganisationIds: [outreachOrg],
    persons: [{ firstName: 'Ophélie', lastName: 'Zanetti', birthDate: '1979-09-30', sex: 'female', role: 'reference' }],
  });
  const page = await (await h.context()).newPage();
  await logIn(page, outreach);
  await page.goto('/households');
  await page.getByText(file.reference).waitFor();
  await checkA11y(page, 'liste des ménages');
  expect(await page.textContent('body')).not.toMatch(/Zanetti|Ophélie/);
  await page.goto(`/households/${file.id}`);
  await page.getByText('Nom masqué (dossier restreint)').first().waitFor();
  const text = await page.textContent('body');
  expect(text).not.toMatch(/Zanetti|Ophélie|1979/);
  // The owner sees them.
  const owner = await (await h.context()).newPage();
  await logIn(owner, siao);
  await owner.goto(`/households/${file.id}`);
  await owner.getByText('Ophélie Zanetti').first().waitFor();
});

/** Presses Tab until `target` has the focus (bounded): how a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  // Attached is enough: some controls (a segmented control's radios) are visually hidden inputs.
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** A select filled from the keyboard: reach it, type part of the option, take the first match. */
async function pickByKeyboard(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, page.getByRole('combobox', { name: label, exact: true }));
  await page.keyboard.type(text);
  // Options may come from the API as one types (communes): wait for them.
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('(g) the pathway of journey (b) with the keyboard alone', async () => {
  const file = await createHousehold(siao, {
    persons: [{ firstName: 'Yacine', lastName: 'Haddad', birthDate: '1990-02-03', sex: 'male', role: 'reference' }],
  });
  const session = await h.app.http
    .post('/commission-sessions')
    .set(bearer(secretary))
    .send({ sessionAt: daysAgo(-4) });
  expect(session.status).toBe(201);

  const page = await (await h.context()).newPage();
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Adresse e-mail'));
  await page.keyboard.type(siao.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Ménages' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Yacine Haddad' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('status').getByText('Dossier ouvert').waitFor();

  await tabTo(page, page.getByRole('button', { name: 'Évaluation SIAO' }));
  await page.keyboard.press('Enter');
  await pickByKeyboard(page, 'Orientation', 'Bail glissant');
  await pickByKeyboard(page, 'Intensité de l’accompagnement', 'Intensive');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('status').getByText('Évalué').waitFor();

  await tabTo(page, page.getByRole('button', { name: 'Proposition en commission' }));
  await page.keyboard.press('Enter');
  await pickByKeyboard(page, 'Séance de la commission', 'ménage');
  await tabTo(page, page.getByRole('button', { name: 'Proposer' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('status').getByText('Proposé en commission').waitFor();
  await holdSessionNow(session.body.id);

  const desk = await (await h.context()).newPage();
  await logIn(desk, secretary);
  await tabTo(desk, desk.getByRole('link', { name: 'Commission' }));
  await desk.keyboard.press('Enter');
  await tabTo(desk, desk.locator(`a[href="/commission/${session.body.id}"]`));
  await desk.keyboard.press('Enter');
  const proposal = desk.getByTestId('proposal').filter({ hasText: file.reference });
  await tabTo(desk, proposal.getByRole('radio', { name: 'Retenu' }));
  await desk.keyboard.press('Space');
  await tabTo(desk, desk.getByRole('button', { name: 'Enregistrer 1 décision(s)' }));
  await desk.keyboard.press('Enter');
  await desk.getByTestId('decided-proposal').filter({ hasText: file.reference }).waitFor();
  await pickByKeyboard(desk, 'Décision d’attribution (CAL)', 'Attribué');
  await tabTo(desk, desk.getByTestId('decided-proposal').filter({ hasText: file.reference }).getByRole('button', { name: 'Enregistrer' }));
  await desk.keyboard.press('Enter');
  await desk.getByText('CAL : Attribué').first().waitFor();

  await page.reload();
  await tabTo(page, page.getByRole('button', { name: 'Signature du bail' }));
  await page.keyboard.press('Enter');
  await pickByKeyboard(page, 'Type de bail', 'Bail glissant');
  await tabTo(page, page.getByLabel('Bailleur'));
  await page.keyboard.type('OPAC de la Savoie');
  await pickByKeyboard(page, 'Commune du logement', 'La Motte-Servolex');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('status').getByText('Bail signé').waitFor();
  expect(await household(siao, file.id)).toMatchObject({ status: 'lease_signed', leaseType: 'bail_glissant', commune: '73179' });
});

test('(h) a session that ends while a note is typed asks for the password and sends the note', async () => {
  const worker = await h.factory.user(siaoOrg, ['siao_worker']);
  const file = await createHousehold(worker);
  const page = await (await h.context()).newPage();
  await logIn(page, worker);
  await page.goto(`/households/${file.id}`);
  await page.getByLabel('Nouvelle note').fill('Rendez-vous pris avec la CAF mardi : apporter les bulletins de salaire.');
  // Meanwhile the password is changed from another device: every session of the account ends.
  const newPassword = 'un-nouveau-mot-de-passe-2026';
  const changed = await h.app.http.post('/auth/password').set(bearer(worker)).send({ currentPassword: PASSWORD, newPassword });
  expect(changed.status).toBe(204);

  await page.getByRole('button', { name: 'Ajouter la note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Votre session a expiré' });
  await dialog.waitFor();
  await checkA11y(page, 'reconnexion');
  await dialog.getByLabel('Mot de passe').fill(newPassword);
  await dialog.getByRole('button', { name: 'Continuer' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Sent once the password was given: the note is listed and the field is empty again.
  await page.getByText('Rendez-vous pris avec la CAF mardi').waitFor();
  await passes(async () => expect(await page.getByLabel('Nouvelle note').inputValue()).toBe(''));
  const { rows } = await h.app.db.query('SELECT body FROM household_note WHERE household_id = $1', [file.id]);
  expect(rows.map((r) => r.body)).toEqual(['Rendez-vous pris avec la CAF mardi : apporter les bulletins de salaire.']);
});

test('(i) an outreach worker opens a file from a street encounter once the person agrees', async () => {
  const encounter = await h.app.http
    .post('/maraude-encounters')
    .set(bearer(outreach))
    .send({ occurredAt: daysAgo(1), place: 'Place du Palais de Justice', peopleMet: 1 });
  expect(encounter.status).toBe(201);
  const page = await (await h.context({ phone: true })).newPage();
  await logIn(page, outreach);
  await page
    .getByTestId('encounter')
    .filter({ hasText: 'Place du Palais de Justice' })
    .getByRole('link', { name: 'Ouvrir un dossier' })
    .click();
  await page.getByLabel('Prénom').fill('Mehdi');
  await page.getByLabel('Nom', { exact: true }).fill('Kaci');
  await page.getByLabel('Date de naissance').fill('1997-06-21');
  await checkA11y(page, 'ouverture de dossier');
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await page.getByTestId('status').getByText('Dossier ouvert').waitFor();
  await page.getByRole('heading', { name: 'Mehdi Kaci' }).waitFor();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const stored = (await h.app.http.get(`/households/${id}`).set(bearer(outreach))).body as { entryChannel: string; consentDate: string };
  expect(stored).toMatchObject({ entryChannel: 'maraude', consentDate: new Date().toISOString().slice(0, 10) });
  const encounters = await h.app.http
    .get('/maraude-encounters')
    .query({ from: daysAgo(2).slice(0, 10), to: daysAgo(-1).slice(0, 10) })
    .set(bearer(outreach));
  expect(encounters.body.find((e: { id: string }) => e.id === encounter.body.id).householdIds).toEqual([id]);

  // Next round: the same person met again, named among the people already followed.
  await page
    .getByRole('link', { name: 'Maraude' })
    .click()
    .catch(async () => page.goto('/maraude'));
  await page.goto('/maraude');
  await page.getByLabel('Lieu').fill('Gare routière');
  await page.getByRole('button', { name: /Plus de détails/ }).click();
  await page.getByRole('combobox', { name: 'Personnes déjà suivies (facultatif)' }).click();
  await page.keyboard.type('Kaci');
  await page.getByRole('option', { name: /Mehdi Kaci/ }).click();
  await page.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await passes(async () => {
    const { rows } = await h.app.db.query(
      "SELECT l.household_id FROM maraude_encounter e JOIN maraude_encounter_household l ON l.encounter_id = e.id WHERE e.place = 'Gare routière'",
    );
    expect(rows).toEqual([{ household_id: id }]);
  });
});

test('(j) on a phone, a SIAO worker records the demand numbers and a priority label, a birth, then transfers the file', async () => {
  const file = await createHousehold(siao, {
    persons: [{ firstName: 'Inès', lastName: 'Moulin', birthDate: '1993-07-19', sex: 'female', role: 'reference' }],
  });
  const page = await (await h.context({ phone: true })).newPage();
  await logIn(page, siao);
  await page.goto(`/households/${file.id}`);
  await page.getByTestId('status').getByText('Dossier ouvert').waitFor();

  await page.getByRole('button', { name: 'Modifier la demande SIAO' }).click();
  await page.getByLabel('N° de demande SI-SIAO').fill('siao73-2026-009001');
  await page.getByLabel('N° unique de demande de logement social (NUR)').fill('073112500009990001');
  await page
    .getByLabel('Date limite de renouvellement de la demande')
    .fill(new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Ajouter', exact: true }).first().click();
  await choose(page, 'Label', 'Reconnu prioritaire DALO (commission de médiation)');
  await page.getByLabel('Décision du').fill(daysAgo(10).slice(0, 10));
  await checkA11y(page, 'demande SIAO');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('SIAO73-2026-009001').waitFor();
  await page.getByText(/Reconnu prioritaire DALO/).waitFor();

  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  await choose(page, 'Motif', 'Naissance');
  await page.getByLabel('Prénom').fill('Lina');
  await page.getByLabel('Date de naissance').fill(daysAgo(2).slice(0, 10));
  await choose(page, 'Rôle dans le ménage', 'Enfant');
  await checkA11y(page, 'arrivée d’une personne');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('button', { name: 'Départ de Lina' }).waitFor();
  await page.getByTestId('timeline').getByText('Arrivée d’une personne').waitFor();

  await page.getByRole('button', { name: 'Transférer le dossier' }).click();
  await choose(page, 'Nouvelle organisation référente', "Toit d'abord");
  await choose(page, 'Motif du transfert', 'Changement d’équipe référente');
  await checkA11y(page, 'transfert du dossier');
  await page.getByRole('button', { name: 'Transférer', exact: true }).click();
  await page.waitForURL('**/households');
  const stored = (await h.app.http.get(`/households/${file.id}`).set(bearer(outreach))).body as {
    organisationId: string;
    siaoDemandNumber: string;
    priorityLabels: Array<{ code: string }>;
    persons: unknown[];
  };
  expect(stored).toMatchObject({ organisationId: outreachOrg, siaoDemandNumber: 'SIAO73-2026-009001', priorityLabels: [{ code: 'dalo' }] });
  expect(stored.persons).toHaveLength(2);
  expect((await h.app.http.get(`/households/${file.id}`).set(bearer(siao))).status).toBe(404);
});

test('(k) a SIAO worker imports the SI-SIAO sample export and opens a file from the report', async () => {
  const page = await (await h.context()).newPage();
  await logIn(page, siao);
  await page.getByRole('link', { name: 'Ménages' }).click();
  await page.getByRole('link', { name: 'Importer depuis SI-SIAO' }).click();
  await page.locator('input[type="file"]').setInputFiles(resolve(__dirname, '../../docs/samples/si-siao-demandes.csv'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const report = page.getByTestId('import-report');
  await report.getByText('3 ligne(s) : 3 dossier(s) ouvert(s), 0 déjà suivie(s), 0 refusée(s).', { exact: false }).waitFor();
  await checkA11y(page, 'import SI-SIAO');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByText('Ce fichier a déjà été importé : voici son compte rendu').waitFor();
  await report.getByRole('link').first().click();
  await page.getByText('SIAO73-2026-000101').waitFor();
});

test('axe: no serious or critical violation on any screen visited', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((screen) => [screen, []])));
});
