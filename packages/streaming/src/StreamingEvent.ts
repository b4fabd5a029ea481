/**
 * The events of the streaming API, decoded by the entity schemas of `@mastodon-effect/core`.
 * Events this library does not know are kept as `Unknown`, with their raw payload.
 *
 * @since 0.1.0
 */
import * as Announcement from "@mastodon-effect/core/Announcement"
import * as Conversation from "@mastodon-effect/core/Conversation"
import * as Id from "@mastodon-effect/core/Id"
import * as Notification from "@mastodon-effect/core/Notification"
import * as Status from "@mastodon-effect/core/Status"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { MalformedEvent } from "./StreamingError.js"

/**
 * The payload of `announcement.reaction`: an emoji's new count on an announcement.
 *
 * @since 0.1.0
 */
export const AnnouncementReaction = /* @__PURE__ */ Schema.Struct({
  name: Schema.String,
  count: Schema.Number,
  announcement_id: Id.AnnouncementId
})

/**
 * The payload of `announcement.reaction`.
 *
 * @since 0.1.0
 */
export interface AnnouncementReaction extends Schema.Schema.Type<typeof AnnouncementReaction> {}

/**
 * One event of a live stream. `stream` is the server's `stream` key of the event
 * (`["user"]`, `["hashtag", "foo"]`), when the transport gives one (the WebSocket does, SSE
 * does not), and `backfilled` marks the events fetched over REST after a reconnection.
 *
 * @since 0.1.0
 */
export type StreamingEvent = Data.TaggedEnum<{
  /** `update`: a new status. */
  Update: { readonly status: Status.Status; readonly stream: ReadonlyArray<string>; readonly backfilled: boolean }
  /** `status.update`: a status was edited (3.5.0). */
  StatusUpdate: { readonly status: Status.Status; readonly stream: ReadonlyArray<string> }
  /** `delete`: a status was deleted. */
  Delete: { readonly id: Id.StatusId; readonly stream: ReadonlyArray<string> }
  /** `notification`: a new notification (1.4.2). */
  Notification: { readonly notification: Notification.Notification; readonly stream: ReadonlyArray<string>; readonly backfilled: boolean }
  /** `conversation`: a direct conversation was updated (2.6.0). */
  Conversation: { readonly conversation: Conversation.Conversation; readonly stream: ReadonlyArray<string> }
  /** `announcement`: an announcement was published (3.1.0). */
  Announcement: { readonly announcement: Announcement.Announcement; readonly stream: ReadonlyArray<string> }
  /** `announcement.reaction`: an announcement's reactions changed (3.1.0). */
  AnnouncementReaction: { readonly reaction: AnnouncementReaction; readonly stream: ReadonlyArray<string> }
  /** `announcement.delete`: an announcement was withdrawn (3.1.0). */
  AnnouncementDelete: { readonly id: Id.AnnouncementId; readonly stream: ReadonlyArray<string> }
  /** `filters_changed`: the user's filters changed; refetch them (2.4.3). */
  FiltersChanged: { readonly stream: ReadonlyArray<string> }
  /** `notifications_merged`: accepted notification requests were merged; refetch notifications (4.3.0). */
  NotificationsMerged: { readonly stream: ReadonlyArray<string> }
  /** Any other event, kept as the server sent it. */
  Unknown: { readonly event: string; readonly payload: string | undefined; readonly stream: ReadonlyArray<string> }
}>

/**
 * Constructors and matchers of {@link StreamingEvent}.
 *
 * @example
 * import { StreamingEvent } from "@mastodon-effect/streaming"
 * const describe = StreamingEvent.$match({
 *   Update: ({ status }) => `new post ${status.id}`,
 *   Notification: ({ notification }) => `${notification.type} from ${notification.account.acct}`,
 *   Delete: ({ id }) => `deleted ${id}`,
 *   StatusUpdate: () => "edited", Conversation: () => "dm", Announcement: () => "announcement",
 *   AnnouncementReaction: () => "reaction", AnnouncementDelete: () => "announcement withdrawn",
 *   FiltersChanged: () => "filters", NotificationsMerged: () => "merged", Unknown: ({ event }) => event
 * })
 *
 * @since 0.1.0
 */
export const StreamingEvent = Data.taggedEnum<StreamingEvent>()

/**
 * The tags of {@link StreamingEvent}.
 *
 * @since 0.1.0
 */
export const { $is, $match } = StreamingEvent

const excerpt = (text: string | undefined): string => {
  if (text === undefined) return "(no payload)"
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

const json = <A, I>(schema: Schema.Schema<A, I>) => Schema.decodeUnknown(Schema.parseJson(schema), { errors: "first" })

const decodeStatus = json(Status.Status)
const decodeNotification = json(Notification.Notification)
const decodeConversation = json(Conversation.Conversation)
const decodeAnnouncement = json(Announcement.Announcement)
const decodeReaction = json(AnnouncementReaction)
const decodeStatusId = Schema.decodeUnknown(Id.StatusId)
const decodeAnnouncementId = Schema.decodeUnknown(Id.AnnouncementId)

/**
 * Decode one event from its name and payload (the payload is the JSON text of the entity, or a
 * bare id for `delete` and `announcement.delete`). A payload that does not decode fails with
 * `MalformedEvent`; an unknown event name succeeds as `Unknown`.
 *
 * @example
 * import { StreamingEvent } from "@mastodon-effect/streaming"
 * import * as Effect from "effect/Effect"
 * const event = Effect.runSync(StreamingEvent.decode("delete", "106692867363994015", ["public"]))
 * // { _tag: "Delete", id: "106692867363994015", stream: ["public"] }
 *
 * @since 0.1.0
 */
export const decode = (
  event: string,
  payload: string | undefined,
  stream: ReadonlyArray<string> = []
): Effect.Effect<StreamingEvent, MalformedEvent> => {
  const text = payload ?? ""
  const malformed = (error: ParseResult.ParseError) =>
    new MalformedEvent({ event, reason: ParseResult.TreeFormatter.formatErrorSync(error).split("\n").slice(0, 4).join(" "), excerpt: excerpt(payload) })
  const decoded = ((): Effect.Effect<StreamingEvent, ParseResult.ParseError> => {
    switch (event) {
      case "update":
        return Effect.map(decodeStatus(text), (status) => StreamingEvent.Update({ status, stream, backfilled: false }))
      case "status.update":
        return Effect.map(decodeStatus(text), (status) => StreamingEvent.StatusUpdate({ status, stream }))
      case "delete":
        return Effect.map(decodeStatusId(text.trim()), (id) => StreamingEvent.Delete({ id, stream }))
      case "notification":
        return Effect.map(decodeNotification(text), (notification) => StreamingEvent.Notification({ notification, stream, backfilled: false }))
      case "conversation":
        return Effect.map(decodeConversation(text), (conversation) => StreamingEvent.Conversation({ conversation, stream }))
      case "announcement":
        return Effect.map(decodeAnnouncement(text), (announcement) => StreamingEvent.Announcement({ announcement, stream }))
      case "announcement.reaction":
        return Effect.map(decodeReaction(text), (reaction) => StreamingEvent.AnnouncementReaction({ reaction, stream }))
      case "announcement.delete":
        return Effect.map(decodeAnnouncementId(text.trim()), (id) => StreamingEvent.AnnouncementDelete({ id, stream }))
      case "filters_changed":
        return Effect.succeed(StreamingEvent.FiltersChanged({ stream }))
      case "notifications_merged":
        return Effect.succeed(StreamingEvent.NotificationsMerged({ stream }))
      default:
        return Effect.succeed(StreamingEvent.Unknown({ event, payload, stream }))
    }
  })()
  return Effect.mapError(decoded, malformed)
}
