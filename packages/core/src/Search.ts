/**
 * Search results (`GET /api/v2/search`).
 *
 * See the Mastodon docs, entities/Search.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Status from "./Status.js"
import * as Tag from "./Tag.js"

/**
 * Accounts, statuses and hashtags matching a query (v2 search: `hashtags` are `Tag` entities,
 * not the strings of the removed v1 search). A `type` restricted search leaves the other arrays
 * empty. See the Mastodon docs, entities/Search.
 *
 * @since 0.1.0
 */
export const Search = /* @__PURE__ */ Schema.Struct({
  /** Matching accounts. */
  accounts: /* @__PURE__ */ Schema.Array(Account.Account),
  /** Matching statuses. */
  statuses: /* @__PURE__ */ Schema.Array(Status.Status),
  /** Matching hashtags. */
  hashtags: /* @__PURE__ */ Schema.Array(Tag.Tag)
}).annotations({ identifier: "Search" })

/**
 * The decoded form of {@link Search}.
 *
 * @since 0.1.0
 */
export interface Search extends Schema.Schema.Type<typeof Search> {}

/**
 * The JSON form of {@link Search}.
 *
 * @since 0.1.0
 */
export interface SearchEncoded extends Schema.Schema.Encoded<typeof Search> {}
