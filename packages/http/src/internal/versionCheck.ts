/**
 * The hook `Endpoint.call` uses to ask a version policy before sending. The policy is an optional
 * service: without one (the default) nothing is checked and nothing is fetched.
 */
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as ServerVersion from "../ServerVersion.js"

/** What a policy needs to know of an endpoint. */
export interface Checked {
  readonly method: string
  readonly path: string
  readonly versions: {
    readonly added?: string | undefined
    readonly changed?: string | undefined
    readonly removed?: string | undefined
  }
}

/** A version policy: fails with `UnsupportedVersion` for an endpoint the server cannot have. */
export interface Policy {
  readonly check: (endpoint: Checked) => Effect.Effect<void, MastodonError.MastodonError>
  /** The server version, read once and cached. */
  readonly serverVersion: Effect.Effect<ServerVersion.ServerVersion, MastodonError.MastodonError>
}

/** The service tag; `VersionPolicy` re-exports it with its layers. */
export class VersionPolicy extends Context.Tag("@mastodon-effect/http/VersionPolicy")<VersionPolicy, Policy>() {}

/** Ask the policy in the context, if there is one. */
export const check = (endpoint: Checked): Effect.Effect<void, MastodonError.MastodonError> =>
  Effect.flatMap(Effect.serviceOption(VersionPolicy), (policy) =>
    Option.isNone(policy) ? Effect.void : policy.value.check(endpoint))

/** A policy that checks nothing, used while the policy itself reads the server version. */
export const none: Policy = {
  check: () => Effect.void,
  serverVersion: Effect.dieMessage("the version is being read")
}
