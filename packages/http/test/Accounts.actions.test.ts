import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import type * as Relationship from "@mastodon-effect/core/Relationship"
import * as Accounts from "@mastodon-effect/http/Accounts"
import type { MastodonClient } from "@mastodon-effect/http/MastodonClient"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { account, relationship } from "./fixtures/accounts.js"
import { exchange, failure, form, sentOnce, success } from "./fixtures/accountEndpoints.js"

const aid = (id: string) => id as Id.AccountId

type Action = (id: Id.IdOrEntity<Id.AccountId>) => Effect.Effect<Relationship.Relationship, MastodonError.MastodonError, MastodonClient>

/** The body-less POST actions, the path suffix each must hit, and a documented error. */
const actions: ReadonlyArray<readonly [string, Action, string, number, string, MastodonError.MastodonError["_tag"]]> = [
  ["unfollow", Accounts.unfollow, "unfollow", 401, "The access token is invalid", "Unauthorized"],
  ["removeFromFollowers", Accounts.removeFromFollowers, "remove_from_followers", 422, "This method requires an authenticated user", "UnprocessableEntity"],
  ["block", Accounts.block, "block", 401, "The access token is invalid", "Unauthorized"],
  ["unblock", Accounts.unblock, "unblock", 422, "This method requires an authenticated user", "UnprocessableEntity"],
  ["unmute", Accounts.unmute, "unmute", 401, "The access token is invalid", "Unauthorized"],
  ["pin", Accounts.pin, "pin", 422, "Validation failed: You must be already following the person you want to endorse", "UnprocessableEntity"],
  ["unpin", Accounts.unpin, "unpin", 401, "The access token is invalid", "Unauthorized"],
  ["endorse", Accounts.endorse, "endorse", 403, "This action is outside the authorized scopes", "Forbidden"],
  ["unendorse", Accounts.unendorse, "unendorse", 422, "This method requires an authenticated user", "UnprocessableEntity"]
]

describe("Accounts relationship actions", () => {
  for (const [name, call, suffix, status, error, tag] of actions) {
    it.effect(`${name} POSTs /api/v1/accounts/:id/${suffix} with no body and decodes the Relationship`, () =>
      Effect.gen(function*() {
        const { requests, result } = yield* exchange(call({ id: aid("42") }), {
          json: { ...relationship("42"), endorsed: name === "endorse" || name === "pin" }
        })
        expect(success(result).id).toBe("42")
        const sent = sentOnce(requests)
        expect(sent.method).toBe("POST")
        expect(sent.url.toString()).toBe(`https://mastodon.example/api/v1/accounts/42/${suffix}`)
        expect(sent.url.search).toBe("")
        expect(sent.text).toBeUndefined()
        expect(sent.headers["authorization"]).toBe("Bearer test-token")
      }))

    it.effect(`${name}: ${status} is ${tag}, an empty id is refused without a request`, () =>
      Effect.gen(function*() {
        const refused = yield* exchange(call(aid("42")), { status, json: { error } })
        const e = failure(refused.result)
        expect(e._tag).toBe(tag)
        if ("error" in e) expect(e.error).toBe(error)
        const empty = yield* exchange(call(aid("")), { json: relationship("1") })
        expect(failure(empty.result)._tag).toBe("InvalidArgument")
        expect(empty.requests).toHaveLength(0)
      }))
  }

  it.effect("a POST that hit a 5xx is not sent again (actions are not idempotent)", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.endorse(aid("1")), { status: 500, body: "" }, {
        retry: { times: 3, base: "1 millis" }
      })
      expect(failure(result)._tag).toBe("ServerError")
      expect(requests).toHaveLength(1)
    }))
})

describe("Accounts.follow", () => {
  it.effect("sends reblogs, notify and languages[] as a form, leaving unset ones out", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.follow(aid("9"), { notify: true, languages: ["en", "fr"] }),
        { json: { ...relationship("9"), notifying: true, languages: ["en", "fr"] } }
      )
      expect(success(result).languages).toEqual(["en", "fr"])
      const sent = sentOnce(requests)
      expect(sent.url.pathname).toBe("/api/v1/accounts/9/follow")
      expect(sent.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect([...form(sent).entries()]).toEqual([["notify", "true"], ["languages[]", "en"], ["languages[]", "fr"]])
    }))

  it.effect("following someone who blocks you is Forbidden", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.follow(aid("9")), {
        status: 403,
        json: { error: "This action is not allowed" }
      })
      expect(failure(result)._tag).toBe("Forbidden")
    }))
})

describe("Accounts.mute", () => {
  it.effect("sends notifications and the duration in whole seconds", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.mute(aid("5"), { notifications: false, duration: Duration.hours(1) }),
        { json: { ...relationship("5", false), muting: true } }
      )
      expect(success(result).muting).toBe(true)
      const sent = sentOnce(requests)
      expect(sent.url.pathname).toBe("/api/v1/accounts/5/mute")
      expect([...form(sent).entries()]).toEqual([["notifications", "false"], ["duration", "3600"]])
    }))

  it.effect("a number is seconds, an infinite Duration is 0 (until lifted), no options send an empty form", () =>
    Effect.gen(function*() {
      const seconds = yield* exchange(Accounts.mute(aid("5"), { duration: 86400 }), { json: relationship("5") })
      expect(form(sentOnce(seconds.requests)).get("duration")).toBe("86400")
      const forever = yield* exchange(Accounts.mute(aid("5"), { duration: Duration.infinity }), { json: relationship("5") })
      expect(form(sentOnce(forever.requests)).get("duration")).toBe("0")
      const plain = yield* exchange(Accounts.mute(aid("5")), { json: relationship("5") })
      expect(sentOnce(plain.requests).text ?? "").toBe("")
    }))

  it.effect("a fractional or negative duration is refused rather than rounded to 'forever'", () =>
    Effect.gen(function*() {
      for (const duration of [Duration.millis(500), 1.5, -1]) {
        const { requests, result } = yield* exchange(Accounts.mute(aid("5"), { duration }), { json: relationship("5") })
        const e = failure(result)
        expect(e._tag).toBe("InvalidArgument")
        if (e._tag === "InvalidArgument") expect(e.argument).toBe("duration")
        expect(requests).toHaveLength(0)
      }
    }))

  it.effect("401 is Unauthorized", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.mute(aid("5")), { status: 401, json: { error: "The access token is invalid" } })
      expect(failure(result)._tag).toBe("Unauthorized")
    }))
})

describe("Accounts.note", () => {
  it.effect("sends the comment as a form; without one sends nothing (which clears it)", () =>
    Effect.gen(function*() {
      const set = yield* exchange(Accounts.note(aid("1"), "met at a conference"), {
        json: { ...relationship("1"), note: "met at a conference" }
      })
      expect(success(set.result).note).toBe("met at a conference")
      const sent = sentOnce(set.requests)
      expect(sent.method).toBe("POST")
      expect(sent.url.pathname).toBe("/api/v1/accounts/1/note")
      expect([...form(sent).entries()]).toEqual([["comment", "met at a conference"]])
      const cleared = yield* exchange(Accounts.note(aid("1"), ""), { json: relationship("1") })
      expect([...form(sentOnce(cleared.requests)).entries()]).toEqual([["comment", ""]])
      const omitted = yield* exchange(Accounts.note(aid("1")), { json: relationship("1") })
      expect(form(sentOnce(omitted.requests)).has("comment")).toBe(false)
    }))

  it.effect("422 without a user is UnprocessableEntity", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.note(aid("1"), "x"), {
        status: 422,
        json: { error: "This method requires an authenticated user" }
      })
      expect(failure(result)._tag).toBe("UnprocessableEntity")
    }))
})

describe("Accounts.followByUri (removed in 3.0)", () => {
  it.effect("POSTs /api/v1/follows with uri and decodes the Account", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.followByUri("alice@remote.example"), {
        json: { ...account("77", "alice"), acct: "alice@remote.example" }
      })
      expect(success(result).acct).toBe("alice@remote.example")
      const sent = sentOnce(requests)
      expect(sent.method).toBe("POST")
      expect(sent.url.pathname).toBe("/api/v1/follows")
      expect([...form(sent).entries()]).toEqual([["uri", "alice@remote.example"]])
    }))

  it.effect("a modern server answers 404 (NotFound); an empty uri is refused", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.followByUri("a@b.example"), { status: 404, body: "<html>404</html>" })
      expect(failure(result)._tag).toBe("NotFound")
      const empty = yield* exchange(Accounts.followByUri(""), { json: account("1") })
      expect(failure(empty.result)._tag).toBe("InvalidArgument")
      expect(empty.requests).toHaveLength(0)
    }))

  it.effect("with versionCheck on, a 3.0+ server refuses it before sending", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.followByUri("a@b.example"),
        (req) => req.url.pathname === "/api/v2/instance" ? { json: { version: "4.3.0" } } : { json: account("1") },
        { versionCheck: "created" }
      )
      expect(failure(result)._tag).toBe("UnsupportedVersion")
      expect(requests.map((r) => r.url.pathname)).toEqual(["/api/v2/instance"])
    }))
})
