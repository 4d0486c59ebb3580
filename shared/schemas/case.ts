import { z } from 'zod';
import { placeKinds } from './appointment';
import { idSchema, instantSchema, optionalText } from './common';

/**
 * A case (melding): the words of DOMAIN.md, as stable codes. The screens translate each code;
 * the database stores the code and checks it against the same lists.
 */
export const channels = ['phone', 'email', 'whatsapp', 'in_person', 'other'] as const;
export const reporterRoles = [
  'employee',
  'manager',
  'temp_worker',
  'intern',
  'former_employee',
  'other',
] as const;
export const undesirableBehaviours = [
  'bullying',
  'gossip',
  'threat',
  'aggression',
  'violence',
  'sexual_harassment',
  'discrimination',
] as const;
export const integrityBreaches = [
  'suspected_wrongdoing',
  'whistleblower_act',
  'eu_law_breach',
  'abuse_of_power',
  'theft_fraud',
  'corruption',
  'extortion',
] as const;
export const outOfScopeTopics = [
  'working_hours',
  'workload',
  'promotion',
  'out_of_scope_other',
] as const;
export const behaviourKinds = [
  ...undesirableBehaviours,
  ...integrityBreaches,
  ...outOfScopeTopics,
] as const;
export const respondentRelations = [
  'colleague',
  'manager',
  'senior_management',
  'client',
  'other',
] as const;
/** What the employer may be told (per Insieme): with name, anonymously (date, region), nothing. */
export const consentLevels = ['with_name', 'anonymous_date_region', 'nothing'] as const;
export const caseStatuses = [
  'first_reception',
  'in_progress',
  'referred',
  'formal_complaint',
  'aftercare',
  'closed',
] as const;
export const referralKinds = [
  'mediator',
  'company_doctor',
  'complaints_committee',
  'police',
  'legal_aid',
  'other',
] as const;
export const caseOutcomes = [
  'first_reception_only',
  'informal_solution',
  'mediation',
  'referred',
  'formal_complaint',
  'police_report',
  'reporter_withdrew',
  'no_further_action',
  'other',
] as const;
export const noteKinds = [
  'conversation',
  'phone_call',
  'email',
  'action',
  'referral',
  'aftercare',
] as const;
export const followUpKinds = ['follow_up', 'appointment', 'aftercare'] as const;

export type Channel = (typeof channels)[number];
export type ReporterRole = (typeof reporterRoles)[number];
export type BehaviourKind = (typeof behaviourKinds)[number];
export type RespondentRelation = (typeof respondentRelations)[number];
export type ConsentLevel = (typeof consentLevels)[number];
export type CaseStatus = (typeof caseStatuses)[number];
export type ReferralKind = (typeof referralKinds)[number];
export type CaseOutcome = (typeof caseOutcomes)[number];
export type NoteKind = (typeof noteKinds)[number];
export type FollowUpKind = (typeof followUpKinds)[number];

/**
 * Which status may follow which. Closed cases can be reopened (in progress); every change is
 * recorded with its date.
 */
export const statusTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  first_reception: ['in_progress', 'referred', 'formal_complaint', 'aftercare', 'closed'],
  in_progress: ['referred', 'formal_complaint', 'aftercare', 'closed'],
  referred: ['in_progress', 'formal_complaint', 'aftercare', 'closed'],
  formal_complaint: ['in_progress', 'referred', 'aftercare', 'closed'],
  aftercare: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

// A moment (with offset), stored as UTC ISO text; it lives in common.ts so that appointment.ts,
// which this file imports, need not import this file back.
export { instantSchema };

export const reporterInputSchema = z
  .object({
    anonymous: z.boolean(),
    name: optionalText(200),
    phone: optionalText(50),
    email: optionalText(254),
    otherContact: optionalText(500),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.anonymous && (r.name || r.phone || r.email || r.otherContact)) {
      ctx.addIssue({
        code: 'custom',
        path: ['anonymous'],
        message: 'validation.anonymousWithName',
      });
    }
    if (r.email !== null && !z.email().safeParse(r.email).success) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'validation.email' });
    }
  });

/** The intake of a case, in one form. */
export const intakeInputSchema = z
  .object({
    organisationId: idSchema,
    unitId: idSchema.nullable().default(null),
    requestedAt: instantSchema,
    firstContactAt: instantSchema.nullable().default(null),
    channel: z.enum(channels),
    reporter: reporterInputSchema,
    reporterRole: z.enum(reporterRoles),
    behaviours: z
      .array(z.enum(behaviourKinds))
      .min(1, 'validation.behaviourRequired')
      .max(behaviourKinds.length)
      .refine((list) => new Set(list).size === list.length, 'validation.invalid'),
    respondentRelation: z.enum(respondentRelations).nullable().default(null),
    reporterWishes: z.string().max(10_000, 'validation.tooLong').default(''),
    consent: z.enum(consentLevels),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.firstContactAt !== null && c.firstContactAt < c.requestedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstContactAt'],
        message: 'validation.firstContactBeforeRequest',
      });
    }
  });

export type IntakeInput = z.output<typeof intakeInputSchema>;
export type IntakeFormValues = z.input<typeof intakeInputSchema>;

export const updateIntakeInputSchema = z
  .object({ id: idSchema, intake: intakeInputSchema })
  .strict();

export const changeStatusInputSchema = z
  .object({
    id: idSchema,
    status: z.enum(caseStatuses),
    at: instantSchema,
    outcome: z.enum(caseOutcomes).nullable().default(null),
  })
  .strict()
  .refine((s) => s.status !== 'closed' || s.outcome !== null, {
    path: ['outcome'],
    message: 'validation.outcomeRequired',
  });

export const markCaseInputSchema = z
  .object({ id: idSchema, isTest: z.boolean(), isDuplicate: z.boolean() })
  .strict();

export const noteInputSchema = z
  .object({
    kind: z.enum(noteKinds),
    occurredAt: instantSchema,
    durationMinutes: z.number().int().min(0).max(1440),
    body: z.string().max(100_000, 'validation.tooLong'),
  })
  .strict();
export type NoteInput = z.output<typeof noteInputSchema>;

export const addNoteInputSchema = z.object({ caseId: idSchema, note: noteInputSchema }).strict();
export const editNoteInputSchema = z.object({ id: idSchema, note: noteInputSchema }).strict();

export const addReferralInputSchema = z
  .object({
    caseId: idSchema,
    kind: z.enum(referralKinds),
    referredOn: z.iso.date('validation.date'),
    description: z.string().max(2_000, 'validation.tooLong').default(''),
  })
  .strict();

export const addFollowUpInputSchema = z
  .object({
    caseId: idSchema,
    kind: z.enum(followUpKinds),
    dueAt: instantSchema,
    description: z.string().max(2_000, 'validation.tooLong').default(''),
  })
  .strict();

export const completeFollowUpInputSchema = z.object({ id: idSchema, done: z.boolean() }).strict();

const isoDate = z.iso.date('validation.date');

export const caseFilterSchema = z
  .object({
    organisationId: idSchema.nullable().default(null),
    status: z
      .enum([...caseStatuses, 'open'])
      .nullable()
      .default(null),
    behaviour: z.enum(behaviourKinds).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    overdueOnly: z.boolean().default(false),
    includeMarked: z.boolean().default(false),
    limit: z.number().int().min(1).max(20_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type CaseFilter = z.output<typeof caseFilterSchema>;

export const searchCasesInputSchema = z
  .object({
    query: z.string().max(200),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export const caseSummarySchema = z.object({
  id: idSchema,
  caseNumber: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  unitName: z.string().nullable(),
  requestedAt: z.string(),
  firstContactDueAt: z.string(),
  firstContactAt: z.string().nullable(),
  status: z.enum(caseStatuses),
  behaviours: z.array(z.enum(behaviourKinds)),
  isTest: z.boolean(),
  isDuplicate: z.boolean(),
  overdue: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const noteSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: z.enum(noteKinds),
  occurredAt: z.string(),
  durationMinutes: z.number().int(),
  body: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteVersionSchema = z.object({
  version: z.number().int(),
  body: z.string(),
  savedAt: z.string(),
});

export const caseDetailSchema = z.object({
  id: idSchema,
  caseNumber: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  requestedAt: z.string(),
  firstContactDueAt: z.string(),
  firstContactAt: z.string().nullable(),
  channel: z.enum(channels),
  reporter: z.object({
    anonymous: z.boolean(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    otherContact: z.string().nullable(),
  }),
  reporterRole: z.enum(reporterRoles),
  behaviours: z.array(z.enum(behaviourKinds)),
  respondentRelation: z.enum(respondentRelations).nullable(),
  reporterWishes: z.string(),
  consent: z.enum(consentLevels),
  status: z.enum(caseStatuses),
  outcome: z.enum(caseOutcomes).nullable(),
  closedAt: z.string().nullable(),
  isTest: z.boolean(),
  isDuplicate: z.boolean(),
  statusHistory: z.array(z.object({ status: z.enum(caseStatuses), changedAt: z.string() })),
  referrals: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(referralKinds),
      referredOn: z.string(),
      description: z.string(),
    }),
  ),
  followUps: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(followUpKinds),
      dueAt: z.string(),
      description: z.string(),
      doneAt: z.string().nullable(),
    }),
  ),
  notes: z.array(noteSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/**
 * What Home lists as due. A planned appointment (from the appointments table) is its own kind,
 * apart from the older follow-up of kind 'appointment', a bare reminder without place; it also
 * carries its id and the kind of place (never the place text: Home needs no address).
 */
export const dueItemKinds = ['first_contact', ...followUpKinds, 'planned_appointment'] as const;
export const dueItemSchema = z.object({
  kind: z.enum(dueItemKinds),
  caseId: idSchema,
  caseNumber: z.string(),
  organisationName: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  followUpId: idSchema.nullable(),
  description: z.string(),
  appointmentId: idSchema.optional(),
  placeKind: z.enum(placeKinds).optional(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

/** A form's draft: a key such as 'intake' or 'note:12', and the form's values as JSON. */
/** A form's name and up to two ids, e.g. `intake`, `note:12`, `reportAdvice:3:2025`. */
export const draftKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z]*(:[0-9]{1,12}){0,2}$/)
  .max(40);
export const saveDraftInputSchema = z
  .object({ form: draftKeySchema, content: z.string().max(200_000) })
  .strict()
  .refine((d) => {
    try {
      JSON.parse(d.content);
      return true;
    } catch {
      return false;
    }
  }, 'validation.invalid');
export const draftKeyInputSchema = z.object({ form: draftKeySchema }).strict();
export const draftSchema = z.object({ content: z.string(), savedAt: z.string() }).nullable();

export const dueItemsInputSchema = z
  .object({ horizonDays: z.number().int().min(0).max(366).default(14) })
  .strict();
