/**
 * Branded ids. Mastodon sends every id as an opaque string (forks such as Pleroma use
 * non-numeric flake ids), so ids are strings on the wire and in memory; the brand only keeps a
 * status id out of a place that wants an account id.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const brandedId = <const B extends string>(brand: B) =>
  Schema.NonEmptyString.pipe(Schema.brand(brand), Schema.annotations({ identifier: brand }))

/** The id of an Account. @since 0.1.0 */
export const AccountId = brandedId("AccountId")
/** @since 0.1.0 */
export type AccountId = typeof AccountId.Type

/** The id of a Status. @since 0.1.0 */
export const StatusId = brandedId("StatusId")
/** @since 0.1.0 */
export type StatusId = typeof StatusId.Type

/** The id of a List. @since 0.1.0 */
export const ListId = brandedId("ListId")
/** @since 0.1.0 */
export type ListId = typeof ListId.Type

/** The id of a Tag (present on hashtags served by Mastodon 4.x). @since 0.1.0 */
export const TagId = brandedId("TagId")
/** @since 0.1.0 */
export type TagId = typeof TagId.Type

/** The id of a FeaturedTag. @since 0.1.0 */
export const FeaturedTagId = brandedId("FeaturedTagId")
/** @since 0.1.0 */
export type FeaturedTagId = typeof FeaturedTagId.Type

/** The id of a MediaAttachment. @since 0.1.0 */
export const MediaId = brandedId("MediaId")
/** @since 0.1.0 */
export type MediaId = typeof MediaId.Type

/** The id of a Poll. @since 0.1.0 */
export const PollId = brandedId("PollId")
/** @since 0.1.0 */
export type PollId = typeof PollId.Type

/** The id of a registered Application (client). @since 0.1.0 */
export const ApplicationId = brandedId("ApplicationId")
/** @since 0.1.0 */
export type ApplicationId = typeof ApplicationId.Type

/** The id of a Role. Mastodon sends it as a string (older versions as a number). @since 0.1.0 */
export const RoleId = brandedId("RoleId")
/** @since 0.1.0 */
export type RoleId = typeof RoleId.Type

/** The id of an instance Rule. @since 0.1.0 */
export const RuleId = brandedId("RuleId")
/** @since 0.1.0 */
export type RuleId = typeof RuleId.Type

/** The id of a Filter. @since 0.1.0 */
export const FilterId = brandedId("FilterId")
/** @since 0.1.0 */
export type FilterId = typeof FilterId.Type

/**
 * Any entity that carries an id of the given brand. Endpoints accept either the id itself or the
 * entity (as Mastodon.py's `__unpack_id` does), so `Accounts.follow(account)` works as well as
 * `Accounts.follow(account.id)`.
 *
 * @since 0.1.0
 */
export type IdOrEntity<I extends string> = I | { readonly id: I }

/**
 * The id of an id-or-entity argument.
 *
 * @example
 * import { Id } from "@mastodon-effect/core"
 * declare const account: { readonly id: Id.AccountId }
 * Id.idOf(account) // account.id
 *
 * @since 0.1.0
 */
export const idOf = <I extends string>(value: IdOrEntity<I>): I => typeof value === "string" ? value : value.id
