/**
 * Server rules.
 *
 * See the Mastodon docs, entities/Rule.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Id from "./Id.js"

/**
 * A rule's text and hint in one language.
 *
 * @since 0.1.0
 */
export const RuleTranslation = /* @__PURE__ */ Schema.Struct({
  /** The rule, translated. */
  text: Schema.String,
  /** The longer explanation, translated. */
  hint: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "RuleTranslation" })

/**
 * The decoded form of {@link RuleTranslation}.
 *
 * @since 0.1.0
 */
export interface RuleTranslation extends Schema.Schema.Type<typeof RuleTranslation> {}

/**
 * A rule that users of a server agree to follow.
 *
 * `hint` (Mastodon 4.3) and `translations` (4.4, keyed by locale such as `de` or `zh-TW`) are
 * optional. See the Mastodon docs, entities/Rule.
 *
 * @since 0.1.0
 */
export const Rule = /* @__PURE__ */ Schema.Struct({
  /** The rule's id. */
  id: Id.RuleId,
  /** The rule. */
  text: Schema.String,
  /** A longer explanation of the rule. */
  hint: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The rule in other languages, by locale. */
  translations: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Record({ key: Schema.String, value: RuleTranslation }))
}).annotations({ identifier: "Rule" })

/**
 * The decoded form of {@link Rule}.
 *
 * @since 0.1.0
 */
export interface Rule extends Schema.Schema.Type<typeof Rule> {}

/**
 * The JSON form of {@link Rule}.
 *
 * @since 0.1.0
 */
export interface RuleEncoded extends Schema.Schema.Encoded<typeof Rule> {}
