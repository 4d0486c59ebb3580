/**
 * The app without a mouse: the sidebar walked with Tab (the focus visible on every stop), the
 * command palette (Ctrl+K) to jump to a case by its number, to an organisation by its name and
 * to run "Nieuwe melding", and each shortcut: new case, new note in the open case, record hours
 * and lock. Driven by role and label (the Dutch screen texts). The organisations and the case
 * are made through window.vp: their own flows cover the forms.
 */
import type { Locator, Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { expectNoSeriousViolations } from './a11y';
import { confirmRecoveryCode, createCaseFile, shot, unlock } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Stichting Welzijn Oost';
const OTHER_ORGANISATION = 'Gemeente Amersfoort';

/** Two organisations and one case of the first, straight through main; the case's number. */
async function seed(page: Page): Promise<string> {
  const caseNumber = await page.evaluate(
    async ({ first, second }) => {
      const { vp } = window as unknown as { vp: VpApi };
      const organisation = await vp.createOrganisation({ legalName: first, city: 'Deventer' });
      const other = await vp.createOrganisation({ legalName: second, city: 'Amersfoort' });
      if (!organisation.ok || !other.ok) return null;
      const kase = await vp.recordIntake({
        organisationId: organisation.value.id,
        requestedAt: new Date(Date.now() - 3_600_000).toISOString(),
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: ['bullying'],
        consent: 'nothing',
      });
      return kase.ok ? kase.value.caseNumber : null;
    },
    { first: ORGANISATION, second: OTHER_ORGANISATION },
  );
  expect(caseNumber).toBeTruthy();
  return caseNumber ?? '';
}

/** The focus ring is drawn: an outline that is not "none" and has a width. */
async function expectVisibleFocus(element: Locator): Promise<void> {
  await expect(element).toBeFocused();
  const outline = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);
}

/** Opens the palette with the keyboard; its field has the focus. */
async function openPalette(page: Page): Promise<Locator> {
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Zoeken en openen' });
  await expect(palette).toBeVisible();
  await expect(
    palette.getByRole('combobox', { name: 'Melding, organisatie of actie' }),
  ).toBeFocused();
  return palette;
}

test('walk the sidebar, jump with the palette and use each shortcut, all without a mouse', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  const caseNumber = await seed(page);
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // The sidebar with Tab: the skip link first, then the palette button, then every section.
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await skip.focus();
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  const paletteButton = page.getByRole('button', { name: 'Zoeken', exact: true });
  await expectVisibleFocus(paletteButton);
  await expect(paletteButton).toHaveAttribute('aria-keyshortcuts', /^(Control|Meta)\+K$/);
  await expect(page.locator('.sidebar')).toContainText(/(Ctrl|⌘) K/);
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of [
    'Home',
    'Meldingen',
    'Agenda',
    'Organisaties',
    'Uren',
    'Facturen',
    'Jaarverslagen',
    'Instellingen',
  ]) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(menu.getByRole('button', { name, exact: true }));
  }
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page.getByTestId('lock-button'));

  // The palette lists the actions with their shortcuts; Escape returns focus where it was.
  await page.keyboard.press('Shift+Tab');
  const settings = menu.getByRole('button', { name: 'Instellingen', exact: true });
  await expect(settings).toBeFocused();
  let palette = await openPalette(page);
  const newCase = palette.getByRole('option', { name: /^Nieuwe melding/ });
  await expect(newCase).toHaveAttribute('aria-keyshortcuts', /^(Control|Meta)\+N$/);
  await expect(newCase).toContainText(/(Ctrl|⌘) N/);
  await expect(palette.getByRole('option', { name: /^Uren boeken/ })).toContainText(
    /(Ctrl Shift|⌘ ⇧) B/,
  );
  // Without a case open there is no note to add.
  await expect(palette.getByRole('option', { name: /^Nieuwe notitie/ })).toHaveCount(0);
  await shot(app, page, 'palette-actions');
  await expectNoSeriousViolations(page, 'the palette (actions)');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(settings).toBeFocused();
  // Enter opens the focused section, as a click would.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeFocused();

  // A case by its number: the arrow keys move the active option, Enter opens it.
  palette = await openPalette(page);
  const field = palette.getByRole('combobox');
  await page.keyboard.type(caseNumber);
  const caseOption = palette.getByRole('option', { name: new RegExp(`^Melding ${caseNumber}`) });
  await expect(caseOption).toBeVisible();
  await expect(caseOption).toContainText(ORGANISATION);
  await expect(caseOption).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await caseOption.getAttribute('id')) ?? '',
  );
  await shot(app, page, 'palette-case');
  await expectNoSeriousViolations(page, 'the palette (case)');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeVisible();

  // New note in the open case: the palette offers it now, and Ctrl+Shift+N goes to its form.
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(page.getByTestId('note-add').locator(':focus')).toHaveCount(1);
  palette = await openPalette(page);
  await expect(
    palette.getByRole('option', { name: new RegExp(`^Nieuwe notitie bij melding ${caseNumber}`) }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // An organisation by part of its name.
  palette = await openPalette(page);
  await page.keyboard.type('amersf');
  const organisationOption = palette.getByRole('option', {
    name: new RegExp(`^${OTHER_ORGANISATION}`),
  });
  await expect(organisationOption).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-organisation')).toBeVisible();
  await expect(page.getByRole('heading', { name: OTHER_ORGANISATION, level: 1 })).toBeVisible();

  // Ctrl+Shift+N with no case open says what is needed instead of doing nothing.
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(page.getByTestId('toast')).toContainText('Open eerst een melding');

  // "Nieuwe melding" from the palette, typed in part and chosen with the arrow keys.
  palette = await openPalette(page);
  await page.keyboard.type('ga naar');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { name: 'Ga naar Meldingen' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await field.fill('');
  await page.keyboard.type('nieuwe mel');
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/^Nieuwe melding/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe melding', level: 1 })).toBeVisible();

  // Record hours: Uren, with the focus in the entry form.
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await expect(page.getByTestId('screen-hours')).toBeVisible();
  await expect(page.getByTestId('hours-entry-card').locator(':focus')).toHaveCount(1);

  // New case from anywhere.
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page.getByRole('heading', { name: 'Nieuwe melding', level: 1 })).toBeFocused();

  // Lock, and back in.
  await page.keyboard.press('ControlOrMeta+l');
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // A case in the list is a tab stop of its own, with the focus visible, and Enter opens it.
  await openPalette(page);
  await page.keyboard.type('ga naar meldingen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Meldingen', level: 1 })).toBeFocused();
  const row = page.getByTestId('case-row').first();
  await expect(row).toBeVisible();
  await tabTo(page, row);
  await expectVisibleFocus(row);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeFocused();
});

/** Presses Tab until the element has the focus (a bounded number of times). */
async function tabTo(page: Page, element: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await element.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(element).toBeFocused();
}
