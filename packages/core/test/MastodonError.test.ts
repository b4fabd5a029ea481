import { describe, expect, it } from "@effect/vitest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"

const request = { method: "POST", url: "https://mastodon.example/api/v1/accounts" }
const respond = (status: number, body: string, headers: Record<string, string> = {}) =>
  MastodonError.fromResponse({ status, headers, body, request })

describe("MastodonError.fromResponse", () => {
  it("reads the Collections endpoints' 422 body, nested under error, like the flat one", () => {
    const inner = {
      error: "Validation failed: Name is too long (maximum is 40 characters)",
      details: { name: [{ error: "ERR_TOO_LONG", description: "is too long (maximum is 40 characters)" }] }
    }
    const nested = respond(422, JSON.stringify({ error: inner }))
    const flat = respond(422, JSON.stringify(inner))
    expect(nested._tag).toBe("UnprocessableEntity")
    expect(nested.error).toBe(inner.error)
    expect(nested._tag === "UnprocessableEntity" && nested.details?.["name"]?.[0]?.error).toBe("ERR_TOO_LONG")
    expect({ ...nested }).toEqual({ ...flat })
    expect(nested).not.toHaveProperty("body_excerpt")
  })

  it("maps every status class to its tagged error", () => {
    const cases: ReadonlyArray<readonly [number, string]> = [
      [400, "BadRequest"],
      [401, "Unauthorized"],
      [403, "Forbidden"],
      [404, "NotFound"],
      [409, "Conflict"],
      [410, "Gone"],
      [422, "UnprocessableEntity"],
      [429, "RateLimited"],
      [500, "ServerError"],
      [502, "ServerError"],
      [503, "ServerError"],
      [599, "ServerError"],
      [418, "UnexpectedStatus"],
      [302, "UnexpectedStatus"]
    ]
    for (const [status, tag] of cases) {
      const error = respond(status, JSON.stringify({ error: `error ${status}` }))
      expect(error._tag).toBe(tag)
      expect(error.status).toBe(status)
      expect(error.error).toBe(`error ${status}`)
      expect(error.message).toContain(String(status))
      expect(error.message).toContain(`error ${status}`)
      expect(MastodonError.isMastodonError(error)).toBe(true)
    }
  })

  it("keeps error and error_description of OAuth errors", () => {
    const error = respond(400, JSON.stringify({ error: "invalid_grant", error_description: "The grant is invalid." }))
    expect(error.error).toBe("invalid_grant")
    expect(error.error_description).toBe("The grant is invalid.")
    expect(error.message).toContain("invalid_grant: The grant is invalid.")
  })

  it("exposes 422 details as typed ERR_* data", () => {
    const error = respond(
      422,
      JSON.stringify({
        error: "Validation failed: Username has already been taken, Agreement must be accepted",
        details: {
          username: [{ error: "ERR_TAKEN", description: "has already been taken" }],
          agreement: [{ error: "ERR_ACCEPTED", description: "must be accepted" }],
          email: [{ error: "ERR_SOMETHING_NEW", description: "a code from a newer server" }]
        }
      })
    )
    expect(error._tag).toBe("UnprocessableEntity")
    if (error._tag !== "UnprocessableEntity") return
    expect(error.codesFor("username")).toEqual(["ERR_TAKEN"])
    expect(error.codesFor("agreement")).toEqual(["ERR_ACCEPTED"])
    expect(error.codesFor("email")).toEqual(["ERR_SOMETHING_NEW"])
    expect(error.codesFor("password")).toEqual([])
    expect(error.message).toContain("username: ERR_TAKEN")
  })

  it("keeps an excerpt of HTML bodies from proxies, and says when the body was empty", () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"x".repeat(2000)}</body></html>`
    const error = respond(502, html)
    expect(error._tag).toBe("ServerError")
    expect(error.error).toBeUndefined()
    expect(error.body_excerpt).toContain("502 Bad Gateway")
    expect(error.body_excerpt!.length).toBeLessThanOrEqual(301)
    expect(error.message).toContain("non-JSON body")
    const empty = respond(503, "")
    expect(empty.body_excerpt).toBeUndefined()
    expect(empty.message).toContain("no error body")
  })

  it("treats truncated JSON as a non-JSON body instead of failing", () => {
    const error = respond(500, '{"error":"Something went wr')
    expect(error._tag).toBe("ServerError")
    expect(error.error).toBeUndefined()
    expect(error.body_excerpt).toBe('{"error":"Something went wr')
  })

  it("parses the rate-limit headers of a 429", () => {
    const error = respond(429, JSON.stringify({ error: "Too many requests" }), {
      "X-RateLimit-Limit": "300",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset": "2026-11-27T00:05:00.123Z"
    })
    expect(error._tag).toBe("RateLimited")
    expect(error.rate_limit?.limit).toBe(300)
    expect(error.rate_limit?.remaining).toBe(0)
    expect(error.rate_limit?.reset.toJSON()).toBe("2026-11-27T00:05:00.123Z")
    expect(error.message).toContain("resets at")
  })

  it("never carries a secret from the URL into the error", () => {
    const error = MastodonError.fromResponse({
      status: 401,
      headers: {},
      body: JSON.stringify({ error: "The access token is invalid" }),
      request: {
        method: "GET",
        url: "https://user:hunter2@mastodon.example/api/v1/streaming?access_token=s3cret-token&stream=user"
      }
    })
    const everything = `${error.message} ${JSON.stringify(error)} ${String(error)}`
    expect(everything).not.toContain("s3cret-token")
    expect(everything).not.toContain("hunter2")
    expect(error.url).toContain("stream=user")
  })
})

describe("MastodonError messages", () => {
  it("every error class has a readable message", () => {
    const errors = [
      new MastodonError.TransportError({ ...request, reason: "Transport: ECONNRESET" }),
      new MastodonError.Timeout({ ...request, timeout_ms: 30000 }),
      new MastodonError.DecodeError({ ...request, status: 200, path: "followers_count", issue: "Expected number", body_excerpt: "{}" }),
      new MastodonError.NonJsonBody({ ...request, status: 200, body_excerpt: "<html>" }),
      new MastodonError.InvalidArgument({ argument: "id", reason: "an empty id" }),
      new MastodonError.CrossOriginRefused({ url: "https://evil.example/x", expected_origin: "https://mastodon.example" }),
      new MastodonError.UnsupportedVersion({ endpoint: "GET /api/v1/profile", required: "4.6.0", actual: "4.2.0" }),
      new MastodonError.MissingScopes({ required: ["read", "write:accounts"], granted: ["read"] })
    ]
    const expected = ["ECONNRESET", "30000 ms", "followers_count", "not JSON", "an empty id", "evil.example", "4.6.0", "write:accounts"]
    errors.forEach((error, i) => {
      expect(error.message).toContain(expected[i])
      expect(MastodonError.isMastodonError(error)).toBe(true)
    })
    expect(MastodonError.isMastodonError(new Error("x"))).toBe(false)
  })
})
