/**
 * @mastodon-effect/stream: paginated Mastodon endpoints as lazy Streams.
 *
 * Each module is also its own entry point (`@mastodon-effect/stream/<Module>`), which keeps
 * bundles small; this index re-exports them as namespaces.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Paginate from "./Paginate.js"

/** @since 0.1.0 */
export * as Streams from "./Streams.js"
