/**
 * @mastodon-effect/testing — an in-memory Mastodon instance for tests, as an in-process
 * `HttpClient` layer and as a loopback HTTP server, with typed seeding and fault injection.
 *
 * @since 0.1.0
 */

/**
 * The instance: options, the in-process layer, the loopback server, a signed-in client layer.
 *
 * @since 0.1.0
 */
export * as MastodonInstance from "./MastodonInstance.js"

/**
 * Typed seeding of accounts, relationships, statuses, lists, apps and codes.
 *
 * @since 0.1.0
 */
export * as Seed from "./Seed.js"

/**
 * Fault injection: latency, 5xx, resets, HTML, malformed/truncated JSON, cross-origin links.
 *
 * @since 0.1.0
 */
export * as Faults from "./Faults.js"

/**
 * The streaming API of the fake: open connections, events pushed by hand, dropped, stalled and
 * malformed streams.
 *
 * @since 0.1.0
 */
export * as StreamingHub from "./StreamingHub.js"
