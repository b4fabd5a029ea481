/**
 * Server information: the instance description (v2, and the deprecated v1 that older servers and
 * forks still serve), known peers, weekly activity, rules, moderated domains, the extended
 * description, the privacy policy, the terms of service and the translation languages. See the
 * Mastodon docs, methods/instance.
 *
 * The instance description is public; `peers`, `activity` and `domainBlocks` need a user token on
 * servers that restrict them (limited federation, or domain blocks shown to users only).
 *
 * @since 0.1.0
 */
import * as Instance from "@mastodon-effect/core/Instance"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Rule from "@mastodon-effect/core/Rule"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type { MastodonClient } from "./MastodonClient.js"

// ---------------------------------------------------------------------------------------------
// Entities that only these endpoints return (core does not have them)
// ---------------------------------------------------------------------------------------------

/**
 * One week of server activity. The numbers are strings on the wire and stay strings here, as in
 * `Tag` history.
 *
 * @since 0.1.0
 */
export const WeeklyActivity = /* @__PURE__ */ Schema.Struct({
  /** Midnight of the week's first day, in UNIX seconds, as a string. */
  week: Schema.String,
  /** Statuses created that week, as a string. */
  statuses: Schema.String,
  /** User logins that week, as a string. */
  logins: Schema.String,
  /** Sign-ups that week, as a string. */
  registrations: Schema.String
}).annotations({ identifier: "WeeklyActivity" })

/**
 * The decoded form of {@link WeeklyActivity}.
 *
 * @since 0.1.0
 */
export interface WeeklyActivity extends Schema.Schema.Type<typeof WeeklyActivity> {}

/**
 * How hard a domain is moderated: `silence` (limited) or `suspend`; a value added by a newer server
 * still decodes.
 *
 * @since 0.1.0
 */
export const DomainBlockSeverity: Schema.Schema<"silence" | "suspend" | (string & {}), string> = /* @__PURE__ */ Schema.Union(
  /* @__PURE__ */ Schema.Literal("silence", "suspend"),
  Schema.String
)

/**
 * A domain the server moderates, as shown publicly.
 *
 * @since 0.1.0
 */
export const DomainBlock = /* @__PURE__ */ Schema.Struct({
  /** The domain, possibly partly masked with `*`. */
  domain: Schema.String,
  /** The SHA-256 hex digest of the full domain, to check a known domain against a masked entry. */
  digest: Schema.String,
  /** How hard the domain is moderated. */
  severity: DomainBlockSeverity,
  /** The public reason, when the admin gave one. */
  comment: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.NullOr(Schema.String))
}).annotations({ identifier: "DomainBlock" })

/**
 * The decoded form of {@link DomainBlock}.
 *
 * @since 0.1.0
 */
export interface DomainBlock extends Schema.Schema.Type<typeof DomainBlock> {}

/**
 * The server's long description (HTML), with the time it last changed. A server where no one has
 * written one answers `{"updated_at": null, "content": ""}`.
 *
 * @since 0.1.0
 */
export const ExtendedDescription = /* @__PURE__ */ Schema.Struct({
  /** When it last changed, or null when it was never set. */
  updated_at: /* @__PURE__ */ Schema.NullOr(Schema.DateTimeUtc),
  /** The description, as HTML. */
  content: Schema.String
}).annotations({ identifier: "ExtendedDescription" })

/**
 * The decoded form of {@link ExtendedDescription}.
 *
 * @since 0.1.0
 */
export interface ExtendedDescription extends Schema.Schema.Type<typeof ExtendedDescription> {}

/**
 * The server's privacy policy (HTML), with the time it last changed.
 *
 * @since 0.1.0
 */
export const PrivacyPolicy = /* @__PURE__ */ Schema.Struct({
  /** When it last changed. */
  updated_at: Schema.DateTimeUtc,
  /** The policy, as HTML. */
  content: Schema.String
}).annotations({ identifier: "PrivacyPolicy" })

/**
 * The decoded form of {@link PrivacyPolicy}.
 *
 * @since 0.1.0
 */
export interface PrivacyPolicy extends Schema.Schema.Type<typeof PrivacyPolicy> {}

/**
 * One version of the server's terms of service (Mastodon 4.4).
 *
 * The dates stay `YYYY-MM-DD` strings: they name versions, and are exactly what
 * {@link termsOfService} takes to fetch another one.
 *
 * @since 0.1.0
 */
export const TermsOfService = /* @__PURE__ */ Schema.Struct({
  /** The day these terms take or took effect, `YYYY-MM-DD`. */
  effective_date: Schema.String,
  /** Whether these terms are the ones in effect now. */
  effective: Schema.Boolean,
  /** The terms, as HTML. */
  content: Schema.String,
  /** The effective date of the next version, or null when there is none. */
  succeeded_by: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.NullOr(Schema.String))
}).annotations({ identifier: "TermsOfService" })

/**
 * The decoded form of {@link TermsOfService}.
 *
 * @since 0.1.0
 */
export interface TermsOfService extends Schema.Schema.Type<typeof TermsOfService> {}

/**
 * Translation pairs: for each source language code (`und` when the server detects it), the codes
 * it can be translated into.
 *
 * @since 0.1.0
 */
export const TranslationLanguages = /* @__PURE__ */ Schema.Record({ key: Schema.String, value: /* @__PURE__ */ Schema.Array(Schema.String) }).annotations({
  identifier: "TranslationLanguages"
})

/**
 * The decoded form of {@link TranslationLanguages}.
 *
 * @since 0.1.0
 */
export type TranslationLanguages = typeof TranslationLanguages.Type

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link v2}: `GET /api/v2/instance`. @since 0.1.0 */
export const v2Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.v2",
  method: "GET",
  path: "/api/v2/instance",
  response: Instance.InstanceV2,
  auth: "public",
  versions: { added: "4.0.0", changed: "4.6.0" }
})

/** The declaration behind {@link v1}: `GET /api/v1/instance`. @since 0.1.0 */
export const v1Endpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.v1",
  method: "GET",
  path: "/api/v1/instance",
  response: Instance.InstanceV1,
  auth: "optional",
  deprecated: true,
  versions: { added: "1.1.0", changed: "4.0.0" }
})

/** The declaration behind {@link peers}: `GET /api/v1/instance/peers`. @since 0.1.0 */
export const peersEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.peers",
  method: "GET",
  path: "/api/v1/instance/peers",
  response: /* @__PURE__ */ Schema.Array(Schema.String),
  auth: "optional",
  versions: { added: "2.1.2", changed: "3.0.0" }
})

/** The declaration behind {@link activity}: `GET /api/v1/instance/activity`. @since 0.1.0 */
export const activityEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.activity",
  method: "GET",
  path: "/api/v1/instance/activity",
  response: /* @__PURE__ */ Schema.Array(WeeklyActivity),
  auth: "optional",
  versions: { added: "2.1.2", changed: "3.0.0" }
})

/** The declaration behind {@link rules}: `GET /api/v1/instance/rules`. @since 0.1.0 */
export const rulesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.rules",
  method: "GET",
  path: "/api/v1/instance/rules",
  response: /* @__PURE__ */ Schema.Array(Rule.Rule),
  auth: "public",
  versions: { added: "3.4.0" }
})

/** The declaration behind {@link domainBlocks}: `GET /api/v1/instance/domain_blocks`. @since 0.1.0 */
export const domainBlocksEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.domainBlocks",
  method: "GET",
  path: "/api/v1/instance/domain_blocks",
  response: /* @__PURE__ */ Schema.Array(DomainBlock),
  auth: "optional",
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link extendedDescription}: `GET /api/v1/instance/extended_description`. @since 0.1.0 */
export const extendedDescriptionEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.extendedDescription",
  method: "GET",
  path: "/api/v1/instance/extended_description",
  response: ExtendedDescription,
  auth: "public",
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link privacyPolicy}: `GET /api/v1/instance/privacy_policy`. @since 0.1.0 */
export const privacyPolicyEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.privacyPolicy",
  method: "GET",
  path: "/api/v1/instance/privacy_policy",
  response: PrivacyPolicy,
  auth: "public",
  versions: { added: "4.0.0" }
})

/** The declaration behind {@link termsOfService}: `GET /api/v1/instance/terms_of_service`. @since 0.1.0 */
export const termsOfServiceEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.termsOfService",
  method: "GET",
  path: "/api/v1/instance/terms_of_service",
  response: TermsOfService,
  auth: "public",
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link termsOfServiceAt}: `GET /api/v1/instance/terms_of_service/:date`. @since 0.1.0 */
export const termsOfServiceAtEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.termsOfServiceAt",
  method: "GET",
  path: "/api/v1/instance/terms_of_service/:date",
  response: TermsOfService,
  auth: "public",
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link translationLanguages}: `GET /api/v1/instance/translation_languages`. @since 0.1.0 */
export const translationLanguagesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.translationLanguages",
  method: "GET",
  path: "/api/v1/instance/translation_languages",
  response: TranslationLanguages,
  auth: "public",
  versions: { added: "4.2.0" }
})

/**
 * A language the server knows: its ISO 639 code and English name.
 *
 * @since 0.1.0
 */
export const Language = /* @__PURE__ */ Schema.Struct({ code: Schema.String, name: Schema.String }).annotations({ identifier: "Language" })

/**
 * The decoded form of {@link Language}.
 *
 * @since 0.1.0
 */
export interface Language extends Schema.Schema.Type<typeof Language> {}

/** The declaration behind {@link languages}: `GET /api/v1/instance/languages`. @since 0.1.0 */
export const languagesEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "instance.languages",
  method: "GET",
  path: "/api/v1/instance/languages",
  response: /* @__PURE__ */ Schema.Array(Language),
  auth: "public",
  versions: { added: "4.2.0" }
})

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * The server's description from `GET /api/v2/instance` (Mastodon 4.0+): domain, version, limits,
 * sign-up settings, contact, rules. Forks send much less; everything but `domain`, `title`,
 * `version` and `description` may be absent. For servers without it use {@link v1}.
 *
 * @example
 * import { Instance } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const maxChars = Effect.map(Instance.get(), (i) => i.configuration?.statuses?.max_characters ?? 500)
 *
 * @since 0.1.0
 */
export const get = (): Endpoint.Call<Instance.InstanceV2> => Endpoint.call(v2Endpoint)

/**
 * Alias of {@link get}: the v2 instance.
 *
 * @since 0.1.0
 */
export const v2 = get

/**
 * The older description from `GET /api/v1/instance` (deprecated since Mastodon 4.0, still the only
 * one on Mastodon 3.x and on several forks). A fork's `version` often reads
 * `2.7.2 (compatible; Pleroma 2.5.0)`.
 *
 * @since 0.1.0
 */
export const v1 = (): Endpoint.Call<Instance.InstanceV1> => Endpoint.call(v1Endpoint)

/**
 * Domains this server knows of. Fails with `Unauthorized` on a server that limits it to users
 * when no valid token is configured.
 *
 * @since 0.1.0
 */
export const peers = (): Endpoint.Call<ReadonlyArray<string>> => Endpoint.call(peersEndpoint)

/**
 * Statuses, logins and sign-ups per week over about the last three months, newest week first.
 *
 * @since 0.1.0
 */
export const activity = (): Endpoint.Call<ReadonlyArray<WeeklyActivity>> => Endpoint.call(activityEndpoint)

/**
 * The rules users of this server agree to.
 *
 * @since 0.1.0
 */
export const rules = (): Endpoint.Call<ReadonlyArray<Rule.Rule>> => Endpoint.call(rulesEndpoint)

/**
 * The domains this server moderates. Depending on the admin's choice this is public, for signed-in
 * users only (`Unauthorized` without a valid token), or shown to no one (`NotFound`).
 *
 * @since 0.1.0
 */
export const domainBlocks = (): Endpoint.Call<ReadonlyArray<DomainBlock>> => Endpoint.call(domainBlocksEndpoint)

/**
 * The server's long description (the about page), as HTML.
 *
 * @since 0.1.0
 */
export const extendedDescription = (): Endpoint.Call<ExtendedDescription> => Endpoint.call(extendedDescriptionEndpoint)

/**
 * The server's privacy policy, as HTML.
 *
 * @since 0.1.0
 */
export const privacyPolicy = (): Endpoint.Call<PrivacyPolicy> => Endpoint.call(privacyPolicyEndpoint)

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * The terms of service in effect (Mastodon 4.4), or the version that took effect on `date`
 * (`YYYY-MM-DD`, as in `effective_date` and `succeeded_by`). Fails with `NotFound` when the server
 * has no terms configured (or none for that date); a date in another format is refused before
 * sending.
 *
 * @example
 * import { Instance } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * // the version after the current one, if one is announced
 * const upcoming = Effect.flatMap(Instance.termsOfService(), (tos) =>
 *   typeof tos.succeeded_by === "string" ? Instance.termsOfService(tos.succeeded_by) : Effect.succeed(null))
 *
 * @since 0.1.0
 */
export const termsOfService = (
  date?: string
): Effect.Effect<TermsOfService, MastodonError.MastodonError, MastodonClient> =>
  date === undefined
    ? Endpoint.call(termsOfServiceEndpoint)
    : Effect.zipRight(
      isoDate.test(date)
        ? Effect.void
        : Effect.fail(new MastodonError.InvalidArgument({ argument: "date", reason: `${JSON.stringify(date)} is not a YYYY-MM-DD date` })),
      Endpoint.call(termsOfServiceAtEndpoint, { path: { date } })
    )

/**
 * The language pairs the server's translation engine supports (Mastodon 4.2).
 *
 * @since 0.1.0
 */
export const translationLanguages = () => Endpoint.call(translationLanguagesEndpoint)

/**
 * The instance in the newest form the server has, as Mastodon.py's `instance()` picks it: the v2
 * description, or the v1 one from a server without v2 (Mastodon before 4.0, several forks).
 *
 * @example
 * import { Instance } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const title = Effect.map(Instance.newest(), (i) => i.instance.title)
 *
 * @since 0.1.0
 */
export const newest = (): Endpoint.Call<
  | { readonly api: "v2"; readonly instance: Instance.InstanceV2 }
  | { readonly api: "v1"; readonly instance: Instance.InstanceV1 }
> =>
  get().pipe(
    Effect.map((instance) => ({ api: "v2" as const, instance })),
    Effect.catchIf(
      (e) => e._tag === "NotFound" || e._tag === "Gone",
      () => Effect.map(v1(), (instance) => ({ api: "v1" as const, instance }))
    )
  )

/**
 * The languages the server supports for posts (code and name), for a language picker.
 *
 * @since 0.1.0
 */
export const languages = (): Endpoint.Call<ReadonlyArray<Language>> => Endpoint.call(languagesEndpoint)
