/**
 * Practice details and contracts from a counsellor's point of view: the practice's own details
 * in Settings (a wrong IBAN first), a logo, an organisation, a contract from the Nassaupraktijk
 * template with its bands, one from the Insieme template whose amounts must be filled in, an
 * overlap refused by main with everything kept, a draft continued, and an edit. Driven by role
 * and label (the Dutch screen texts), with screenshots in e2e/screenshots/.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Stichting Welzijn Oost';
// This year and the next, so "in force" and "not yet started" hold whenever the test runs.
const YEAR = new Date().getFullYear();
const NEXT = YEAR + 1;

/** A small PNG logo (a teal bar with a light band), made here so the test needs no file. */
function logoPng(width = 240, height = 72): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = y > height * 0.4 && y < height * 0.6 && x > width * 0.1 && x < width * 0.9;
      row.set(band ? [227, 238, 240] : [29, 92, 104], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function closeToasts(page: Page) {
  const close = page.getByRole('button', { name: 'Melding sluiten' });
  while ((await close.count()) > 0) await close.first().click();
}

test('practice details, then contracts from the Nassaupraktijk and Insieme templates', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);

  // ---------- Settings: the practice's details, nothing filled in yet ----------
  await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
  const practice = page.getByTestId('practice-settings');
  await expect(
    practice.getByRole('heading', { name: 'Praktijkgegevens', exact: true }),
  ).toBeVisible();
  await expect(practice.getByRole('heading', { name: 'Nog geen praktijkgegevens' })).toBeVisible();
  await expect(practice).toContainText('zonder deze gegevens kunt u nog geen facturen maken');
  await shot(app, page, 'settings-practice-empty');

  await practice.getByRole('button', { name: 'Praktijkgegevens invullen' }).click();
  const form = page.getByTestId('practice-form');
  await expect(form.getByLabel('Naam van de praktijk')).toBeFocused();
  await expect(form.getByLabel('Land', { exact: true })).toHaveValue('NL');
  await expect(form.getByLabel('Kleinste aantal dat apart wordt getoond')).toHaveValue('5');
  await expect(form.getByLabel('Betalingstermijn')).toHaveValue('30');
  await expect(
    form.getByRole('radio', { name: 'SI-UBL 2.0 (Nederlandse boekhoudpakketten)' }),
  ).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Nederlands', exact: true })).toBeChecked();
  // What the employer sees and does not see, read with the field.
  await expect(
    form.getByLabel('Kleinste aantal dat apart wordt getoond'),
  ).toHaveAccessibleDescription(
    /samengevoegd onder 'Overige onderdelen'.*Namen, data van gesprekken en tekst uit aantekeningen staan nooit op een factuur/,
  );
  await expect(form.getByLabel('Btw-nummer')).toHaveAccessibleDescription(
    /kleineondernemersregeling \(KOR\)/,
  );

  await form.getByLabel('Naam van de praktijk').fill('Vertrouwenspraktijk De Linde');
  await form.getByLabel('Handelsnaam').fill('De Linde');
  await form.getByLabel('KvK-nummer').fill('9012 3456');
  await form.getByLabel('Btw-nummer').fill('NL901234564B01');
  await form.getByLabel('Straat en huisnummer').fill('Lindenhof 3');
  await form.getByLabel('Postcode').fill('3811lk');
  await form.getByLabel('Plaats').fill('Amersfoort');
  // One digit wrong: the check digits do not match.
  await form.getByLabel('IBAN').fill('NL91 ABNA 0417 1643 01');
  await form.getByLabel('E-mailadres').fill('praktijk@delinde.example');
  await form.getByLabel('Betalingstermijn').fill('14');
  await form.getByRole('radio', { name: 'Peppol BIS Billing 3.0' }).check();
  await form.getByRole('button', { name: 'Praktijkgegevens opslaan' }).click();

  const iban = form.getByLabel('IBAN');
  await expect(iban).toBeFocused();
  await expect(iban).toHaveAttribute('aria-invalid', 'true');
  await expect(iban).toHaveAccessibleDescription(
    /Dit IBAN klopt niet\. Controleer de cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00\./,
  );
  await expect(page.getByTestId('error-alert')).toContainText('IBAN');
  await expect(form.getByLabel('Naam van de praktijk')).toHaveValue('Vertrouwenspraktijk De Linde');
  await expect(form.getByLabel('Betalingstermijn')).toHaveValue('14');
  await expect(form.getByRole('radio', { name: 'Peppol BIS Billing 3.0' })).toBeChecked();
  await expect(iban).toHaveValue('NL91 ABNA 0417 1643 01');
  await shot(app, page, 'settings-practice-invalid');

  await iban.fill('NL91 ABNA 0417 1643 00');
  await form.getByRole('button', { name: 'Praktijkgegevens opslaan' }).click();
  await expect(page.getByTestId('toast')).toContainText('De praktijkgegevens zijn opgeslagen.');
  await expect(
    practice.getByRole('heading', { name: 'Praktijkgegevens', exact: true }),
  ).toBeFocused();
  await expect(page.getByTestId('practice-form')).toHaveCount(0);
  await expect(practice).toContainText('NL91 ABNA 0417 1643 00');
  await expect(practice).toContainText('90123456');
  await expect(practice).toContainText('3811 LK Amersfoort');
  await expect(practice).toContainText('14 dagen');
  await expect(practice).toContainText('Peppol BIS Billing 3.0');
  await expect(practice).toContainText('5 meldingen');

  // The logo: a file that is not an image is refused in words; a PNG shows as it will print.
  const logo = page.getByTestId('practice-logo');
  await expect(logo).toContainText('Nog geen logo');
  await logo.getByLabel('Logo kiezen').setInputFiles({
    name: 'logo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('geen afbeelding'),
  });
  await expect(logo.getByText('Kies een PNG- of JPEG-bestand.')).toBeVisible();
  await logo.getByLabel('Logo kiezen').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: logoPng(),
  });
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Het logo is opgeslagen.' }),
  ).toBeVisible();
  const preview = logo.getByRole('img', { name: 'Uw logo zoals het op facturen staat' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  await expect(logo.getByRole('button', { name: 'Logo verwijderen' })).toBeVisible();
  await closeToasts(page);
  await shot(app, page, 'settings-practice');

  // Removed again: focus goes to the field that adds one; then back for the rest of the test.
  await logo.getByRole('button', { name: 'Logo verwijderen' }).click();
  await expect(logo.getByLabel('Logo kiezen')).toBeFocused();
  await expect(preview).toHaveCount(0);

  // ---------- An organisation of 35 employees ----------
  await page.getByRole('button', { name: 'Organisaties', exact: true }).click();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const orgForm = page.getByTestId('organisation-form');
  await orgForm.getByLabel('Statutaire naam').fill(ORGANISATION);
  await orgForm.getByLabel('Aantal medewerkers').fill('35');
  await orgForm.getByLabel('Start van de opdracht').fill(`${YEAR}-01-01`);
  await orgForm.getByRole('button', { name: 'Organisatie opslaan' }).click();
  await expect(page.getByRole('heading', { name: ORGANISATION, level: 1 })).toBeFocused();
  const contracts = page.getByTestId('contracts');
  await expect(contracts.getByRole('heading', { name: 'Contract', exact: true })).toBeVisible();
  await expect(contracts).toContainText('Nog geen contract');

  // ---------- From the Nassaupraktijk template ----------
  await contracts.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(page.getByRole('heading', { name: 'Contract vastleggen', level: 1 })).toBeFocused();
  const templates = page.getByTestId('contract-template');
  await expect(templates).toHaveCount(6);
  await expect(templates.last()).toContainText('Leeg contract');
  const insiemeOption = templates.filter({ hasText: 'Insieme' });
  await expect(insiemeOption).toContainText('vul het uurtarief per soort werk in');
  await expect(insiemeOption).toContainText('Bedragen zelf invullen');
  await closeToasts(page);
  await shot(app, page, 'contract-templates');
  await page.getByRole('button', { name: /^Beginnen met Nassaupraktijk/ }).click();

  const contractForm = page.getByTestId('contract-form');
  await expect(page.getByRole('heading', { name: 'Contract vastleggen', level: 1 })).toBeFocused();
  await expect(page.getByTestId('screen-contract-form')).toContainText(
    'uitgangspunt: Nassaupraktijk',
  );
  await expect(contractForm.getByLabel('Geldig vanaf')).toHaveValue(`${YEAR}-01-01`);
  await expect(contractForm.getByText('Deze organisatie heeft 35 medewerkers.')).toBeVisible();
  await expect(
    contractForm.getByRole('radio', { name: 'Naar aantal medewerkers (staffel)' }),
  ).toBeChecked();
  const bands = contractForm.getByTestId('band');
  await expect(bands).toHaveCount(4);
  const second = contractForm.getByRole('group', { name: 'Staffel 2' });
  await expect(second.getByLabel('Van', { exact: true })).toHaveValue('21');
  await expect(second.getByLabel('Tot en met', { exact: true })).toHaveValue('50');
  await expect(second.getByLabel('Prijs per jaar', { exact: true })).toHaveValue('350,00');
  await expect(
    contractForm
      .getByRole('group', { name: 'Staffel 4' })
      .getByLabel('Tot en met', { exact: true }),
  ).toHaveValue('');
  const consult = contractForm.getByRole('group', { name: 'Werk als vertrouwenspersoon' });
  await expect(consult.getByLabel('Facturering')).toHaveValue('hourly');
  await expect(consult.getByLabel('Uurtarief', { exact: true })).toHaveValue('95,00');
  await expect(
    contractForm.getByRole('group', { name: 'Reistijd' }).getByLabel('Facturering'),
  ).toHaveValue('not_billed');
  await expect(contractForm.getByRole('radio', { name: 'Eerste consult gratis' })).toBeChecked();
  await expect(contractForm.getByRole('radio', { name: '21 % btw' })).toBeChecked();
  // The practice's payment term is where a new contract starts.
  await expect(contractForm.getByLabel('Betalen binnen')).toHaveValue('14');
  await expect(contractForm.getByTestId('fill-in-mark')).toHaveCount(0);
  await shot(app, page, 'contract-form');

  // An amount that is not one: the message at the field, nothing lost; then put right.
  const rate = consult.getByLabel('Uurtarief', { exact: true });
  await rate.fill('95,5,0');
  await contractForm.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(rate).toBeFocused();
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(consult.getByText('Vul een bedrag in euro’s in, zoals 120,00.')).toBeVisible();
  await expect(page.getByTestId('error-alert')).toContainText(
    'Werk als vertrouwenspersoon: Uurtarief',
  );
  await expect(second.getByLabel('Prijs per jaar', { exact: true })).toHaveValue('350,00');
  await rate.fill('95');
  await contractForm.getByRole('button', { name: 'Contract vastleggen' }).click();

  // Back on the organisation: the contract in one line, for its band.
  await expect(page.getByTestId('screen-organisation')).toBeVisible();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Het contract is vastgelegd.' }),
  ).toBeVisible();
  await expect(contracts.getByRole('heading', { name: 'Contract', exact: true })).toBeFocused();
  const rows = contracts.getByTestId('contract');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('contract-validity')).toHaveText(`Vanaf 1 januari ${YEAR}`);
  await expect(rows.first()).toContainText('Geldt nu');
  await expect(rows.first().getByTestId('contract-summary')).toHaveText(
    'Abonnement € 350 per jaar (21–50 medewerkers) · € 95 per uur · eerste consult gratis',
  );
  await closeToasts(page);
  await shot(app, page, 'organisation-contract');

  // ---------- From the Insieme template: the amounts its brochure leaves open ----------
  await contracts.getByRole('button', { name: 'Contract vastleggen' }).click();
  await page.getByRole('button', { name: /^Beginnen met Insieme/ }).click();
  await expect(contractForm.getByTestId('open-contract-notice')).toContainText(
    `Het contract vanaf 1 januari ${YEAR} heeft geen einddatum`,
  );
  const marks = contractForm.getByTestId('fill-in-mark');
  await expect(marks).toHaveCount(6);
  await expect(marks.first()).toHaveText('Vul dit bedrag in');
  await expect(contractForm.getByTestId('fill-in-notice')).toContainText('noemt 6 bedragen niet');
  const insiemeConsult = contractForm.getByRole('group', { name: 'Werk als vertrouwenspersoon' });
  const insiemeRate = insiemeConsult.getByLabel('Uurtarief', { exact: true });
  await expect(insiemeRate).toHaveValue('');
  await expect(insiemeRate).toHaveAccessibleDescription(/^Vul dit bedrag in/);
  await expect(contractForm.getByRole('radio', { name: 'Geen abonnement' })).toBeChecked();
  await expect(contractForm.getByLabel('Bij annulering gefactureerd')).toHaveValue('50');
  await shot(app, page, 'contract-form-fill-in');

  // Not saved while they are empty; a real € 0 would be typed as 0.
  await contractForm.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(insiemeRate).toBeFocused();
  await expect(
    insiemeConsult.getByText('Vul dit bedrag in. Rekent u hier echt niets voor, vul dan 0 in.'),
  ).toBeVisible();
  await expect(page.getByTestId('error-alert')).toContainText(
    'Voorlichting en workshops: Uurtarief',
  );

  for (const kind of [
    'Werk als vertrouwenspersoon',
    'Arbeidsrechtelijk advies',
    'Voorlichting en workshops',
    'Beleidsdocumenten',
    'Ondersteuning klachtencommissie',
    'Overige werkzaamheden',
  ]) {
    await contractForm
      .getByRole('group', { name: kind })
      .getByLabel('Uurtarief', { exact: true })
      .fill('85');
  }
  await expect(marks).toHaveCount(0);
  await expect(contractForm.getByTestId('fill-in-notice')).toHaveCount(0);

  // Main refuses an overlap with the open-ended contract: said at the date, nothing lost.
  await contractForm.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(page.getByTestId('error-alert')).toHaveText(
    'Deze organisatie heeft in die periode al een contract. Laat het vorige contract eerder eindigen of kies een andere begindatum.',
  );
  const validFrom = contractForm.getByLabel('Geldig vanaf');
  await expect(validFrom).toBeFocused();
  await expect(
    contractForm.getByText('In deze periode geldt al een ander contract.'),
  ).toBeVisible();
  await expect(insiemeRate).toHaveValue('85');
  await validFrom.fill(`${NEXT}-01-01`);
  await shot(app, page, 'contract-overlap');

  // Leave it for now: kept as a draft.
  await contractForm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'bewaard als concept' })).toBeVisible();
  await expect(contracts.getByRole('heading', { name: 'Contract', exact: true })).toBeFocused();
  await expect(rows).toHaveCount(1);

  // ---------- End the first contract, then continue the draft ----------
  await contracts
    .getByRole('button', { name: `Wijzigen: contract vanaf 1 januari ${YEAR}` })
    .click();
  await expect(page.getByRole('heading', { name: 'Contract wijzigen', level: 1 })).toBeFocused();
  await expect(contractForm.getByTestId('band')).toHaveCount(4);
  await contractForm.getByLabel('Geldig tot en met').fill(`${YEAR}-12-31`);
  await contractForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(
    page
      .getByTestId('toast')
      .filter({ hasText: 'De wijzigingen in het contract zijn opgeslagen.' }),
  ).toBeVisible();
  await expect(rows.first().getByTestId('contract-validity')).toHaveText(
    `1 januari ${YEAR} tot en met 31 december ${YEAR}`,
  );

  await contracts.getByRole('button', { name: 'Contract vastleggen' }).click();
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Verdergaan' }).click();
  await expect(validFrom).toHaveValue(`${NEXT}-01-01`);
  await expect(insiemeRate).toHaveValue('85');
  await expect(page.getByTestId('screen-contract-form')).toContainText('uitgangspunt: Insieme');
  await contractForm.getByRole('button', { name: 'Contract vastleggen' }).click();

  await expect(
    page.getByTestId('toast').filter({ hasText: 'Het contract is vastgelegd.' }),
  ).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('contract-validity')).toHaveText(`Vanaf 1 januari ${NEXT}`);
  await expect(rows.first()).toContainText('Gaat nog in');
  await expect(rows.first().getByTestId('contract-summary')).toHaveText(
    'Geen abonnement · € 85 per uur · annulering 50 %',
  );
  // Saved, so the draft is gone: a new contract starts at the starting points again.
  await contracts.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(page.getByTestId('contract-templates')).toBeVisible();
  await expect(page.getByTestId('draft-offer')).toHaveCount(0);
  await page.getByRole('button', { name: ORGANISATION }).click();
  await expect(contracts.getByRole('heading', { name: 'Contract', exact: true })).toBeFocused();

  // Dark theme, and 200 % zoom of a 1280 × 800 window: nothing wider than the window.
  await closeToasts(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(app, page, 'organisation-contract-dark');
  await contracts
    .getByRole('button', { name: `Wijzigen: contract vanaf 1 januari ${NEXT}` })
    .click();
  await shot(app, page, 'contract-form-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 640, height: 400 });
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(app, page, 'contract-form-zoom-200');
  await page.getByRole('button', { name: ORGANISATION }).click();
  await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByTestId('practice-settings')).toContainText('Vertrouwenspraktijk De Linde');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot(app, page, 'settings-practice-zoom-200');
});
