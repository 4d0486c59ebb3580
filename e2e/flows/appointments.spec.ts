/**
 * Appointments from a counsellor's point of view: an empty Agenda that says what it is for, a
 * case recorded at the intake, an appointment planned from the case screen and moved, the
 * appointment in the Agenda's week and day view, the case one click from there, Home's list of
 * what is due, and the agenda file (.ics) that holds "VP afspraak" but no name, contact detail
 * or (unless allowed) place. Driven by role and label (the Dutch screen texts), with
 * screenshots in e2e/screenshots/. The organisation is made through window.vp.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Stichting Welzijn Oost';
const REPORTER = { name: 'Sanne de Vries', phone: '06 1234 5678', email: 'sanne@example.nl' };
const HOME = 'Lindelaan 14, Zwolle';

/** A Dutch calendar day `days` from now, as a date input's value. */
function dutchDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

/** The Monday of a day's week. */
function monday(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

async function createOrganisation(page: Page): Promise<void> {
  const ok = await page.evaluate(async (legalName) => {
    const { vp } = window as unknown as { vp: VpApi };
    const created = await vp.createOrganisation({ legalName, city: 'Deventer' });
    return created.ok;
  }, ORGANISATION);
  expect(ok).toBe(true);
}

/** Closes the confirmations on screen, so they do not cover a screenshot. */
async function closeToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Melding sluiten' });
  while ((await close.count()) > 0) await close.first().click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
}

/** Every identifying value of the case, none of which may be in an agenda file. */
function expectNoReporter(text: string): void {
  for (const value of [REPORTER.name, 'Sanne', REPORTER.phone, '0612345678', REPORTER.email]) {
    expect(text).not.toContain(value);
  }
}

test('plan an appointment from a case, find it in the agenda, and export it without names', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await createOrganisation(page);
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  // The Agenda before anything is planned: what it is for, and where appointments come from.
  await menu.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeFocused();
  await expect(menu.getByRole('button', { name: 'Agenda' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const empty = page.getByTestId('agenda-empty');
  await expect(empty).toContainText('Geen afspraken in deze week');
  await expect(empty).toContainText('Hier ziet u de gesprekken die u hebt gepland');
  await expect(page.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('agenda-period')).toContainText(/^Week \d+: /);
  await shot(app, page, 'agenda-empty');

  // A case, recorded at the intake with the reporter's name and contact details.
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuwe melding' }).first().click();
  const intake = page.getByTestId('intake-form');
  await intake.getByRole('radio', { name: 'Telefoon' }).check();
  await intake
    .getByRole('combobox', { name: 'Organisatie', exact: true })
    .selectOption({ label: ORGANISATION });
  await intake.getByLabel('Naam', { exact: true }).fill(REPORTER.name);
  await intake.getByLabel('Telefoonnummer').fill(REPORTER.phone);
  await intake.getByLabel('E-mailadres').fill(REPORTER.email);
  await intake.getByRole('checkbox', { name: 'Pesten' }).check();
  await intake.getByRole('radio', { name: 'Niets', exact: true }).check();
  await intake.getByRole('button', { name: 'Melding opslaan' }).click();
  const caseHeading = page.getByRole('heading', { name: /^Melding \d{4}-001$/, level: 1 });
  await expect(caseHeading).toBeFocused();
  const caseNumber = ((await caseHeading.textContent()) ?? '').replace('Melding ', '');

  // Planning: date, time, duration and place are asked; a missing choice is said in words.
  const card = page.getByTestId('appointments-card');
  await expect(card).toContainText('Nog geen afspraken.');
  await card.getByRole('button', { name: 'Afspraak plannen' }).click();
  const form = card.getByTestId('appointment-form');
  await expect(form.getByLabel('Datum', { exact: true })).toBeFocused();
  const day = dutchDay(1);
  await form.getByLabel('Datum', { exact: true }).fill(day);
  await form.getByLabel('Begintijd').fill('14:00');
  await form.getByLabel('Duur in minuten').fill('0');
  await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await expect(form).toContainText('Vul een heel aantal minuten in, van 5 tot 720.');
  await expect(form.getByRole('group', { name: 'Waar' })).toContainText('Maak een keuze.');
  await form.getByLabel('Duur in minuten').fill('45');
  await form.getByRole('radio', { name: 'Bij de melder thuis' }).check();
  await form.getByLabel('Adres of ruimte').fill(HOME);
  await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De afspraak is gepland.' }),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Afspraak plannen' })).toBeFocused();
  const item = card.getByTestId('appointment');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('14:00–14:45');
  await expect(item).toContainText(`Bij de melder thuis · ${HOME}`);
  await expect(item.getByTestId('appointment-status')).toHaveText('Gepland');

  // Moved by half an hour: the form starts from the appointment as it is.
  await item.getByRole('button', { name: /^Verzetten: afspraak van/ }).click();
  const edit = card.getByTestId('appointment-edit-form');
  await expect(edit.getByLabel('Datum', { exact: true })).toHaveValue(day);
  await expect(edit.getByLabel('Begintijd')).toHaveValue('14:00');
  await expect(edit.getByRole('radio', { name: 'Bij de melder thuis' })).toBeChecked();
  await edit.getByLabel('Begintijd').fill('14:30');
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'verzet' })).toBeVisible();
  await expect(item).toContainText('14:30–15:15');
  await closeToasts(page);
  await shot(app, page, 'case-appointments');

  // Home: the planned appointment, with its kind of place (never the address).
  await menu.getByRole('button', { name: 'Home' }).click();
  const due = page.getByTestId('due-item').filter({ hasText: 'Afspraak' });
  await expect(due).toContainText(caseNumber);
  await expect(due).toContainText('Bij de melder thuis');
  await expect(due).not.toContainText('Lindelaan');

  // The Agenda's week: the appointment in its day, under the Dutch name of the day.
  await menu.getByRole('button', { name: 'Agenda' }).click();
  if (monday(day) !== monday(dutchDay(0))) {
    await page.getByRole('button', { name: 'Volgende week' }).click();
  }
  const week = page.getByTestId('agenda-view-week');
  await expect(week.getByTestId('agenda-day')).toHaveCount(7);
  await expect(week.getByTestId('agenda-day').first().getByRole('heading')).toContainText(
    /^maandag \d+ \w+/,
  );
  const entry = week.getByTestId('agenda-item');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('14:30–15:15');
  await expect(entry).toContainText(`Melding ${caseNumber}`);
  await expect(entry).toContainText(ORGANISATION);
  await expect(entry).toContainText('Bij de melder thuis');
  await closeToasts(page);
  await shot(app, page, 'agenda-week');

  // The day view of that day.
  await page.getByRole('button', { name: 'Vandaag' }).click();
  await page.getByRole('button', { name: 'Dag', exact: true }).click();
  await page.getByRole('button', { name: 'Volgende dag' }).click();
  const dayInWords = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
  await expect(page.getByTestId('agenda-period')).toHaveText(dayInWords);
  await expect(page.getByTestId('agenda-view-day').getByTestId('agenda-item')).toHaveCount(1);
  await shot(app, page, 'agenda-day');

  // One click from the agenda to the case.
  await page.getByTestId('agenda-item').getByRole('button').click();
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeFocused();
  await expect(page.getByTestId('appointments-card').getByTestId('appointment')).toHaveCount(1);

  // The agenda file: only "VP afspraak", the time and the kind of place.
  await menu.getByRole('button', { name: 'Agenda' }).click();
  const exportCard = page.getByTestId('ics-export');
  await expect(exportCard).toContainText(
    "Alleen 'VP afspraak', het tijdstip en het soort plaats; geen namen of gegevens uit het dossier",
  );
  await exportCard.getByLabel('Vanaf').fill(dutchDay(0));
  await exportCard.getByRole('button', { name: 'Agenda-bestand maken' }).click();
  await expect(exportCard).toContainText('Er staat 1 afspraak in het bestand.');
  const preview = exportCard.getByLabel('Inhoud van het bestand');
  const ics = await preview.inputValue();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('SUMMARY:VP afspraak');
  expect(ics).toContain('LOCATION:bij de melder thuis\n');
  expect(ics).not.toContain('DESCRIPTION');
  expectNoReporter(ics);
  expect(ics).not.toContain('Lindelaan');
  expect(ics).not.toContain(caseNumber);
  expect(ics).not.toContain(ORGANISATION);

  // Copied to the clipboard (or, where the window may not write it, selected to copy by hand).
  await exportCard.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await expect(
    page
      .getByTestId('toast')
      .filter({ hasText: 'De tekst is gekopieerd.' })
      .or(exportCard.getByText('Kopiëren lukte niet.')),
  ).toBeVisible();

  // Saved through main (a save dialog in the app; the harness's exports folder here): what was
  // shown, with CRLF line ends; only DTSTAMP, the moment the file was made, is the save's own.
  await exportCard.getByRole('button', { name: 'Opslaan als bestand' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Opgeslagen als vp-afspraken.ics' }),
  ).toBeVisible();
  if (app.exportsFolder) {
    const saved = await readFile(path.join(app.exportsFolder, 'vp-afspraken.ics'), 'utf8');
    expect(saved).toContain('SUMMARY:VP afspraak\r\n');
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(withoutStamp(saved.replace(/\r\n/g, '\n'))).toBe(withoutStamp(ics));
  }

  // With "Plaats meenemen" the address goes along, the names still do not. Changing the choice
  // drops the preview, so it never shows a file other than the one the choices make.
  await exportCard.getByLabel('Plaats meenemen').check();
  await expect(preview).toHaveCount(0);
  await exportCard.getByRole('button', { name: 'Agenda-bestand maken' }).click();
  const withPlace = await exportCard.getByLabel('Inhoud van het bestand').inputValue();
  expect(withPlace).toContain('SUMMARY:VP afspraak');
  expect(withPlace.replace(/\n /g, '')).toContain('bij de melder thuis – Lindelaan 14\\, Zwolle');
  expectNoReporter(withPlace);
  await closeToasts(page);
  await shot(app, page, 'agenda-ics');

  // Called off from the case: asked once (focus on "Terug"), then final, and gone from Home.
  await page.getByTestId('agenda-item').getByRole('button').click();
  const planned = page.getByTestId('appointments-card').getByTestId('appointment');
  await planned.getByRole('button', { name: /^Afzeggen: afspraak van/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Afspraak afzeggen?' });
  await expect(dialog.getByRole('button', { name: 'Terug' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Afzeggen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(planned.getByTestId('appointment-status')).toHaveText('Afgezegd');
  await expect(planned.getByRole('button', { name: /^Verzetten/ })).toHaveCount(0);
  await menu.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('due-item').filter({ hasText: 'Afspraak' })).toHaveCount(0);
});
