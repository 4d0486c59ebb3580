import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import { noteKinds, type CaseDetail, type Note } from '../../../../shared/schemas/case';
import type { ActivityKind } from '../../../../shared/schemas/invoice-document';
import { useLocale, useT } from '../../i18n';
import {
  caseParseOptions,
  draftContent,
  emptyNoteForm,
  mergeDraft,
  minutesValue,
  noteFormSchema,
  noteFormValues,
  type NoteForm as NoteFormValues,
  type NoteFormOutput,
} from '../../lib/caseForms';
import { loadCase } from '../../lib/cases';
import { formatDateTime, nowInstant } from '../../lib/datetime';
import { entryFromNote, loadCaseHours, notesWithHours } from '../../lib/hours';
import { callVp } from '../../lib/vp';
import { useHoursStore } from '../../stores/hoursStore';
import { useToastStore } from '../../stores/toastStore';
import {
  Alert,
  Button,
  Card,
  Dialog,
  EmptyState,
  Field,
  Icon,
  RadioGroup,
  TextAreaField,
} from '../../ui';
import { DateTimeField } from '../DateTimeField';
import { focusFirstField } from '../../lib/focusField';
import { AutosaveNote, DraftOffer } from '../DraftOffer';
import { useAutosave, useStoredDraft } from '../useDraft';
import { useErrorText } from '../useErrorText';

/**
 * The case's timeline: a dated note per conversation or action, the newest last, and below it
 * the form for the next one. Notes are a record: editing a text keeps the earlier version.
 */
export function NotesCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  // A new key gives a fresh, empty form after a note was saved.
  const [formRound, setFormRound] = useState(0);
  const editButtons = useRef(new Map<number, HTMLButtonElement>());
  const focusEdit = useRef<number | null>(null);
  const hours = useNoteHours(kase);

  useEffect(() => {
    if (focusEdit.current === null) return;
    editButtons.current.get(focusEdit.current)?.focus();
    focusEdit.current = null;
  });

  function endEdit(noteId: number) {
    focusEdit.current = noteId;
    setEditing(null);
  }

  return (
    <Card
      title={t('notes.title')}
      headingId="case-notes"
      intro={t('notes.intro')}
      data-testid="notes-card"
    >
      {kase.notes.length === 0 ? (
        <EmptyState
          icon="pencil"
          title={t('empty.notes.title')}
          action={
            <Button variant="secondary" onClick={() => focusFirstField('note-add-title')}>
              {t('empty.notes.action')}
            </Button>
          }
        >
          <p>{t('empty.notes.text')}</p>
        </EmptyState>
      ) : (
        <ol
          className="timeline"
          aria-label={t('notes.timelineLabel', { number: kase.caseNumber })}
          data-testid="timeline"
        >
          {kase.notes.map((note) =>
            editing === note.id ? (
              <li key={note.id} className="timeline-item timeline-item-editing">
                <NoteEditor
                  caseId={kase.id}
                  note={note}
                  onDone={() => endEdit(note.id)}
                  onCancel={() => endEdit(note.id)}
                />
              </li>
            ) : (
              <NoteItem
                key={note.id}
                note={note}
                hours={hours.of(note)}
                editRef={(el) => {
                  if (el) editButtons.current.set(note.id, el);
                  else editButtons.current.delete(note.id);
                }}
                onEdit={() => setEditing(note.id)}
              />
            ),
          )}
        </ol>
      )}
      <section className="note-add" aria-labelledby="note-add-title" data-testid="note-add">
        <h3 id="note-add-title">{t('notes.add')}</h3>
        <p className="muted">{t('notes.addIntro')}</p>
        <NoteEditor
          key={formRound}
          caseId={kase.id}
          note={null}
          // After a save the draft is gone: no need to look for one.
          afterSave={formRound > 0}
          onDone={() => setFormRound((n) => n + 1)}
        />
      </section>
    </Card>
  );
}

function NoteItem({
  note,
  hours,
  editRef,
  onEdit,
}: {
  note: Note;
  hours: NoteHours;
  editRef: (el: HTMLButtonElement | null) => void;
  onEdit: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [history, setHistory] = useState(false);
  const when = formatDateTime(locale, note.occurredAt);
  return (
    <li className="timeline-item" data-testid="note">
      <div className="note-meta">
        <span className="note-kind">{t(`case.noteKind.${note.kind}`)}</span>
        <time dateTime={note.occurredAt}>{when}</time>
        <span>
          {note.durationMinutes === 1
            ? t('notes.minuteOne')
            : t('notes.minutes', { count: note.durationMinutes })}
        </span>
        {note.version > 1 ? (
          <span className="note-version" data-testid="note-version">
            {t('notes.version', { version: note.version })}
          </span>
        ) : null}
      </div>
      {note.body.trim() ? (
        <p className="note-body">{note.body}</p>
      ) : (
        <p className="note-body detail-empty">{t('notes.emptyBody')}</p>
      )}
      <div className="btn-row note-actions">
        <Button
          variant="quiet"
          ref={editRef}
          aria-label={t('notes.editLabel', { when })}
          onClick={onEdit}
        >
          <Icon name="pencil" />
          {t('notes.edit')}
        </Button>
        {note.version > 1 ? (
          <Button variant="quiet" onClick={() => setHistory(true)}>
            {t('notes.history')}
          </Button>
        ) : null}
        <NoteHoursAction hours={hours} when={when} />
      </div>
      {hours.state === 'open' && hours.error ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(hours.error)}
        </Alert>
      ) : null}
      {history ? <NoteHistoryDialog note={note} onClose={() => setHistory(false)} /> : null}
    </li>
  );
}

/** Every version of a note's text, oldest first, each with when it was saved. */
function NoteHistoryDialog({ note, onClose }: { note: Note; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [versions, setVersions] = useState<
    { version: number; body: string; savedAt: string }[] | null
  >(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let current = true;
    void callVp('getNoteHistory', { id: note.id }).then((result) => {
      if (!current) return;
      if (result.ok) setVersions(result.value);
      else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [note.id]);

  return (
    <Dialog
      testId="note-history"
      title={t('notes.historyTitle')}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose} data-autofocus>
          {t('notes.historyClose')}
        </Button>
      }
    >
      <p>{t('notes.historyIntro')}</p>
      {error ? (
        <Alert tone="error" testId="error-alert" className="dialog-alert">
          {errors.code(error)}
        </Alert>
      ) : versions === null ? (
        <p className="muted" role="status">
          {t('notes.historyLoading')}
        </p>
      ) : (
        <ol className="note-history">
          {versions.map((v) => (
            <li key={v.version} data-testid="note-history-version">
              <h3>
                {t('notes.historyVersion', {
                  version: v.version,
                  when: formatDateTime(locale, v.savedAt),
                })}
                {v.version === note.version ? (
                  <span className="muted"> ({t('notes.historyCurrent')})</span>
                ) : null}
              </h3>
              <p className="note-body">{v.body || t('notes.emptyBody')}</p>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

/**
 * A note's form, for a new note (note null) or to edit one. Its draft lives in the case file
 * under 'note:<case>' or 'noteEdit:<note>', so a half-written note survives a lock or a crash.
 */
function NoteEditor({
  caseId,
  note,
  afterSave = false,
  onDone,
  onCancel,
}: {
  caseId: number;
  note: Note | null;
  afterSave?: boolean;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const formKey = note ? `noteEdit:${note.id}` : `note:${caseId}`;
  const draft = useStoredDraft(formKey, afterSave);
  const [base] = useState<NoteFormValues>(() =>
    note ? noteFormValues(note) : emptyNoteForm(nowInstant()),
  );
  const [choice, setChoice] = useState<'continue' | 'fresh' | null>(null);

  if (draft.state === 'looking') {
    return (
      <p className="muted" role="status">
        {t('draft.looking')}
      </p>
    );
  }
  if (draft.state === 'found' && choice === null) {
    return (
      <DraftOffer
        form={formKey}
        savedAt={draft.savedAt}
        onContinue={() => setChoice('continue')}
        onDiscarded={() => setChoice('fresh')}
      />
    );
  }
  const continued = draft.state === 'found' && choice === 'continue';
  return (
    <NoteFormView
      caseId={caseId}
      note={note}
      formKey={formKey}
      base={base}
      initial={continued ? mergeDraft(base, draft.values) : base}
      baseline={continued ? draft.content : draftContent(base)}
      focusBody={note !== null || afterSave}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

function NoteFormView({
  caseId,
  note,
  formKey,
  base,
  initial,
  baseline,
  focusBody,
  onDone,
  onCancel,
}: {
  caseId: number;
  note: Note | null;
  formKey: string;
  base: NoteFormValues;
  initial: NoteFormValues;
  baseline: string;
  focusBody: boolean;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [history, setHistory] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const {
    register,
    control,
    handleSubmit,
    getValues,
    subscribe,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<NoteFormValues, unknown, NoteFormOutput>({
    resolver: zodResolver(noteFormSchema, caseParseOptions),
    defaultValues: initial,
  });
  const autosave = useAutosave(formKey, getValues, baseline);
  const { schedule, flush } = autosave;

  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => schedule() }),
    [subscribe, schedule],
  );

  // Editing, or the next note after one was saved: straight into the text.
  useEffect(() => {
    if (focusBody) bodyRef.current?.focus();
  }, [focusBody]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    await autosave.stop();
    const result = note
      ? await callVp('editNote', { id: note.id, note: values })
      : await callVp('addNote', { caseId, note: values });
    if (!result.ok) {
      autosave.resume();
      setServerError(result.error.code);
      return;
    }
    await autosave.discard();
    await loadCase(caseId);
    useToastStore
      .getState()
      .show(note && result.value.version > note.version ? 'notes.updated' : 'notes.saved');
    onDone();
  });

  async function cancel() {
    if (draftContent(getValues()) === draftContent(base)) await autosave.discard();
    else await flush();
    onCancel?.();
  }

  const body = register('body');
  const idPrefix = note ? `note-${note.id}` : `note-new-${caseId}`;

  return (
    <form
      className="form note-form"
      noValidate
      onSubmit={onSubmit}
      onBlur={() => void flush()}
      data-testid={note ? 'note-edit-form' : 'note-form'}
    >
      {note ? (
        <div className="note-edit-title">
          <p>
            <strong>{t('notes.editTitle')}</strong>{' '}
            <span className="note-version">{t('notes.version', { version: note.version })}</span>
            <span className="muted"> · {t('notes.editHint')}</span>
          </p>
          {note.version > 1 ? (
            <Button variant="quiet" onClick={() => setHistory(true)}>
              {t('notes.history')}
            </Button>
          ) : null}
          {history ? <NoteHistoryDialog note={note} onClose={() => setHistory(false)} /> : null}
        </div>
      ) : null}
      <div className="form-grid note-form-grid">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <RadioGroup
              legend={t('notes.kind')}
              error={errors.field(fieldErrors.kind)}
              name={`${idPrefix}-kind`}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={isSubmitting}
              options={noteKinds.map((k) => ({ value: k, label: t(`case.noteKind.${k}`) }))}
            />
          )}
        />
        <Controller
          control={control}
          name="occurredAt"
          render={({ field }) => (
            <DateTimeField
              label={t('notes.occurredAt')}
              error={errors.field(fieldErrors.occurredAt)}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              readOnly={isSubmitting}
            />
          )}
        />
        <Field
          className="field-narrow"
          label={t('notes.duration')}
          error={errors.field(fieldErrors.durationMinutes)}
          inputMode="numeric"
          autoComplete="off"
          {...register('durationMinutes', { setValueAs: minutesValue })}
          readOnly={isSubmitting}
        />
        <TextAreaField
          className="field-full"
          label={t('notes.body')}
          error={errors.field(fieldErrors.body)}
          rows={note ? 6 : 5}
          {...body}
          ref={(el) => {
            body.ref(el);
            bodyRef.current = el;
          }}
          readOnly={isSubmitting}
        />
      </div>
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row form-actions">
        <Button type="submit" busy={isSubmitting} busyLabel={t('notes.busy')}>
          {t(note ? 'notes.saveEdit' : 'notes.save')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={() => void cancel()} disabled={isSubmitting}>
            {t('notes.cancel')}
          </Button>
        ) : null}
        <AutosaveNote status={autosave.status} />
      </div>
    </form>
  );
}

/** What a note offers for its hours: nothing (no duration, or not known yet), or recorded. */
type NoteHours =
  | { state: 'none' }
  | { state: 'recorded'; activity: ActivityKind | null }
  | { state: 'open'; busy: boolean; error: ErrorCode | null; record: () => void };

/**
 * "Als uren vastleggen" on the notes of a case: one step makes a time entry for the case's
 * organisation, unit and the case, on the note's day with its duration ('first_consult' for
 * the case's first conversation). A time entry holds no link to its note, so a note counts as
 * recorded when this view recorded it, or when an entry of the case has its day, minutes and
 * activity (lib/hours.ts notesWithHours).
 */
function useNoteHours(kase: CaseDetail) {
  const ofCase = useHoursStore((s) => s.ofCase);
  const entries = ofCase?.caseId === kase.id ? ofCase.entries : null;
  const [recordedHere, setRecordedHere] = useState<ReadonlyMap<number, ActivityKind>>(new Map());
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<{ noteId: number; code: ErrorCode } | null>(null);
  // The case's entries are read by the case screen (lib/hours.ts loadCaseHours).
  const matched = entries ? notesWithHours(kase, entries) : new Set<number>();

  async function record(note: Note) {
    if (busy !== null) return;
    setBusy(note.id);
    setError(null);
    const input = entryFromNote(kase, note);
    const result = await callVp('recordHours', input);
    setBusy(null);
    if (!result.ok) {
      setError({ noteId: note.id, code: result.error.code });
      return;
    }
    setRecordedHere((m) => new Map(m).set(note.id, input.activity));
    useToastStore.getState().show('noteHours.saved');
    void loadCaseHours(kase.id);
  }

  return {
    of(note: Note): NoteHours {
      const here = recordedHere.get(note.id);
      if (here) return { state: 'recorded', activity: here };
      if (entries === null || note.durationMinutes < 1) return { state: 'none' };
      if (matched.has(note.id)) return { state: 'recorded', activity: null };
      return {
        state: 'open',
        busy: busy === note.id,
        error: error?.noteId === note.id ? error.code : null,
        record: () => void record(note),
      };
    },
  };
}

function NoteHoursAction({ hours, when }: { hours: NoteHours; when: string }) {
  const t = useT();
  const doneRef = useRef<HTMLSpanElement>(null);
  const wasOpen = useRef(false);
  // Recorded from its own button: the words that replace it take the focus.
  useEffect(() => {
    if (hours.state === 'open') wasOpen.current = true;
    else if (hours.state === 'recorded' && wasOpen.current) {
      wasOpen.current = false;
      if (document.activeElement === document.body) doneRef.current?.focus();
    }
  }, [hours.state]);

  if (hours.state === 'none') return null;
  if (hours.state === 'recorded') {
    return (
      <span
        className="done-marker note-hours-done"
        ref={doneRef}
        tabIndex={-1}
        data-testid="note-hours-recorded"
      >
        <Icon name="check" className="done-icon" />
        {hours.activity
          ? t('noteHours.recordedAs', { activity: t(`hours.activity.${hours.activity}`) })
          : t('noteHours.recorded')}
      </span>
    );
  }
  return (
    <Button
      variant="quiet"
      busy={hours.busy}
      busyLabel={t('noteHours.busy')}
      aria-label={t('noteHours.recordLabel', { when })}
      onClick={hours.record}
    >
      <Icon name="clock" />
      {t('noteHours.record')}
    </Button>
  );
}
