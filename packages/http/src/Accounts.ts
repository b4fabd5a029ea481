/**
 * The account endpoints (`/api/v1/accounts/...`). See the Mastodon docs, methods/accounts.
 *
 * Every function returns an `Effect` that needs a `MastodonClient` and fails with a
 * `MastodonError`. Ids may be given as the branded id or as an entity that carries one. Options
 * left `undefined` are never sent, so the server's own defaults apply.
 *
 * @since 0.1.0
 */
import * as Account from "@mastodon-effect/core/Account"
import * as FamiliarFollowers from "@mastodon-effect/core/FamiliarFollowers"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Id from "@mastodon-effect/core/Id"
import * as List from "@mastodon-effect/core/List"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Status from "@mastodon-effect/core/Status"
import * as Token from "@mastodon-effect/core/Token"
import * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import { withAccessToken } from "./MastodonClient.js"
import * as Page from "./Page.js"
import * as Params from "./Params.js"
import type * as Upload from "./Upload.js"

// ---------------------------------------------------------------------------------------------
// Entities only these endpoints use
// ---------------------------------------------------------------------------------------------

/**
 * A proof of identity on another service (Keybase), as the deprecated `identity_proofs`
 * endpoint returned it until Mastodon 3.5. See the Mastodon docs, entities/IdentityProof.
 *
 * @since 0.1.0
 */
export const IdentityProof = /* @__PURE__ */ Schema.Struct({
  /** The identity provider, e.g. `Keybase`. */
  provider: Schema.String,
  /** The account's name on the provider. */
  provider_username: Schema.String,
  /** When the proof was last updated. */
  updated_at: Schema.DateTimeUtc,
  /** Where the provider hosts the proof. */
  proof_url: Schema.String,
  /** The account's profile on the provider. */
  profile_url: Schema.String
}).annotations({ identifier: "IdentityProof" })

/**
 * The decoded form of {@link IdentityProof}.
 *
 * @since 0.1.0
 */
export interface IdentityProof extends Schema.Schema.Type<typeof IdentityProof> {}

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

/** The form of {@link register}. */
const RegisterBody = /* @__PURE__ */ Schema.Struct({
  username: Schema.String,
  email: Schema.String,
  password: Schema.String,
  agreement: Schema.Boolean,
  locale: Schema.String,
  reason: /* @__PURE__ */ Schema.optional(Schema.String),
  date_of_birth: /* @__PURE__ */ Schema.optional(Argument.IsoDate)
})

/** An uploaded image part (avatar, header): sent as a file, so the body goes as multipart. */
const FilePart = /* @__PURE__ */ Schema.declare((u: unknown): u is Upload.Upload => Params.isFile(u), {
  identifier: "Upload",
  message: () => "not an Upload (see the Upload module)"
})

/**
 * Profile metadata as the server reads it: `fields_attributes[0][name]`, ... Mastodon skips blank
 * pairs and keeps only what it received, so an empty list is sent as one blank pair, which clears
 * them all (an empty `fields_attributes[]` would be dropped by its parameter filter).
 */
const FieldsAttributes = /* @__PURE__ */ Schema.transform(
  /* @__PURE__ */ Schema.Array(/* @__PURE__ */ Schema.Struct({ name: Schema.String, value: Schema.String })),
  /* @__PURE__ */ Schema.Array(/* @__PURE__ */ Schema.Struct({ name: Schema.String, value: Schema.String })),
  {
    strict: true,
    decode: (fields) => fields,
    encode: (fields) => fields.length === 0 ? [{ name: "", value: "" }] : fields.map((f) => ({ name: f.name, value: f.value }))
  }
)

/**
 * The profile form shared by `updateCredentials` and `Profile.update`: Rails-style keys, with the
 * avatar and header as files (multipart when one is given).
 *
 * @since 0.1.0
 */
export const CredentialsBody = /* @__PURE__ */ Schema.Struct({
  display_name: /* @__PURE__ */ Schema.optional(Schema.String),
  note: /* @__PURE__ */ Schema.optional(Schema.String),
  locked: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  bot: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  discoverable: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  hide_collections: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  indexable: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  attribution_domains: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  fields_attributes: /* @__PURE__ */ Schema.optional(FieldsAttributes),
  source: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({
    privacy: /* @__PURE__ */ Schema.optional(Schema.String),
    sensitive: /* @__PURE__ */ Schema.optional(Schema.Boolean),
    language: /* @__PURE__ */ Schema.optional(Schema.String),
    quote_policy: /* @__PURE__ */ Schema.optional(Schema.String)
  })),
  // Files last, as a browser form sends them.
  avatar: /* @__PURE__ */ Schema.optional(FilePart),
  header: /* @__PURE__ */ Schema.optional(FilePart)
})

/**
 * Refuse more profile fields than the server allows, when the caller says how many that is.
 *
 * @since 0.1.0
 */
export const checkProfileFields = (
  fields: ReadonlyArray<unknown> | undefined,
  max: number | undefined
): Effect.Effect<void, MastodonError.InvalidArgument> =>
  Effect.flatMap(Page.validateWholeNumber("maxProfileFields", max, 0), () =>
    fields !== undefined && max !== undefined && fields.length > max
      ? Effect.fail(Argument.invalid("fields_attributes", `${fields.length} fields, but the server allows at most ${max}`))
      : Effect.void)

/** `id[]` of several accounts. */
const IdsQuery = /* @__PURE__ */ Schema.Struct({ id: /* @__PURE__ */ Schema.Array(Argument.IdRef) })

/** The filters of {@link statuses}, with the page. */
const StatusesQuery = /* @__PURE__ */ Schema.Struct({
  ...Argument.PageQuery.fields,
  pinned: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  only_media: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  exclude_replies: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  exclude_reblogs: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  tagged: /* @__PURE__ */ Schema.optional(Schema.String)
})

/** The options of {@link follow}. */
const FollowBody = /* @__PURE__ */ Schema.Struct({
  reblogs: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  notify: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  languages: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String))
})

/** The options of {@link mute}: a duration in seconds, `0` for "until lifted". */
const MuteBody = /* @__PURE__ */ Schema.Struct({
  notifications: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  duration: /* @__PURE__ */ Schema.optional(Argument.DurationSeconds)
})

/** The query of {@link search}. */
const SearchQuery = /* @__PURE__ */ Schema.Struct({
  q: Argument.NonEmptyString,
  limit: /* @__PURE__ */ Schema.optional(Argument.Limit),
  offset: /* @__PURE__ */ Schema.optional(Argument.WholeNumber(0)),
  resolve: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  following: /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link register}: `POST /api/v1/accounts`. @since 0.1.0 */
export const registerEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.register",
  method: "POST",
  path: "/api/v1/accounts",
  body: RegisterBody,
  response: Token.Token,
  auth: "app",
  scopes: ["write:accounts"],
  versions: { added: "2.7.0", changed: "4.4.0" }
})

/** The declaration behind {@link verifyCredentials}: `GET /api/v1/accounts/verify_credentials`. @since 0.1.0 */
export const verifyCredentialsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.verifyCredentials",
  method: "GET",
  path: "/api/v1/accounts/verify_credentials",
  response: Account.CredentialAccount,
  auth: "user",
  scopes: ["profile", "read:accounts"],
  versions: { added: "0.0.0", changed: "4.3.0" }
})

/** The declaration behind {@link updateCredentials}: `PATCH /api/v1/accounts/update_credentials`. @since 0.1.0 */
export const updateCredentialsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.updateCredentials",
  method: "PATCH",
  path: "/api/v1/accounts/update_credentials",
  body: CredentialsBody,
  response: Account.CredentialAccount,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "1.1.1", changed: "4.5.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/accounts/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.get",
  method: "GET",
  path: "/api/v1/accounts/:id",
  response: Account.Account,
  auth: "optional",
  // A token, when given, needs this scope; anonymous calls work on open servers.
  scopes: ["read:accounts"],
  versions: { added: "0.0.0", changed: "3.3.0" }
})

/** The declaration behind {@link getMany}: `GET /api/v1/accounts`. @since 0.1.0 */
export const getManyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.getMany",
  method: "GET",
  path: "/api/v1/accounts",
  query: IdsQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:accounts"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link statuses}: `GET /api/v1/accounts/:id/statuses`. @since 0.1.0 */
export const statusesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.statuses",
  method: "GET",
  path: "/api/v1/accounts/:id/statuses",
  query: StatusesQuery,
  response: /* @__PURE__ */ Schema.Array(Status.Status),
  auth: "optional",
  scopes: ["read:statuses"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 20, max: 40 }),
  versions: { added: "0.0.0", changed: "3.3.0" }
})

/** The declaration behind {@link followers}: `GET /api/v1/accounts/:id/followers`. @since 0.1.0 */
export const followersEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.followers",
  method: "GET",
  path: "/api/v1/accounts/:id/followers",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:accounts"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "4.0.0" }
})

/** The declaration behind {@link following}: `GET /api/v1/accounts/:id/following`. @since 0.1.0 */
export const followingEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.following",
  method: "GET",
  path: "/api/v1/accounts/:id/following",
  query: Endpoint.PageQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:accounts"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "4.0.0" }
})

/** The declaration behind {@link featuredTags}: `GET /api/v1/accounts/:id/featured_tags`. @since 0.1.0 */
export const featuredTagsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.featuredTags",
  method: "GET",
  path: "/api/v1/accounts/:id/featured_tags",
  response: /* @__PURE__ */ Schema.Array(FeaturedTag.FeaturedTag),
  auth: "optional",
  scopes: ["read:accounts"],
  versions: { added: "3.3.0" }
})

/** The declaration behind {@link lists}: `GET /api/v1/accounts/:id/lists`. @since 0.1.0 */
export const listsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.lists",
  method: "GET",
  path: "/api/v1/accounts/:id/lists",
  response: /* @__PURE__ */ Schema.Array(List.List),
  auth: "user",
  scopes: ["read:lists"],
  versions: { added: "2.1.0" }
})

/** The declaration behind {@link follow}: `POST /api/v1/accounts/:id/follow`. @since 0.1.0 */
export const followEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.follow",
  method: "POST",
  path: "/api/v1/accounts/:id/follow",
  body: FollowBody,
  response: Relationship.Relationship,
  auth: "user",
  // `follow` is deprecated since 3.5 but still accepted; `write` covers `write:follows`.
  scopes: ["write:follows", "follow"],
  versions: { added: "0.0.0", changed: "4.0.0" }
})

/** The declaration behind {@link unfollow}: `POST /api/v1/accounts/:id/unfollow`. @since 0.1.0 */
export const unfollowEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.unfollow",
  method: "POST",
  path: "/api/v1/accounts/:id/unfollow",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:follows", "follow"],
  versions: { added: "0.0.0", changed: "3.5.0" }
})

/** The declaration behind {@link removeFromFollowers}: `POST /api/v1/accounts/:id/remove_from_followers`. @since 0.1.0 */
export const removeFromFollowersEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.removeFromFollowers",
  method: "POST",
  path: "/api/v1/accounts/:id/remove_from_followers",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:follows"],
  versions: { added: "3.5.0" }
})

/** The declaration behind {@link block}: `POST /api/v1/accounts/:id/block`. @since 0.1.0 */
export const blockEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.block",
  method: "POST",
  path: "/api/v1/accounts/:id/block",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:blocks", "follow"],
  versions: { added: "0.0.0", changed: "3.5.0" }
})

/** The declaration behind {@link unblock}: `POST /api/v1/accounts/:id/unblock`. @since 0.1.0 */
export const unblockEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.unblock",
  method: "POST",
  path: "/api/v1/accounts/:id/unblock",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:blocks", "follow"],
  versions: { added: "0.0.0", changed: "3.5.0" }
})

/** The declaration behind {@link mute}: `POST /api/v1/accounts/:id/mute`. @since 0.1.0 */
export const muteEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.mute",
  method: "POST",
  path: "/api/v1/accounts/:id/mute",
  body: MuteBody,
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:mutes", "follow"],
  versions: { added: "0.0.0", changed: "3.5.0" }
})

/** The declaration behind {@link unmute}: `POST /api/v1/accounts/:id/unmute`. @since 0.1.0 */
export const unmuteEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.unmute",
  method: "POST",
  path: "/api/v1/accounts/:id/unmute",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:mutes", "follow"],
  versions: { added: "0.0.0", changed: "3.5.0" }
})

/** The declaration behind {@link pin}: `POST /api/v1/accounts/:id/pin`. @since 0.1.0 */
export const pinEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.pin",
  method: "POST",
  path: "/api/v1/accounts/:id/pin",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "2.5.0", changed: "4.4.0" },
  deprecated: true
})

/** The declaration behind {@link unpin}: `POST /api/v1/accounts/:id/unpin`. @since 0.1.0 */
export const unpinEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.unpin",
  method: "POST",
  path: "/api/v1/accounts/:id/unpin",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "2.5.0", changed: "4.4.0" },
  deprecated: true
})

/** The declaration behind {@link endorsements}: `GET /api/v1/accounts/:id/endorsements`. @since 0.1.0 */
export const endorsementsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.endorsements",
  method: "GET",
  path: "/api/v1/accounts/:id/endorsements",
  // The server pages endorsements backwards with since_id only: min_id is never sent.
  query: /* @__PURE__ */ Argument.PageQuery.pipe(/* @__PURE__ */ Schema.omit("min_id")),
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "optional",
  scopes: ["read:accounts"],
  pagination: /* @__PURE__ */ Endpoint.link({ default: 40, max: 80 }),
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link endorse}: `POST /api/v1/accounts/:id/endorse`. @since 0.1.0 */
export const endorseEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.endorse",
  method: "POST",
  path: "/api/v1/accounts/:id/endorse",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link unendorse}: `POST /api/v1/accounts/:id/unendorse`. @since 0.1.0 */
export const unendorseEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.unendorse",
  method: "POST",
  path: "/api/v1/accounts/:id/unendorse",
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link note}: `POST /api/v1/accounts/:id/note`. @since 0.1.0 */
export const noteEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.note",
  method: "POST",
  path: "/api/v1/accounts/:id/note",
  body: /* @__PURE__ */ Schema.Struct({ comment: /* @__PURE__ */ Schema.optional(Schema.String) }),
  response: Relationship.Relationship,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "3.2.0" }
})

/** The declaration behind {@link relationships}: `GET /api/v1/accounts/relationships`. @since 0.1.0 */
export const relationshipsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.relationships",
  method: "GET",
  path: "/api/v1/accounts/relationships",
  query: /* @__PURE__ */ Schema.Struct({ id: /* @__PURE__ */ Schema.Array(Argument.IdRef), with_suspended: /* @__PURE__ */ Schema.optional(Schema.Boolean) }),
  response: /* @__PURE__ */ Schema.Array(Relationship.Relationship),
  auth: "user",
  scopes: ["read:follows"],
  versions: { added: "0.0.0", changed: "4.6.0" }
})

/** The declaration behind {@link familiarFollowers}: `GET /api/v1/accounts/familiar_followers`. @since 0.1.0 */
export const familiarFollowersEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.familiarFollowers",
  method: "GET",
  path: "/api/v1/accounts/familiar_followers",
  query: IdsQuery,
  response: /* @__PURE__ */ Schema.Array(FamiliarFollowers.FamiliarFollowers),
  auth: "user",
  scopes: ["read:follows"],
  versions: { added: "3.5.0" }
})

/** The declaration behind {@link search}: `GET /api/v1/accounts/search`. @since 0.1.0 */
export const searchEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.search",
  method: "GET",
  path: "/api/v1/accounts/search",
  query: SearchQuery,
  response: /* @__PURE__ */ Schema.Array(Account.Account),
  auth: "user",
  scopes: ["read:accounts"],
  pagination: /* @__PURE__ */ Endpoint.offset({ default: 40, max: 80 }),
  versions: { added: "0.0.0", changed: "2.8.0" }
})

/** The declaration behind {@link lookup}: `GET /api/v1/accounts/lookup`. @since 0.1.0 */
export const lookupEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.lookup",
  method: "GET",
  path: "/api/v1/accounts/lookup",
  query: /* @__PURE__ */ Schema.Struct({ acct: Argument.NonEmptyString }),
  response: Account.Account,
  // Documented with a user token, but Mastodon only checks the scope when a token is sent.
  auth: "optional",
  scopes: ["read:accounts"],
  versions: { added: "3.4.0" }
})

/** The declaration behind {@link identityProofs}: `GET /api/v1/accounts/:id/identity_proofs`. @since 0.1.0 */
export const identityProofsEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.identityProofs",
  method: "GET",
  path: "/api/v1/accounts/:id/identity_proofs",
  response: /* @__PURE__ */ Schema.Array(IdentityProof),
  auth: "user",
  versions: { added: "2.8.0", changed: "3.5.0" },
  deprecated: true
})

/** The declaration behind {@link followByUri}: `POST /api/v1/follows`. @since 0.1.0 */
export const followByUriEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "accounts.followByUri",
  method: "POST",
  path: "/api/v1/follows",
  body: /* @__PURE__ */ Schema.Struct({ uri: Argument.NonEmptyString }),
  response: Account.Account,
  auth: "user",
  scopes: ["write:follows", "follow"],
  versions: { added: "0.0.0", removed: "3.0.0" },
  deprecated: true
})

// ---------------------------------------------------------------------------------------------
// Argument checks
// ---------------------------------------------------------------------------------------------

/**
 * Run a call for a list of ids, or answer an empty list at once: the server would return `[]` for
 * no ids anyway, so there is nothing to ask.
 */
const forIds = <A>(
  ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>,
  call: () => Endpoint.Call<ReadonlyArray<A>>
): Endpoint.Call<ReadonlyArray<A>> => ids.length === 0 ? Effect.succeed([]) : call()

const pathId = (id: Id.IdOrEntity<Id.AccountId>) => ({ id: Id.idOf(id) })

/** A POST to `/api/v1/accounts/:id/<action>` without a body. */
const action = (endpoint: Endpoint.Endpoint<string, undefined, undefined, Relationship.Relationship, Relationship.Relationship>) =>
(id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<Relationship.Relationship> =>
  // Every action's path is `/api/v1/accounts/:id/<action>`: only `id` is needed.
  Endpoint.call(endpoint as typeof unfollowEndpoint, { path: pathId(id) })

// ---------------------------------------------------------------------------------------------
// Register
// ---------------------------------------------------------------------------------------------

/**
 * The form of {@link register}, plus the app token to send it with.
 *
 * @since 0.1.0
 */
export interface RegisterParams {
  /** The username to create. */
  readonly username: string
  /** The address the confirmation e-mail goes to. */
  readonly email: string
  /** The password to log in with. */
  readonly password: string
  /** Whether the user accepted the server's rules and terms; only send `true` after showing them. */
  readonly agreement: boolean
  /** The language of the confirmation e-mail, e.g. `en`. */
  readonly locale: string
  /** Why the user wants to join, for servers that approve sign-ups by hand (Mastodon 3.0). */
  readonly reason?: string | undefined
  /**
   * The date of birth, on servers with a minimum age (Mastodon 4.4): `YYYY-MM-DD`, or a
   * `DateTime` (a zoned one gives its local date, a UTC one its UTC date).
   */
  readonly date_of_birth?: Argument.IsoDate | undefined
  /**
   * The app token (from the client-credentials grant) to send this request with, instead of the
   * client's own token. Not sent as a parameter.
   */
  readonly appToken?: Redacted.Redacted<string> | string | undefined
}


/**
 * Create a user account (Mastodon 2.7) and get a user token for the app that asked. Needs an
 * app token with `write:accounts`: give it as `appToken`, or configure the client with it. The
 * account stays unusable until the e-mail is confirmed (and, on some servers, approved).
 *
 * A refused sign-up fails with `UnprocessableEntity`, whose `details` name each rejected
 * parameter with its `ERR_*` codes (`ERR_TAKEN`, `ERR_BLOCKED`, `ERR_ACCEPTED`, ...).
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const signUp = Accounts.register({
 *   username: "alice",
 *   email: "alice@example.com",
 *   password: "correct horse battery staple",
 *   agreement: true,
 *   locale: "en",
 *   appToken: "app-token-from-client-credentials"
 * }).pipe(
 *   Effect.catchTag("UnprocessableEntity", (e) => Effect.fail(e.codesFor("username")))
 * )
 *
 * @since 0.1.0
 */
export const register = (params: RegisterParams): Endpoint.Call<Token.Token> => {
  const { appToken, ...body } = params
  const call = Endpoint.call(registerEndpoint, { body })
  return appToken === undefined ? call : withAccessToken(appToken)(call)
}

// ---------------------------------------------------------------------------------------------
// The signed-in account
// ---------------------------------------------------------------------------------------------

/**
 * The signed-in account, with its `source` (plain-text bio, posting defaults) and `role`.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const program = Effect.map(Accounts.verifyCredentials(), (me) => me.acct)
 *
 * @since 0.1.0
 */
export const verifyCredentials = (): Endpoint.Call<Account.CredentialAccount> => Endpoint.call(verifyCredentialsEndpoint)

/**
 * Alias of {@link verifyCredentials}: the signed-in account.
 *
 * @since 0.1.0
 */
export const me = verifyCredentials

/**
 * One profile metadata pair, as plain text (the server renders the HTML).
 *
 * @since 0.1.0
 */
export interface ProfileField {
  readonly name: string
  readonly value: string
}

/**
 * The profile and preferences {@link updateCredentials} can change. Each one left `undefined`
 * stays as it is on the server.
 *
 * @since 0.1.0
 */
export interface UpdateCredentialsParams {
  /** The display name. */
  readonly display_name?: string | undefined
  /** The bio, as plain text. */
  readonly note?: string | undefined
  /** A new avatar image (see the `Upload` module). */
  readonly avatar?: Upload.Upload | undefined
  /** A new header image (see the `Upload` module). */
  readonly header?: Upload.Upload | undefined
  /** Whether follow requests need approval (Mastodon 2.3). */
  readonly locked?: boolean | undefined
  /** Whether the account is flagged as a bot. */
  readonly bot?: boolean | undefined
  /** Whether to appear in the profile directory (Mastodon 2.7). */
  readonly discoverable?: boolean | undefined
  /** Whether to hide the follower and following lists (Mastodon 4.1). */
  readonly hide_collections?: boolean | undefined
  /** Whether public posts may be found by full-text search (Mastodon 4.2). */
  readonly indexable?: boolean | undefined
  /**
   * Sites allowed to credit this account as author (Mastodon 4.4; 10 at most on Mastodon). An
   * empty array clears them.
   */
  readonly attribution_domains?: ReadonlyArray<string> | undefined
  /**
   * The profile metadata, replacing the current pairs in this order; an empty array clears them.
   * Sent as `fields_attributes[0][name]`, `fields_attributes[0][value]`, ...
   */
  readonly fields_attributes?: ReadonlyArray<ProfileField> | undefined
  /** Posting defaults, sent as `source[privacy]` etc. */
  readonly source?: {
    /** Default visibility of new posts. */
    readonly privacy?: "public" | "unlisted" | "private" | (string & {}) | undefined
    /** Whether new posts are marked sensitive. */
    readonly sensitive?: boolean | undefined
    /** Default language of new posts (ISO 639-1). */
    readonly language?: string | undefined
    /** Who may quote new posts (Mastodon 4.5). */
    readonly quote_policy?: "public" | "followers" | "nobody" | (string & {}) | undefined
  } | undefined
}

/**
 * Options of {@link updateCredentials}.
 *
 * @since 0.1.0
 */
export interface UpdateCredentialsOptions {
  /**
   * The most profile fields the server accepts (its `configuration.accounts.max_profile_fields`,
   * 4 on a default Mastodon). When given, more fields than that fail with `InvalidArgument`
   * before anything is sent. There is no default limit, since servers differ.
   */
  readonly maxProfileFields?: number | undefined
}

export const updateCredentials = (
  params: UpdateCredentialsParams,
  options: UpdateCredentialsOptions = {}
): Endpoint.Call<Account.CredentialAccount> =>
  Effect.zipRight(
    checkProfileFields(params.fields_attributes, options.maxProfileFields),
    Endpoint.call(updateCredentialsEndpoint, { body: params })
  )

// ---------------------------------------------------------------------------------------------
// Reading accounts
// ---------------------------------------------------------------------------------------------

/**
 * One account by id. A suspended account comes back with `suspended: true` (a 410 `Gone`
 * before Mastodon 3.3); an unknown one is `NotFound`.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<Account.Account> =>
  Endpoint.call(getEndpoint, { path: pathId(id) })

/**
 * Several accounts in one request (Mastodon 4.3), sent as `id[]`. Ids the server does not know
 * are left out of the answer; no ids gives an empty array without a request.
 *
 * @since 0.1.0
 */
export const getMany = (ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>): Endpoint.Call<ReadonlyArray<Account.Account>> =>
  forIds(ids, () => Endpoint.call(getManyEndpoint, { query: { id: ids } }))

/**
 * Filters of {@link statuses}, with the usual pagination parameters.
 *
 * @since 0.1.0
 */
export interface StatusesParams extends Page.Params {
  /** Only pinned statuses. */
  readonly pinned?: boolean | undefined
  /** Only statuses with media attached. */
  readonly only_media?: boolean | undefined
  /** Leave out replies to other accounts. */
  readonly exclude_replies?: boolean | undefined
  /** Leave out boosts. */
  readonly exclude_reblogs?: boolean | undefined
  /** Only statuses with this hashtag (without `#`). */
  readonly tagged?: string | undefined
}

/**
 * The statuses an account posted, newest first (20 per page by default, 40 at most). Without a
 * token only public ones; with `read:statuses`, those the user may see. `max_id` and friends
 * accept a `Date` or `DateTime` to start from a moment.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const id: Id.AccountId
 * const lastYear = Accounts.statuses(id, { max_id: new Date("2025-01-01"), exclude_reblogs: true })
 *
 * @since 0.1.0
 */
export const statuses = (id: Id.IdOrEntity<Id.AccountId>, params: StatusesParams = {}): Endpoint.Call<Page.Page<Status.Status>> =>
  Endpoint.call(statusesEndpoint, { path: pathId(id), query: params })

/**
 * Accounts that follow the given account (40 per page by default, 80 at most), unless it hides
 * its network. Follow `next` with `Endpoint.fetchPage` or walk them all with the stream package.
 *
 * @since 0.1.0
 */
export const followers = (id: Id.IdOrEntity<Id.AccountId>, params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> =>
  Endpoint.call(followersEndpoint, { path: pathId(id), query: params })

/**
 * Accounts the given account follows (40 per page by default, 80 at most), unless it hides its
 * network.
 *
 * @since 0.1.0
 */
export const following = (id: Id.IdOrEntity<Id.AccountId>, params?: Page.Params): Endpoint.Call<Page.Page<Account.Account>> =>
  Endpoint.call(followingEndpoint, { path: pathId(id), query: params })

/**
 * The hashtags an account features on its profile (Mastodon 3.3).
 *
 * @since 0.1.0
 */
export const featuredTags = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<ReadonlyArray<FeaturedTag.FeaturedTag>> =>
  Endpoint.call(featuredTagsEndpoint, { path: pathId(id) })

/**
 * The signed-in user's lists that contain the given account; empty when none do.
 *
 * @since 0.1.0
 */
export const lists = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<ReadonlyArray<List.List>> =>
  Endpoint.call(listsEndpoint, { path: pathId(id) })

/**
 * The accounts the given account features on its profile (Mastodon 4.4), 40 per page by
 * default, 80 at most. The server pages with `max_id`/`since_id` only, so `min_id` is not sent.
 *
 * @since 0.1.0
 */
export const endorsements = (
  id: Id.IdOrEntity<Id.AccountId>,
  params?: Omit<Page.Params, "min_id">
): Endpoint.Call<Page.Page<Account.Account>> => Endpoint.call(endorsementsEndpoint, { path: pathId(id), query: params })

/**
 * Identity proofs (Keybase) of an account. Deprecated: Mastodon 3.5 and later always answer an
 * empty array.
 *
 * @deprecated Identity proofs were retired in Mastodon 3.5.
 * @since 0.1.0
 */
export const identityProofs = (id: Id.IdOrEntity<Id.AccountId>): Endpoint.Call<ReadonlyArray<IdentityProof>> =>
  Endpoint.call(identityProofsEndpoint, { path: pathId(id) })

// ---------------------------------------------------------------------------------------------
// Acting on accounts
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link follow}.
 *
 * @since 0.1.0
 */
export interface FollowParams {
  /** Show this account's boosts in the home timeline (default true). */
  readonly reblogs?: boolean | undefined
  /** Notify on each of this account's posts (default false; Mastodon 3.3). */
  readonly notify?: boolean | undefined
  /** Only receive posts in these ISO 639-1 languages (Mastodon 4.0). */
  readonly languages?: ReadonlyArray<string> | undefined
}

/**
 * Follow an account, or change the options of an existing follow. Following a locked account
 * makes a request (`requested: true` in the relationship). Following someone who blocks you, or
 * whom you block, is `Forbidden`.
 *
 * @since 0.1.0
 */
export const follow = (id: Id.IdOrEntity<Id.AccountId>, params: FollowParams = {}): Endpoint.Call<Relationship.Relationship> =>
  Endpoint.call(followEndpoint, { path: pathId(id), body: params })

/**
 * Stop following an account (or withdraw a follow request).
 *
 * @since 0.1.0
 */
export const unfollow = /* @__PURE__ */ action(unfollowEndpoint)

/**
 * Make an account stop following the signed-in user (Mastodon 3.5).
 *
 * @since 0.1.0
 */
export const removeFromFollowers = /* @__PURE__ */ action(removeFromFollowersEndpoint)

/**
 * Block an account: it can no longer follow or see the user, and existing follows both ways end.
 *
 * @since 0.1.0
 */
export const block = /* @__PURE__ */ action(blockEndpoint)

/**
 * Lift a block.
 *
 * @since 0.1.0
 */
export const unblock = /* @__PURE__ */ action(unblockEndpoint)

/**
 * Options of {@link mute}.
 *
 * @since 0.1.0
 */
export interface MuteParams {
  /** Hide the account's notifications too (the server's default is true). */
  readonly notifications?: boolean | undefined
  /**
   * How long the mute lasts (Mastodon 3.3): whole seconds, or a `Duration` (whole seconds; an
   * infinite one, like `0`, means until lifted).
   */
  readonly duration?: Argument.DurationInput | undefined
}

export const mute = (id: Id.IdOrEntity<Id.AccountId>, params: MuteParams = {}): Endpoint.Call<Relationship.Relationship> =>
  Endpoint.call(muteEndpoint, { path: pathId(id), body: params })

/**
 * Lift a mute.
 *
 * @since 0.1.0
 */
export const unmute = /* @__PURE__ */ action(unmuteEndpoint)

/**
 * Feature an account on the user's profile. Deprecated since Mastodon 4.4 in favour of
 * {@link endorse}, kept for older servers. Not following the account is `UnprocessableEntity`.
 *
 * @deprecated Use {@link endorse} on Mastodon 4.4 and later.
 * @since 0.1.0
 */
export const pin = /* @__PURE__ */ action(pinEndpoint)

/**
 * Stop featuring an account. Deprecated since Mastodon 4.4 in favour of {@link unendorse}.
 *
 * @deprecated Use {@link unendorse} on Mastodon 4.4 and later.
 * @since 0.1.0
 */
export const unpin = /* @__PURE__ */ action(unpinEndpoint)

/**
 * Feature an account on the user's profile (Mastodon 4.4). The user must follow it, or the call
 * fails with `UnprocessableEntity`.
 *
 * @since 0.1.0
 */
export const endorse = /* @__PURE__ */ action(endorseEndpoint)

/**
 * Stop featuring an account on the user's profile (Mastodon 4.4).
 *
 * @since 0.1.0
 */
export const unendorse = /* @__PURE__ */ action(unendorseEndpoint)

/**
 * Set the user's private note on an account (Mastodon 3.2); an empty or missing comment clears it.
 *
 * @since 0.1.0
 */
export const note = (id: Id.IdOrEntity<Id.AccountId>, comment?: string): Endpoint.Call<Relationship.Relationship> =>
  Endpoint.call(noteEndpoint, { path: pathId(id), body: { comment } })

/**
 * Follow an account by its address (`user@domain`) or profile URL. Servers before 3.0 have a
 * remote-follow endpoint for it; on newer servers (which answer it `NotFound` or `Gone`) the
 * account is resolved with {@link search} (`resolve: true`) and followed with {@link follow}, as
 * Mastodon.py does. Answers the followed account. With a `VersionPolicy` that checks versions, a
 * newer server refuses the old endpoint before sending (`UnsupportedVersion`).
 *
 * @since 0.1.0
 */
export const followByUri = (uri: string): Endpoint.Call<Account.Account> =>
  Endpoint.call(followByUriEndpoint, { body: { uri } }).pipe(
    Effect.catchIf(
      (e) => e._tag === "NotFound" || e._tag === "Gone",
      (gone) =>
        Effect.flatMap(search(uri, { resolve: true, limit: 1 }), (found) => {
          const account = found[0]
          // Nothing by that address: the original answer says it best.
          return account === undefined ? Effect.fail(gone) : Effect.as(follow(account), account)
        })
    )
  )

// ---------------------------------------------------------------------------------------------
// Relationships and search
// ---------------------------------------------------------------------------------------------

/**
 * The relationships of the signed-in account to the given accounts (`id[]`). No ids gives an
 * empty array without a request.
 *
 * @since 0.1.0
 */
export const relationships = (
  ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>,
  params: {
    /** Also answer for suspended accounts (Mastodon 4.3; default false). */
    readonly with_suspended?: boolean | undefined
  } = {}
): Endpoint.Call<ReadonlyArray<Relationship.Relationship>> =>
  forIds(ids, () => Endpoint.call(relationshipsEndpoint, { query: { id: ids, with_suspended: params.with_suspended } }))

/**
 * For each given account, the accounts the user follows that follow it too (Mastodon 3.5). The
 * ids go in the query as `id[]` (a body on a GET, as some clients send, is ignored by servers).
 *
 * @since 0.1.0
 */
export const familiarFollowers = (
  ids: ReadonlyArray<Id.IdOrEntity<Id.AccountId>>
): Endpoint.Call<ReadonlyArray<FamiliarFollowers.FamiliarFollowers>> =>
  forIds(ids, () => Endpoint.call(familiarFollowersEndpoint, { query: { id: ids } }))

/**
 * Options of {@link search}.
 *
 * @since 0.1.0
 */
export interface SearchParams {
  /** Results per request (40 by default, 80 at most). */
  readonly limit?: number | undefined
  /** Skip this many results: the way to the next batch. */
  readonly offset?: number | undefined
  /** Look an exact `user@domain` address up over WebFinger when it is not known yet. */
  readonly resolve?: boolean | undefined
  /** Only accounts the user follows. */
  readonly following?: boolean | undefined
}

/**
 * Search accounts by username or display name. Paged by `offset`/`limit`, not by `Link`.
 *
 * @example
 * import { Accounts } from "@mastodon-effect/http"
 * const second = Accounts.search("alice", { limit: 20, offset: 20 })
 *
 * @since 0.1.0
 */
export const search = (q: string, params: SearchParams = {}): Endpoint.Call<ReadonlyArray<Account.Account>> =>
  Endpoint.call(searchEndpoint, { query: { ...params, q } })

/**
 * The account with a username (local) or `user@domain` address already known to the server
 * (Mastodon 3.4), without a WebFinger lookup. Unknown addresses are `NotFound`.
 *
 * @since 0.1.0
 */
export const lookup = (acct: string): Endpoint.Call<Account.Account> => Endpoint.call(lookupEndpoint, { query: { acct } })
