/**
 * Accounts you follow that also follow a given account.
 *
 * See the Mastodon docs, entities/FamiliarFollowers.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Account from "./Account.js"
import * as Id from "./Id.js"

/**
 * For one account (`id`), the accounts you follow that follow it too (Mastodon 3.5).
 *
 * See the Mastodon docs, entities/FamiliarFollowers.
 *
 * @since 0.1.0
 */
export const FamiliarFollowers = /* @__PURE__ */ Schema.Struct({
  /** The account the answer is about. */
  id: Id.AccountId,
  /** Accounts you follow that also follow it; may be empty. */
  accounts: /* @__PURE__ */ Schema.Array(Account.Account)
}).annotations({ identifier: "FamiliarFollowers" })

/**
 * The decoded form of {@link FamiliarFollowers}.
 *
 * @since 0.1.0
 */
export interface FamiliarFollowers extends Schema.Schema.Type<typeof FamiliarFollowers> {}

/**
 * The JSON form of {@link FamiliarFollowers}.
 *
 * @since 0.1.0
 */
export interface FamiliarFollowersEncoded extends Schema.Schema.Encoded<typeof FamiliarFollowers> {}
