/**
 * Secrets the client sent must not come back in its messages when a server echoes them.
 */
import { describe, expect, it } from "@effect/vitest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Redacted from "effect/Redacted"

const token = "tok_Zx9+/secret value"

describe("MastodonError.redactKnown", () => {
  it("masks a secret as written, URL-encoded, form-encoded and JSON-escaped", () => {
    const text = [
      `raw ${token}`,
      `query ?access_token=${encodeURIComponent(token)}`,
      `form access_token=${encodeURIComponent(token).replace(/%20/g, "+")}`,
      `json ${JSON.stringify({ echoed: token })}`
    ].join("\n")
    const masked = MastodonError.redactKnown(text, [token])
    expect(masked).not.toContain("Zx9")
    expect(masked.match(/\[redacted\]/g)).toHaveLength(4)
    expect(masked).toContain("raw [redacted]")
  })

  it("accepts Redacted values, ignores empty secrets and leaves other text alone", () => {
    expect(MastodonError.redactKnown("a abc b abc", [Redacted.make("abc"), ""])).toBe("a [redacted] b [redacted]")
    expect(MastodonError.redactKnown("nothing to hide", ["abc"])).toBe("nothing to hide")
  })

  it("a JSON-escaped secret with quotes and backslashes is masked inside the JSON text", () => {
    const odd = "p\"a\\ss"
    const body = JSON.stringify({ error: `bad password ${odd}` })
    const masked = MastodonError.redactKnown(body, [odd])
    expect(masked).not.toContain("a\\\\ss")
    expect(JSON.parse(masked)).toEqual({ error: "bad password [redacted]" })
  })
})

describe("excerpt and fromResponse with known secrets", () => {
  it("the excerpt masks the secret before cutting the body, so no prefix of it survives", () => {
    const secret = "S".repeat(20) + "tail-of-the-secret"
    const body = `${"x".repeat(290)} ${secret}`
    const cut = MastodonError.excerpt(body, [secret])
    expect(cut).not.toContain("SSSS")
    expect(MastodonError.excerpt(body)).toContain("SSSS")
  })

  it("a server echoing the token in its error body does not get it repeated in the error", () => {
    const echoed = MastodonError.fromResponse({
      status: 401,
      headers: {},
      body: JSON.stringify({ error: `The access token ${token} is invalid`, error_description: `token=${encodeURIComponent(token)}` }),
      request: { method: "GET", url: "https://mastodon.example/api/v1/accounts/verify_credentials" },
      secrets: [Redacted.make(token)]
    })
    expect(echoed._tag).toBe("Unauthorized")
    expect(echoed.error).toBe("The access token [redacted] is invalid")
    expect(echoed.message).not.toContain("Zx9")
    expect(echoed.message).toContain("[redacted]")

    const html = MastodonError.fromResponse({
      status: 502,
      headers: {},
      body: `<html><body>upstream said: Authorization: Bearer ${token}</body></html>`,
      request: { method: "GET", url: "https://mastodon.example/api/v1/accounts/1" },
      secrets: [token]
    })
    expect(html.body_excerpt).toContain("Bearer [redacted]")
    expect(html.message).not.toContain("Zx9")
  })

  it("without secrets, the server's text is kept as it was", () => {
    const plain = MastodonError.fromResponse({
      status: 401,
      headers: {},
      body: JSON.stringify({ error: `The access token ${token} is invalid` }),
      request: { method: "GET", url: "https://mastodon.example/api/v1/accounts/verify_credentials" }
    })
    expect(plain.error).toContain(token)
  })
})
