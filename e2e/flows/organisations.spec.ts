/**
 * Organisations (opdrachtgevers) from a counsellor's point of view: the first one, a mistake in
 * the KvK number, units, an edit, a duplicate KvK number, archiving and restoring. Driven by
 * role and label (the Dutch screen texts), with screenshots in e2e/screenshots/.
 */
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const NAME = 'Stichting Welzijn Oost';
const NOTES = 'Jaargesprek met de directie in maart.\nFacturen per kwartaal.';

test('add an organisation, its units, edit, refuse a duplicate KvK number, archive and restore', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);

  // Before the first organisation: what one is for, and the first step.
  await page.getByRole('button', { name: 'Organisaties', exact: true }).click();
  const list = page.getByTestId('screen-organisations');
  await expect(list).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Organisaties', level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Nog geen organisaties' })).toBeVisible();
  await expect(list).toContainText('Een organisatie is een opdrachtgever');
  await expect(page.getByRole('table')).toHaveCount(0);
  await shot(app, page, 'organisations-empty');

  // A new organisation with a KvK number one digit short: shown at the field, nothing lost.
  await list.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const form = page.getByTestId('organisation-form');
  await expect(
    page.getByRole('heading', { name: 'Organisatie toevoegen', level: 1 }),
  ).toBeFocused();
  await expect(form.getByLabel('Land', { exact: true })).toHaveValue('NL');
  await expect(form.getByRole('radio', { name: 'Binnen 48 uur' })).toBeChecked();
  await form.getByLabel('Statutaire naam').fill(NAME);
  await form.getByLabel('KvK-nummer').fill('1234567');
  await form.getByLabel('Btw-nummer').fill('nl 1234.56.782 b01');
  await form.getByLabel('Straat en huisnummer').fill('Hoofdstraat 12');
  await form.getByLabel('Postcode').fill('7411ab');
  await form.getByLabel('Plaats').fill('Deventer');
  await form.getByLabel('Contactpersoon').fill('M. Jansen');
  await form.getByLabel('E-mailadres voor facturen').fill('facturen@welzijnoost.nl');
  await form.getByLabel('Inkoopordernummer').fill('PO-2026-17');
  await form.getByLabel('Referentie van de opdrachtgever').fill('WO-VP-01');
  await form.getByLabel('Aantal medewerkers').fill('85');
  await form.getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByLabel('Start van de opdracht').fill('2026-01-01');
  await form.getByRole('textbox', { name: 'Notities' }).fill(NOTES);
  await form.getByRole('button', { name: 'Organisatie opslaan' }).click();

  const kvk = form.getByLabel('KvK-nummer');
  await expect(kvk).toBeFocused();
  await expect(kvk).toHaveAttribute('aria-invalid', 'true');
  // The hint and the message, both read with the field.
  await expect(kvk).toHaveAccessibleDescription('8 cijfers Een KvK-nummer bestaat uit 8 cijfers.');
  await expect(page.getByTestId('error-alert')).toContainText(
    'Niet alle gegevens zijn juist ingevuld',
  );
  await expect(page.getByTestId('error-alert')).toContainText('KvK-nummer');
  await expect(form.getByLabel('Statutaire naam')).toHaveValue(NAME);
  await expect(form.getByRole('textbox', { name: 'Notities' })).toHaveValue(NOTES);
  await expect(form.getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  await expect(kvk).toHaveValue('1234567');
  await shot(app, page, 'organisation-form-invalid');

  await kvk.fill('1234 5678');
  await expect(kvk).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Organisatie opslaan' }).click();

  // The organisation's page, with what was typed, tidied (KvK, VAT id and postcode).
  const detail = page.getByTestId('screen-organisation');
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeFocused();
  await expect(page.getByTestId('toast')).toContainText('De organisatie is opgeslagen.');
  await expect(detail).toContainText('12345678');
  await expect(detail).toContainText('NL123456782B01');
  await expect(detail).toContainText('7411 AB');
  await expect(detail).toContainText('Nederland');
  await expect(detail).toContainText('1 januari 2026');
  await expect(detail).toContainText('Lid van de vereniging');
  await expect(page.getByTestId('organisation-badges')).toContainText('Reactie binnen 48 uur');
  await shot(app, page, 'organisation-detail');

  // Units: two added (the field stays ready for the next), one renamed in place.
  const units = page.getByTestId('units');
  await expect(units).toContainText('alleen gebruikt in geanonimiseerde aantallen');
  const unitField = units.getByLabel('Nieuw onderdeel of nieuwe regio');
  await unitField.fill('Zorg');
  await units.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  const unitNames = units.getByTestId('unit-name');
  await expect(unitNames).toHaveText(['Zorg']);
  await expect(unitField).toHaveValue('');
  await expect(unitField).toBeFocused();
  await unitField.fill('Regio Noord');
  await unitField.press('Enter');
  await expect(unitNames).toHaveText(['Regio Noord', 'Zorg']);

  await units.getByRole('button', { name: 'Naam wijzigen: Zorg' }).click();
  const rename = units.getByLabel('Nieuwe naam voor Zorg');
  await expect(rename).toBeFocused();
  await rename.fill('Zorg en welzijn');
  await rename.press('Enter');
  await expect(unitNames).toHaveText(['Regio Noord', 'Zorg en welzijn']);
  await expect(units.getByRole('button', { name: 'Naam wijzigen: Zorg en welzijn' })).toBeFocused();

  // A name another unit has: refused at the field; Escape leaves the name as it was.
  await units.getByRole('button', { name: 'Naam wijzigen: Regio Noord' }).click();
  await units.getByLabel('Nieuwe naam voor Regio Noord').fill('zorg en welzijn');
  await units.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(
    units.getByText('Deze organisatie heeft al een onderdeel met deze naam.'),
  ).toBeVisible();
  await units.getByLabel('Nieuwe naam voor Regio Noord').press('Escape');
  await expect(units.getByRole('button', { name: 'Naam wijzigen: Regio Noord' })).toBeFocused();
  await expect(unitNames).toHaveText(['Regio Noord', 'Zorg en welzijn']);

  // Archiving a unit moves focus to the button that brings it back.
  await units.getByRole('button', { name: 'Archiveren: Regio Noord' }).click();
  await expect(units.getByRole('button', { name: 'Terugzetten: Regio Noord' })).toBeFocused();
  await expect(units.getByRole('heading', { name: 'Gearchiveerde onderdelen' })).toBeVisible();
  await shot(app, page, 'organisation-units');
  await page.keyboard.press('Enter');
  await expect(units.getByRole('button', { name: 'Archiveren: Regio Noord' })).toBeFocused();
  await expect(units.getByRole('heading', { name: 'Gearchiveerde onderdelen' })).toHaveCount(0);

  // Edit: the reaction time becomes 24 hours.
  await detail.getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { name: 'Organisatie bewerken', level: 1 })).toBeFocused();
  await expect(form.getByLabel('KvK-nummer')).toHaveValue('12345678');
  await expect(form.getByLabel('Aantal medewerkers')).toHaveValue('85');
  await form.getByRole('radio', { name: 'Binnen 24 uur' }).check();
  await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeFocused();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }),
  ).toBeVisible();
  await expect(page.getByTestId('organisation-badges')).toContainText('Reactie binnen 24 uur');

  // The list: a table with headers; back from the organisation, focus is on its row.
  await detail.getByRole('button', { name: 'Alle organisaties' }).click();
  const table = page.getByTestId('organisations-table');
  await expect(table.getByRole('button', { name: NAME })).toBeFocused();
  for (const header of [
    'Naam',
    'Plaats',
    'KvK-nummer',
    'Reactietermijn',
    'Lidmaatschap',
    'Onderdelen',
  ]) {
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  }
  const row = table.getByRole('row', { name: new RegExp(NAME) });
  await expect(row.getByRole('cell')).toHaveText(['Deventer', '12345678', '24 uur', 'Lid', '2']);
  await shot(app, page, 'organisations-list');

  // The filter: by place or KvK number, with a word when nothing matches.
  const filter = page.getByLabel('Zoek op naam, plaats of KvK-nummer');
  await filter.fill('1234 5678');
  await expect(table.getByRole('row')).toHaveCount(2);
  await filter.fill('Rotterdam');
  await expect(page.getByText('Geen organisaties gevonden voor "Rotterdam".')).toBeVisible();
  await expect(page.getByTestId('organisations-count')).toHaveText('0 van 1 organisaties');
  await filter.fill('');

  // A second organisation with the same KvK number: main refuses, the form keeps everything.
  await list.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await form.getByLabel('Statutaire naam').fill('Welzijn Oost Thuiszorg B.V.');
  await form.getByLabel('KvK-nummer').fill('12345678');
  await form.getByLabel('Plaats').fill('Apeldoorn');
  await form.getByRole('textbox', { name: 'Notities' }).fill('Nieuw sinds april.');
  await form.getByRole('button', { name: 'Organisatie opslaan' }).click();
  await expect(page.getByTestId('error-alert')).toHaveText(
    'Er is al een organisatie met dit KvK-nummer. Zoek die op in het overzicht (ook bij de gearchiveerde).',
  );
  await expect(page.getByTestId('screen-organisation-form')).toBeVisible();
  await expect(form.getByLabel('KvK-nummer')).toBeFocused();
  await expect(form.getByText('Dit KvK-nummer hoort al bij een andere organisatie.')).toBeVisible();
  await expect(form.getByLabel('Statutaire naam')).toHaveValue('Welzijn Oost Thuiszorg B.V.');
  await expect(form.getByLabel('Plaats')).toHaveValue('Apeldoorn');
  await expect(form.getByRole('textbox', { name: 'Notities' })).toHaveValue('Nieuw sinds april.');
  await shot(app, page, 'organisation-duplicate-kvk');

  await form.getByLabel('KvK-nummer').fill('87654321');
  await form.getByRole('button', { name: 'Organisatie opslaan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Welzijn Oost Thuiszorg B.V.', level: 1 }),
  ).toBeFocused();

  // Archive the first: a dialog says what archiving means; Escape closes it, focus returns.
  await detail.getByRole('button', { name: 'Alle organisaties' }).click();
  await table.getByRole('button', { name: NAME }).click();
  const archive = detail.getByRole('button', { name: 'Archiveren', exact: true });
  await archive.click();
  const dialog = page.getByRole('dialog', { name: `${NAME} archiveren?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toContainText('Er wordt niets verwijderd');
  await expect(dialog).toContainText('jaarverslagen en facturen');
  const confirm = dialog.getByRole('button', { name: 'Archiveren' });
  await expect(confirm).toBeFocused();
  // Tab stays within the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(archive).toBeFocused();

  await archive.click();
  await expect(confirm).toBeFocused();
  // A full-page shot of a window as tall as the page, so the backdrop covers all of it.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await shot(app, page, 'organisation-archive-dialog');
  await page.setViewportSize({ width: 1280, height: 800 });
  await confirm.click();

  // Gone from the list, there with "Toon gearchiveerde".
  await expect(page.getByRole('heading', { name: 'Organisaties', level: 1 })).toBeFocused();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De organisatie is gearchiveerd.' }),
  ).toBeVisible();
  await expect(table.getByRole('button', { name: NAME })).toHaveCount(0);
  await expect(table.getByRole('button', { name: 'Welzijn Oost Thuiszorg B.V.' })).toBeVisible();
  await page.getByLabel('Toon gearchiveerde').check();
  const archivedRow = table.getByRole('row', { name: new RegExp(NAME) });
  await expect(archivedRow).toContainText('Gearchiveerd');
  await shot(app, page, 'organisations-archived');

  // Restore it from its page.
  await archivedRow.getByRole('button', { name: NAME }).click();
  await expect(detail).toContainText('Deze organisatie is gearchiveerd op');
  await detail.getByRole('button', { name: 'Terugzetten', exact: true }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De organisatie is teruggezet.' }),
  ).toBeVisible();
  await expect(archive).toBeFocused();
  await expect(detail).not.toContainText('Deze organisatie is gearchiveerd op');

  await detail.getByRole('button', { name: 'Alle organisaties' }).click();
  await page.getByLabel('Toon gearchiveerde').uncheck();
  await expect(table.getByRole('button', { name: NAME })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(NAME) })).not.toContainText(
    'Gearchiveerd',
  );

  // Dark theme, and 200 % zoom of a 1280 × 800 window: the table scrolls within its frame.
  // (The confirmations so far are closed first, so they do not cover the screenshots.)
  const closeToast = page.getByRole('button', { name: 'Melding sluiten' });
  while ((await closeToast.count()) > 0) await closeToast.first().click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(app, page, 'organisations-list-dark');
  await table.getByRole('button', { name: NAME }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeFocused();
  await shot(app, page, 'organisation-detail-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(detail.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(app, page, 'organisation-detail-zoom-200');
  await detail.getByRole('button', { name: 'Alle organisaties' }).click();
  await expect(table).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The columns out of view are reached from the keyboard: the table's frame takes focus.
  await expect(page.getByRole('region', { name: 'Uw organisaties' })).toHaveAttribute(
    'tabindex',
    '0',
  );
  await shot(app, page, 'organisations-list-zoom-200');
});
