/**
 * Conversations: the threads of direct (private mention) posts the signed-in user takes part in,
 * each with its other participants, its latest status and whether it has unread posts. See the
 * Mastodon docs, methods/conversations.
 *
 * @since 0.1.0
 */
import * as Conversation from "@mastodon-effect/core/Conversation"
import * as Id from "@mastodon-effect/core/Id"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type * as Page from "./Page.js"

/** The declaration behind {@link list}: `GET /api/v1/conversations`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "conversations.list",
  method: "GET",
  path: "/api/v1/conversations",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Conversation.Conversation),
  auth: "user",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 }),
  versions: { added: "2.6.0", changed: "3.3.0" }
})

/** The declaration behind {@link remove}: `DELETE /api/v1/conversations/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "conversations.remove",
  method: "DELETE",
  path: "/api/v1/conversations/:id",
  // Documented as `{}`.
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:conversations"],
  versions: { added: "2.6.0" }
})

/** The declaration behind {@link read}: `POST /api/v1/conversations/:id/read`. @since 0.1.0 */
export const readEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "conversations.read",
  method: "POST",
  path: "/api/v1/conversations/:id/read",
  response: Conversation.Conversation,
  auth: "user",
  scopes: ["write:conversations"],
  versions: { added: "2.6.0" }
})

/**
 * One page of conversations, the most recently active first: 20 by default, 40 at most (`limit`).
 * The cursors are the server's own (not the conversations' ids): follow `next`/`prev`.
 *
 * @example
 * import { Conversations } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const unread = Effect.map(Conversations.list(), (page) => page.items.filter((c) => c.unread))
 *
 * @since 0.1.0
 */
export const list = (params?: Page.Params): Endpoint.Call<Page.Page<Conversation.Conversation>> =>
  Endpoint.call(listEndpoint, { query: params })

/**
 * Remove a conversation from the list (its statuses stay); it comes back with the next post in it.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.ConversationId>): Endpoint.Call<unknown> =>
  Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Mark a conversation as read; returns it with `unread: false`.
 *
 * @since 0.1.0
 */
export const read = (id: Id.IdOrEntity<Id.ConversationId>): Endpoint.Call<Conversation.Conversation> =>
  Endpoint.call(readEndpoint, { path: { id: Id.idOf(id) } })
