import { z } from 'zod';
import { IndicatorId, MunicipalityCode, THEMES, Year } from './codes';
import { Indicator, LocalisedText, Unit } from './indicator';
import { CleanText, TEXT_LIMITS } from './clean-text';
import { SavedMapView } from './workshop-map-view';

/**
 * Workshop learning cycles: a locality's group (firms, municipality, region, schools) meets in cycles about two
 * months apart and records activities, challenges, obstacles, opportunities, solutions and actions (homework).
 * Text is plain text: the server stores it as given and the web renders it as text, never as HTML.
 */

/** Random url-safe id with at least 128 bits of entropy (16 bytes, base64url = 22 characters). */
export const WorkshopId = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'an id is 22-64 url-safe characters');
export type WorkshopId = z.infer<typeof WorkshopId>;

/** Calendar date without time, as people write it on an agenda. */
export const IsoDate = z.iso.date({ message: 'a date is written YYYY-MM-DD' });

/** Control characters are stripped (tabs and line breaks kept in multi-line text), then the limit applies. */
export const PlainText = (max: number) => CleanText(max, { multiline: true });

export const OrganisationKind = z.enum(['firm', 'municipality', 'region', 'school', 'other']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const EntryKind = z.enum(['activity', 'challenge', 'obstacle', 'opportunity', 'solution', 'action']);
export type EntryKind = z.infer<typeof EntryKind>;
/** Only these kinds are prioritised by dot voting. */
export const VOTABLE_KINDS: readonly EntryKind[] = ['obstacle', 'solution'];

export const EntryTheme = z.enum([...THEMES, 'other']);
export type EntryTheme = z.infer<typeof EntryTheme>;

export const ActionStatus = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

/**
 * A row's version, 1 when written and one up with every change of its own fields: a change sent with an older one
 * is refused (409) with the row as it is now (optimistic concurrency).
 */
export const RowVersion = z.number().int().positive();
/** A meeting record's version: 0 means none written yet (the first PUT sends 0). */
export const MeetingRecordVersion = z.number().int().min(0).max(999_999_999);

export const Organisation = z
  .object({
    id: WorkshopId,
    name: PlainText(120),
    kind: OrganisationKind,
    /** Set when the organisation was removed: its entries keep naming it, new entries cannot choose it. */
    removedAt: z.iso.datetime().nullable(),
    version: RowVersion,
  })
  .meta({ id: 'WorkshopOrganisation' });
export type Organisation = z.infer<typeof Organisation>;

/** Where a linked figure came from, copied at the moment of linking so it survives later rebuilds. */
export const LinkedSource = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  table: z.string().min(1),
  citation: z.string().min(1),
});
export type LinkedSource = z.infer<typeof LinkedSource>;

/** An indicator value as the atlas showed it: from one build, for one municipality and year. */
export const IndicatorReading = z.object({
  value: z.number(),
  year: Year,
  source: LinkedSource,
  buildId: z.string().min(1),
});
export type IndicatorReading = z.infer<typeof IndicatorReading>;

export const IndicatorLink = IndicatorReading.extend({
  indicatorId: IndicatorId,
  municipality: MunicipalityCode,
  linkedAt: z.iso.datetime(),
}).meta({ id: 'WorkshopIndicatorLink' });
export type IndicatorLink = z.infer<typeof IndicatorLink>;

/** What a client asks to link; the server reads value, year and source from the current build. */
export const IndicatorLinkRequest = z.object({ indicatorId: IndicatorId, municipality: MunicipalityCode });
export type IndicatorLinkRequest = z.infer<typeof IndicatorLinkRequest>;

export const ActionDetails = z.object({
  ownerOrganisationId: WorkshopId,
  /** Normally the date of the next cycle. */
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
});
export type ActionDetails = z.infer<typeof ActionDetails>;

/** Who wrote an entry: the facilitator (edit link) or a participant (join link, one id per device). */
export const EntryAuthor = z.object({
  role: z.enum(['facilitator', 'participant']),
  participantId: WorkshopId.nullable(),
});
export type EntryAuthor = z.infer<typeof EntryAuthor>;

export const Entry = z
  .object({
    id: WorkshopId,
    cycleId: WorkshopId,
    kind: EntryKind,
    text: PlainText(2000),
    organisationId: WorkshopId.nullable(),
    theme: EntryTheme.nullable(),
    links: z.array(IndicatorLink),
    /** A planner map view saved with the entry (null: none); files exported before it existed read as null. */
    mapView: SavedMapView.nullable().default(null),
    /** Present exactly when kind is "action". */
    action: ActionDetails.nullable(),
    votes: z.number().int().nonnegative(),
    author: EntryAuthor,
    /** Goes up by one with every change of the entry (not with votes): send it back with the next change. */
    version: RowVersion,
    /** Manifest buildId of the data build the entry was made against. */
    buildId: z.string().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WorkshopEntry' });
export type Entry = z.infer<typeof Entry>;

/** A decision taken at a meeting: who follows it up, and when the group looks at it again. */
export const Decision = z
  .object({
    id: WorkshopId,
    text: PlainText(2000),
    ownerOrganisationId: WorkshopId.nullable(),
    reviewDate: IsoDate.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Goes up by one with every change: send it back with the next PATCH (files exported before it read as 1). */
    version: RowVersion.default(1),
  })
  .meta({ id: 'WorkshopDecision' });
export type Decision = z.infer<typeof Decision>;

export const Cycle = z
  .object({
    id: WorkshopId,
    /** 1, 2, 3, ...: the order in which the group meets. */
    number: z.number().int().positive(),
    date: IsoDate,
    title: z.string().max(200).nullable(),
    entries: z.array(Entry),
    /** Meeting record: the organisations that came, the minutes (plain text), the decisions taken. */
    attendance: z.array(WorkshopId),
    minutes: z.string().max(20000),
    decisions: z.array(Decision),
    /**
     * Version of the meeting record (attendance and minutes), apart from the cycle's own: 0 until the record is
     * first written, then up by one with every PUT. Send it with the next PUT of the record.
     */
    recordVersion: MeetingRecordVersion.default(0),
    /** Goes up with a change of the date or title (not with its entries). */
    version: RowVersion,
  })
  .meta({ id: 'WorkshopCycle' });
export type Cycle = z.infer<typeof Cycle>;

export const Workshop = z
  .object({
    id: WorkshopId,
    title: PlainText(200),
    municipalities: z.array(MunicipalityCode).min(1).max(20),
    /** The closing recommendations the group writes for its report. */
    recommendations: CleanText(TEXT_LIMITS.recommendations, { multiline: true, allowEmpty: true }),
    /** Dots each participant may give per cycle (the facilitator's own dots are not limited). */
    dotsPerParticipant: z.number().int().min(0).max(50),
    organisations: z.array(Organisation),
    cycles: z.array(Cycle),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Goes up with a change of the workshop's own fields (not with its cycles, entries or votes). */
    version: RowVersion,
  })
  .meta({ id: 'Workshop' });
export type Workshop = z.infer<typeof Workshop>;

/** One dot of dot voting; only the count per entry is shown. */
export const Vote = z.object({
  id: WorkshopId,
  entryId: WorkshopId,
  createdAt: z.iso.datetime(),
});
export type Vote = z.infer<typeof Vote>;

export const VoteTally = z
  .object({ entryId: WorkshopId, votes: z.number().int().nonnegative() })
  .meta({ id: 'WorkshopVoteTally' });
export type VoteTally = z.infer<typeof VoteTally>;

// ---- Read models built from the records ---------------------------------------------------------------

export const IndicatorNow = IndicatorReading.extend({ builtAt: z.iso.datetime() });
export type IndicatorNow = z.infer<typeof IndicatorNow>;

/**
 * Why the current build cannot say "now" for a link: the indicator is gone from the catalogue, the build no
 * longer has the year the link was made for, or it has no value for this municipality in any year.
 */
export const NowUnavailable = z.enum(['indicator_gone', 'year_gone', 'no_value']);
export type NowUnavailable = z.infer<typeof NowUnavailable>;

export const SinceLastTime = z
  .object({
    cycle: z.object({ id: WorkshopId, number: z.number().int(), date: IsoDate }),
    /** Null for the first cycle: there is no last time. */
    previous: z.object({ id: WorkshopId, number: z.number().int(), date: IsoDate }).nullable(),
    actions: z.array(Entry),
    /** Decisions of earlier cycles whose review date has come by this cycle's date. */
    decisionsDue: z.array(Decision.extend({ cycleNumber: z.number().int() })),
    indicators: z.array(
      z.object({
        entryId: WorkshopId,
        indicatorId: IndicatorId,
        municipality: MunicipalityCode,
        then: IndicatorReading,
        /** The current build's latest value; null exactly when `unavailable` says why (missing is missing). */
        now: IndicatorNow.nullable(),
        unavailable: NowUnavailable.nullable(),
      }),
    ),
  })
  .meta({ id: 'WorkshopSinceLastTime' });
export type SinceLastTime = z.infer<typeof SinceLastTime>;

/** Current value of one indicator for one municipality, for the link picker and the report's key figures. */
export const IndicatorCurrent = IndicatorNow.extend({
  indicatorId: IndicatorId,
  municipality: MunicipalityCode,
  title: LocalisedText,
  unit: Unit,
  decimals: z.number().int(),
  categories: Indicator.shape.categories,
}).meta({ id: 'WorkshopIndicatorCurrent' });
export type IndicatorCurrent = z.infer<typeof IndicatorCurrent>;

/** 409 answer to a change based on an old version: the entry as it is now, so the client can merge and retry. */
export const StaleEntryBody = z
  .object({
    error: z.object({ code: z.literal('stale_version'), message: z.string(), field: z.literal('version') }),
    current: Entry,
  })
  .meta({ id: 'WorkshopStaleEntry' });
export type StaleEntryBody = z.infer<typeof StaleEntryBody>;
