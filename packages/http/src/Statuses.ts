/**
 * The status endpoints (`/api/v1/statuses/...`): post, schedule, reply, edit and delete statuses,
 * read them with their context, history and source, translate them, and boost, favourite,
 * bookmark, mute or pin them; who boosted, favourited or quoted them. See the Mastodon docs,
 * methods/statuses.
 *
 * Every post carries an `Idempotency-Key` (a random UUID unless the caller gives one), so the
 * client's retry stage may resend it after a lost response and the server still makes one status.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as ContextEntity from "@mastodon-effect/core/Context"
import * as Id from "@mastodon-effect/core/Id"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as PreviewCard from "@mastodon-effect/core/PreviewCard"
import * as ScheduledStatus from "@mastodon-effect/core/ScheduledStatus"
import * as Status from "@mastodon-effect/core/Status"
import * as StatusEdit from "@mastodon-effect/core/StatusEdit"
import * as StatusSource from "@mastodon-effect/core/StatusSource"
import * as Translation from "@mastodon-effect/core/Translation"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Accounts from "./Accounts.js"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import * as Idempotency from "./internal/idempotency.js"
import * as Media from "./Media.js"
import type * as Page from "./Page.js"

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

/**
 * Who may see a new status.
 *
 * @since 0.1.0
 */
export const Visibility = /* @__PURE__ */ Schema.Literal("public", "unlisted", "private", "direct")

/**
 * Who may see a new status: everyone, everyone but not in public timelines, followers, or only
 * the mentioned accounts.
 *
 * @since 0.1.0
 */
export type Visibility = typeof Visibility.Type

/**
 * Who may quote a status (Mastodon 4.5): anyone, followers, or nobody but its author.
 *
 * @since 0.1.0
 */
export const QuoteApprovalPolicy = /* @__PURE__ */ Schema.Literal("public", "followers", "nobody")

/**
 * Who may quote a status (Mastodon 4.5).
 *
 * @since 0.1.0
 */
export type QuoteApprovalPolicy = typeof QuoteApprovalPolicy.Type

/**
 * A poll to attach: at least two options, open for `expires_in` (seconds, a `Duration` or text
 * such as `"1 day"`), sent as `poll[options][]`, `poll[expires_in]`, ...
 *
 * @since 0.1.0
 */
export const PollParams = /* @__PURE__ */ Schema.Struct({
  options: /* @__PURE__ */ Schema.Array(Schema.String).pipe(
    /* @__PURE__ */ Schema.minItems(2, { message: () => "a poll needs at least 2 options" })
  ),
  expires_in: Argument.DurationSeconds,
  multiple: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  hide_totals: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

/**
 * A poll to attach, as callers give it.
 *
 * @since 0.1.0
 */
export interface PollParams {
  /** The answers (the server allows 4 by default, each at most 50 characters). */
  readonly options: ReadonlyArray<string>
  /** How long the poll is open: seconds, a `Duration`, or text such as `"1 day"`. */
  readonly expires_in: Argument.DurationInput
  /** Allow several choices. Default false. */
  readonly multiple?: boolean | undefined
  /** Hide the counts until the poll ends. Default false. */
  readonly hide_totals?: boolean | undefined
}

const hasText = (s: string | undefined) => s !== undefined && s.trim() !== ""

const postFields = {
  status: /* @__PURE__ */ Schema.optional(Schema.String),
  media_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef)),
  poll: /* @__PURE__ */ Schema.optional(PollParams),
  in_reply_to_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  sensitive: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  spoiler_text: /* @__PURE__ */ Schema.optional(Schema.String),
  visibility: /* @__PURE__ */ Schema.optional(Visibility),
  language: /* @__PURE__ */ Schema.optional(Schema.String),
  scheduled_at: /* @__PURE__ */ Schema.optional(Argument.Moment),
  quoted_status_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  quote_approval_policy: /* @__PURE__ */ Schema.optional(QuoteApprovalPolicy)
}

/** The form of {@link post}: text or media (a poll needs text and cannot go with media). */
const PostBody = /* @__PURE__ */ Schema.Struct(postFields).pipe(
  /* @__PURE__ */ Schema.filter((b) => {
    const media = (b.media_ids?.length ?? 0) > 0
    if (!hasText(b.status) && !media) return { path: ["status"], message: "a status needs text or media" }
    if (b.poll !== undefined && media) return { path: ["poll"], message: "a poll cannot go with media_ids" }
    return true
  })
)

/** What `media_attributes[]` of an edit says about one attachment. */
const MediaAttributes = /* @__PURE__ */ Schema.Struct({
  id: Argument.IdRef,
  description: /* @__PURE__ */ Schema.optional(Schema.String),
  focus: /* @__PURE__ */ Schema.optional(Media.Focus)
})

/** The form of {@link edit}. */
const EditBody = /* @__PURE__ */ Schema.Struct({
  status: postFields.status,
  spoiler_text: postFields.spoiler_text,
  sensitive: postFields.sensitive,
  language: postFields.language,
  media_ids: postFields.media_ids,
  media_attributes: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(MediaAttributes)),
  poll: postFields.poll,
  quote_approval_policy: postFields.quote_approval_policy
}).pipe(
  /* @__PURE__ */ Schema.filter((b) =>
    b.poll !== undefined && (b.media_ids?.length ?? 0) > 0 ? { path: ["poll"], message: "a poll cannot go with media_ids" } : true
  )
)

/**
 * The answer to a delete: the server renders the status with its source (`text`, for redrafting)
 * and leaves the rendered `content` out; it decodes as a `Status` whose `content` is empty.
 */
const DeletedStatus = /* @__PURE__ */ Schema.compose(
  /* @__PURE__ */ Schema.transform(Schema.Unknown, Schema.Unknown, {
    strict: true,
    decode: (u) => typeof u === "object" && u !== null && !Array.isArray(u) && !("content" in u) ? { ...u, content: "" } : u,
    encode: (u) => u
  }),
  Status.Status,
  { strict: false }
)

/** `id[]` of several statuses. */
const IdsQuery = /* @__PURE__ */ Schema.Struct({ id: /* @__PURE__ */ Schema.Array(Argument.IdRef) })

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/**
 * The declaration behind {@link post} and {@link schedule}: `POST /api/v1/statuses`, answering a
 * `Status`, or a `ScheduledStatus` when `scheduled_at` is given.
 * @since 0.1.0
 */
export const postEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.post",
  method: "POST",
  path: "/api/v1/statuses",
  body: PostBody,
  response: ScheduledStatus.StatusOrScheduledStatus,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "0.0.0", changed: "4.5.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/statuses/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.get",
  method: "GET",
  path: "/api/v1/statuses/:id",
  response: Status.Status,
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", changed: "2.7.0" }
})

/** The declaration behind {@link getMany}: `GET /api/v1/statuses`. @since 0.1.0 */
export const getManyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.getMany",
  method: "GET",
  path: "/api/v1/statuses",
  query: IdsQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/statuses/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.remove",
  method: "DELETE",
  path: "/api/v1/statuses/:id",
  query: /* @__PURE__ */ Schema.Struct({ delete_media: /* @__PURE__ */ Schema.optional(Schema.Boolean) }),
  response: DeletedStatus,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "0.0.0", changed: "4.4.0" }
})

/** The declaration behind {@link context}: `GET /api/v1/statuses/:id/context`. @since 0.1.0 */
export const contextEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.context",
  method: "GET",
  path: "/api/v1/statuses/:id/context",
  response: ContextEntity.Context,
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", changed: "4.5.0" }
})

/** The declaration behind {@link translate}: `POST /api/v1/statuses/:id/translate`. @since 0.1.0 */
export const translateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.translate",
  method: "POST",
  path: "/api/v1/statuses/:id/translate",
  body: /* @__PURE__ */ Schema.Struct({ lang: /* @__PURE__ */ Schema.optional(Argument.NonEmptyString) }),
  response: Translation.Translation,
  auth: "app",
  scopes: ["read:statuses"],
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link rebloggedBy}: `GET /api/v1/statuses/:id/reblogged_by`. @since 0.1.0 */
export const rebloggedByEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.rebloggedBy",
  method: "GET",
  path: "/api/v1/statuses/:id/reblogged_by",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0" }
})

/** The declaration behind {@link quotes}: `GET /api/v1/statuses/:id/quotes`. @since 0.1.0 */
export const quotesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.quotes",
  method: "GET",
  path: "/api/v1/statuses/:id/quotes",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "user",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 }),
  versions: { added: "4.5.0" }
})

/** The declaration behind {@link favouritedBy}: `GET /api/v1/statuses/:id/favourited_by`. @since 0.1.0 */
export const favouritedByEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.favouritedBy",
  method: "GET",
  path: "/api/v1/statuses/:id/favourited_by",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0" }
})

/** An action on a status answered with the status: `POST /api/v1/statuses/:id/<action>`. */
const action = <const Path extends string>(
  name: string,
  path: Path,
  scope: "write:favourites" | "write:statuses" | "write:bookmarks" | "write:mutes" | "write:accounts",
  versions: Endpoint.Versions
) =>
  Endpoint.make({
    name: `statuses.${name}`,
    method: "POST",
    path,
    response: Status.Status,
    auth: "user",
    scopes: [scope],
    versions
  })

/** The declaration behind {@link favourite}: `POST /api/v1/statuses/:id/favourite`. @since 0.1.0 */
export const favouriteEndpoint = /* @__PURE__ */ action("favourite", "/api/v1/statuses/:id/favourite", "write:favourites", { added: "0.0.0" })

/** The declaration behind {@link unfavourite}: `POST /api/v1/statuses/:id/unfavourite`. @since 0.1.0 */
export const unfavouriteEndpoint = /* @__PURE__ */ action("unfavourite", "/api/v1/statuses/:id/unfavourite", "write:favourites", { added: "0.0.0" })

/** The declaration behind {@link reblog}: `POST /api/v1/statuses/:id/reblog`. @since 0.1.0 */
export const reblogEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.reblog",
  method: "POST",
  path: "/api/v1/statuses/:id/reblog",
  body: /* @__PURE__ */ Schema.Struct({ visibility: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("public", "unlisted", "private")) }),
  response: Status.Status,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "0.0.0", changed: "2.8.0" }
})

/** The declaration behind {@link unreblog}: `POST /api/v1/statuses/:id/unreblog`. @since 0.1.0 */
export const unreblogEndpoint = /* @__PURE__ */ action("unreblog", "/api/v1/statuses/:id/unreblog", "write:statuses", { added: "0.0.0" })

/** The declaration behind {@link bookmark}: `POST /api/v1/statuses/:id/bookmark`. @since 0.1.0 */
export const bookmarkEndpoint = /* @__PURE__ */ action("bookmark", "/api/v1/statuses/:id/bookmark", "write:bookmarks", { added: "3.1.0" })

/** The declaration behind {@link unbookmark}: `POST /api/v1/statuses/:id/unbookmark`. @since 0.1.0 */
export const unbookmarkEndpoint = /* @__PURE__ */ action("unbookmark", "/api/v1/statuses/:id/unbookmark", "write:bookmarks", { added: "3.1.0" })

/**
 * The declaration behind {@link revokeQuote}: `POST /api/v1/statuses/:id/quotes/:quoting_status_id/revoke`.
 * @since 0.1.0
 */
export const revokeQuoteEndpoint = /* @__PURE__ */ action(
  "revokeQuote",
  "/api/v1/statuses/:id/quotes/:quoting_status_id/revoke",
  "write:statuses",
  { added: "4.5.0" }
)

/** The declaration behind {@link mute}: `POST /api/v1/statuses/:id/mute`. @since 0.1.0 */
export const muteEndpoint = /* @__PURE__ */ action("mute", "/api/v1/statuses/:id/mute", "write:mutes", { added: "1.4.2" })

/** The declaration behind {@link unmute}: `POST /api/v1/statuses/:id/unmute`. @since 0.1.0 */
export const unmuteEndpoint = /* @__PURE__ */ action("unmute", "/api/v1/statuses/:id/unmute", "write:mutes", { added: "1.4.2" })

/** The declaration behind {@link pin}: `POST /api/v1/statuses/:id/pin`. @since 0.1.0 */
export const pinEndpoint = /* @__PURE__ */ action("pin", "/api/v1/statuses/:id/pin", "write:accounts", { added: "1.6.0", changed: "3.5.0" })

/** The declaration behind {@link unpin}: `POST /api/v1/statuses/:id/unpin`. @since 0.1.0 */
export const unpinEndpoint = /* @__PURE__ */ action("unpin", "/api/v1/statuses/:id/unpin", "write:accounts", { added: "1.6.0" })

/** The declaration behind {@link edit}: `PUT /api/v1/statuses/:id`. @since 0.1.0 */
export const editEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.edit",
  method: "PUT",
  path: "/api/v1/statuses/:id",
  body: EditBody,
  response: Status.Status,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "3.5.0", changed: "4.5.0" }
})

/** The declaration behind {@link editInteractionPolicy}: `PUT /api/v1/statuses/:id/interaction_policy`. @since 0.1.0 */
export const editInteractionPolicyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.editInteractionPolicy",
  method: "PUT",
  path: "/api/v1/statuses/:id/interaction_policy",
  body: /* @__PURE__ */ Schema.Struct({ quote_approval_policy: QuoteApprovalPolicy }),
  response: Status.Status,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "4.5.0" }
})

/** The declaration behind {@link history}: `GET /api/v1/statuses/:id/history`. @since 0.1.0 */
export const historyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.history",
  method: "GET",
  path: "/api/v1/statuses/:id/history",
  response: /* @__PURE__ */ Schema.Array(StatusEdit.StatusEdit),
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "3.5.0" }
})

/** The declaration behind {@link source}: `GET /api/v1/statuses/:id/source`. @since 0.1.0 */
export const sourceEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.source",
  method: "GET",
  path: "/api/v1/statuses/:id/source",
  response: StatusSource.StatusSource,
  auth: "app",
  scopes: ["read:statuses"],
  versions: { added: "3.5.0" }
})

/**
 * The declaration behind {@link card}: `GET /api/v1/statuses/:id/card`, removed in 3.0.0 (the card
 * is the status' `card` field since 2.6.0).
 * @since 0.1.0
 */
export const cardEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "statuses.card",
  method: "GET",
  path: "/api/v1/statuses/:id/card",
  response: PreviewCard.PreviewCard,
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "0.0.0", removed: "3.0.0" },
  deprecated: true
})

// ---------------------------------------------------------------------------------------------
// Posting
// ---------------------------------------------------------------------------------------------

/**
 * What a new status says. It needs `status` text or `media_ids`; a `poll` needs text and cannot go
 * with media. Options left unset are not sent, so the account's defaults apply (visibility,
 * language, quote policy).
 *
 * @since 0.1.0
 */
export interface PostParams {
  /** The text. */
  readonly status?: string | undefined
  /** Uploaded attachments (see `Media.upload`), in order. */
  readonly media_ids?: ReadonlyArray<Id.IdOrEntity<Id.MediaId>> | undefined
  /** A poll. */
  readonly poll?: PollParams | undefined
  /** The status this one replies to (see also {@link reply}). */
  readonly in_reply_to_id?: Id.IdOrEntity<Id.StatusId> | undefined
  /** Mark the status and its media sensitive. */
  readonly sensitive?: boolean | undefined
  /** A content warning shown before the text. */
  readonly spoiler_text?: string | undefined
  readonly visibility?: Visibility | undefined
  /** ISO 639-1 language code. */
  readonly language?: string | undefined
  /** The status to quote (Mastodon 4.5). */
  readonly quoted_status_id?: Id.IdOrEntity<Id.StatusId> | undefined
  /** Who may quote this one (Mastodon 4.5). */
  readonly quote_approval_policy?: QuoteApprovalPolicy | undefined
}

/**
 * Options of a post: the `Idempotency-Key` to send. Without one, a random key is made each time the
 * effect runs, and the client's retry stage resends that same key; give your own to make retries
 * of the whole effect (an `Effect.retry` around it) safe too.
 *
 * @since 0.1.0
 */
export interface PostOptions {
  readonly idempotencyKey?: string | undefined
}

/** Narrow the union the endpoint answers to the kind that was asked for. */
const narrow = <A extends ScheduledStatus.StatusOrScheduledStatus>(
  scheduled: boolean,
  { response, value }: { readonly value: ScheduledStatus.StatusOrScheduledStatus; readonly response: HttpClientResponse.HttpClientResponse }
): Effect.Effect<A, MastodonError.DecodeError> =>
  ScheduledStatus.isScheduled(value) === scheduled
    ? Effect.succeed(value as A)
    : Effect.fail(
      new MastodonError.DecodeError({
        method: response.request.method,
        url: MastodonError.redactUrl(response.request.url),
        status: response.status,
        path: "",
        issue: scheduled ? "a Status where a ScheduledStatus was expected" : "a ScheduledStatus where a Status was expected",
        body_excerpt: ""
      })
    )

/**
 * Post a status (`POST /api/v1/statuses`) with an `Idempotency-Key`: if the answer is lost and the
 * client's retry stage sends it again, the server answers with the status it already made.
 *
 * @example
 * import { Statuses } from "@mastodon-effect/http"
 * const hello = Statuses.post({ status: "Hello!", visibility: "unlisted", language: "en" })
 * const poll = Statuses.post({ status: "Tea or coffee?", poll: { options: ["Tea", "Coffee"], expires_in: "1 day" } })
 *
 * @since 0.1.0
 */
export const post = (params: PostParams, options: PostOptions = {}): Endpoint.Call<Status.Status> =>
  // A `ScheduleParams` is a `PostParams` too: sent, it would schedule a post this call then could
  // not return. Refused before sending instead.
  (params as Partial<ScheduleParams>).scheduled_at !== undefined
    ? Effect.fail(Argument.invalid("scheduled_at", "a post with scheduled_at is scheduled: use Statuses.schedule"))
    : Effect.flatMap(Idempotency.keyOr(options.idempotencyKey), (key) =>
      Effect.flatMap(Endpoint.callRaw(postEndpoint, { body: params, idempotencyKey: key }), (raw) => narrow<Status.Status>(false, raw)))

/**
 * What a scheduled post says: a post, and when to publish it (at least five minutes ahead).
 *
 * @since 0.1.0
 */
export interface ScheduleParams extends PostParams {
  /** When to publish: a `Date` or a `DateTime`, sent as an ISO 8601 timestamp. */
  readonly scheduled_at: Date | DateTime.DateTime
}

/**
 * Schedule a status (`POST /api/v1/statuses` with `scheduled_at`, Mastodon 2.7): the answer is the
 * `ScheduledStatus`, which publishes itself when its time comes. A separate function from
 * {@link post} so that each says what it returns; the declaration `postEndpoint` answers the union.
 *
 * @example
 * import { Statuses } from "@mastodon-effect/http"
 * const later = Statuses.schedule({ status: "Good morning", scheduled_at: new Date("2030-01-01T08:00:00Z") })
 *
 * @since 0.1.0
 */
export const schedule = (params: ScheduleParams, options: PostOptions = {}): Endpoint.Call<ScheduledStatus.ScheduledStatus> =>
  Effect.flatMap(Idempotency.keyOr(options.idempotencyKey), (key) =>
    Effect.flatMap(
      Endpoint.callRaw(postEndpoint, { body: params, idempotencyKey: key }),
      (raw) => narrow<ScheduledStatus.ScheduledStatus>(true, raw)
    ))

/**
 * Options of {@link reply}: what a post takes (the replied-to status' visibility and content
 * warning are the defaults), and who to mention.
 *
 * @since 0.1.0
 */
export interface ReplyOptions extends Omit<PostParams, "status" | "in_reply_to_id">, PostOptions {
  /** Mention only the author of the status, not everyone it mentions. Default false. */
  readonly untag?: boolean | undefined
  /** The signed-in account, when already known (otherwise one `verify_credentials` call finds it). */
  readonly me?: Id.IdOrEntity<Id.AccountId> | undefined
}

/** A fork's own visibility (Akkoma's `local`) is not sent: the account's default applies. */
const knownVisibility = (v: Status.Visibility): Visibility | undefined => /* @__PURE__ */ Schema.is(Visibility)(v) ? v : undefined

/**
 * Reply to a status, mentioning everyone in the conversation: its author and the accounts it
 * mentions, minus the signed-in user (`untag: true` mentions the author only), as Mastodon.py's
 * `status_reply` does. The reply keeps the status' visibility and content warning unless told
 * otherwise. A boost is answered as the status it boosts.
 *
 * @example
 * import { Statuses } from "@mastodon-effect/http"
 * import type { Status } from "@mastodon-effect/core"
 * declare const status: Status.Status
 * const answer = Statuses.reply(status, "Thanks, all of you!")
 *
 * @since 0.1.0
 */
export const reply = (to: Status.Status, text: string, options: ReplyOptions = {}): Endpoint.Call<Status.Status> =>
  Effect.gen(function*() {
    const target = to.reblog ?? to
    const { idempotencyKey, me, untag, ...params } = options
    const myId = me === undefined ? (yield* Accounts.verifyCredentials()).id : Id.idOf(me)
    const mentioned = new Map<string, string>()
    if (target.account.id !== myId) mentioned.set(target.account.id, target.account.acct)
    if (untag !== true) {
      for (const m of target.mentions) if (m.id !== myId && !mentioned.has(m.id)) mentioned.set(m.id, m.acct)
    }
    const prefix = [...mentioned.values()].map((acct) => `@${acct}`).join(" ")
    return yield* post({
      visibility: knownVisibility(target.visibility),
      spoiler_text: target.spoiler_text === "" ? undefined : target.spoiler_text,
      ...params,
      status: prefix === "" ? text : `${prefix} ${text}`,
      in_reply_to_id: target.id
    }, { idempotencyKey })
  })

/**
 * Options of {@link thread}: what every post of the thread takes, and the status the first one
 * replies to (none: it starts a new thread).
 *
 * @since 0.1.0
 */
export type ThreadOptions = Omit<PostParams, "status" | "media_ids" | "poll">

/**
 * Post a thread: each text replies to the one before it. The statuses in order; an empty list is an
 * `InvalidArgument`. Should one post fail, the error says so and the ones before it stay posted.
 *
 * @example
 * import { Statuses } from "@mastodon-effect/http"
 * const posted = Statuses.thread(["1/3 A story", "2/3 It goes on", "3/3 The end"], { visibility: "unlisted" })
 *
 * @since 0.1.0
 */
export const thread = (texts: ReadonlyArray<string>, options: ThreadOptions = {}): Endpoint.Call<ReadonlyArray<Status.Status>> =>
  Effect.gen(function*() {
    if (texts.length === 0) return yield* Effect.fail(Argument.invalid("texts", "no text to post"))
    const posted: Array<Status.Status> = []
    let previous = options.in_reply_to_id
    for (const text of texts) {
      const status = yield* post({ ...options, status: text, in_reply_to_id: previous })
      posted.push(status)
      previous = status.id
    }
    return posted
  })

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/**
 * A status (public ones without a token).
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Several statuses at once (Mastodon 4.3); those that do not exist or may not be seen are left
 * out.
 *
 * @since 0.1.0
 */
export const getMany = (ids: ReadonlyArray<Id.IdOrEntity<Id.StatusId>>): Endpoint.Call<ReadonlyArray<Status.Status>> =>
  Endpoint.call(getManyEndpoint, { query: { id: ids } })

/**
 * The statuses a status replies to (ancestors) and the replies to it (descendants), as far as the
 * caller may see them.
 *
 * @since 0.1.0
 */
export const context = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<ContextEntity.Context> =>
  Endpoint.call(contextEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Translate a status into `lang` (default the user's locale); a `Forbidden` when the server cannot
 * translate it (same language, private, no translator).
 *
 * @since 0.1.0
 */
export const translate = (id: Id.IdOrEntity<Id.StatusId>, options: { readonly lang?: string | undefined } = {}): Endpoint.Call<Translation.Translation> =>
  Endpoint.call(translateEndpoint, { path: { id: Id.idOf(id) }, body: options })

/**
 * Accounts that boosted a status, a page at a time (40 by default, at most 80).
 *
 * @since 0.1.0
 */
export const rebloggedBy = (id: Id.IdOrEntity<Id.StatusId>, params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> =>
  Endpoint.call(rebloggedByEndpoint, { path: { id: Id.idOf(id) }, query: params })

/**
 * Accounts that favourited a status, a page at a time (40 by default, at most 80).
 *
 * @since 0.1.0
 */
export const favouritedBy = (id: Id.IdOrEntity<Id.StatusId>, params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> =>
  Endpoint.call(favouritedByEndpoint, { path: { id: Id.idOf(id) }, query: params })

/**
 * Accepted quotes of a status (Mastodon 4.5), a page at a time (20 by default, at most 40).
 *
 * @since 0.1.0
 */
export const quotes = (id: Id.IdOrEntity<Id.StatusId>, params?: Page.Params): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(quotesEndpoint, { path: { id: Id.idOf(id) }, query: params })

/**
 * Every version of a status, oldest first (the current one last).
 *
 * @since 0.1.0
 */
export const history = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<ReadonlyArray<StatusEdit.StatusEdit>> =>
  Endpoint.call(historyEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The plain text a status was written from, for editing it.
 *
 * @since 0.1.0
 */
export const source = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<StatusSource.StatusSource> =>
  Endpoint.call(sourceEndpoint, { path: { id: Id.idOf(id) } })

/**
 * The preview card of a status, from servers before 3.0 (later ones have it as the status' `card`
 * and answer this with `NotFound`).
 *
 * @since 0.1.0
 */
export const card = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<PreviewCard.PreviewCard> =>
  Endpoint.call(cardEndpoint, { path: { id: Id.idOf(id) } })

// ---------------------------------------------------------------------------------------------
// Changing
// ---------------------------------------------------------------------------------------------

/**
 * What an edit changes. Unlike a partial update, an edit replaces the status: text, content
 * warning, media and poll not sent are removed (send the current ones to keep them; see
 * {@link source}).
 *
 * @since 0.1.0
 */
export interface EditParams {
  readonly status?: string | undefined
  readonly spoiler_text?: string | undefined
  readonly sensitive?: boolean | undefined
  readonly language?: string | undefined
  readonly media_ids?: ReadonlyArray<Id.IdOrEntity<Id.MediaId>> | undefined
  /** New descriptions and focal points of attached media. */
  readonly media_attributes?: ReadonlyArray<{
    readonly id: Id.IdOrEntity<Id.MediaId>
    readonly description?: string | undefined
    readonly focus?: Media.Focus | undefined
  }> | undefined
  readonly poll?: PollParams | undefined
  /** Mastodon 4.5. */
  readonly quote_approval_policy?: QuoteApprovalPolicy | undefined
}

/**
 * Edit a status (Mastodon 3.5); the previous version goes to its {@link history}.
 *
 * @example
 * import { Statuses } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const id: Id.StatusId
 * const fixed = Statuses.edit(id, { status: "Hello, world (typo fixed)" })
 *
 * @since 0.1.0
 */
export const edit = (id: Id.IdOrEntity<Id.StatusId>, params: EditParams): Endpoint.Call<Status.Status> =>
  Endpoint.call(editEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Change who may quote a status (Mastodon 4.5); past quotes stay.
 *
 * @since 0.1.0
 */
export const editInteractionPolicy = (
  id: Id.IdOrEntity<Id.StatusId>,
  params: { readonly quote_approval_policy: QuoteApprovalPolicy }
): Endpoint.Call<Status.Status> => Endpoint.call(editInteractionPolicyEndpoint, { path: { id: Id.idOf(id) }, body: params })

/**
 * Delete a status. The answer is the deleted status with its source `text` (and its poll or
 * media), ready to be redrafted (the server leaves the rendered `content` out: it is empty here); `delete_media: true` (4.4) deletes the media at once instead of
 * keeping it a day for reuse.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.StatusId>, options: { readonly delete_media?: boolean | undefined } = {}): Endpoint.Call<Status.Status> =>
  Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) }, query: options })

/**
 * Boost a status, optionally with a visibility for the boost.
 *
 * @since 0.1.0
 */
export const reblog = (
  id: Id.IdOrEntity<Id.StatusId>,
  options: { readonly visibility?: "public" | "unlisted" | "private" | undefined } = {}
): Endpoint.Call<Status.Status> => Endpoint.call(reblogEndpoint, { path: { id: Id.idOf(id) }, body: options })

/**
 * Undo a boost; the answer is the status.
 *
 * @since 0.1.0
 */
export const unreblog = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(unreblogEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Favourite a status.
 *
 * @since 0.1.0
 */
export const favourite = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(favouriteEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Undo a favourite.
 *
 * @since 0.1.0
 */
export const unfavourite = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(unfavouriteEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Bookmark a status.
 *
 * @since 0.1.0
 */
export const bookmark = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(bookmarkEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Remove a bookmark.
 *
 * @since 0.1.0
 */
export const unbookmark = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(unbookmarkEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Stop notifications from a status' conversation.
 *
 * @since 0.1.0
 */
export const mute = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(muteEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Notify about a conversation again.
 *
 * @since 0.1.0
 */
export const unmute = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(unmuteEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Pin one of your statuses to your profile (the server allows 5).
 *
 * @since 0.1.0
 */
export const pin = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(pinEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Unpin a status from your profile.
 *
 * @since 0.1.0
 */
export const unpin = (id: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(unpinEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Revoke another account's quote of your status (Mastodon 4.5): `id` is your status, `quoting` the
 * status quoting it. The answer is the quoting status, its quote now `revoked`.
 *
 * @since 0.1.0
 */
export const revokeQuote = (id: Id.IdOrEntity<Id.StatusId>, quoting: Id.IdOrEntity<Id.StatusId>): Endpoint.Call<Status.Status> =>
  Endpoint.call(revokeQuoteEndpoint, { path: { id: Id.idOf(id), quoting_status_id: Id.idOf(quoting) } })
