/**
 * The profile endpoints (`/api/v1/profile`): read and edit the signed-in user's profile with raw
 * (unrendered) values, and remove its avatar or header. See the Mastodon docs, methods/profile.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as ProfileEntity from "@mastodon-effect/core/Profile"
import * as Schema from "effect/Schema"
import * as Accounts from "./Accounts.js"
import * as Endpoint from "./Endpoint.js"
import type * as Upload from "./Upload.js"

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link get}: `GET /api/v1/profile`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "profile.get",
  method: "GET",
  path: "/api/v1/profile",
  response: ProfileEntity.Profile,
  auth: "user",
  scopes: ["profile", "read:accounts"],
  versions: { added: "4.6.0" }
})

/**
 * The form of {@link update}: the same keys as `Accounts.updateCredentials`, plus the 4.6 profile
 * settings; at most 10 attribution domains.
 */
const UpdateBody = /* @__PURE__ */ Schema.Struct({
  display_name: Accounts.CredentialsBody.fields.display_name,
  note: Accounts.CredentialsBody.fields.note,
  avatar_description: /* @__PURE__ */ Schema.optional(Schema.String),
  header_description: /* @__PURE__ */ Schema.optional(Schema.String),
  locked: Accounts.CredentialsBody.fields.locked,
  bot: Accounts.CredentialsBody.fields.bot,
  discoverable: Accounts.CredentialsBody.fields.discoverable,
  hide_collections: Accounts.CredentialsBody.fields.hide_collections,
  indexable: Accounts.CredentialsBody.fields.indexable,
  show_media: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  show_media_replies: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  show_featured: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  attribution_domains: /* @__PURE__ */ Schema.optional(
    /* @__PURE__ */ Schema.Array(Schema.String).pipe(
      /* @__PURE__ */ Schema.maxItems(10, { message: (issue) => `at most 10 domains, got ${(issue.actual as ReadonlyArray<string>).length}` })
    )
  ),
  fields_attributes: Accounts.CredentialsBody.fields.fields_attributes,
  avatar: Accounts.CredentialsBody.fields.avatar,
  header: Accounts.CredentialsBody.fields.header
})

/** The declaration behind {@link update}: `PATCH /api/v1/profile`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "profile.update",
  method: "PATCH",
  path: "/api/v1/profile",
  body: UpdateBody,
  response: ProfileEntity.Profile,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.6.0" }
})

/** The declaration behind {@link deleteAvatar}: `DELETE /api/v1/profile/avatar`. @since 0.1.0 */
export const deleteAvatarEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "profile.deleteAvatar",
  method: "DELETE",
  path: "/api/v1/profile/avatar",
  response: Account.CredentialAccount,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.2.0" }
})

/** The declaration behind {@link deleteHeader}: `DELETE /api/v1/profile/header`. @since 0.1.0 */
export const deleteHeaderEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "profile.deleteHeader",
  method: "DELETE",
  path: "/api/v1/profile/header",
  response: Account.CredentialAccount,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.2.0" }
})

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * The signed-in user's profile (Mastodon 4.6): bio and fields as typed, not HTML, and `null`
 * images when none is set.
 *
 * @example
 * import { Profile } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const bio = Effect.map(Profile.get(), (p) => p.note)
 *
 * @since 0.1.0
 */
export const get = (): Endpoint.Call<ProfileEntity.Profile> => Endpoint.call(getEndpoint)

/**
 * The changes {@link update} sends; options left unset are not sent and stay as they are.
 *
 * @since 0.1.0
 */
export interface UpdateParams {
  readonly display_name?: string | undefined
  /** The bio, as plain text. */
  readonly note?: string | undefined
  /** A new avatar image (see `Upload.fromPath` / `fromBytes` / `fromBlob`). */
  readonly avatar?: Upload.Upload | undefined
  /** Alt text of the avatar. */
  readonly avatar_description?: string | undefined
  /** A new header image. */
  readonly header?: Upload.Upload | undefined
  /** Alt text of the header. */
  readonly header_description?: string | undefined
  /** Review follow requests by hand. */
  readonly locked?: boolean | undefined
  /** Mark the account as automated. */
  readonly bot?: boolean | undefined
  /** Appear in the directory and other discovery features. */
  readonly discoverable?: boolean | undefined
  /** Hide the follower and follow lists. */
  readonly hide_collections?: boolean | undefined
  /** Let anyone find public posts by search. */
  readonly indexable?: boolean | undefined
  /** Show a Media tab. */
  readonly show_media?: boolean | undefined
  /** Include replies in the Media tab. */
  readonly show_media_replies?: boolean | undefined
  /** Show a Featured tab. */
  readonly show_featured?: boolean | undefined
  /** Sites allowed to credit this account as author, at most 10; `[]` clears them. */
  readonly attribution_domains?: ReadonlyArray<string> | undefined
  /**
   * The profile fields, replacing the current ones in order (the server's limit is
   * `max_profile_fields`, 4 by default); `[]` removes them all.
   */
  readonly fields_attributes?: ReadonlyArray<{ readonly name: string; readonly value: string }> | undefined
}

/**
 * Edit the signed-in user's profile (`PATCH /api/v1/profile`, Mastodon 4.6). Sent as a form, or
 * as multipart when an avatar or header is given. More than 10 attribution domains is an
 * `InvalidArgument` before sending; the server's refusals are `UnprocessableEntity`.
 *
 * @example
 * import { Profile, Upload } from "@mastodon-effect/http"
 * import { NodeFileSystem } from "@effect/platform-node"
 * import * as Effect from "effect/Effect"
 * const program = Effect.gen(function*() {
 *   const avatar = yield* Upload.fromPath("./me.png", { argument: "avatar" })
 *   return yield* Profile.update({ avatar, avatar_description: "A red panda", bot: false })
 * }).pipe(Effect.provide(NodeFileSystem.layer))
 *
 * @since 0.1.0
 */
export const update = (params: UpdateParams): Endpoint.Call<ProfileEntity.Profile> =>
  Endpoint.call(updateEndpoint, { body: params })

/**
 * Remove the profile's avatar (`DELETE /api/v1/profile/avatar`, Mastodon 4.2); the server's
 * default picture takes its place. Succeeds when there was none.
 *
 * @since 0.1.0
 */
export const deleteAvatar = (): Endpoint.Call<Account.CredentialAccount> => Endpoint.call(deleteAvatarEndpoint)

/**
 * Remove the profile's header image (`DELETE /api/v1/profile/header`, Mastodon 4.2). Succeeds
 * when there was none.
 *
 * @since 0.1.0
 */
export const deleteHeader = (): Endpoint.Call<Account.CredentialAccount> => Endpoint.call(deleteHeaderEndpoint)
