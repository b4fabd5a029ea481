/**
 * Grouped notifications (v2, Mastodon 4.3): favourites and boosts of the same status, or new
 * followers, folded into one group by the server. Each call here hands back complete groups: a
 * group joined with its sample accounts and its status from the same response, so a program never
 * looks ids up itself. See the Mastodon docs, methods/grouped_notifications.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as GroupedNotificationsResults from "@mastodon-effect/core/GroupedNotificationsResults"
import type * as Id from "@mastodon-effect/core/Id"
import * as Notification from "@mastodon-effect/core/Notification"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/**
 * A group with its accounts and status (see `GroupedNotificationsResults.resolve` in core).
 *
 * @since 0.1.0
 */
export type ResolvedGroup = GroupedNotificationsResults.ResolvedNotificationGroup

/**
 * Join every group of a response with its accounts and status: for results obtained elsewhere
 * (the streaming API, a cache). The calls of this module already do it.
 *
 * @since 0.1.0
 */
export const resolve = GroupedNotificationsResults.resolve

const ResolvedGroupSchema = /* @__PURE__ */ Schema.declare(
  (u: unknown): u is ResolvedGroup => typeof u === "object" && u !== null && "group" in u && "accounts" in u,
  { identifier: "ResolvedNotificationGroup" }
)

const oneWay = (ast: AST.AST, value: unknown) =>
  ParseResult.fail(new ParseResult.Forbidden(ast, value, "resolved groups are read from responses, never sent"))

/**
 * A `GroupedNotificationsResults` body, decoded to its resolved groups: what lets a grouped page be
 * a `Page` of complete groups that streams and cursors work with like any other page.
 */
const ResolvedGroups = /* @__PURE__ */ Schema.transformOrFail(
  GroupedNotificationsResults.GroupedNotificationsResults,
  /* @__PURE__ */ Schema.Array(ResolvedGroupSchema),
  {
    strict: true,
    decode: (results) => ParseResult.succeed(GroupedNotificationsResults.resolve(results)),
    encode: (groups, _, ast) => oneWay(ast, groups)
  }
)

/** One group: the response of `GET /api/v2/notifications/:group_key`, a results body of one group. */
const ResolvedSingleGroup = /* @__PURE__ */ Schema.transformOrFail(
  GroupedNotificationsResults.GroupedNotificationsResults,
  ResolvedGroupSchema,
  {
    strict: true,
    decode: (results, _, ast) => {
      const [first] = GroupedNotificationsResults.resolve(results)
      return first === undefined
        ? ParseResult.fail(new ParseResult.Type(ast, results, "a response without its notification group"))
        : ParseResult.succeed(first)
    },
    encode: (group, _, ast) => oneWay(ast, group)
  }
)

const Types = /* @__PURE__ */ Schema.Array(Notification.NotificationType)

/** What narrows a grouped list or count. */
const FilterFields = {
  types: /* @__PURE__ */ Schema.optional(Types),
  exclude_types: /* @__PURE__ */ Schema.optional(Types),
  account_id: /* @__PURE__ */ Schema.optional(Argument.IdRef),
  grouped_types: /* @__PURE__ */ Schema.optional(Types)
}

/** The query of {@link list}. */
const ListQuery = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  ...FilterFields,
  expand_accounts: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Literal("full", "partial_avatars")),
  include_filtered: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  supported_types: /* @__PURE__ */ Schema.optional(Types)
})

/** The declaration behind {@link list}: `GET /api/v2/notifications`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "groupedNotifications.list",
  method: "GET",
  path: "/api/v2/notifications",
  query: ListQuery,
  response: ResolvedGroups,
  auth: "user",
  scopes: ["read:notifications"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "4.3.0", changed: "4.4.0" }
})

/** The declaration behind {@link get}: `GET /api/v2/notifications/:group_key`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "groupedNotifications.get",
  method: "GET",
  path: "/api/v2/notifications/:group_key",
  response: ResolvedSingleGroup,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link accounts}: `GET /api/v2/notifications/:group_key/accounts`. @since 0.1.0 */
export const accountsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "groupedNotifications.accounts",
  method: "GET",
  path: "/api/v2/notifications/:group_key/accounts",
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link dismiss}: `POST /api/v2/notifications/:group_key/dismiss`. @since 0.1.0 */
export const dismissEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "groupedNotifications.dismiss",
  method: "POST",
  path: "/api/v2/notifications/:group_key/dismiss",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:notifications"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link unreadCount}: `GET /api/v2/notifications/unread_count`. @since 0.1.0 */
export const unreadCountEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "groupedNotifications.unreadCount",
  method: "GET",
  path: "/api/v2/notifications/unread_count",
  query: /* @__PURE__ */ Schema.Struct({ ...FilterFields, limit: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(1, 1000)) }),
  response: Notification.UnreadCount,
  auth: "user",
  scopes: ["read:notifications"],
  versions: { added: "4.3.0" }
})

/**
 * What narrows a grouped list or count.
 *
 * @since 0.1.0
 */
export interface FilterParams {
  /** Only these types. */
  readonly types?: ReadonlyArray<Notification.NotificationType> | undefined
  /** Not these types. */
  readonly exclude_types?: ReadonlyArray<Notification.NotificationType> | undefined
  /** Only notifications caused by this account. */
  readonly account_id?: Id.IdOrEntity<Id.AccountId> | undefined
  /** Group only these types (others come as groups of one, `ungrouped-<id>`). */
  readonly grouped_types?: ReadonlyArray<Notification.NotificationType> | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @since 0.1.0
 */
export interface ListParams extends Page.Params, FilterParams {
  /**
   * `full` (the default) sends every sample account in full; `partial_avatars` sends all but the
   * newest of each group in a reduced form (`PartialAccountWithAvatar`).
   */
  readonly expand_accounts?: "full" | "partial_avatars" | undefined
  /** Also the notifications the policy filtered into requests. */
  readonly include_filtered?: boolean | undefined
  /** Types the client shows itself; others may come with a `fallback` text (4.6). */
  readonly supported_types?: ReadonlyArray<Notification.NotificationType> | undefined
}

/**
 * One page of notification groups, newest first: 40 groups by default, 80 at most (`limit`). Each
 * item is a complete group (`group`, `accounts`, `status`). A group whose notifications span pages
 * comes again on the next page with the same `group_key`; `Streams.groupedNotifications` leaves
 * those repeats out.
 *
 * @example
 * import { GroupedNotifications } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const lines = Effect.map(GroupedNotifications.list({ limit: 20 }), (page) =>
 *   page.items.map(({ group, accounts, status }) =>
 *     `${accounts.map((a) => a.acct).join(", ")} ${group.type} ${status?.id ?? ""} (${group.notifications_count})`))
 *
 * @since 0.1.0
 */
export const list = (params?: ListParams): Endpoint.Call<Page.Page<ResolvedGroup>> => Endpoint.call(listEndpoint, { query: params })

/**
 * One group by its key, complete. `NotFound` when no notification of yours carries the key.
 *
 * @since 0.1.0
 */
export const get = (groupKey: string): Endpoint.Call<ResolvedGroup> => Endpoint.call(getEndpoint, { path: { group_key: groupKey } })

/**
 * Every account of a group (not just the samples), newest first.
 *
 * @since 0.1.0
 */
export const accounts = (groupKey: string): Endpoint.Call<ReadonlyArray<Account.Account>> =>
  Endpoint.call(accountsEndpoint, { path: { group_key: groupKey } })

/**
 * Dismiss every notification of a group.
 *
 * @since 0.1.0
 */
export const dismiss = (groupKey: string): Endpoint.Call<unknown> => Endpoint.call(dismissEndpoint, { path: { group_key: groupKey } })

/**
 * How many groups hold notifications newer than the notifications marker, capped at `limit` (100
 * by default, 1000 at most).
 *
 * @since 0.1.0
 */
export const unreadCount = (params?: FilterParams & { readonly limit?: number | undefined }): Endpoint.Call<Notification.UnreadCount> =>
  Endpoint.call(unreadCountEndpoint, { query: params })
