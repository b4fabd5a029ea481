/**
 * The entities of the statuses, notifications and user API groups against the docs' version
 * histories: each field the docs date after the first endpoint returning the entity is removed
 * from a full fixture in turn, and the rest must still decode; each field the docs call nullable
 * ("or null") must decode as null.
 */
import { describe, expect, it } from "@effect/vitest"
import * as AccountWarning from "@mastodon-effect/core/AccountWarning"
import * as Announcement from "@mastodon-effect/core/Announcement"
import * as AnnualReport from "@mastodon-effect/core/AnnualReport"
import * as AsyncRefresh from "@mastodon-effect/core/AsyncRefresh"
import * as Collection from "@mastodon-effect/core/Collection"
import * as Conversation from "@mastodon-effect/core/Conversation"
import * as Filter from "@mastodon-effect/core/Filter"
import * as GroupedNotificationsResults from "@mastodon-effect/core/GroupedNotificationsResults"
import * as Notification from "@mastodon-effect/core/Notification"
import * as PartialAccountWithAvatar from "@mastodon-effect/core/PartialAccountWithAvatar"
import * as Preferences from "@mastodon-effect/core/Preferences"
import * as Report from "@mastodon-effect/core/Report"
import * as ScheduledStatus from "@mastodon-effect/core/ScheduledStatus"
import * as StatusEdit from "@mastodon-effect/core/StatusEdit"
import * as TermsOfService from "@mastodon-effect/core/TermsOfService"
import * as Translation from "@mastodon-effect/core/Translation"
import * as WebPushSubscription from "@mastodon-effect/core/WebPushSubscription"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as AccountWarningFx from "./fixtures/AccountWarning.js"
import * as AnnouncementFx from "./fixtures/Announcement.js"
import * as AnnualReportFx from "./fixtures/AnnualReport.js"
import * as AsyncRefreshFx from "./fixtures/AsyncRefresh.js"
import * as CollectionFx from "./fixtures/Collection.js"
import * as ConversationFx from "./fixtures/Conversation.js"
import * as FilterFx from "./fixtures/Filter.js"
import * as GroupedFx from "./fixtures/GroupedNotificationsResults.js"
import * as NotificationFx from "./fixtures/Notification.js"
import * as PartialFx from "./fixtures/PartialAccountWithAvatar.js"
import * as PreferencesFx from "./fixtures/Preferences.js"
import * as ReportFx from "./fixtures/Report.js"
import * as ScheduledStatusFx from "./fixtures/ScheduledStatus.js"
import * as SeveranceFx from "./fixtures/RelationshipSeveranceEvent.js"
import * as StatusEditFx from "./fixtures/StatusEdit.js"
import * as TermsOfServiceFx from "./fixtures/TermsOfService.js"
import * as TranslationFx from "./fixtures/Translation.js"
import * as WebPushFx from "./fixtures/WebPushSubscription.js"

interface Entity {
  readonly schema: Schema.Schema.AnyNoContext
  /** A fixture with every field present. */
  readonly fixture: Record<string, unknown>
  /** The version of the first endpoint that returns the entity. */
  readonly since: string
  /** Fields added later, with the version that added them. */
  readonly later: Record<string, string>
  /** Fields the docs call nullable. */
  readonly nullable: ReadonlyArray<string>
}

const everyPayload = {
  ...NotificationFx.addedToCollection,
  status: NotificationFx.docsMention.status,
  report: ReportFx.docs,
  event: SeveranceFx.domainBlock,
  moderation_warning: AccountWarningFx.appealed
}

const entities: Record<string, Entity> = {
  StatusEdit: {
    schema: StatusEdit.StatusEdit,
    fixture: { ...StatusEditFx.docs, quote: { state: "accepted", quoted_status_id: "1" } },
    since: "3.5.0",
    later: { quote: "4.4.0" },
    nullable: ["quote"]
  },
  Translation: {
    schema: Translation.Translation,
    fixture: TranslationFx.docsPoll,
    since: "4.0.0",
    later: { spoiler_text: "4.2.0", poll: "4.2.0", media_attachments: "4.2.0" },
    nullable: ["poll"]
  },
  ScheduledStatusParams: {
    schema: ScheduledStatus.ScheduledStatusParams,
    fixture: ScheduledStatusFx.full.params,
    since: "2.7.0",
    later: { poll: "2.8.0" },
    nullable: ["poll", "media_ids", "sensitive", "spoiler_text", "visibility", "in_reply_to_id", "language", "scheduled_at", "idempotency"]
  },
  Notification: {
    schema: Notification.Notification,
    fixture: everyPayload,
    since: "0.9.9",
    later: { group_key: "4.3.0", report: "4.0.0", event: "4.3.0", moderation_warning: "4.3.0", fallback: "4.6.0", collection: "4.6.0" },
    nullable: []
  },
  NotificationFallback: {
    schema: Notification.NotificationFallback,
    fixture: NotificationFx.addedToCollection.fallback,
    since: "4.6.0",
    later: {},
    nullable: ["summary", "details"]
  },
  NotificationGroup: {
    schema: GroupedNotificationsResults.NotificationGroup,
    fixture: { ...GroupedFx.docsPage.notification_groups[0], fallback: NotificationFx.addedToCollection.fallback },
    since: "4.3.0",
    later: { fallback: "4.6.0" },
    nullable: []
  },
  PartialAccountWithAvatar: {
    schema: PartialAccountWithAvatar.PartialAccountWithAvatar,
    fixture: PartialFx.docs,
    since: "4.3.0",
    later: { avatar_description: "4.6.0" },
    nullable: []
  },
  Report: {
    schema: Report.Report,
    fixture: ReportFx.docs,
    since: "1.1.0",
    later: {
      action_taken_at: "4.0.0", category: "4.0.0", comment: "4.0.0", forwarded: "4.0.0", created_at: "4.0.0",
      status_ids: "4.0.0", collection_ids: "4.6.0", rule_ids: "4.0.0", target_account: "4.0.0"
    },
    nullable: ["action_taken_at", "status_ids", "collection_ids", "rule_ids"]
  },
  AccountWarning: {
    schema: AccountWarning.AccountWarning,
    fixture: AccountWarningFx.appealed,
    since: "4.3.0",
    later: {},
    nullable: ["status_ids", "appeal"]
  },
  Conversation: { schema: Conversation.Conversation, fixture: ConversationFx.docs, since: "2.6.0", later: {}, nullable: ["last_status"] },
  Filter: { schema: Filter.Filter, fixture: FilterFx.docs, since: "4.0.0", later: {}, nullable: ["expires_at"] },
  FilterResult: {
    schema: Filter.FilterResult,
    fixture: FilterFx.docsResult,
    since: "4.0.0",
    later: {},
    nullable: ["keyword_matches", "status_matches"]
  },
  FilterV1: { schema: Filter.FilterV1, fixture: FilterFx.docsV1, since: "2.4.3", later: {}, nullable: ["expires_at"] },
  Preferences: {
    schema: Preferences.Preferences,
    fixture: PreferencesFx.mastodon45,
    since: "2.8.0",
    later: { "posting:default:quote_policy": "4.5.0" },
    nullable: ["posting:default:language"]
  },
  Announcement: {
    schema: Announcement.Announcement,
    fixture: AnnouncementFx.scheduled,
    since: "3.1.0",
    later: {},
    nullable: ["starts_at", "ends_at"]
  },
  WebPushSubscription: {
    schema: WebPushSubscription.WebPushSubscription,
    fixture: WebPushFx.full,
    since: "2.4.0",
    later: { standard: "4.4.0", policy: "3.4.0" },
    nullable: []
  },
  WebPushAlerts: {
    schema: WebPushSubscription.WebPushAlerts,
    fixture: WebPushFx.full.alerts,
    since: "2.4.0",
    later: {
      status: "3.3.0", follow_request: "3.1.0", poll: "2.8.0", update: "3.5.0", "admin.sign_up": "3.5.0",
      "admin.report": "4.0.0", quote: "4.5.0", quoted_update: "4.5.0"
    },
    nullable: []
  },
  TermsOfService: {
    schema: TermsOfService.TermsOfService,
    fixture: TermsOfServiceFx.succeeded,
    since: "4.4.0",
    later: {},
    nullable: ["succeeded_by"]
  },
  AsyncRefresh: {
    schema: AsyncRefresh.AsyncRefresh,
    fixture: AsyncRefreshFx.docs.async_refresh,
    since: "4.4.0",
    later: {},
    nullable: ["result_count"]
  },
  AnnualReport: {
    schema: AnnualReport.AnnualReport,
    fixture: AnnualReportFx.docs,
    since: "4.3.0",
    later: { share_url: "4.6.0", account_id: "4.6.0" },
    nullable: ["share_url"]
  },
  Collection: {
    schema: Collection.Collection,
    fixture: CollectionFx.docs,
    since: "4.6.0",
    later: {},
    nullable: ["url", "language", "tag"]
  },
  CollectionItem: {
    schema: Collection.CollectionItem,
    fixture: CollectionFx.docs.items[0]!,
    since: "4.6.0",
    later: {},
    nullable: ["account_id"]
  }
}

const without = (fixture: Record<string, unknown>, field: string) => {
  const { [field]: _dropped, ...rest } = fixture
  return rest
}

const decodes = (schema: Schema.Schema.AnyNoContext, input: unknown): string | undefined => {
  const result = Schema.decodeUnknownEither(schema)(input)
  return Either.isLeft(result) ? String(result.left) : undefined
}

describe("version histories of the user API entities", () => {
  for (const [name, entity] of Object.entries(entities)) {
    it(`${name}: the full fixture decodes and has every field this table names`, () => {
      expect(decodes(entity.schema, entity.fixture)).toBeUndefined()
      for (const field of [...Object.keys(entity.later), ...entity.nullable]) {
        expect(entity.fixture, `${name}.${field}`).toHaveProperty([field])
      }
    })

    for (const [field, version] of Object.entries(entity.later)) {
      it(`${name}.${field} (${version}, after ${entity.since}) may be left out`, () => {
        expect(decodes(entity.schema, without(entity.fixture, field))).toBeUndefined()
      })
    }

    for (const field of entity.nullable) {
      it(`${name}.${field} may be null`, () => {
        expect(decodes(entity.schema, { ...entity.fixture, [field]: null })).toBeUndefined()
      })
    }
  }
})
