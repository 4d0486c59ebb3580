/**
 * Cases (meldingen) from a counsellor's point of view: the intake in one form, its draft kept
 * across a reload, the case with its reaction time, a note and its correction, the status flow
 * with a referral, finding the case by a word from a note, closing it, and Home's list of what
 * is due. Driven by role and label (the Dutch screen texts), with screenshots in
 * e2e/screenshots/. The organisation is made through window.vp: Organisaties has its own flow.
 */
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Stichting Welzijn Oost';
const WORD = 'zonnebloemveld';

/** A moment as a datetime-local value in Dutch time, `days` before now, at 09:30. */
function daysAgo(days: number): { input: string; year: string; day: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() - days * 86_400_000));
  return { input: `${parts}T09:30`, year: parts.slice(0, 4), day: parts };
}

/** The organisation (with one unit) straight through main, as Organisaties would make it. */
async function createOrganisation(page: Page): Promise<void> {
  const ok = await page.evaluate(async (legalName) => {
    const { vp } = window as unknown as { vp: VpApi };
    const created = await vp.createOrganisation({
      legalName,
      city: 'Deventer',
      reactionTimeHours: 24,
    });
    if (!created.ok) return false;
    const unit = await vp.addUnit({ organisationId: created.value.id, name: 'Zorg' });
    return unit.ok;
  }, ORGANISATION);
  expect(ok).toBe(true);
}

/** The draft main keeps for a form, as stored (inside the encrypted case file). */
async function draftText(page: Page, form: string): Promise<string> {
  return page.evaluate(async (key) => {
    const { vp } = window as unknown as { vp: VpApi };
    const draft = await vp.getDraft({ form: key });
    return draft.ok && draft.value ? draft.value.content : '';
  }, form);
}

/** Closes the confirmations on screen, so they do not cover a screenshot. */
async function closeToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Melding sluiten' });
  while ((await close.count()) > 0) await close.first().click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
}

test('record a case, keep its draft, note it, move it along, find it and close it', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await createOrganisation(page);
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // Before the first case: what a case is, and one button to start.
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  const list = page.getByTestId('screen-cases');
  await expect(page.getByRole('heading', { name: 'Meldingen', level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Nog geen meldingen' })).toBeVisible();
  await expect(list).toContainText('Een melding begint bij het verzoek van een melder');
  await expect(list.getByRole('button', { name: 'Nieuwe melding' })).toHaveCount(1);
  await shot(app, page, 'cases-empty');

  // The intake: a request three days ago, typed in part, then the page reloads before saving.
  await list.getByRole('button', { name: 'Nieuwe melding' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe melding', level: 1 })).toBeFocused();
  const form = page.getByTestId('intake-form');
  await expect(form.getByLabel('Datum en tijd van het verzoek')).not.toHaveValue('');
  await expect(form.getByRole('radio', { name: 'Medewerker', exact: true })).toBeChecked();
  const requested = daysAgo(3);
  const caseNumber = `${requested.year}-001`;
  await form.getByLabel('Datum en tijd van het verzoek').fill(requested.input);
  await form.getByRole('radio', { name: 'Telefoon' }).check();
  await form
    .getByRole('combobox', { name: 'Organisatie', exact: true })
    .selectOption({ label: ORGANISATION });
  await form.getByRole('combobox', { name: 'Onderdeel of regio' }).selectOption({ label: 'Zorg' });
  await form.getByLabel('Naam', { exact: true }).fill('Sanne de Vries');
  await form.getByLabel('Telefoonnummer').fill('06 1234 5678');
  await form.getByRole('checkbox', { name: 'Pesten' }).check();
  await form.getByRole('checkbox', { name: 'Machtsmisbruik' }).check();
  await form
    .getByRole('combobox', { name: 'Relatie tot de beklaagde' })
    .selectOption({ label: 'Leidinggevende' });
  await form
    .getByLabel('Wat wil de melder?')
    .fill('Eerst haar verhaal kwijt; daarna misschien een gesprek met de teamleider.');
  // The draft is saved in the case file a moment after typing stops (and says so).
  await expect(page.getByTestId('autosave-status')).toContainText('Concept bewaard om');
  await expect.poll(() => draftText(page, 'intake')).toContain('Eerst haar verhaal kwijt');
  // Only there: nothing of the case in the browser's own storage (just the language choice).
  expect(
    await page.evaluate(() => [
      ...Object.keys(localStorage).filter((key) => key !== 'vp.locale'),
      ...Object.keys(sessionStorage),
    ]),
  ).toEqual([]);
  await page.reload();

  // Back in the app (the session stays unlocked), Ctrl+N: the draft is offered, and continued.
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Nieuwe melding', level: 1 })).toBeFocused();
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toContainText('Er is een concept van');
  await expect(form).toHaveCount(0);
  await shot(app, page, 'intake-draft-offer');
  await offer.getByRole('button', { name: 'Verdergaan' }).click();
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('Sanne de Vries');
  await expect(form.getByLabel('Datum en tijd van het verzoek')).toHaveValue(requested.input);
  await expect(form.getByRole('radio', { name: 'Telefoon' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Organisatie', exact: true })).toHaveValue(/\d+/);
  await expect(form.getByRole('combobox', { name: 'Onderdeel of regio' })).toHaveValue(/\d+/);
  await expect(form.getByRole('checkbox', { name: 'Pesten' })).toBeChecked();
  await expect(form.getByLabel('Wat wil de melder?')).toHaveValue(/Eerst haar verhaal kwijt/);

  // Anonymous hides and clears the reporter's details; unticked, they are empty.
  await form.getByLabel('De melder blijft anoniem').check();
  await expect(form.getByLabel('Naam', { exact: true })).toHaveCount(0);
  await form.getByLabel('De melder blijft anoniem').uncheck();
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('');
  await form.getByLabel('Naam', { exact: true }).fill('Sanne de Vries');

  // Consent not chosen yet: said at the field and in a summary; nothing typed is lost.
  await form.getByRole('button', { name: 'Melding opslaan' }).click();
  await expect(page.getByTestId('error-alert')).toContainText('Toestemming');
  await expect(form.getByRole('group', { name: 'Toestemming' })).toContainText('Maak een keuze.');
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('Sanne de Vries');
  await shot(app, page, 'intake-invalid');
  await form.getByRole('radio', { name: 'Anoniem, met alleen datum en regio' }).check();
  await form.getByRole('button', { name: 'Melding opslaan' }).click();

  // The case: number, organisation, status, and the reaction time already missed.
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeFocused();
  await expect(page.getByTestId('toast')).toContainText('De melding is opgeslagen.');
  const header = page.getByTestId('case-header');
  await expect(header).toContainText(`${ORGANISATION} · Zorg`);
  await expect(header.getByTestId('status-badge')).toHaveText('Eerste opvang');
  await expect(header.getByTestId('reaction-badge')).toHaveText('Reactie te laat');
  await expect(header).toContainText('Nog geen eerste contact');
  await expect(page.getByTestId('intake-card')).toContainText('Sanne de Vries');
  await expect(page.getByTestId('intake-card')).toContainText('Pesten, Machtsmisbruik');
  await closeToasts(page);
  await shot(app, page, 'case-new');

  // Home: the missed first contact is at the top, marked in words; one click opens the case.
  await menu.getByRole('button', { name: 'Home' }).click();
  const overdue = page.getByTestId('due-overdue');
  await expect(overdue).toContainText('Te laat');
  const dueItem = overdue.getByTestId('due-item').filter({ hasText: caseNumber });
  await expect(dueItem).toContainText('Eerste contact met de melder');
  await shot(app, page, 'home-due');
  await dueItem.getByRole('button').click();
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeVisible();

  // A note of the first conversation: it records the first contact (late).
  const noteForm = page.getByTestId('note-form');
  await expect(noteForm.getByRole('radio', { name: 'Gesprek', exact: true })).toBeChecked();
  await noteForm.getByLabel('Duur in minuten').fill('50');
  await noteForm
    .getByLabel('Notitie', { exact: true })
    .fill(`Eerste gesprek. Melder beschrijft het ${WORD} op de afdeling.`);
  await noteForm.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De notitie is opgeslagen.' }),
  ).toBeVisible();
  const notes = page.getByTestId('note');
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText(WORD);
  await expect(notes.first()).toContainText('50 minuten');
  await expect(header).toContainText('Eerste contact op');
  await expect(header.getByTestId('reaction-badge')).toHaveText('Reactie te laat');

  // A correction: the text becomes version 2, version 1 stays to be seen.
  await notes
    .first()
    .getByRole('button', { name: /^Bewerken: notitie van/ })
    .click();
  const editForm = page.getByTestId('note-edit-form');
  await expect(editForm).toContainText('versie 1');
  await expect(editForm.getByLabel('Notitie', { exact: true })).toBeFocused();
  await editForm
    .getByLabel('Notitie', { exact: true })
    .fill(`Eerste gesprek (50 min). Melder beschrijft het ${WORD} op de afdeling Zorg.`);
  await editForm.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(notes.first().getByTestId('note-version')).toHaveText('versie 2');
  await expect(notes.first()).toContainText('afdeling Zorg');
  await notes.first().getByRole('button', { name: 'Eerdere versies bekijken' }).click();
  const history = page.getByRole('dialog', { name: 'Eerdere versies van de notitie' });
  await expect(history.getByTestId('note-history-version')).toHaveCount(2);
  await expect(history.getByTestId('note-history-version').first()).toContainText('Versie 1');
  await expect(history.getByTestId('note-history-version').first()).not.toContainText(
    'afdeling Zorg',
  );
  await expect(history.getByTestId('note-history-version').last()).toContainText('huidige tekst');
  await history.getByRole('button', { name: 'Sluiten' }).click();
  await expect(history).toHaveCount(0);

  // Status: in behandeling, then doorverwezen with a referral to the company doctor.
  const status = page.getByTestId('status-card');
  await status.getByRole('button', { name: 'In behandeling' }).click();
  await expect(header.getByTestId('status-badge')).toHaveText('In behandeling');
  await status.getByRole('button', { name: 'Doorverwezen' }).click();
  await expect(header.getByTestId('status-badge')).toHaveText('Doorverwezen');
  const referrals = page.getByTestId('referrals-card');
  await referrals.getByRole('button', { name: 'Doorverwijzing toevoegen' }).click();
  await referrals.getByRole('radio', { name: 'Bedrijfsarts' }).check();
  await referrals.getByLabel('Korte omschrijving').fill('Afspraak bij de bedrijfsarts gemaakt.');
  await referrals.getByRole('button', { name: 'Doorverwijzing opslaan' }).click();
  await expect(referrals.getByTestId('referrals')).toContainText('Bedrijfsarts');

  // The list: the case, found again by a word from its note.
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  const rows = page.getByTestId('case-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(caseNumber);
  await expect(rows.first()).toContainText('Doorverwezen');
  await page.getByLabel('Zoeken in meldingen').fill('geen-treffer-hier');
  await expect(list).toContainText('Geen meldingen gevonden voor "geen-treffer-hier".');
  await page.getByLabel('Zoeken in meldingen').fill(WORD.slice(0, 9));
  await expect(page.getByTestId('cases-count')).toHaveText(
    `1 melding gevonden voor "${WORD.slice(0, 9)}"`,
  );
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(ORGANISATION);
  await closeToasts(page);
  await shot(app, page, 'cases-search');

  // Keyboard: the row is in the tab order and opens with Enter.
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeFocused();

  // Closing asks for the outcome first.
  await status.getByRole('button', { name: 'Afgesloten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Melding afsluiten' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(dialog).toContainText('Kies de uitkomst om de melding af te sluiten.');
  await dialog.getByRole('radio', { name: 'Doorverwezen' }).check();
  await dialog.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(header.getByTestId('status-badge')).toHaveText('Afgesloten');
  await expect(page.getByTestId('case-outcome')).toContainText('Uitkomst: Doorverwezen');
  await expect(status.getByRole('button', { name: 'Heropenen' })).toBeVisible();
  await closeToasts(page);
  await shot(app, page, 'case-closed');

  // Back to the list: focus is on the case's row, where the counsellor left off.
  await page.getByRole('button', { name: 'Alle meldingen' }).click();
  await expect(rows.first()).toBeFocused();
  await expect(rows.first()).toContainText('Afgesloten');

  // Home: nothing overdue for the closed case.
  await menu.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('due-item').filter({ hasText: caseNumber })).toHaveCount(0);
  await expect(page.getByTestId('due-overdue')).toHaveCount(0);
});
