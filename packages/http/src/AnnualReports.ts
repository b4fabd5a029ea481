/**
 * Annual reports ("Wrapstodon"): a user's year on the server. List and read them, ask for one to
 * be generated (4.6) and follow its state, mark one as read. See the Mastodon docs,
 * methods/annual_reports.
 *
 * @since 0.1.0
 */
import * as AnnualReport from "@mastodon-effect/core/AnnualReport"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"

/** The declaration behind {@link list}: `GET /api/v1/annual_reports`. @since 0.1.0 */
export const listEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "annualReports.list",
  method: "GET",
  path: "/api/v1/annual_reports",
  response: AnnualReport.WrappedAnnualReports,
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "4.3.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/annual_reports/:year`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "annualReports.get",
  method: "GET",
  path: "/api/v1/annual_reports/:year",
  response: AnnualReport.WrappedAnnualReports,
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "4.4.0" }
})

/** The declaration behind {@link state}: `GET /api/v1/annual_reports/:year/state`. @since 0.1.0 */
export const stateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "annualReports.state",
  method: "GET",
  path: "/api/v1/annual_reports/:year/state",
  response: AnnualReport.AnnualReportState,
  auth: "user",
  scopes: ["read:accounts"],
  versions: { added: "4.6.0" }
})

/** The declaration behind {@link generate}: `POST /api/v1/annual_reports/:year/generate`. @since 0.1.0 */
export const generateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "annualReports.generate",
  method: "POST",
  path: "/api/v1/annual_reports/:year/generate",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.6.0" }
})

/** The declaration behind {@link read}: `POST /api/v1/annual_reports/:year/read`. @since 0.1.0 */
export const readEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "annualReports.read",
  method: "POST",
  path: "/api/v1/annual_reports/:year/read",
  response: Schema.Unknown,
  auth: "user",
  scopes: ["write:accounts"],
  versions: { added: "4.3.0" }
})

const yearOf = (year: number | string): string => String(year)

/**
 * The user's reports, with the accounts and statuses they mention.
 *
 * @since 0.1.0
 */
export const list = (): Endpoint.Call<AnnualReport.WrappedAnnualReports> => Endpoint.call(listEndpoint)

/**
 * The report of one year (the list holds one report, or none when there is no report).
 *
 * @since 0.1.0
 */
export const get = (year: number | string): Endpoint.Call<AnnualReport.WrappedAnnualReports> =>
  Endpoint.call(getEndpoint, { path: { year: yearOf(year) } })

/**
 * Where the report of a year stands: `available`, `generating`, `eligible` or `ineligible`.
 *
 * @since 0.1.0
 */
export const state = (year: number | string): Endpoint.Call<AnnualReport.AnnualReportStateValue> =>
  Effect.map(Endpoint.call(stateEndpoint, { path: { year: yearOf(year) } }), (s) => s.state)

/**
 * Ask for the report of a year. The server answers 202 while it generates (follow {@link state})
 * and 200 when it is already there or cannot be made.
 *
 * @example
 * import { AnnualReports } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * import * as Schedule from "effect/Schedule"
 * const ready = AnnualReports.generate(2025).pipe(
 *   Effect.zipRight(Effect.repeat(AnnualReports.state(2025), { schedule: Schedule.spaced("2 seconds"), until: (s) => s !== "generating" }))
 * )
 *
 * @since 0.1.0
 */
export const generate = (year: number | string): Endpoint.Call<unknown> => Endpoint.call(generateEndpoint, { path: { year: yearOf(year) } })

/**
 * Mark the report of a year as read.
 *
 * @since 0.1.0
 */
export const read = (year: number | string): Endpoint.Call<unknown> => Endpoint.call(readEndpoint, { path: { year: yearOf(year) } })
