import { z } from 'zod';
import { CleanText, TEXT_LIMITS } from './clean-text';
import { IndicatorLink, IndicatorLinkRequest, WorkshopId } from './workshop';

/**
 * The outcomes register: what changed because of the group's work, for the funder's report. Each outcome names
 * the actions (entries of kind "action") that contributed and at least one piece of evidence: an indicator link
 * (value, year, source and build frozen when it was linked, like an entry's links) or a written source.
 * The facilitator writes outcomes; everyone with the read link reads them.
 */

export const OutcomeStatus = z.enum(['expected', 'partly_achieved', 'achieved', 'not_achieved']);
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

/** A report, minutes or article the outcome rests on; the URL is shown as text, never followed by the atlas. */
export const WrittenSource = z.object({
  citation: CleanText(TEXT_LIMITS.source),
  url: z
    .url({ protocol: /^https?$/, message: 'a source URL starts with http:// or https://' })
    .max(2000)
    .nullable(),
});
export type WrittenSource = z.infer<typeof WrittenSource>;

export const OutcomeEvidence = z
  .discriminatedUnion('kind', [
    IndicatorLink.extend({ kind: z.literal('indicator') }),
    WrittenSource.extend({ kind: z.literal('source') }),
  ])
  .meta({ id: 'WorkshopOutcomeEvidence' });
export type OutcomeEvidence = z.infer<typeof OutcomeEvidence>;

export const Outcome = z
  .object({
    id: WorkshopId,
    statement: CleanText(TEXT_LIMITS.entry, { multiline: true }),
    /** Ids of action entries of this workshop; an action deleted later drops out of the list. */
    actionIds: z.array(WorkshopId),
    evidence: z.array(OutcomeEvidence).min(1),
    status: OutcomeStatus,
    /** Goes up by one with every change: send it back with the next change (409 when it is not current). */
    version: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WorkshopOutcome' });
export type Outcome = z.infer<typeof Outcome>;

/** What a client sends as evidence: an indicator to read from the current build now, or a written source. */
export const OutcomeEvidenceRequest = z.discriminatedUnion('kind', [
  IndicatorLinkRequest.extend({ kind: z.literal('indicator') }),
  WrittenSource.extend({ kind: z.literal('source'), url: WrittenSource.shape.url.optional() }),
]);
export type OutcomeEvidenceRequest = z.input<typeof OutcomeEvidenceRequest>;

const EvidenceList = z
  .array(OutcomeEvidenceRequest)
  .min(1, 'an outcome needs at least one piece of evidence (an indicator or a written source)')
  .max(20);

export const CreateOutcomeRequest = z
  .object({
    statement: CleanText(TEXT_LIMITS.entry, { multiline: true }),
    actionIds: z.array(WorkshopId).max(50).default([]),
    evidence: EvidenceList,
    status: OutcomeStatus.default('expected'),
  })
  .meta({ id: 'CreateWorkshopOutcomeRequest' });
export type CreateOutcomeRequest = z.input<typeof CreateOutcomeRequest>;

/** Evidence given here replaces the list; indicator evidence already there keeps its frozen figure. */
export const UpdateOutcomeRequest = z
  .object({
    statement: CreateOutcomeRequest.shape.statement,
    actionIds: z.array(WorkshopId).max(50),
    evidence: EvidenceList,
    status: OutcomeStatus,
  })
  .partial()
  .extend({ version: z.number().int().positive() })
  .meta({ id: 'UpdateWorkshopOutcomeRequest' });
export type UpdateOutcomeRequest = z.input<typeof UpdateOutcomeRequest>;

/** 409 answer to a change based on an old version: the outcome as it is now. */
export const StaleOutcomeBody = z
  .object({
    error: z.object({ code: z.literal('stale_version'), message: z.string(), field: z.literal('version') }),
    current: Outcome,
  })
  .meta({ id: 'WorkshopStaleOutcome' });
export type StaleOutcomeBody = z.infer<typeof StaleOutcomeBody>;
