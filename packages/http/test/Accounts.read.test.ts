import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Snowflake from "@mastodon-effect/core/Snowflake"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account, relationship } from "./fixtures/accounts.js"
import {
  credentialAccount,
  exchange,
  failure,
  featuredTag,
  identityProof,
  list,
  status,
  sentOnce,
  success
} from "./fixtures/accountEndpoints.js"

const aid = (id: string) => id as Id.AccountId
const base = "https://mastodon.example"

describe("Accounts.verifyCredentials", () => {
  it.effect("GETs verify_credentials with the token and decodes a CredentialAccount", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.me(), { json: credentialAccount("7") })
      const me = success(result)
      expect(me.id).toBe("7")
      expect(me.source.privacy).toBe("unlisted")
      expect(me.source.attribution_domains).toEqual(["alice.example"])
      expect(me.role?.permissions).toBe("65536")
      expect(requests).toHaveLength(1)
      expect(requests[0]?.method).toBe("GET")
      expect(requests[0]?.url.toString()).toBe(`${base}/api/v1/accounts/verify_credentials`)
      expect(requests[0]?.headers["authorization"]).toBe("Bearer test-token")
      expect(requests[0]?.text).toBeUndefined()
    }))

  it.effect("a disabled login is Forbidden, a token without a user UnprocessableEntity", () =>
    Effect.gen(function*() {
      const disabled = yield* exchange(Accounts.verifyCredentials(), {
        status: 403,
        json: { error: "Your login is currently disabled" }
      })
      const e = failure(disabled.result)
      expect(e._tag).toBe("Forbidden")
      if (e._tag === "Forbidden") expect(e.error).toBe("Your login is currently disabled")
      const appOnly = yield* exchange(Accounts.verifyCredentials(), {
        status: 422,
        json: { error: "This method requires an authenticated user" }
      })
      expect(failure(appOnly.result)._tag).toBe("UnprocessableEntity")
    }))
})

describe("Accounts.getMany", () => {
  it.effect("sends the ids as id[] in the query", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.getMany([aid("1"), { id: aid("2") }]), {
        json: [account("1")]
      })
      expect(success(result).map((a) => a.id)).toEqual(["1"])
      const sent = sentOnce(requests)
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/accounts")
      expect(sent?.url.searchParams.getAll("id[]")).toEqual(["1", "2"])
      expect([...sent.url.searchParams.keys()]).toEqual(["id[]", "id[]"])
    }))

  it.effect("no ids answers [] without a request; an empty id is refused without a request", () =>
    Effect.gen(function*() {
      const none = yield* exchange(Accounts.getMany([]), { json: [account("1")] })
      expect(success(none.result)).toEqual([])
      expect(none.requests).toHaveLength(0)
      const empty = yield* exchange(Accounts.getMany([aid("1"), aid("")]), { json: [] })
      const e = failure(empty.result)
      expect(e._tag).toBe("InvalidArgument")
      if (e._tag === "InvalidArgument") expect(e.argument).toBe("id[1]")
      expect(empty.requests).toHaveLength(0)
    }))

  it.effect("a server in whitelist mode answers 401 → Unauthorized", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.getMany([aid("1")]), {
        status: 401,
        json: { error: "This API requires an authenticated user" }
      })
      expect(failure(result)._tag).toBe("Unauthorized")
    }))
})

describe("Accounts.get", () => {
  it.effect("a suspended account before 3.3 is Gone", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.get({ id: aid("5") }), { status: 410, body: "" })
      expect(failure(result)._tag).toBe("Gone")
      expect(requests[0]?.url.toString()).toBe(`${base}/api/v1/accounts/5`)
    }))

  it.effect("ids are escaped in the path (fork ids are opaque strings)", () =>
    Effect.gen(function*() {
      const { requests } = yield* exchange(Accounts.get(aid("a/b")), { json: account("a/b") })
      expect(requests[0]?.url.pathname).toBe("/api/v1/accounts/a%2Fb")
    }))
})

describe("Accounts.statuses", () => {
  it.effect("sends the filters and pagination, moments as snowflake ids, and returns a page", () =>
    Effect.gen(function*() {
      const next = `${base}/api/v1/accounts/1/statuses?max_id=100`
      const before = new Date("2025-01-01T00:00:00Z")
      const { requests, result } = yield* exchange(
        Accounts.statuses(aid("1"), {
          max_id: before,
          min_id: DateTime.unsafeMake("2024-01-01T00:00:00Z"),
          limit: 40,
          pinned: true,
          only_media: false,
          exclude_replies: true,
          exclude_reblogs: true,
          tagged: "effect"
        }),
        { json: [status("101"), status("100")], headers: { link: `<${next}>; rel="next"` } }
      )
      const page = success(result)
      expect(page.items.map((s) => s.id)).toEqual(["101", "100"])
      expect(page.items[0]?.account.id).toBe("1")
      expect(Option.getOrNull(page.next)).toBe(next)
      const q = sentOnce(requests).url.searchParams
      expect(requests[0]?.url.pathname).toBe("/api/v1/accounts/1/statuses")
      expect(q.get("max_id")).toBe(Snowflake.fromDate(before))
      expect(q.get("min_id")).toBe(Snowflake.fromDate(new Date("2024-01-01T00:00:00Z")))
      expect(q.has("since_id")).toBe(false)
      expect(q.get("limit")).toBe("40")
      expect(q.get("pinned")).toBe("true")
      expect(q.get("only_media")).toBe("false")
      expect(q.get("exclude_replies")).toBe("true")
      expect(q.get("exclude_reblogs")).toBe("true")
      expect(q.get("tagged")).toBe("effect")
    }))

  it.effect("sends no query at all when no option is set", () =>
    Effect.gen(function*() {
      const { requests } = yield* exchange(Accounts.statuses(aid("1")), { json: [] })
      expect(requests[0]?.url.search).toBe("")
    }))

  it.effect("a bad limit is refused before sending", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.statuses(aid("1"), { limit: 0 }), { json: [] })
      const e = failure(result)
      expect(e._tag).toBe("InvalidArgument")
      if (e._tag === "InvalidArgument") expect(e.argument).toBe("limit")
      expect(requests).toHaveLength(0)
    }))

  it.effect("an unknown account is NotFound", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.statuses(aid("9")), { status: 404, json: { error: "Record not found" } })
      expect(failure(result)._tag).toBe("NotFound")
    }))
})

describe("Accounts.followers / following", () => {
  it.effect("following GETs /following with the page parameters", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.following(aid("3"), { since_id: "55", limit: 2 }), {
        json: [account("8"), account("9")]
      })
      expect(success(result).items.map((a) => a.id)).toEqual(["8", "9"])
      expect(requests[0]?.url.pathname).toBe("/api/v1/accounts/3/following")
      expect(requests[0]?.url.searchParams.get("since_id")).toBe("55")
      expect(requests[0]?.url.searchParams.get("limit")).toBe("2")
      expect(requests[0]?.url.searchParams.has("max_id")).toBe(false)
    }))

  it.effect("an empty cursor id is refused; an unknown account is NotFound", () =>
    Effect.gen(function*() {
      const bad = yield* exchange(Accounts.followers(aid("3"), { max_id: "" }), { json: [] })
      expect(failure(bad.result)._tag).toBe("InvalidArgument")
      expect(bad.requests).toHaveLength(0)
      const missing = yield* exchange(Accounts.following(aid("404")), { status: 404, json: { error: "Record not found" } })
      expect(failure(missing.result)._tag).toBe("NotFound")
    }))
})

describe("Accounts.featuredTags / lists", () => {
  it.effect("featured tags decode counts and dates", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.featuredTags(aid("1")), {
        json: [featuredTag("11", "effect"), { ...featuredTag("12", "ts"), statuses_count: 3, last_status_at: null }]
      })
      const tags = success(result)
      expect(tags.map((t) => t.name)).toEqual(["effect", "ts"])
      expect(tags[1]?.statuses_count).toBe("3")
      expect(tags[0]?.last_status_at && DateTime.formatIsoDate(tags[0].last_status_at)).toBe("2025-01-30")
      expect(requests[0]?.url.toString()).toBe(`${base}/api/v1/accounts/1/featured_tags`)
    }))

  it.effect("lists GETs /lists and decodes List entities; 404 and 422 are typed", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.lists(aid("2")), { json: [list("12", "Friends")] })
      expect(success(result)).toEqual([{ id: "12", title: "Friends", replies_policy: "list", exclusive: false }])
      expect(requests[0]?.url.toString()).toBe(`${base}/api/v1/accounts/2/lists`)
      const missing = yield* exchange(Accounts.lists(aid("9")), { status: 404, json: { error: "Record not found" } })
      expect(failure(missing.result)._tag).toBe("NotFound")
      const noUser = yield* exchange(Accounts.lists(aid("9")), {
        status: 422,
        json: { error: "This method requires an authenticated user" }
      })
      expect(failure(noUser.result)._tag).toBe("UnprocessableEntity")
    }))

  it.effect("featured tags of an unknown account are NotFound", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.featuredTags(aid("9")), { status: 404, json: { error: "Record not found" } })
      expect(failure(result)._tag).toBe("NotFound")
    }))
})

describe("Accounts.endorsements", () => {
  it.effect("GETs the account's endorsements with max_id/since_id/limit, never min_id", () =>
    Effect.gen(function*() {
      const prev = `${base}/api/v1/accounts/1/endorsements?limit=2&since_id=952529`
      const params = { max_id: "832844", limit: 2, min_id: "1" } as Parameters<typeof Accounts.endorsements>[1]
      const { requests, result } = yield* exchange(Accounts.endorsements(aid("1"), params), {
        json: [account("4")],
        headers: { link: `<${prev}>; rel="prev"` }
      })
      const page = success(result)
      expect(page.items.map((a) => a.id)).toEqual(["4"])
      expect(Option.getOrNull(page.prev)).toBe(prev)
      expect(Option.isNone(page.next)).toBe(true)
      const q = sentOnce(requests).url.searchParams
      expect(requests[0]?.url.pathname).toBe("/api/v1/accounts/1/endorsements")
      expect(q.get("max_id")).toBe("832844")
      expect(q.get("limit")).toBe("2")
      expect(q.has("min_id")).toBe(false)
    }))

  it.effect("an unknown account is NotFound", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.endorsements(aid("9")), { status: 404, json: { error: "Record not found" } })
      expect(failure(result)._tag).toBe("NotFound")
    }))
})

describe("Accounts.identityProofs", () => {
  it.effect("decodes proofs (and the empty array of 3.5+); 404 is NotFound", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.identityProofs(aid("1")), { json: [identityProof] })
      const [proof] = success(result)
      expect(proof?.provider).toBe("Keybase")
      expect(proof && DateTime.formatIso(proof.updated_at)).toBe("2019-07-21T20:14:39.596Z")
      expect(requests[0]?.url.toString()).toBe(`${base}/api/v1/accounts/1/identity_proofs`)
      const modern = yield* exchange(Accounts.identityProofs(aid("1")), { json: [] })
      expect(success(modern.result)).toEqual([])
      const missing = yield* exchange(Accounts.identityProofs(aid("9")), { status: 404, json: { error: "Record not found" } })
      expect(failure(missing.result)._tag).toBe("NotFound")
    }))
})

describe("Accounts.relationships", () => {
  it.effect("sends id[] and with_suspended only when set; 422 is typed", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.relationships([aid("1"), aid("2")], { with_suspended: true }),
        { json: [relationship("1"), { ...relationship("2", false), muting_expires_at: "2026-02-12T13:45:25Z" }] }
      )
      const rels = success(result)
      expect(rels[1]?.muting_expires_at && DateTime.formatIso(rels[1].muting_expires_at)).toBe("2026-02-12T13:45:25.000Z")
      expect(requests[0]?.url.searchParams.getAll("id[]")).toEqual(["1", "2"])
      expect(requests[0]?.url.searchParams.get("with_suspended")).toBe("true")
      const noUser = yield* exchange(Accounts.relationships([aid("1")]), {
        status: 422,
        json: { error: "This method requires an authenticated user" }
      })
      expect(failure(noUser.result)._tag).toBe("UnprocessableEntity")
    }))

  it.effect("no ids answers [] without a request; an empty id is refused", () =>
    Effect.gen(function*() {
      const none = yield* exchange(Accounts.relationships([]), { json: [relationship("1")] })
      expect(success(none.result)).toEqual([])
      const empty = yield* exchange(Accounts.relationships([{ id: aid("") }]), { json: [] })
      expect(failure(empty.result)._tag).toBe("InvalidArgument")
      expect([...none.requests, ...empty.requests]).toHaveLength(0)
    }))
})

describe("Accounts.familiarFollowers", () => {
  it.effect("sends the ids as id[] in the query of a GET with no body", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.familiarFollowers([aid("1"), aid("2")]), {
        json: [{ id: "1", accounts: [account("10"), account("11")] }, { id: "2", accounts: [] }]
      })
      const answer = success(result)
      expect(answer.map((f) => [f.id, f.accounts.map((a) => a.id)])).toEqual([["1", ["10", "11"]], ["2", []]])
      const sent = sentOnce(requests)
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/accounts/familiar_followers")
      expect(sent?.url.searchParams.getAll("id[]")).toEqual(["1", "2"])
      expect(sent?.text).toBeUndefined()
      expect(sent?.form).toBeUndefined()
      expect(sent?.headers["content-type"]).toBeUndefined()
    }))

  it.effect("401 is Unauthorized; an empty id is refused", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.familiarFollowers([aid("1")]), {
        status: 401,
        json: { error: "The access token is invalid" }
      })
      expect(failure(result)._tag).toBe("Unauthorized")
      const empty = yield* exchange(Accounts.familiarFollowers([aid("")]), { json: [] })
      expect(failure(empty.result)._tag).toBe("InvalidArgument")
      expect(empty.requests).toHaveLength(0)
    }))
})

describe("Accounts.search", () => {
  it.effect("sends q and only the options that are set (no following=0 by default)", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.search("trwnh"), { json: [account("14715", "trwnh")] })
      expect(success(result).map((a) => a.acct)).toEqual(["trwnh"])
      const sent = sentOnce(requests)
      expect(sent?.url.pathname).toBe("/api/v1/accounts/search")
      expect([...sent.url.searchParams.entries()]).toEqual([["q", "trwnh"]])
    }))

  it.effect("sends limit, offset, resolve and following when given", () =>
    Effect.gen(function*() {
      const { requests } = yield* exchange(
        Accounts.search("trwnh@pixelfed.social", { limit: 5, offset: 10, resolve: true, following: false }),
        { json: [] }
      )
      const q = sentOnce(requests).url.searchParams
      expect(q.get("q")).toBe("trwnh@pixelfed.social")
      expect(q.get("limit")).toBe("5")
      expect(q.get("offset")).toBe("10")
      expect(q.get("resolve")).toBe("true")
      expect(q.get("following")).toBe("false")
    }))

  it.effect("an empty query, a negative offset or a fractional limit is refused before sending", () =>
    Effect.gen(function*() {
      const cases = [
        [Accounts.search(" "), "q"],
        [Accounts.search("a", { offset: -1 }), "offset"],
        [Accounts.search("a", { limit: 1.5 }), "limit"]
      ] as const
      for (const [call, argument] of cases) {
        const { requests, result } = yield* exchange(call, { json: [] })
        const e = failure(result)
        expect(e._tag).toBe("InvalidArgument")
        if (e._tag === "InvalidArgument") expect(e.argument).toBe(argument)
        expect(requests).toHaveLength(0)
      }
    }))

  it.effect("a remote address that cannot be fetched (503) is ServerError", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.search("x@gone.example", { resolve: true }), {
        status: 503,
        json: { error: "Remote data could not be fetched" }
      })
      const e = failure(result)
      expect(e._tag).toBe("ServerError")
      if (e._tag === "ServerError") expect(e.error).toBe("Remote data could not be fetched")
    }))
})

describe("Accounts.lookup", () => {
  it.effect("GETs lookup?acct= and decodes the Account", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.lookup("trwnh@pixelfed.social"), {
        json: { ...account("418714", "trwnh"), acct: "trwnh@pixelfed.social" }
      })
      expect(success(result).id).toBe("418714")
      expect(requests[0]?.url.pathname).toBe("/api/v1/accounts/lookup")
      expect(requests[0]?.url.searchParams.get("acct")).toBe("trwnh@pixelfed.social")
    }))

  it.effect("an unknown address is NotFound; an empty one is refused", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.lookup("nobody"), { status: 404, json: { error: "Record not found" } })
      expect(failure(result)._tag).toBe("NotFound")
      const empty = yield* exchange(Accounts.lookup(""), { json: account("1") })
      expect(failure(empty.result)._tag).toBe("InvalidArgument")
      expect(empty.requests).toHaveLength(0)
    }))
})
