import { z } from 'zod';
import { idSchema, instantSchema, isoDateSchema, optionalText } from './common';

/**
 * Appointments (afspraken): a planned conversation of a case, with a start, a duration and a
 * place. The place text (an address, a room) may be the reporter's home address, so it is
 * identifying: it lives in its own column and leaves the machine only when the counsellor
 * ticks "plaats meenemen" for an agenda file.
 */
export const placeKinds = [
  'reporter_home',
  'client_site',
  'counsellor_office',
  'phone',
  'video',
] as const;
export const appointmentStatuses = ['planned', 'done', 'cancelled'] as const;

export type PlaceKind = (typeof placeKinds)[number];
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const MIN_APPOINTMENT_MINUTES = 5;
export const MAX_APPOINTMENT_MINUTES = 720;
/** The longest period the agenda or an agenda file covers at once: a year. */
export const MAX_PERIOD_DAYS = 366;

const durationMessage = 'validation.appointmentDuration';

/** What the counsellor plans or changes: when, how long, and where. */
export const appointmentFieldsSchema = z
  .object({
    startsAt: instantSchema,
    durationMinutes: z
      .number({ error: durationMessage })
      .int(durationMessage)
      .min(MIN_APPOINTMENT_MINUTES, durationMessage)
      .max(MAX_APPOINTMENT_MINUTES, durationMessage),
    placeKind: z.enum(placeKinds),
    placeText: optionalText(300),
  })
  .strict();
export type AppointmentFields = z.output<typeof appointmentFieldsSchema>;

export const planAppointmentInputSchema = appointmentFieldsSchema
  .extend({ caseId: idSchema })
  .strict();
export type PlanAppointmentInput = z.output<typeof planAppointmentInputSchema>;

export const updateAppointmentInputSchema = z
  .object({ id: idSchema, appointment: appointmentFieldsSchema })
  .strict();

export const caseAppointmentsInputSchema = z.object({ caseId: idSchema }).strict();

/** Days in a period, both ends included (YYYY-MM-DD, so plain UTC arithmetic is exact). */
export function periodDays(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** A period of Dutch calendar days, from and to included. */
const periodShape = { from: isoDateSchema, to: isoDateSchema };

function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (p.to < p.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodOrder' });
  } else if (periodDays(p.from, p.to) > MAX_PERIOD_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodTooLong' });
  }
}

export const appointmentPeriodSchema = z.object(periodShape).strict().superRefine(checkPeriod);
export type AppointmentPeriod = z.output<typeof appointmentPeriodSchema>;

export const exportIcsInputSchema = z
  .object({ ...periodShape, includePlace: z.boolean().default(false) })
  .strict()
  .superRefine(checkPeriod);
export type ExportIcsInput = z.output<typeof exportIcsInputSchema>;

export const appointmentSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseNumber: z.string(),
  organisationName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  placeKind: z.enum(placeKinds),
  placeText: z.string().nullable(),
  status: z.enum(appointmentStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** The appointments of one case, as the case screen shows them after every change. */
export const caseAppointmentsSchema = z.array(appointmentSchema);

export const icsExportSchema = z.object({
  /** The iCalendar text, exactly as it would be saved. */
  text: z.string(),
  /** Appointments in it. */
  count: z.number().int(),
  /**
   * Appointments whose place text was left out although the counsellor allowed places: it
   * held a reporter's name or contact detail.
   */
  placesWithheld: z.number().int(),
});
export type IcsExport = z.infer<typeof icsExportSchema>;
