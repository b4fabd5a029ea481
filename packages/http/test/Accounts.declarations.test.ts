import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Effect from "effect/Effect"
import { account } from "./fixtures/accounts.js"
import { exchange, failure } from "./fixtures/accountEndpoints.js"

/**
 * Every method of the docs' methods/accounts page (plus the removed remote follow), as the docs
 * describe it: method, path, auth, scopes, versions, pagination, deprecation.
 */
const expected = {
  register: ["POST", "/api/v1/accounts", "app", ["write:accounts"], { added: "2.7.0", changed: "4.4.0" }],
  verifyCredentials: ["GET", "/api/v1/accounts/verify_credentials", "user", ["profile", "read:accounts"], { added: "0.0.0", changed: "4.3.0" }],
  updateCredentials: ["PATCH", "/api/v1/accounts/update_credentials", "user", ["write:accounts"], { added: "1.1.1", changed: "4.5.0" }],
  get: ["GET", "/api/v1/accounts/:id", "optional", ["read:accounts"], { added: "0.0.0", changed: "3.3.0" }],
  getMany: ["GET", "/api/v1/accounts", "optional", ["read:accounts"], { added: "4.3.0" }],
  statuses: ["GET", "/api/v1/accounts/:id/statuses", "optional", ["read:statuses"], { added: "0.0.0", changed: "3.3.0" }],
  followers: ["GET", "/api/v1/accounts/:id/followers", "optional", ["read:accounts"], { added: "0.0.0", changed: "4.0.0" }],
  following: ["GET", "/api/v1/accounts/:id/following", "optional", ["read:accounts"], { added: "0.0.0", changed: "4.0.0" }],
  featuredTags: ["GET", "/api/v1/accounts/:id/featured_tags", "optional", ["read:accounts"], { added: "3.3.0" }],
  lists: ["GET", "/api/v1/accounts/:id/lists", "user", ["read:lists"], { added: "2.1.0" }],
  follow: ["POST", "/api/v1/accounts/:id/follow", "user", ["write:follows", "follow"], { added: "0.0.0", changed: "4.0.0" }],
  unfollow: ["POST", "/api/v1/accounts/:id/unfollow", "user", ["write:follows", "follow"], { added: "0.0.0", changed: "3.5.0" }],
  removeFromFollowers: ["POST", "/api/v1/accounts/:id/remove_from_followers", "user", ["write:follows"], { added: "3.5.0" }],
  block: ["POST", "/api/v1/accounts/:id/block", "user", ["write:blocks", "follow"], { added: "0.0.0", changed: "3.5.0" }],
  unblock: ["POST", "/api/v1/accounts/:id/unblock", "user", ["write:blocks", "follow"], { added: "0.0.0", changed: "3.5.0" }],
  mute: ["POST", "/api/v1/accounts/:id/mute", "user", ["write:mutes", "follow"], { added: "0.0.0", changed: "3.5.0" }],
  unmute: ["POST", "/api/v1/accounts/:id/unmute", "user", ["write:mutes", "follow"], { added: "0.0.0", changed: "3.5.0" }],
  pin: ["POST", "/api/v1/accounts/:id/pin", "user", ["write:accounts"], { added: "2.5.0", changed: "4.4.0" }],
  unpin: ["POST", "/api/v1/accounts/:id/unpin", "user", ["write:accounts"], { added: "2.5.0", changed: "4.4.0" }],
  endorsements: ["GET", "/api/v1/accounts/:id/endorsements", "optional", ["read:accounts"], { added: "4.4.0" }],
  endorse: ["POST", "/api/v1/accounts/:id/endorse", "user", ["write:accounts"], { added: "4.4.0" }],
  unendorse: ["POST", "/api/v1/accounts/:id/unendorse", "user", ["write:accounts"], { added: "4.4.0" }],
  note: ["POST", "/api/v1/accounts/:id/note", "user", ["write:accounts"], { added: "3.2.0" }],
  relationships: ["GET", "/api/v1/accounts/relationships", "user", ["read:follows"], { added: "0.0.0", changed: "4.6.0" }],
  familiarFollowers: ["GET", "/api/v1/accounts/familiar_followers", "user", ["read:follows"], { added: "3.5.0" }],
  search: ["GET", "/api/v1/accounts/search", "user", ["read:accounts"], { added: "0.0.0", changed: "2.8.0" }],
  lookup: ["GET", "/api/v1/accounts/lookup", "optional", ["read:accounts"], { added: "3.4.0" }],
  identityProofs: ["GET", "/api/v1/accounts/:id/identity_proofs", "user", [], { added: "2.8.0", changed: "3.5.0" }],
  followByUri: ["POST", "/api/v1/follows", "user", ["write:follows", "follow"], { added: "0.0.0", removed: "3.0.0" }]
} as const

const linkPaginated = ["statuses", "followers", "following", "endorsements"]
const deprecated = ["pin", "unpin", "identityProofs", "followByUri"]

const declared = Endpoint.declaredIn(Accounts)

describe("Accounts declarations", () => {
  it("declares exactly the documented account methods", () => {
    expect(Object.keys(declared).sort()).toEqual(Object.keys(expected).sort())
  })

  for (const [name, [method, path, auth, scopes, versions]] of Object.entries(expected)) {
    it(`${name}: ${method} ${path}`, () => {
      const endpoint = declared[name]!
      expect(endpoint.name).toBe(`accounts.${name}`)
      expect(endpoint.method).toBe(method)
      expect(endpoint.path).toBe(path)
      expect(endpoint.auth).toBe(auth)
      expect(endpoint.scopes).toEqual(scopes)
      expect(endpoint.versions).toEqual(versions)
      expect(endpoint.pagination.kind).toBe(
        linkPaginated.includes(name) ? "link" : name === "search" ? "offset" : "none"
      )
      expect(endpoint.deprecated).toBe(deprecated.includes(name))
    })
  }

  it.effect("with versionCheck on, an endpoint newer than the server is refused before sending", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.getMany(["1" as Id.AccountId]),
        (req) => req.url.pathname === "/api/v2/instance" ? { json: { version: "4.2.10" } } : { json: [account("1")] },
        { versionCheck: "created" }
      )
      const e = failure(result)
      expect(e._tag).toBe("UnsupportedVersion")
      if (e._tag === "UnsupportedVersion") expect(e.required).toBe("4.3.0")
      expect(requests.map((r) => r.url.pathname)).toEqual(["/api/v2/instance"])
    }))
})
