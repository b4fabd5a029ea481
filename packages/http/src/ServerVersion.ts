/**
 * The version a server reports, parsed for Mastodon and its forks, and compared against the
 * versions an endpoint declares.
 *
 * @since 0.1.0
 */
import * as Order from "effect/Order"

/**
 * A parsed server version. `major.minor.patch` is the Mastodon API level the server claims (for
 * Pleroma/Akkoma the "compatible" Mastodon version), `fork` names a fork when the version string
 * reveals one, and `api` is `api_versions.mastodon` (Mastodon 4.3+), when the server sent it.
 *
 * @since 0.1.0
 */
export interface ServerVersion {
  readonly raw: string
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly prerelease: string | undefined
  readonly fork: string | undefined
  readonly api: number | undefined
}

/**
 * A version as endpoints declare it: `"4.3.0"`.
 *
 * @since 0.1.0
 */
export type Semver = `${number}.${number}.${number}`

const numeric = /(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?/

/**
 * Parse a version string as servers send it: `4.3.0`, `4.4.0-beta.2`, `4.3.0+glitch`,
 * `4.5.0+hometown-1.1.2`, `2.7.2 (compatible; Pleroma 2.5.0)`, `3.5.3 (compatible; Akkoma 3.9.3)`,
 * `0.0.0 (compatible; GoToSocial 0.17.0)`. `undefined` when there is no version in it.
 *
 * @example
 * import { ServerVersion } from "@mastodon-effect/http"
 * ServerVersion.parse("4.5.0+hometown-1.1.2")?.fork // "hometown"
 *
 * @since 0.1.0
 */
export const parse = (raw: string, api?: number): ServerVersion | undefined => {
  const match = numeric.exec(raw)
  if (match === null) return undefined
  const build = match[5]
  const compatible = /\(compatible;\s*([A-Za-z][\w-]*)/.exec(raw)?.[1]
  const fork = compatible !== undefined
    ? compatible.toLowerCase()
    : build !== undefined
    ? build.split(/[-.]/)[0]?.toLowerCase()
    : undefined
  return {
    raw,
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
    prerelease: match[4],
    fork,
    api
  }
}

/**
 * Order by the Mastodon API level; a prerelease sorts before its release.
 *
 * @since 0.1.0
 */
export const order: Order.Order<Pick<ServerVersion, "major" | "minor" | "patch" | "prerelease">> = Order.combineAll([
  Order.mapInput(Order.number, (v) => v.major),
  Order.mapInput(Order.number, (v) => v.minor),
  Order.mapInput(Order.number, (v) => v.patch),
  Order.mapInput(Order.boolean, (v) => v.prerelease === undefined)
])

/**
 * Whether the server is at least the given version.
 *
 * @since 0.1.0
 */
export const atLeast = (server: ServerVersion, required: Semver): boolean => {
  const wanted = parse(required)
  if (wanted === undefined) return true
  // A pre-release (4.6.0-beta.1, 4.6.0-nightly.2026-04-09) has the features of its release.
  const release = { ...effective(server), prerelease: undefined }
  return Order.greaterThanOrEqualTo(order)(release, { ...wanted, prerelease: undefined })
}

/**
 * The least Mastodon release for each `api_versions.mastodon` level we know of: a fork that reports
 * an older version string but this API level has at least that release's API.
 */
const apiLevels: ReadonlyArray<readonly [number, Semver]> = [[2, "4.3.0"]]

/** The version to compare: the reported one, raised to what its API level guarantees. */
const effective = (server: ServerVersion): Pick<ServerVersion, "major" | "minor" | "patch" | "prerelease"> => {
  if (server.api === undefined) return server
  let best: Pick<ServerVersion, "major" | "minor" | "patch" | "prerelease"> = server
  for (const [level, version] of apiLevels) {
    const floor = parse(version)
    if (floor !== undefined && server.api >= level && Order.lessThan(order)(best, floor)) best = floor
  }
  return best
}

/**
 * The `major.minor.patch` of a version, for messages.
 *
 * @since 0.1.0
 */
export const format = (v: ServerVersion): string =>
  `${v.major}.${v.minor}.${v.patch}${v.prerelease === undefined ? "" : `-${v.prerelease}`}${
    v.fork === undefined ? "" : ` (${v.fork})`
  }`
