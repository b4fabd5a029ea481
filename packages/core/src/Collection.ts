/**
 * Collections: curated, shareable lists of accounts an account features (Mastodon 4.6), their
 * items, and the wrapper objects the collection endpoints answer with.
 *
 * See the Mastodon docs, entities/Collection, entities/CollectionItem,
 * entities/CollectionWithAccounts and entities/ShallowTag.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * A hashtag reduced to its name and link (Mastodon 4.6).
 *
 * See the Mastodon docs, entities/ShallowTag.
 *
 * @since 0.1.0
 */
export const ShallowTag = /* @__PURE__ */ Schema.Struct({
  /** The tag, without the `#`. */
  name: Schema.String,
  /** The tag's page on this server. */
  url: Schema.String
}).annotations({ identifier: "ShallowTag" })

/**
 * The decoded form of {@link ShallowTag}.
 *
 * @since 0.1.0
 */
export interface ShallowTag extends Schema.Schema.Type<typeof ShallowTag> {}

/**
 * The JSON form of {@link ShallowTag}.
 *
 * @since 0.1.0
 */
export interface ShallowTagEncoded extends Schema.Schema.Encoded<typeof ShallowTag> {}

/**
 * Whether the featured account agreed: `pending` until its consent is verified, then `accepted`.
 *
 * @since 0.1.0
 */
export const CollectionItemState = /* @__PURE__ */ OpenEnum("pending", "accepted")

/**
 * @since 0.1.0
 */
export type CollectionItemState = typeof CollectionItemState.Type

/**
 * One featured account in a collection.
 *
 * See the Mastodon docs, entities/CollectionItem.
 *
 * @since 0.1.0
 */
export const CollectionItem = /* @__PURE__ */ Schema.Struct({
  /** The item's id (used to remove or revoke it). */
  id: Id.CollectionItemId,
  /** The featured account, or null when it is not available. */
  account_id: /* @__PURE__ */ Schema.NullOr(Id.AccountId),
  /** Whether the account consented. */
  state: CollectionItemState,
  /** When the account was added. */
  created_at: Timestamp
}).annotations({ identifier: "CollectionItem" })

/**
 * The decoded form of {@link CollectionItem}.
 *
 * @since 0.1.0
 */
export interface CollectionItem extends Schema.Schema.Type<typeof CollectionItem> {}

/**
 * The JSON form of {@link CollectionItem}.
 *
 * @since 0.1.0
 */
export interface CollectionItemEncoded extends Schema.Schema.Encoded<typeof CollectionItem> {}

/**
 * A collection of featured accounts (Mastodon 4.6).
 *
 * The whole entity came with the collection endpoints, so its documented fields are required;
 * `description` is optional on creation and decodes when a server leaves it null.
 * See the Mastodon docs, entities/Collection.
 *
 * @since 0.1.0
 */
export const Collection = /* @__PURE__ */ Schema.Struct({
  /** The collection's id. */
  id: Id.CollectionId,
  /** The curating account. */
  account_id: Id.AccountId,
  /** The ActivityPub id. */
  uri: Schema.String,
  /** The web page of the collection, or null. */
  url: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Its name. */
  name: Schema.String,
  /** Its description, as HTML. */
  description: optionalNullable(Schema.String),
  /** Its main language (ISO 639-1), or null. */
  language: /* @__PURE__ */ Schema.NullOr(Schema.String),
  /** Whether it was created on this server. */
  local: Schema.Boolean,
  /** Whether it is marked sensitive. */
  sensitive: Schema.Boolean,
  /** Whether it shows on the profile, in search and in recommendations. */
  discoverable: Schema.Boolean,
  /** The hashtag describing it, or null. */
  tag: /* @__PURE__ */ Schema.NullOr(ShallowTag),
  /** How many items it has. */
  item_count: Schema.Int,
  /** Its items. */
  items: /* @__PURE__ */ Schema.Array(CollectionItem),
  /** When it was created. */
  created_at: Timestamp,
  /** When it was last changed. */
  updated_at: Timestamp
}).annotations({ identifier: "Collection" })

/**
 * The decoded form of {@link Collection}.
 *
 * @since 0.1.0
 */
export interface Collection extends Schema.Schema.Type<typeof Collection> {}

/**
 * The JSON form of {@link Collection}.
 *
 * @since 0.1.0
 */
export interface CollectionEncoded extends Schema.Schema.Encoded<typeof Collection> {}

/**
 * `{ collection }`, as returned by creating and updating a collection.
 *
 * See the Mastodon docs, entities/Collection (WrappedCollection).
 *
 * @since 0.1.0
 */
export const WrappedCollection = /* @__PURE__ */ Schema.Struct({
  /** The collection. */
  collection: Collection
}).annotations({ identifier: "WrappedCollection" })

/**
 * The decoded form of {@link WrappedCollection}.
 *
 * @since 0.1.0
 */
export interface WrappedCollection extends Schema.Schema.Type<typeof WrappedCollection> {}

/**
 * The JSON form of {@link WrappedCollection}.
 *
 * @since 0.1.0
 */
export interface WrappedCollectionEncoded extends Schema.Schema.Encoded<typeof WrappedCollection> {}

/**
 * `{ collections }`, as returned by an account's collections and the collections it is in.
 *
 * See the Mastodon docs, entities/Collection (Collections).
 *
 * @since 0.1.0
 */
export const Collections = /* @__PURE__ */ Schema.Struct({
  /** The collections. */
  collections: /* @__PURE__ */ Schema.Array(Collection)
}).annotations({ identifier: "Collections" })

/**
 * The decoded form of {@link Collections}.
 *
 * @since 0.1.0
 */
export interface Collections extends Schema.Schema.Type<typeof Collections> {}

/**
 * The JSON form of {@link Collections}.
 *
 * @since 0.1.0
 */
export interface CollectionsEncoded extends Schema.Schema.Encoded<typeof Collections> {}

/**
 * `{ collection_item }`, as returned by adding an account to a collection.
 *
 * See the Mastodon docs, entities/CollectionItem (WrappedCollectionItem).
 *
 * @since 0.1.0
 */
export const WrappedCollectionItem = /* @__PURE__ */ Schema.Struct({
  /** The new item. */
  collection_item: CollectionItem
}).annotations({ identifier: "WrappedCollectionItem" })

/**
 * The decoded form of {@link WrappedCollectionItem}.
 *
 * @since 0.1.0
 */
export interface WrappedCollectionItem extends Schema.Schema.Type<typeof WrappedCollectionItem> {}

/**
 * The JSON form of {@link WrappedCollectionItem}.
 *
 * @since 0.1.0
 */
export interface WrappedCollectionItemEncoded extends Schema.Schema.Encoded<typeof WrappedCollectionItem> {}

/**
 * A collection with the full accounts of its owner and of every item, as returned by
 * `GET /api/v1/collections/:id`.
 *
 * See the Mastodon docs, entities/CollectionWithAccounts.
 *
 * @since 0.1.0
 */
export const CollectionWithAccounts = /* @__PURE__ */ Schema.Struct({
  /** The owner and the featured accounts. */
  accounts: /* @__PURE__ */ Schema.Array(Account.Account),
  /** The collection. */
  collection: Collection
}).annotations({ identifier: "CollectionWithAccounts" })

/**
 * The decoded form of {@link CollectionWithAccounts}.
 *
 * @since 0.1.0
 */
export interface CollectionWithAccounts extends Schema.Schema.Type<typeof CollectionWithAccounts> {}

/**
 * The JSON form of {@link CollectionWithAccounts}.
 *
 * @since 0.1.0
 */
export interface CollectionWithAccountsEncoded extends Schema.Schema.Encoded<typeof CollectionWithAccounts> {}
