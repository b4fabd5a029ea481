/**
 * Dimensions: qualitative metrics of the server (the most used languages, client apps, remote
 * servers, space usage, software versions, ...), each a ranked list of items.
 *
 * `AdminDimension` decodes any dimension. For the documented keys, `forKeys` builds a schema that
 * types each result by its key: `space_usage` items carry a byte `unit` and a `human_value`,
 * `software_versions` items a `human_value`, the others a count. `Parameters` types the extra
 * form parameter some keys need.
 *
 * See the Mastodon docs, entities/Admin_Dimension and methods/admin/dimensions.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Keyed from "./internal/keyed.js"
import type * as Id from "./Id.js"
import { OpenEnum } from "./internal/schema.js"

/**
 * One item of any dimension.
 *
 * See the Mastodon docs, entities/Admin_Dimension (Data attributes).
 *
 * @since 0.1.0
 */
export const DimensionData = /* @__PURE__ */ Schema.Struct({
  /** The item's key (a language code, a domain, a username, a component name, ...). */
  key: Schema.String,
  /** A readable form of `key`. */
  human_key: Schema.String,
  /** The item's value, as a string. */
  value: Schema.String,
  /** The unit of `value`, when it has one (such as `bytes`). */
  unit: /* @__PURE__ */ Schema.optional(Schema.String),
  /** A readable form of `value`, when the server formats it (such as `14.2 MB`). */
  human_value: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "DimensionData" })

/**
 * The decoded form of {@link DimensionData}.
 *
 * @since 0.1.0
 */
export interface DimensionData extends Schema.Schema.Type<typeof DimensionData> {}

/**
 * The JSON form of {@link DimensionData}.
 *
 * @since 0.1.0
 */
export interface DimensionDataEncoded extends Schema.Schema.Encoded<typeof DimensionData> {}

/**
 * A dimension of any key: the key that was asked for and its items.
 *
 * Added in Mastodon 3.5. See the Mastodon docs, entities/Admin_Dimension.
 *
 * @since 0.1.0
 */
export const AdminDimension = /* @__PURE__ */ Schema.Struct({
  /** The dimension's key, as requested. */
  key: Schema.String,
  /** The items, most significant first. */
  data: /* @__PURE__ */ Schema.Array(DimensionData)
}).annotations({ identifier: "AdminDimension" })

/**
 * The decoded form of {@link AdminDimension}.
 *
 * @since 0.1.0
 */
export interface AdminDimension extends Schema.Schema.Type<typeof AdminDimension> {}

/**
 * The JSON form of {@link AdminDimension}.
 *
 * @since 0.1.0
 */
export interface AdminDimensionEncoded extends Schema.Schema.Encoded<typeof AdminDimension> {}

/**
 * An item that counts something: how many statuses in a language, from a client app or a
 * server, how many followers an account has.
 *
 * @since 0.1.0
 */
export const CountData = /* @__PURE__ */ Schema.Struct({
  /** What is counted (a language code, an app name, a domain, a username). */
  key: Schema.String,
  /** A readable form of `key` (the language's name, the app's name, ...). */
  human_key: Schema.String,
  /** The count, as a string. */
  value: Schema.String
}).annotations({ identifier: "DimensionCountData" })

/**
 * The decoded form of {@link CountData}.
 *
 * @since 0.1.0
 */
export interface CountData extends Schema.Schema.Type<typeof CountData> {}

/**
 * An item of `space_usage`: the space one part of the stack uses.
 *
 * @since 0.1.0
 */
export const SpaceUsageData = /* @__PURE__ */ Schema.Struct({
  /** The part of the stack: `postgresql`, `redis` or `media`. */
  key: Schema.String,
  /** Its readable name. */
  human_key: Schema.String,
  /** The size, as a string. */
  value: Schema.String,
  /** The unit of `value` (`bytes`). */
  unit: Schema.String,
  /** The size formatted for reading, such as `14.2 MB`. */
  human_value: Schema.String
}).annotations({ identifier: "DimensionSpaceUsageData" })

/**
 * The decoded form of {@link SpaceUsageData}.
 *
 * @since 0.1.0
 */
export interface SpaceUsageData extends Schema.Schema.Type<typeof SpaceUsageData> {}

/**
 * An item of `software_versions`: the version of one part of the stack.
 *
 * @since 0.1.0
 */
export const SoftwareVersionData = /* @__PURE__ */ Schema.Struct({
  /** The software: `mastodon`, `ruby`, `postgresql`, `redis`, ... */
  key: Schema.String,
  /** Its readable name (a fork may put its own name here). */
  human_key: Schema.String,
  /** The version. */
  value: Schema.String,
  /** The version as shown. */
  human_value: Schema.String
}).annotations({ identifier: "DimensionSoftwareVersionData" })

/**
 * The decoded form of {@link SoftwareVersionData}.
 *
 * @since 0.1.0
 */
export interface SoftwareVersionData extends Schema.Schema.Type<typeof SoftwareVersionData> {}

const keyed = <const K extends string, A, I>(key: K, item: Schema.Schema<A, I>) =>
  /* @__PURE__ */ Schema.Struct({ key: /* @__PURE__ */ Schema.Literal(key), data: /* @__PURE__ */ Schema.Array(item) }).annotations({ identifier: `AdminDimension(${key})` })

/**
 * The schema of each documented dimension, by key. Their results:
 * - `languages`: local statuses per language (key: ISO 639 code, human_key: the language's name)
 * - `sources`: local statuses per client app (key: app name)
 * - `servers`: statuses per remote server (key: domain)
 * - `space_usage`: space per part of the stack ({@link SpaceUsageData})
 * - `software_versions`: versions of the stack ({@link SoftwareVersionData})
 * - `tag_servers`: statuses with a trending tag, per server (needs `tag_servers[id]`)
 * - `tag_languages`: statuses with a trending tag, per language (needs `tag_languages[id]`)
 * - `instance_accounts`: followers per account of a remote server (needs `instance_accounts[domain]`)
 * - `instance_languages`: statuses of a remote server per language (needs `instance_languages[domain]`)
 *
 * @since 0.1.0
 */
export const schemas = {
  languages: /* @__PURE__ */ keyed("languages", CountData),
  sources: /* @__PURE__ */ keyed("sources", CountData),
  servers: /* @__PURE__ */ keyed("servers", CountData),
  space_usage: /* @__PURE__ */ keyed("space_usage", SpaceUsageData),
  software_versions: /* @__PURE__ */ keyed("software_versions", SoftwareVersionData),
  tag_servers: /* @__PURE__ */ keyed("tag_servers", CountData),
  tag_languages: /* @__PURE__ */ keyed("tag_languages", CountData),
  instance_accounts: /* @__PURE__ */ keyed("instance_accounts", CountData),
  instance_languages: /* @__PURE__ */ keyed("instance_languages", CountData)
} as const

/**
 * A documented dimension key.
 *
 * @since 0.1.0
 */
export type KnownKey = keyof typeof schemas

/**
 * Every documented dimension key.
 *
 * @since 0.1.0
 */
export const knownKeys: ReadonlyArray<KnownKey> = Object.keys(schemas) as Array<KnownKey>

/**
 * A dimension key: a documented one, or one a newer server offers.
 *
 * @since 0.1.0
 */
export const Key = /* @__PURE__ */ OpenEnum(...(Object.keys(schemas) as Array<KnownKey>))

/**
 * @since 0.1.0
 */
export type Key = typeof Key.Type

/**
 * The decoded result of each documented key.
 *
 * @since 0.1.0
 */
export type ByKey = { readonly [K in KnownKey]: Schema.Schema.Type<(typeof schemas)[K]> }

/**
 * The JSON form of each documented key's result.
 *
 * @since 0.1.0
 */
export type ByKeyEncoded = { readonly [K in KnownKey]: Schema.Schema.Encoded<(typeof schemas)[K]> }

/**
 * The result for a key: typed by the key when it is documented, a plain {@link AdminDimension}
 * otherwise.
 *
 * @since 0.1.0
 */
export type Result<K extends string> = K extends KnownKey ? ByKey[K] : AdminDimension

/**
 * The JSON form of {@link Result}.
 *
 * @since 0.1.0
 */
export type ResultEncoded<K extends string> = K extends KnownKey ? ByKeyEncoded[K] : AdminDimensionEncoded

/**
 * The schema of the response to a request for these keys: an array whose items are typed by
 * their key. Keys that are not documented decode as a plain {@link AdminDimension}.
 *
 * Narrowing on `key` works when every requested key is documented; once the union has a plain
 * member (its `key` is any string) TypeScript no longer narrows on it, but every result is still
 * assignable to {@link AdminDimension}.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { AdminDimension } from "@mastodon-effect/core"
 * declare const json: unknown
 * const dimensions = Schema.decodeUnknownSync(AdminDimension.forKeys(["languages", "space_usage"]))(json)
 * for (const d of dimensions) {
 *   if (d.key === "space_usage") d.data[0]?.human_value // string
 * }
 *
 * @since 0.1.0
 */
export const forKeys = <const K extends Key>(
  keys: ReadonlyArray<K>
): Schema.Schema<ReadonlyArray<Result<K>>, ReadonlyArray<ResultEncoded<K>>> =>
  // The members are chosen at run time, so the precise type is asserted from the key map.
  Keyed.arrayForKeys(schemas, AdminDimension, keys) as unknown as Schema.Schema<
    ReadonlyArray<Result<K>>,
    ReadonlyArray<ResultEncoded<K>>
  >

/**
 * The form parameter each key needs besides `keys[]`: a trending tag's id, or a remote domain.
 * Sent as `<key>[<parameter>]`, for instance `tag_servers[id]`.
 *
 * @since 0.1.0
 */
export const parameterOf = {
  tag_servers: "id",
  tag_languages: "id",
  instance_accounts: "domain",
  instance_languages: "domain"
} as const satisfies Partial<Record<KnownKey, "id" | "domain">>

/**
 * The extra parameters a request for the keys `K` must carry, such as
 * `{ tag_servers: { id: TagId } }` when `K` includes `tag_servers`; `{}` when none needs any.
 *
 * @since 0.1.0
 */
export type Parameters<K extends string> = {
  readonly [P in K & keyof typeof parameterOf]: (typeof parameterOf)[P] extends "id" ? { readonly id: Id.TagId }
    : { readonly domain: string }
}
