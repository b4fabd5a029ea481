/**
 * Collections (Mastodon 4.6): named sets of accounts a user features. Create, read, change and
 * delete them, add and remove accounts, and, as a featured account, revoke one's own inclusion.
 * See the Mastodon docs, methods/collections.
 *
 * @since 0.1.0
 */
import * as Collection from "@mastodon-effect/core/Collection"
import * as Id from "@mastodon-effect/core/Id"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

const Fields = {
  description: /* @__PURE__ */ Schema.optional(Schema.String.pipe(/* @__PURE__ */ Schema.maxLength(100))),
  language: /* @__PURE__ */ Schema.optional(Schema.String),
  tag_name: /* @__PURE__ */ Schema.optional(Schema.String),
  sensitive: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  discoverable: /* @__PURE__ */ Schema.optional(Schema.Boolean)
}

const Name = /* @__PURE__ */ Argument.NonEmptyString.pipe(/* @__PURE__ */ Schema.maxLength(40))

const CreateBody = /* @__PURE__ */ Schema.Struct({
  name: Name,
  ...Fields,
  account_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef))
})

const UpdateBody = /* @__PURE__ */ Schema.Struct({ name: /* @__PURE__ */ Schema.optional(Name), ...Fields })

const write = ["write:collections"] as const
const read = ["read:collections"] as const
const added = { added: "4.6.0" } as const

/** The declaration behind {@link create}: `POST /api/v1/collections`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.create",
  method: "POST",
  path: "/api/v1/collections",
  body: CreateBody,
  response: Collection.WrappedCollection,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link get}: `GET /api/v1/collections/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.get",
  method: "GET",
  path: "/api/v1/collections/:id",
  response: Collection.CollectionWithAccounts,
  auth: "optional",
  scopes: read,
  versions: added
})

/** The declaration behind {@link update}: `PATCH /api/v1/collections/:id`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.update",
  method: "PATCH",
  path: "/api/v1/collections/:id",
  body: UpdateBody,
  response: Collection.WrappedCollection,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link remove}: `DELETE /api/v1/collections/:id`. @since 0.1.0 */
export const removeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.remove",
  method: "DELETE",
  path: "/api/v1/collections/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link addItem}: `POST /api/v1/collections/:collection_id/items`. @since 0.1.0 */
export const addItemEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.addItem",
  method: "POST",
  path: "/api/v1/collections/:collection_id/items",
  body: /* @__PURE__ */ Schema.Struct({ account_id: Argument.IdRef }),
  response: Collection.WrappedCollectionItem,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link removeItem}: `DELETE /api/v1/collections/:collection_id/items/:id`. @since 0.1.0 */
export const removeItemEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.removeItem",
  method: "DELETE",
  path: "/api/v1/collections/:collection_id/items/:id",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link revokeItem}: `POST /api/v1/collections/:collection_id/items/:id/revoke`. @since 0.1.0 */
export const revokeItemEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.revokeItem",
  method: "POST",
  path: "/api/v1/collections/:collection_id/items/:id/revoke",
  response: Schema.Unknown,
  auth: "user",
  scopes: write,
  versions: added
})

/** The declaration behind {@link ofAccount}: `GET /api/v1/accounts/:account_id/collections`. @since 0.1.0 */
export const ofAccountEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.ofAccount",
  method: "GET",
  path: "/api/v1/accounts/:account_id/collections",
  query: Argument.OffsetQuery,
  response: Collection.Collections,
  auth: "optional",
  scopes: read,
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 40, max: 80 }),
  versions: added
})

/** The declaration behind {@link featuring}: `GET /api/v1/accounts/:account_id/in_collections`. @since 0.1.0 */
export const featuringEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "collections.featuring",
  method: "GET",
  path: "/api/v1/accounts/:account_id/in_collections",
  query: Argument.OffsetQuery,
  response: Collection.Collections,
  auth: "user",
  scopes: read,
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 40, max: 80 }),
  versions: added
})

/**
 * The fields of a collection. A name is at most 40 characters, a description at most 100.
 *
 * @since 0.1.0
 */
export interface CollectionParams {
  readonly name: string
  readonly description?: string | undefined
  /** ISO 639-1. */
  readonly language?: string | undefined
  /** One hashtag describing the collection (without `#`). */
  readonly tag_name?: string | undefined
  readonly sensitive?: boolean | undefined
  readonly discoverable?: boolean | undefined
}

/**
 * Create a collection, with its first accounts (`account_ids`).
 *
 * @example
 * import { Collections } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const alice: Id.AccountId, bob: Id.AccountId
 * const created = Collections.create({ name: "Photographers", tag_name: "photography", account_ids: [alice, bob] })
 *
 * @since 0.1.0
 */
export const create = (
  params: CollectionParams & { readonly account_ids?: ReadonlyArray<Id.IdOrEntity<Id.AccountId>> | undefined },
  options?: { readonly idempotencyKey?: string }
): Endpoint.Call<Collection.Collection> =>
  Effect.map(Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey }), (w) => w.collection)

/**
 * A collection with the accounts of its owner and its items.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.CollectionId>): Endpoint.Call<Collection.CollectionWithAccounts> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Change a collection's fields; `Forbidden` when it is someone else's.
 *
 * @since 0.1.0
 */
export const update = (id: Id.IdOrEntity<Id.CollectionId>, params: Partial<CollectionParams>): Endpoint.Call<Collection.Collection> =>
  Effect.map(Endpoint.call(updateEndpoint, { path: { id: Id.idOf(id) }, body: params }), (w) => w.collection)

/**
 * Delete a collection.
 *
 * @since 0.1.0
 */
export const remove = (id: Id.IdOrEntity<Id.CollectionId>): Endpoint.Call<unknown> => Endpoint.call(removeEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Add an account to a collection: the item is `accepted` at once, or `pending` until the account
 * agrees (a remote account, say).
 *
 * @since 0.1.0
 */
export const addItem = (collection: Id.IdOrEntity<Id.CollectionId>, account: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<Collection.CollectionItem> =>
  Effect.map(
    Endpoint.call(addItemEndpoint, { path: { collection_id: Id.idOf(collection) }, body: { account_id: account } }),
    (w) => w.collection_item
  )

/**
 * Remove an item (by the item's id) from one's own collection.
 *
 * @since 0.1.0
 */
export const removeItem = (collection: Id.IdOrEntity<Id.CollectionId>, item: Id.IdOrEntity<Id.CollectionItemId>): Endpoint.Call<unknown> =>
  Endpoint.call(removeItemEndpoint, { path: { collection_id: Id.idOf(collection), id: Id.idOf(item) } })

/**
 * Take oneself out of someone else's collection.
 *
 * @since 0.1.0
 */
export const revokeItem = (collection: Id.IdOrEntity<Id.CollectionId>, item: Id.IdOrEntity<Id.CollectionItemId>): Endpoint.Call<unknown> =>
  Endpoint.call(revokeItemEndpoint, { path: { collection_id: Id.idOf(collection), id: Id.idOf(item) } })

/**
 * The collections an account curates (40 by default, 80 at most, from `offset`).
 *
 * @since 0.1.0
 */
export const ofAccount = (
  account: Id.IdOrEntity<Id.AccountId>,
  params?: { readonly offset?: number | undefined; readonly limit?: number | undefined }
): Endpoint.Call<ReadonlyArray<Collection.Collection>> =>
  Effect.map(Endpoint.call(ofAccountEndpoint, { path: { account_id: Id.idOf(account) }, query: params }), (c) => c.collections)

/**
 * The collections an account is featured in.
 *
 * @since 0.1.0
 */
export const featuring = (
  account: Id.IdOrEntity<Id.AccountId>,
  params?: { readonly offset?: number | undefined; readonly limit?: number | undefined }
): Endpoint.Call<ReadonlyArray<Collection.Collection>> =>
  Effect.map(Endpoint.call(featuringEndpoint, { path: { account_id: Id.idOf(account) }, query: params }), (c) => c.collections)
