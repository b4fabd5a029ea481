/**
 * The server's extended description, the "about" page (`GET /api/v1/instance/extended_description`).
 *
 * See the Mastodon docs, entities/ExtendedDescription.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { optionalNullable, Timestamp } from "./internal/schema.js"

/**
 * The extended description of the server, as rendered HTML (Mastodon 4.0). A server whose
 * administrators never wrote one may send `updated_at` as null.
 *
 * See the Mastodon docs, entities/ExtendedDescription.
 *
 * @since 0.1.0
 */
export const ExtendedDescription = /* @__PURE__ */ Schema.Struct({
  /** When it was last changed; null on a server that never set one. */
  updated_at: optionalNullable(Timestamp),
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
 * The JSON form of {@link ExtendedDescription}.
 *
 * @since 0.1.0
 */
export interface ExtendedDescriptionEncoded extends Schema.Schema.Encoded<typeof ExtendedDescription> {}
