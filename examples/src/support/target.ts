/**
 * Where an example runs: the embedded Mastodon instance (the default: a real HTTP server on
 * 127.0.0.1 with demo data, gone when the program ends) or your own server, when `MASTODON_URL`
 * (and usually `MASTODON_ACCESS_TOKEN`) is set.
 *
 * Every example takes this choice from here, so that the same program runs against both.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"

/**
 * The embedded instance: its URL, the demo world seeded into it, and the instance itself (to seed
 * more with `Seed`, or to inject faults with `Faults`).
 *
 * @since 0.1.0
 */
export interface Embedded {
  readonly _tag: "Embedded"
  readonly url: string
  readonly demo: Seed.Demo
  readonly instance: MastodonInstance.Service
}

/**
 * A server named by `MASTODON_URL`.
 *
 * @since 0.1.0
 */
export interface Remote {
  readonly _tag: "Remote"
  readonly url: string
}

/**
 * The server an example talks to.
 *
 * @since 0.1.0
 */
export type Target = Embedded | Remote

/**
 * The target service tag.
 *
 * @since 0.1.0
 */
export class CurrentTarget extends Context.Tag("examples/CurrentTarget")<CurrentTarget, Target>() {}

/**
 * How to set up the embedded instance (ignored for a remote server).
 *
 * @since 0.1.0
 */
export interface Options {
  /** Followers of the demo's popular account. Default 5,000. */
  readonly followers?: number | undefined
  /** Options of the loopback server (rate limit, `authorizeAs`, profile field limit, ...). */
  readonly server?: MastodonServer.Options | undefined
  /** Further accounts to create after the demo. */
  readonly accounts?: ReadonlyArray<Seed.AccountInput> | undefined
}

/**
 * `MASTODON_URL`, when it is set and not blank.
 *
 * @since 0.1.0
 */
export const remoteUrl: Effect.Effect<Option.Option<string>, ConfigError.ConfigError> = Config.option(Config.string("MASTODON_URL")).pipe(
  Effect.map(Option.filter((url) => url.trim() !== ""))
)

const makeEmbedded = (options: Options): Effect.Effect<Embedded, MastodonError.InvalidArgument, MastodonInstance.MastodonInstance> =>
  Effect.gen(function*() {
    const instance = yield* MastodonInstance.MastodonInstance
    const demo = yield* Seed.demo({ followers: options.followers })
    for (const account of options.accounts ?? []) yield* Seed.createAccount(account)
    return { _tag: "Embedded", url: instance.origin, demo, instance }
  })

// The server lives as long as the layer that built it: it stops when the program ends.
const embedded = (options: Options): Layer.Layer<CurrentTarget, HttpServerError.ServeError | MastodonError.InvalidArgument> =>
  Layer.effect(CurrentTarget, makeEmbedded(options)).pipe(Layer.provide(MastodonServer.layer(options.server)))

/**
 * The target: a remote server when `MASTODON_URL` is set, the embedded instance otherwise.
 *
 * @since 0.1.0
 */
export const layer = (
  options: Options = {}
): Layer.Layer<CurrentTarget, HttpServerError.ServeError | MastodonError.InvalidArgument | ConfigError.ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(remoteUrl, (url) =>
      Option.match(url, {
        onSome: (url) => Layer.succeed(CurrentTarget, { _tag: "Remote", url }),
        onNone: () => embedded(options)
      }))
  )

/**
 * The embedded instance, for examples that only run there.
 *
 * @since 0.1.0
 */
export class EmbeddedTarget extends Context.Tag("examples/EmbeddedTarget")<EmbeddedTarget, Embedded>() {}

/**
 * The embedded instance only, whatever the environment says: for examples that change things no
 * one should change by accident on a real server, or that need `Seed` and `Faults`. It provides
 * the instance itself too.
 *
 * @since 0.1.0
 */
export const layerEmbedded = (
  options: Options = {}
): Layer.Layer<CurrentTarget | EmbeddedTarget | MastodonInstance.MastodonInstance, HttpServerError.ServeError | MastodonError.InvalidArgument> =>
  Layer.effect(CurrentTarget, EmbeddedTarget).pipe(
    Layer.provideMerge(Layer.effect(EmbeddedTarget, makeEmbedded(options))),
    Layer.provideMerge(MastodonServer.layer(options.server))
  )

/**
 * A client signed in on the target: as the demo user on the embedded instance, with
 * `MASTODON_URL` / `MASTODON_ACCESS_TOKEN` otherwise.
 *
 * @since 0.1.0
 */
export const clientLayer = (
  options: Omit<MastodonClient.Options, "url" | "accessToken"> = {}
): Layer.Layer<MastodonClient.MastodonClient, MastodonError.InvalidArgument | ConfigError.ConfigError, CurrentTarget | HttpClient.HttpClient> =>
  Layer.unwrapEffect(
    Effect.map(CurrentTarget, (target) =>
      target._tag === "Embedded"
        ? MastodonClient.layer({ ...options, url: target.url, accessToken: target.demo.user.token })
        : MastodonClient.layerConfig(options))
  )

/**
 * A client without a token on the target (registering apps, signing up, public reads).
 *
 * @since 0.1.0
 */
export const anonymousClientLayer = (
  options: Omit<MastodonClient.Options, "url" | "accessToken"> = {}
): Layer.Layer<MastodonClient.MastodonClient, MastodonError.InvalidArgument, CurrentTarget | HttpClient.HttpClient> =>
  Layer.unwrapEffect(Effect.map(CurrentTarget, (target) => MastodonClient.layer({ ...options, url: target.url })))
