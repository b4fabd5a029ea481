/**
 * Reporting an account (and some of its statuses) to the moderators. See the Mastodon docs,
 * methods/reports.
 *
 * @since 0.1.0
 */
import type * as Id from "@mastodon-effect/core/Id"
import * as Report from "@mastodon-effect/core/Report"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

const ReportBody = /* @__PURE__ */ Schema.Struct({
  account_id: Argument.IdRef,
  status_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef)),
  collection_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef)),
  comment: /* @__PURE__ */ Schema.optional(Schema.String.pipe(/* @__PURE__ */ Schema.maxLength(1000))),
  forward: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  forward_to_domains: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.NonEmptyString)),
  category: /* @__PURE__ */ Schema.optional(Schema.String),
  rule_ids: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Argument.IdRef))
})

/** The declaration behind {@link create}: `POST /api/v1/reports`. @since 0.1.0 */
export const createEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "reports.create",
  method: "POST",
  path: "/api/v1/reports",
  body: ReportBody,
  response: Report.Report,
  auth: "user",
  scopes: ["write:reports"],
  versions: { added: "1.1.0", changed: "4.6.0" }
})

/**
 * What a report says.
 *
 * @since 0.1.0
 */
export interface ReportParams {
  /** The reported account. */
  readonly account_id: Id.IdOrEntity<Id.AccountId>
  /** Statuses of that account to attach. */
  readonly status_ids?: ReadonlyArray<Id.IdOrEntity<Id.StatusId>> | undefined
  /** Collections of that account to attach (4.6). */
  readonly collection_ids?: ReadonlyArray<Id.IdOrEntity<Id.CollectionId>> | undefined
  /** Why, at most 1000 characters. */
  readonly comment?: string | undefined
  /** Also send the report to the account's server, when it is remote. */
  readonly forward?: boolean | undefined
  /** The remote servers to forward to (those of the account and of the reported replies). */
  readonly forward_to_domains?: ReadonlyArray<string> | undefined
  /** `spam`, `legal` (4.2), `violation` (with `rule_ids`) or `other`. */
  readonly category?: Report.ReportCategory | undefined
  /** The broken server rules, for `violation`. */
  readonly rule_ids?: ReadonlyArray<Id.IdOrEntity<Id.RuleId>> | undefined
}

/**
 * Report an account to the moderators. A comment over 1000 characters is refused before sending.
 *
 * @example
 * import { Reports } from "@mastodon-effect/http"
 * import type { Id } from "@mastodon-effect/core"
 * declare const account: Id.AccountId, status: Id.StatusId, rule: Id.RuleId
 * const report = Reports.create({ account_id: account, status_ids: [status], category: "violation", rule_ids: [rule] })
 *
 * @since 0.1.0
 */
export const create = (params: ReportParams, options?: { readonly idempotencyKey?: string }): Endpoint.Call<Report.Report> =>
  Endpoint.call(createEndpoint, { body: params, idempotencyKey: options?.idempotencyKey })
