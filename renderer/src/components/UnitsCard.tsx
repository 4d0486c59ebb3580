import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import type { Organisation, Unit } from '../../../shared/schemas/organisation';
import { errorKey, useT } from '../i18n';
import { parseOptions, unitFormSchema, type UnitForm } from '../lib/forms';
import { callVp } from '../lib/vp';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { Alert, Badge, Button, Card, Field, Tooltip } from '../ui';
import { useErrorText } from './useErrorText';

type FocusKey = `${'rename' | 'archive' | 'restore'}:${number}`;

/**
 * An organisation's units (bedrijfsonderdelen or regio's): add, rename in place, archive and
 * restore. After each action focus lands on the control that undoes or continues it.
 */
export function UnitsCard({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const errors = useErrorText();
  const [renaming, setRenaming] = useState<number | null>(null);
  const [busyUnit, setBusyUnit] = useState<number | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const controls = useRef(new Map<FocusKey, HTMLButtonElement>());
  // Set with the state change that re-renders; focused once that render is on screen.
  const focusNext = useRef<FocusKey | null>(null);
  const active = organisation.units.filter((unit) => unit.archivedAt === null);
  const archived = organisation.units.filter((unit) => unit.archivedAt !== null);

  useEffect(() => {
    if (focusNext.current === null) return;
    controls.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const control = (key: FocusKey) => (el: HTMLButtonElement | null) => {
    if (el) controls.current.set(key, el);
    else controls.current.delete(key);
  };

  async function setArchived(unit: Unit, archive: boolean) {
    setBusyUnit(unit.id);
    setError(null);
    const result = archive
      ? await callVp('archiveUnit', { id: unit.id })
      : await callVp('restoreUnit', { id: unit.id });
    setBusyUnit(null);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useOrganisationsStore.getState().setCurrent(result.value);
    // The unit moved to the other list: focus the button that would undo this.
    focusNext.current = `${archive ? 'restore' : 'archive'}:${unit.id}`;
  }

  function endRename(unitId: number) {
    focusNext.current = `rename:${unitId}`;
    setRenaming(null);
  }

  return (
    <Card
      title={t('units.title')}
      headingId="organisation-units"
      intro={
        <>
          {t('units.intro')}{' '}
          <Tooltip label={t('help.unitsLabel')} testId="help-units">
            {t('help.units')}
          </Tooltip>
        </>
      }
      data-testid="units"
    >
      <div className="stack">
        {active.length > 0 ? (
          <ul className="unit-list" aria-label={t('units.activeLabel')}>
            {active.map((unit) => (
              <li key={unit.id} className="unit-row" data-testid="unit">
                {renaming === unit.id ? (
                  <RenameUnitForm unit={unit} onDone={() => endRename(unit.id)} />
                ) : (
                  <>
                    <span className="unit-name" data-testid="unit-name">
                      {unit.name}
                    </span>
                    <span className="btn-row unit-actions">
                      <Button
                        variant="quiet"
                        ref={control(`rename:${unit.id}`)}
                        aria-label={t('units.renameLabel', { name: unit.name })}
                        disabled={busyUnit !== null}
                        onClick={() => {
                          setError(null);
                          setRenaming(unit.id);
                        }}
                      >
                        {t('units.rename')}
                      </Button>
                      <Button
                        variant="quiet"
                        ref={control(`archive:${unit.id}`)}
                        aria-label={t('units.archiveLabel', { name: unit.name })}
                        busy={busyUnit === unit.id}
                        busyLabel={t('units.busy')}
                        disabled={busyUnit !== null && busyUnit !== unit.id}
                        onClick={() => void setArchived(unit, true)}
                      >
                        {t('units.archive')}
                      </Button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('units.empty')}</p>
        )}

        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}

        <AddUnitForm organisationId={organisation.id} />

        {archived.length > 0 ? (
          <section className="unit-archived" aria-labelledby="organisation-units-archived">
            <h3 id="organisation-units-archived">{t('units.archivedTitle')}</h3>
            <ul className="unit-list">
              {archived.map((unit) => (
                <li key={unit.id} className="unit-row unit-row-archived" data-testid="unit">
                  <span className="unit-name">
                    {unit.name} <Badge tone="muted">{t('organisations.archived')}</Badge>
                  </span>
                  <span className="btn-row unit-actions">
                    <Button
                      variant="quiet"
                      ref={control(`restore:${unit.id}`)}
                      aria-label={t('units.restoreLabel', { name: unit.name })}
                      busy={busyUnit === unit.id}
                      busyLabel={t('units.busy')}
                      disabled={busyUnit !== null && busyUnit !== unit.id}
                      onClick={() => void setArchived(unit, false)}
                    >
                      {t('units.restore')}
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Card>
  );
}

/** The name field and buttons in place of a unit's row; Escape cancels. */
function RenameUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<UnitForm>({
    resolver: zodResolver(unitFormSchema, parseOptions),
    defaultValues: { name: unit.name },
  });

  useEffect(() => {
    setFocus('name', { shouldSelect: true });
  }, [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    if (values.name === unit.name) {
      onDone();
      return;
    }
    const result = await callVp('renameUnit', { id: unit.id, name: values.name });
    if (!result.ok) {
      setError('name', { type: 'server', message: errorKey(result.error.code) });
      setTimeout(() => setFocus('name'), 0);
      return;
    }
    useOrganisationsStore.getState().setCurrent(result.value);
    onDone();
  });

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !isSubmitting) {
      event.preventDefault();
      onDone();
    }
  }

  return (
    <form className="unit-rename" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <Field
        label={t('units.newName', { name: unit.name })}
        error={errors.field(fieldErrors.name)}
        autoComplete="off"
        readOnly={isSubmitting}
        {...register('name')}
      />
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('units.busy')}>
          {t('units.save')}
        </Button>
        <Button variant="secondary" disabled={isSubmitting} onClick={onDone}>
          {t('units.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A new unit: the field stays focused and empties after adding, for the next one. */
function AddUnitForm({ organisationId }: { organisationId: number }) {
  const t = useT();
  const errors = useErrorText();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<UnitForm>({
    resolver: zodResolver(unitFormSchema, parseOptions),
    defaultValues: { name: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await callVp('addUnit', { organisationId, name: values.name });
    if (!result.ok) {
      setError('name', { type: 'server', message: errorKey(result.error.code) });
      setTimeout(() => setFocus('name'), 0);
      return;
    }
    useOrganisationsStore.getState().setCurrent(result.value);
    reset({ name: '' });
    // Once the field is editable again (it is read-only while saving).
    setTimeout(() => setFocus('name'), 0);
  });

  return (
    <form className="unit-add" noValidate onSubmit={onSubmit} data-testid="add-unit-form">
      <Field
        label={t('units.addField')}
        hint={t('units.addHint')}
        error={errors.field(fieldErrors.name)}
        autoComplete="off"
        readOnly={isSubmitting}
        {...register('name')}
        trailing={
          <Button type="submit" variant="secondary" busy={isSubmitting} busyLabel={t('units.busy')}>
            {t('units.add')}
          </Button>
        }
      />
    </form>
  );
}
