/**
 * The web server's health check: `GET /health` answers `OK` while the server runs. See the
 * Mastodon docs, methods/health.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"

/**
 * The body of `/health` is the plain text `OK`, not JSON: any body is accepted here, and
 * {@link check} reads the text itself.
 */
const Plain = /* @__PURE__ */ Schema.Unknown

/** The declaration behind {@link check}: `GET /health`. @since 0.1.0 */
export const checkEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "health.check",
  method: "GET",
  path: "/health",
  response: Plain,
  auth: "public",
  versions: { added: "3.0.0" }
})

/**
 * Whether the server is up: `true` when `/health` answers 200 `OK`, `false` for another 200 body
 * (a proxy's page), and the typed error of the status otherwise (a 503 is `ServerError`).
 *
 * @example
 * import { Health } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const up = Health.check().pipe(Effect.orElseSucceed(() => false))
 *
 * @since 0.1.0
 */
export const check = (): Endpoint.Call<boolean> =>
  Endpoint.callRaw(checkEndpoint).pipe(
    // A JSON body is not what Mastodon sends, but a server that answers 200 with one is up.
    Effect.as(true),
    Effect.catchTag("NonJsonBody", (e) => e.status === 200 ? Effect.succeed(e.body_excerpt.trim() === "OK") : Effect.fail(e))
  )
