/**
 * Whether endpoints check the server version before sending, as Mastodon.py's `version_check_mode`
 * does. Without this service nothing is checked (forks misreport their versions, so a hard gate
 * would refuse calls that work). With it, the server version is read once (the v2 instance, then
 * v1 for older servers and forks) and each call compares it with its endpoint's declaration:
 *
 * - `created`: the server must be at least the version that added the endpoint;
 * - `changed`: at least the version that last changed it;
 * - `none`: nothing is checked (the service is there only to read the version).
 *
 * An endpoint the server's version removed is refused under `created` and `changed`. A
 * pre-release (`4.6.0-nightly.2026-04-09`, `4.6.0-rc.1`) counts as its release, and
 * `api_versions.mastodon` is used where the server sends it.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as SynchronizedRef from "effect/SynchronizedRef"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import * as Instance from "./Instance.js"
import * as VersionCheck from "./internal/versionCheck.js"
import type { MastodonClient } from "./MastodonClient.js"
import * as ServerVersion from "./ServerVersion.js"

/**
 * The checking mode.
 *
 * @since 0.1.0
 */
export type Mode = "none" | "created" | "changed"

/**
 * The version policy service tag.
 *
 * @since 0.1.0
 */
export const VersionPolicy = VersionCheck.VersionPolicy

/**
 * The version policy service tag's type.
 *
 * @since 0.1.0
 */
export type VersionPolicy = VersionCheck.VersionPolicy

/**
 * What a version policy does: refuse an endpoint the server cannot have.
 *
 * @since 0.1.0
 */
export type Policy = VersionCheck.Policy

/**
 * Only what the version needs: a fork's instance that is incomplete in other ways must not stop the
 * version from being read.
 */
const VersionFields = /* @__PURE__ */ Schema.Struct({
  version: Schema.String,
  api_versions: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Struct({ mastodon: /* @__PURE__ */ Schema.optional(Schema.Number) }))
})

/** The instance declarations, read for their version fields alone. */
const v2Version = /* @__PURE__ */ Endpoint.make({ ...Instance.v2Endpoint, name: "instance.version", response: VersionFields })
const v1Version = /* @__PURE__ */ Endpoint.make({ ...Instance.v1Endpoint, name: "instance.v1Version", response: VersionFields })

const toServerVersion = (raw: string, api: number | undefined, url: string) => {
  const parsed = ServerVersion.parse(raw, api)
  return parsed === undefined
    ? Effect.fail(
      new MastodonError.DecodeError({
        method: "GET",
        url,
        status: 200,
        path: "version",
        issue: `no version number in ${JSON.stringify(raw.slice(0, 100))}`,
        body_excerpt: raw.slice(0, 100)
      })
    )
    : Effect.succeed(parsed)
}

/**
 * Read the server version: the v2 instance, or v1 where v2 is missing or does not decode. Uncached;
 * a policy caches it.
 *
 * @since 0.1.0
 */
export const fetchServerVersion: Effect.Effect<ServerVersion.ServerVersion, MastodonError.MastodonError, MastodonClient> =
  Endpoint.call(v2Version).pipe(
    Effect.flatMap((i) => toServerVersion(i.version, i.api_versions?.mastodon, "/api/v2/instance")),
    Effect.catchIf(
      (e) => e._tag === "NotFound" || e._tag === "Gone" || e._tag === "DecodeError",
      () => Effect.flatMap(Endpoint.call(v1Version), (i) => toServerVersion(i.version, i.api_versions?.mastodon, "/api/v1/instance"))
    ),
    // Reading the version must not itself wait for a version check.
    Effect.provideService(VersionCheck.VersionPolicy, VersionCheck.none)
  )

/**
 * Whether a server version allows an endpoint under a mode: `undefined` when it does, the error
 * otherwise.
 *
 * @since 0.1.0
 */
export const verdict = (
  mode: Mode,
  server: ServerVersion.ServerVersion,
  endpoint: VersionCheck.Checked
): MastodonError.UnsupportedVersion | undefined => {
  if (mode === "none") return undefined
  const versions = endpoint.versions
  const required = mode === "changed" ? versions.changed ?? versions.added : versions.added
  const name = `${endpoint.method} ${endpoint.path}`
  if (required !== undefined && !ServerVersion.atLeast(server, required as ServerVersion.Semver)) {
    return new MastodonError.UnsupportedVersion({ endpoint: name, required, actual: ServerVersion.format(server) })
  }
  if (versions.removed !== undefined && ServerVersion.atLeast(server, versions.removed as ServerVersion.Semver)) {
    return new MastodonError.UnsupportedVersion({ endpoint: name, required: `< ${versions.removed}`, actual: ServerVersion.format(server) })
  }
  return undefined
}

/**
 * A policy for a mode. The server version is read on the first call that needs it, and kept only
 * once read successfully.
 *
 * @since 0.1.0
 */
export const make = (mode: Mode): Effect.Effect<Policy, never, MastodonClient> =>
  Effect.gen(function*() {
    const context = yield* Effect.context<MastodonClient>()
    const cache = yield* SynchronizedRef.make(Option.none<ServerVersion.ServerVersion>())
    const serverVersion = SynchronizedRef.modifyEffect(cache, (cached) =>
      Option.match(cached, {
        onSome: (v) => Effect.succeed([v, cached] as const),
        onNone: () => Effect.map(fetchServerVersion, (v) => [v, Option.some(v)] as const)
      })).pipe(Effect.provide(context))
    const needsVersion = (endpoint: VersionCheck.Checked) =>
      mode !== "none" &&
      (endpoint.versions.removed !== undefined ||
        (mode === "changed" ? endpoint.versions.changed ?? endpoint.versions.added : endpoint.versions.added) !== undefined)
    return {
      serverVersion,
      check: (endpoint) =>
        needsVersion(endpoint)
          ? Effect.flatMap(serverVersion, (server) => {
            const refused = verdict(mode, server, endpoint)
            return refused === undefined ? Effect.void : Effect.fail(refused)
          })
          : Effect.void
    }
  })

/**
 * The server version, as the policy in context read it (once).
 *
 * @since 0.1.0
 */
export const serverVersion: Effect.Effect<ServerVersion.ServerVersion, MastodonError.MastodonError, VersionPolicy> =
  Effect.flatMap(VersionPolicy, (policy) => policy.serverVersion)

/**
 * A layer providing the policy for a mode, on top of a `MastodonClient`.
 *
 * @example
 * import { MastodonClient, VersionPolicy } from "@mastodon-effect/http"
 * import * as Layer from "effect/Layer"
 * const client = MastodonClient.layer({ url: "https://mastodon.example" })
 * const checked = VersionPolicy.layer("created").pipe(Layer.provideMerge(client))
 *
 * @since 0.1.0
 */
export const layer = (mode: Mode): Layer.Layer<VersionPolicy, never, MastodonClient> =>
  Layer.effect(VersionPolicy, make(mode))
