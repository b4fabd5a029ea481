/**
 * Measures: quantitative metrics of the server over a date range (active and new users,
 * interactions, reports, and per hashtag or per remote server counts), each with a total and
 * daily values.
 *
 * `AdminMeasure` decodes any measure. For the documented keys, `forKeys` builds a schema that types
 * each result by its key, and `Parameters` types the extra form parameter some keys need.
 *
 * See the Mastodon docs, entities/Admin_Measure and methods/admin/measures.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Keyed from "./internal/keyed.js"
import type * as Id from "./Id.js"
import { StringFromStringOrNumber } from "./internal/entity.js"
import { OpenEnum, optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * The value of a measure on one day.
 *
 * See the Mastodon docs, entities/Admin_Measure (data).
 *
 * @since 0.1.0
 */
export const MeasureData = /* @__PURE__ */ Schema.Struct({
  /** Midnight of the day (servers send a date or a datetime). */
  date: Timestamp,
  /** The value that day, as a string; empty when the server has none for the day. */
  value: StringFromStringOrNumber
}).annotations({ identifier: "MeasureData" })

/**
 * The decoded form of {@link MeasureData}.
 *
 * @since 0.1.0
 */
export interface MeasureData extends Schema.Schema.Type<typeof MeasureData> {}

/**
 * The JSON form of {@link MeasureData}.
 *
 * @since 0.1.0
 */
export interface MeasureDataEncoded extends Schema.Schema.Encoded<typeof MeasureData> {}

const measureFields = {
  /** The measure's key, as requested. */
  key: Schema.String,
  /** The unit of the values (`bytes` for media sizes), or null for plain counts. Early 3.5 servers omit it. */
  unit: optionalNullable(Schema.String),
  /** The total over the range, as a string (servers of early 3.5 sent a number). */
  total: StringFromStringOrNumber,
  /** The total formatted for reading (such as `0 Bytes`), for measures the server formats. */
  human_value: /* @__PURE__ */ Schema.optional(Schema.String),
  /**
   * The total over the period of the same length just before the range, as a string; sent only
   * for measures counted within the range (not for the `instance_*` ones).
   */
  previous_total: /* @__PURE__ */ Schema.optional(StringFromStringOrNumber),
  /** The value of each day of the range. */
  data: /* @__PURE__ */ Schema.Array(MeasureData)
}

/**
 * A measure of any key.
 *
 * Added in Mastodon 3.5. See the Mastodon docs, entities/Admin_Measure.
 *
 * @since 0.1.0
 */
export const AdminMeasure = /* @__PURE__ */ Schema.Struct(measureFields).annotations({ identifier: "AdminMeasure" })

/**
 * The decoded form of {@link AdminMeasure}.
 *
 * @since 0.1.0
 */
export interface AdminMeasure extends Schema.Schema.Type<typeof AdminMeasure> {}

/**
 * The JSON form of {@link AdminMeasure}.
 *
 * @since 0.1.0
 */
export interface AdminMeasureEncoded extends Schema.Schema.Encoded<typeof AdminMeasure> {}

const keyed = <const K extends string>(key: K) =>
  /* @__PURE__ */ Schema.Struct({ ...measureFields, key: /* @__PURE__ */ Schema.Literal(key) }).annotations({ identifier: `AdminMeasure(${key})` })

/**
 * The schema of each documented measure, by key. What each counts over the range:
 * - `active_users`: local users who were active
 * - `new_users`: users who signed up
 * - `interactions`: favourites, boosts and replies on local statuses
 * - `opened_reports`, `resolved_reports`: reports filed, reports resolved
 * - `tag_accounts`, `tag_uses`, `tag_servers`: accounts, statuses and servers that used a hashtag
 *   (each needs `<key>[id]`)
 * - `instance_accounts`, `instance_media_attachments` (bytes), `instance_reports`,
 *   `instance_statuses`, `instance_follows`, `instance_followers`: the same for one remote
 *   server (each needs `<key>[domain]`)
 *
 * @since 0.1.0
 */
export const schemas = {
  active_users: /* @__PURE__ */ keyed("active_users"),
  new_users: /* @__PURE__ */ keyed("new_users"),
  interactions: /* @__PURE__ */ keyed("interactions"),
  opened_reports: /* @__PURE__ */ keyed("opened_reports"),
  resolved_reports: /* @__PURE__ */ keyed("resolved_reports"),
  tag_accounts: /* @__PURE__ */ keyed("tag_accounts"),
  tag_uses: /* @__PURE__ */ keyed("tag_uses"),
  tag_servers: /* @__PURE__ */ keyed("tag_servers"),
  instance_accounts: /* @__PURE__ */ keyed("instance_accounts"),
  instance_media_attachments: /* @__PURE__ */ keyed("instance_media_attachments"),
  instance_reports: /* @__PURE__ */ keyed("instance_reports"),
  instance_statuses: /* @__PURE__ */ keyed("instance_statuses"),
  instance_follows: /* @__PURE__ */ keyed("instance_follows"),
  instance_followers: /* @__PURE__ */ keyed("instance_followers")
} as const

/**
 * A documented measure key.
 *
 * @since 0.1.0
 */
export type KnownKey = keyof typeof schemas

/**
 * Every documented measure key.
 *
 * @since 0.1.0
 */
export const knownKeys: ReadonlyArray<KnownKey> = Object.keys(schemas) as Array<KnownKey>

/**
 * A measure key: a documented one, or one a newer server offers.
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
 * The result for a key: typed by the key when it is documented, a plain {@link AdminMeasure}
 * otherwise.
 *
 * @since 0.1.0
 */
export type Result<K extends string> = K extends KnownKey ? ByKey[K] : AdminMeasure

/**
 * The JSON form of {@link Result}.
 *
 * @since 0.1.0
 */
export type ResultEncoded<K extends string> = K extends KnownKey ? ByKeyEncoded[K] : AdminMeasureEncoded

/**
 * The schema of the response to a request for these keys: an array whose items are typed by
 * their key. Keys that are not documented decode as a plain {@link AdminMeasure}.
 *
 * Narrowing on `key` works when every requested key is documented; once the union has a plain
 * member (its `key` is any string) TypeScript no longer narrows on it, but every result is still
 * assignable to {@link AdminMeasure}.
 *
 * @example
 * import * as Schema from "effect/Schema"
 * import { AdminMeasure } from "@mastodon-effect/core"
 * declare const json: unknown
 * const measures = Schema.decodeUnknownSync(AdminMeasure.forKeys(["new_users", "opened_reports"]))(json)
 * measures.map((m) => `${m.key}: ${m.total}`)
 *
 * @since 0.1.0
 */
export const forKeys = <const K extends Key>(
  keys: ReadonlyArray<K>
): Schema.Schema<ReadonlyArray<Result<K>>, ReadonlyArray<ResultEncoded<K>>> =>
  // The members are chosen at run time, so the precise type is asserted from the key map.
  Keyed.arrayForKeys(schemas, AdminMeasure, keys) as unknown as Schema.Schema<
    ReadonlyArray<Result<K>>,
    ReadonlyArray<ResultEncoded<K>>
  >

/**
 * The form parameter each key needs besides `keys[]`, `start_at` and `end_at`: a hashtag's id or
 * a remote domain. Sent as `<key>[<parameter>]`, for instance `instance_statuses[domain]`.
 *
 * @since 0.1.0
 */
export const parameterOf = {
  tag_accounts: "id",
  tag_uses: "id",
  tag_servers: "id",
  instance_accounts: "domain",
  instance_media_attachments: "domain",
  instance_reports: "domain",
  instance_statuses: "domain",
  instance_follows: "domain",
  instance_followers: "domain"
} as const satisfies Partial<Record<KnownKey, "id" | "domain">>

/**
 * The extra parameters a request for the keys `K` must carry, such as
 * `{ tag_uses: { id: TagId } }` when `K` includes `tag_uses`; `{}` when none needs any.
 *
 * @since 0.1.0
 */
export type Parameters<K extends string> = {
  readonly [P in K & keyof typeof parameterOf]: (typeof parameterOf)[P] extends "id" ? { readonly id: Id.TagId }
    : { readonly domain: string }
}
