/**
 * CORS as Mastodon configures rack-cors: any origin, no credentials, on the API, the OAuth token
 * endpoints and `/.well-known/*`, with the pagination and rate-limit headers exposed. Both faces
 * run it, so a browser build can talk to the loopback server.
 *
 * @internal
 */
import type { Reply } from "./route.js"

const methods = "POST, PUT, DELETE, GET, PATCH, OPTIONS"
const exposed = "Link, X-RateLimit-Reset, X-RateLimit-Limit, X-RateLimit-Remaining, X-Request-Id, Idempotency-Key"

/** Whether a path is one of the resources Mastodon shares with other origins. */
export const isCorsPath = (path: string): boolean =>
  path.startsWith("/api/") ||
  path === "/oauth/token" ||
  path === "/oauth/revoke" ||
  path === "/oauth/userinfo" ||
  path.startsWith("/.well-known/") ||
  path.startsWith("/nodeinfo/")

/** Whether a request is a CORS preflight (an OPTIONS with `Origin` and the method it asks for). */
export const isPreflight = (method: string, headers: Readonly<Record<string, string>>): boolean =>
  method === "OPTIONS" && headers["origin"] !== undefined && headers["access-control-request-method"] !== undefined

/**
 * The headers of an actual (non-preflight) response: rack-cors adds them only when the request
 * named its `Origin`, which a browser always does.
 */
export const corsHeaders = (path: string, headers: Readonly<Record<string, string>>): Record<string, string> =>
  headers["origin"] === undefined || !isCorsPath(path)
    ? {}
    : {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": methods,
      "access-control-expose-headers": exposed,
      "access-control-max-age": "7200",
      vary: "Origin"
    }

/** The answer to a preflight: 200 with an empty body, echoing the headers the browser asked for. */
export const preflight = (path: string, headers: Readonly<Record<string, string>>): Reply => {
  if (!isCorsPath(path)) return { status: 404, body: "", contentType: "text/plain" }
  const requested = headers["access-control-request-headers"]
  return {
    status: 200,
    body: "",
    contentType: "text/plain",
    headers: {
      ...corsHeaders(path, headers),
      ...(requested === undefined ? {} : { "access-control-allow-headers": requested })
    }
  }
}
