import { z } from 'zod';
import { MunicipalityCode } from './codes';
import { CleanText, TEXT_LIMITS } from './clean-text';
import { SavedMapView } from './workshop-map-view';
import {
  ActionStatus,
  EntryKind,
  EntryTheme,
  IndicatorLinkRequest,
  IsoDate,
  MeetingRecordVersion,
  Organisation,
  PlainText,
  RowVersion,
  Workshop,
  WorkshopId,
} from './workshop';

/** What clients send to the workshop API (and the answer to creating one): validated at the edge. */

export const OrganisationInput = Organisation.omit({ id: true, removedAt: true, version: true });
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const CycleInput = z.object({
  date: IsoDate,
  title: CleanText(TEXT_LIMITS.title, { allowEmpty: true }).nullable().optional(),
});
export type CycleInput = z.infer<typeof CycleInput>;

export const CreateWorkshopRequest = z
  .object({
    title: PlainText(200),
    municipalities: z.array(MunicipalityCode).min(1, 'choose at least one municipality').max(20),
    organisations: z.array(OrganisationInput).max(100).default([]),
    /** Normally three cycles about two months apart; more are allowed. */
    cycles: z.array(CycleInput).min(1, 'plan at least one cycle').max(12),
  })
  .meta({ id: 'CreateWorkshopRequest' });
export type CreateWorkshopRequest = z.input<typeof CreateWorkshopRequest>;

export const CreateWorkshopResponse = z
  .object({
    workshop: Workshop,
    /** Shown once: the server keeps only its SHA-256 hash. */
    editToken: z.string(),
    /** Shown once, like the edit token: the participants' secret. */
    participantToken: z.string(),
    links: z.object({
      /** Read-only link: `/workshop/:id`. */
      read: z.string(),
      /** Edit link: the token travels in the fragment, which browsers never send to a server. */
      edit: z.string(),
      /** Participant link `/workshop/:id#join=<token>`: add entries, vote, comment. */
      participant: z.string(),
    }),
  })
  .meta({ id: 'CreateWorkshopResponse' });
export type CreateWorkshopResponse = z.infer<typeof CreateWorkshopResponse>;

/**
 * The version last read, required: here or as an If-Match header (the header is not in the schema, so the body
 * field is optional); with neither, the change is refused with 428 `version_required`.
 */
const VersionOrIfMatch = RowVersion.optional().meta({
  description:
    'The version last read (required: here or as an If-Match header; 428 without either, 409 when stale)',
});

export const UpdateWorkshopRequest = z
  .object({
    title: PlainText(200),
    municipalities: z.array(MunicipalityCode).min(1).max(20),
    recommendations: CleanText(TEXT_LIMITS.recommendations, { multiline: true, allowEmpty: true }),
    /** Dots each participant may give per cycle (the facilitator's own dots are not limited). */
    dotsPerParticipant: z.number().int().min(0).max(50),
  })
  .partial()
  .extend({ version: VersionOrIfMatch })
  .meta({ id: 'UpdateWorkshopRequest' });
export type UpdateWorkshopRequest = z.infer<typeof UpdateWorkshopRequest>;

/** `version` (or an If-Match header): the version last read; a stale one gets 409 with the current row. */
export const UpdateOrganisationRequest = OrganisationInput.partial().extend({ version: VersionOrIfMatch });
export type UpdateOrganisationRequest = z.infer<typeof UpdateOrganisationRequest>;

export const UpdateCycleRequest = CycleInput.partial().extend({ version: VersionOrIfMatch });
export type UpdateCycleRequest = z.infer<typeof UpdateCycleRequest>;

export const ActionInput = z.object({
  ownerOrganisationId: WorkshopId,
  /** Defaults to the date of the next cycle. */
  dueDate: IsoDate.nullable().optional(),
  status: ActionStatus.default('planned'),
});

export const CreateEntryRequest = z
  .object({
    kind: EntryKind,
    text: PlainText(2000),
    organisationId: WorkshopId.nullable().optional(),
    theme: EntryTheme.nullable().optional(),
    links: z.array(IndicatorLinkRequest).max(20).default([]),
    mapView: SavedMapView.nullable().optional(),
    action: ActionInput.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === 'action' && !entry.action)
      ctx.addIssue({ code: 'custom', path: ['action'], message: 'an action needs an owner organisation' });
    if (entry.kind !== 'action' && entry.action)
      ctx.addIssue({
        code: 'custom',
        path: ['action'],
        message: 'only entries of kind "action" have an owner',
      });
  })
  .meta({ id: 'CreateWorkshopEntryRequest' });
export type CreateEntryRequest = z.input<typeof CreateEntryRequest>;

/** The entry's version as last read: a change based on an older one is refused (409) with the current entry. */
const EntryVersion = RowVersion;

/** Kind is fixed once written; links given here replace the entry's links (existing ones keep their "then"). */
export const UpdateEntryRequest = z
  .object({
    text: PlainText(2000),
    organisationId: WorkshopId.nullable(),
    theme: EntryTheme.nullable(),
    links: z.array(IndicatorLinkRequest).max(20),
    /** Null removes the saved map view. */
    mapView: SavedMapView.nullable(),
    action: ActionInput.partial(),
  })
  .partial()
  .extend({ version: EntryVersion })
  .meta({ id: 'UpdateWorkshopEntryRequest' });
export type UpdateEntryRequest = z.input<typeof UpdateEntryRequest>;

export const StatusChangeRequest = z.object({ status: ActionStatus, version: EntryVersion });
export type StatusChangeRequest = z.infer<typeof StatusChangeRequest>;

export const MeetingRecordRequest = z
  .object({
    attendance: z.array(WorkshopId).max(100),
    minutes: CleanText(TEXT_LIMITS.recommendations, { multiline: true, allowEmpty: true }),
  })
  .partial()
  .extend({
    version: MeetingRecordVersion.optional().meta({
      description:
        "The cycle's recordVersion last read, 0 for a record not written yet (required: here or as an If-Match header; 428 without either, 409 when stale)",
    }),
  })
  .meta({ id: 'WorkshopMeetingRecordRequest' });
export type MeetingRecordRequest = z.infer<typeof MeetingRecordRequest>;

export const DecisionInput = z
  .object({
    text: PlainText(2000),
    ownerOrganisationId: WorkshopId.nullable().optional(),
    reviewDate: IsoDate.nullable().optional(),
  })
  .meta({ id: 'WorkshopDecisionInput' });
export type DecisionInput = z.infer<typeof DecisionInput>;

export const UpdateDecisionRequest = DecisionInput.partial()
  .extend({ version: VersionOrIfMatch })
  .meta({ id: 'UpdateWorkshopDecisionRequest' });
export type UpdateDecisionRequest = z.infer<typeof UpdateDecisionRequest>;
