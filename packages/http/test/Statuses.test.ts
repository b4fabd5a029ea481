import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { status } from "./fixtures/accountEndpoints.js"
import { account } from "./fixtures/accounts.js"
import * as Docs from "./fixtures/statusesDocs.js"
import { mockClient } from "./utils/mockHttp.js"

const sid = (id: string) => id as Id.StatusId
const mid = (id: string) => id as Id.MediaId
const form = (text: string | undefined) => [...new URLSearchParams(text)]
// The docs elide the author of these two examples (`// ...`): a complete account stands in for it.
const deletedDoc = { ...Docs.deleted, account: account("1") }
const editedDoc = { ...Docs.edited, account: account("1") }
const historyDoc = Docs.history.map((entry) => ({ ...entry, account: account("1") }))
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe("Statuses declarations", () => {
  // Method, path, auth, scopes and versions as methods/statuses.md gives them.
  const expected: Record<string, readonly [string, string, Endpoint.Auth, ReadonlyArray<string>, Endpoint.Versions]> = {
    post: ["POST", "/api/v1/statuses", "user", ["write:statuses"], { added: "0.0.0", changed: "4.5.0" }],
    get: ["GET", "/api/v1/statuses/:id", "optional", ["read:statuses"], { added: "0.0.0", changed: "2.7.0" }],
    getMany: ["GET", "/api/v1/statuses", "optional", ["read:statuses"], { added: "4.3.0" }],
    remove: ["DELETE", "/api/v1/statuses/:id", "user", ["write:statuses"], { added: "0.0.0", changed: "4.4.0" }],
    context: ["GET", "/api/v1/statuses/:id/context", "optional", ["read:statuses"], { added: "0.0.0", changed: "4.5.0" }],
    translate: ["POST", "/api/v1/statuses/:id/translate", "app", ["read:statuses"], { added: "4.0.0" }],
    rebloggedBy: ["GET", "/api/v1/statuses/:id/reblogged_by", "optional", ["read:statuses"], { added: "0.0.0" }],
    quotes: ["GET", "/api/v1/statuses/:id/quotes", "user", ["read:statuses"], { added: "4.5.0" }],
    favouritedBy: ["GET", "/api/v1/statuses/:id/favourited_by", "optional", ["read:statuses"], { added: "0.0.0" }],
    favourite: ["POST", "/api/v1/statuses/:id/favourite", "user", ["write:favourites"], { added: "0.0.0" }],
    unfavourite: ["POST", "/api/v1/statuses/:id/unfavourite", "user", ["write:favourites"], { added: "0.0.0" }],
    reblog: ["POST", "/api/v1/statuses/:id/reblog", "user", ["write:statuses"], { added: "0.0.0", changed: "2.8.0" }],
    unreblog: ["POST", "/api/v1/statuses/:id/unreblog", "user", ["write:statuses"], { added: "0.0.0" }],
    bookmark: ["POST", "/api/v1/statuses/:id/bookmark", "user", ["write:bookmarks"], { added: "3.1.0" }],
    unbookmark: ["POST", "/api/v1/statuses/:id/unbookmark", "user", ["write:bookmarks"], { added: "3.1.0" }],
    revokeQuote: ["POST", "/api/v1/statuses/:id/quotes/:quoting_status_id/revoke", "user", ["write:statuses"], { added: "4.5.0" }],
    mute: ["POST", "/api/v1/statuses/:id/mute", "user", ["write:mutes"], { added: "1.4.2" }],
    unmute: ["POST", "/api/v1/statuses/:id/unmute", "user", ["write:mutes"], { added: "1.4.2" }],
    pin: ["POST", "/api/v1/statuses/:id/pin", "user", ["write:accounts"], { added: "1.6.0", changed: "3.5.0" }],
    unpin: ["POST", "/api/v1/statuses/:id/unpin", "user", ["write:accounts"], { added: "1.6.0" }],
    edit: ["PUT", "/api/v1/statuses/:id", "user", ["write:statuses"], { added: "3.5.0", changed: "4.5.0" }],
    editInteractionPolicy: ["PUT", "/api/v1/statuses/:id/interaction_policy", "user", ["write:statuses"], { added: "4.5.0" }],
    history: ["GET", "/api/v1/statuses/:id/history", "optional", ["read:statuses"], { added: "3.5.0" }],
    source: ["GET", "/api/v1/statuses/:id/source", "app", ["read:statuses"], { added: "3.5.0" }],
    card: ["GET", "/api/v1/statuses/:id/card", "optional", ["read:statuses"], { added: "0.0.0", removed: "3.0.0" }]
  }

  it("declares every operation of methods/statuses with its auth, scopes and versions", () => {
    const declared = Endpoint.declaredIn(Statuses)
    expect(Object.keys(declared).sort()).toEqual(Object.keys(expected).sort())
    for (const [name, [method, path, auth, scopes, versions]] of Object.entries(expected)) {
      const e = declared[name]!
      expect({ name, method: e.method, path: e.path, auth: e.auth, scopes: e.scopes, versions: e.versions }).toEqual({
        name,
        method,
        path,
        auth,
        scopes,
        versions
      })
    }
    expect(Statuses.cardEndpoint.deprecated).toBe(true)
    expect(Statuses.rebloggedByEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 40, maxLimit: 80 })
    expect(Statuses.favouritedByEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 40, maxLimit: 80 })
    expect(Statuses.quotesEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
  })
})

describe("Statuses", () => {
  it.effect("post sends every documented form parameter with a generated Idempotency-Key and decodes the docs' status", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: Docs.status }))
      const posted = yield* Effect.provide(
        Statuses.post({
          status: "Hello",
          media_ids: [mid("10"), { id: mid("11") }],
          in_reply_to_id: { id: sid("5") },
          sensitive: true,
          spoiler_text: "cw",
          visibility: "private",
          language: "en",
          quoted_status_id: sid("7"),
          quote_approval_policy: "followers"
        }),
        layer
      )
      expect(posted).toMatchObject({ id: "1", content: "<p>Hello world</p>", visibility: "public" })
      expect(posted.account.username).toBe("Gargron")
      yield* Effect.provide(Statuses.post({ status: "Poll?", poll: { options: ["a", "b"], expires_in: "5 minutes", hide_totals: true } }), layer)
      yield* Effect.provide(Statuses.post({ status: "mine" }, { idempotencyKey: "my-key" }), layer)
      const [first, second, third] = yield* requests
      expect(first?.method).toBe("POST")
      expect(first?.url.pathname).toBe("/api/v1/statuses")
      expect(first?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(form(first?.text)).toEqual([
        ["status", "Hello"],
        ["media_ids[]", "10"],
        ["media_ids[]", "11"],
        ["in_reply_to_id", "5"],
        ["sensitive", "true"],
        ["spoiler_text", "cw"],
        ["visibility", "private"],
        ["language", "en"],
        ["quoted_status_id", "7"],
        ["quote_approval_policy", "followers"]
      ])
      expect(form(second?.text)).toEqual([
        ["status", "Poll?"],
        ["poll[options][]", "a"],
        ["poll[options][]", "b"],
        ["poll[expires_in]", "300"],
        ["poll[hide_totals]", "true"]
      ])
      expect(first?.headers["idempotency-key"]).toMatch(uuid)
      expect(second?.headers["idempotency-key"]).toMatch(uuid)
      expect(second?.headers["idempotency-key"]).not.toBe(first?.headers["idempotency-key"])
      expect(third?.headers["idempotency-key"]).toBe("my-key")
    }))

  it.effect("post refuses what the server would: no text nor media, a poll with media or one option, a fractional duration", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: Docs.status }))
      const fail = (params: Statuses.PostParams) => Effect.flip(Effect.provide(Statuses.post(params), layer))
      expect(yield* fail({})).toMatchObject({ _tag: "InvalidArgument", argument: "status" })
      expect(yield* fail({ status: "", media_ids: [] })).toMatchObject({ _tag: "InvalidArgument", argument: "status" })
      expect(yield* fail({ status: "x", media_ids: [mid("1")], poll: { options: ["a", "b"], expires_in: 60 } })).toMatchObject({
        _tag: "InvalidArgument",
        argument: "poll"
      })
      expect(yield* fail({ status: "x", poll: { options: ["a"], expires_in: 60 } })).toMatchObject({ argument: "poll[options]" })
      expect(yield* fail({ status: "x", poll: { options: ["a", "b"], expires_in: 1.5 } })).toMatchObject({ argument: "poll[expires_in]" })
      expect(yield* fail({ status: "x", in_reply_to_id: sid("") })).toMatchObject({ argument: "in_reply_to_id" })
      // Schedule parameters given to post would schedule a post that post cannot return.
      const later: Statuses.ScheduleParams = { status: "x", scheduled_at: new Date("2030-01-01T00:00:00Z") }
      expect(yield* fail(later)).toMatchObject({ _tag: "InvalidArgument", argument: "scheduled_at" })
      expect(yield* requests).toHaveLength(0)
      // Media alone is a post.
      yield* Effect.provide(Statuses.post({ media_ids: [mid("1")] }), layer)
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("post maps the documented 401 and 422 to their tags", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0 ? { status: 401, json: { error: "The access token is invalid" } } : { status: 422, json: Docs.create422 }
      )
      const unauthorized = yield* Effect.flip(Effect.provide(Statuses.post({ status: "x" }), layer))
      expect(unauthorized).toMatchObject({ _tag: "Unauthorized", error: "The access token is invalid" })
      const invalid = yield* Effect.flip(Effect.provide(Statuses.post({ status: "x" }), layer))
      expect(invalid).toMatchObject({ _tag: "UnprocessableEntity", error: "Validation failed: Text can't be blank" })
    }))

  it.effect("schedule sends scheduled_at as ISO 8601 and answers the docs' ScheduledStatus; each function checks the kind it got", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) => ({ json: i < 2 ? Docs.scheduledCreated : Docs.status }))
      const at = new Date("2030-05-06T07:08:09.000Z")
      const scheduled = yield* Effect.provide(Statuses.schedule({ status: "later", scheduled_at: at }), layer)
      expect(scheduled.id).toBe("3221")
      expect(DateTime.formatIso(scheduled.scheduled_at)).toBe("2019-12-05T12:33:01.000Z")
      expect(scheduled.params).toMatchObject({ text: "test content", application_id: "596551" })
      // A post answered with a scheduled status (a server ignoring the intent) is a DecodeError, not a lie.
      const wrong = yield* Effect.flip(Effect.provide(Statuses.post({ status: "now" }), layer))
      expect(wrong).toMatchObject({ _tag: "DecodeError", issue: "a ScheduledStatus where a Status was expected" })
      const wrongWay = yield* Effect.flip(Effect.provide(Statuses.schedule({ status: "x", scheduled_at: DateTime.unsafeMake(at) }), layer))
      expect(wrongWay).toMatchObject({ _tag: "DecodeError" })
      const [sent, , zoned] = yield* requests
      expect(new URLSearchParams(sent?.text).get("scheduled_at")).toBe("2030-05-06T07:08:09.000Z")
      expect(new URLSearchParams(zoned?.text).get("scheduled_at")).toBe("2030-05-06T07:08:09.000Z")
    }))

  it.effect("reply mentions the author and the mentioned accounts minus the signed-in user, and keeps visibility and content warning", () =>
    Effect.gen(function*() {
      const original = {
        ...status("50", "2"),
        visibility: "private",
        spoiler_text: "spoilers",
        mentions: [
          { id: "1", username: "me", acct: "me", url: "https://mastodon.example/@me" },
          { id: "3", username: "carol", acct: "carol@elsewhere.example", url: "https://elsewhere.example/@carol" }
        ]
      }
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname === "/api/v1/accounts/verify_credentials"
          ? { json: { ...account("1", "me"), source: { privacy: "public", sensitive: false, language: "en", note: "", fields: [] } } }
          : { json: status("51", "1") }
      )
      const decoded = yield* Effect.provide(Statuses.get(sid("50")), (yield* mockClient(() => ({ json: original }))).layer)
      yield* Effect.provide(Statuses.reply(decoded, "hi all"), layer)
      yield* Effect.provide(Statuses.reply(decoded, "hi you", { untag: true, me: "1" as Id.AccountId, visibility: "direct" }), layer)
      const sent = yield* requests
      expect(sent.map((r) => r.url.pathname)).toEqual(["/api/v1/accounts/verify_credentials", "/api/v1/statuses", "/api/v1/statuses"])
      expect(form(sent[1]?.text)).toEqual([
        ["status", "@user2 @carol@elsewhere.example hi all"],
        ["in_reply_to_id", "50"],
        ["spoiler_text", "spoilers"],
        ["visibility", "private"]
      ])
      expect(new URLSearchParams(sent[2]?.text).get("status")).toBe("@user2 hi you")
      expect(new URLSearchParams(sent[2]?.text).get("visibility")).toBe("direct")
      expect(sent[1]?.headers["idempotency-key"]).toMatch(uuid)
    }))

  it.effect("thread posts each text in reply to the one before", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) => ({ json: status(String(100 + i)) }))
      const posted = yield* Effect.provide(Statuses.thread(["a", "b", "c"], { in_reply_to_id: sid("9"), visibility: "unlisted" }), layer)
      expect(posted.map((s) => s.id)).toEqual(["100", "101", "102"])
      const sent = yield* requests
      expect(sent.map((r) => new URLSearchParams(r.text).get("in_reply_to_id"))).toEqual(["9", "100", "101"])
      expect(sent.map((r) => new URLSearchParams(r.text).get("visibility"))).toEqual(["unlisted", "unlisted", "unlisted"])
      expect(new Set(sent.map((r) => r.headers["idempotency-key"])).size).toBe(3)
    }))

  it.effect("get, getMany (id[]) and context read statuses; 404 is NotFound", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname === "/api/v1/statuses"
          ? { json: Docs.statuses }
          : request.url.pathname.endsWith("/context")
          ? { json: { ancestors: [status("1")], descendants: [status("3"), status("4")] } }
          : { status: 404, json: { error: "Record not found" } }
      )
      const many = yield* Effect.provide(Statuses.getMany([sid("1"), { id: sid("2") }]), layer)
      expect(many.map((s) => s.id)).toEqual(["1"])
      const context = yield* Effect.provide(Statuses.context(sid("2")), layer)
      expect(context.descendants.map((s) => s.id)).toEqual(["3", "4"])
      const missing = yield* Effect.flip(Effect.provide(Statuses.get(sid("404")), layer))
      expect(missing).toMatchObject({ _tag: "NotFound", error: "Record not found" })
      const [bulk] = yield* requests
      expect(bulk?.url.search).toBe("?id%5B%5D=1&id%5B%5D=2")
    }))

  it.effect("remove DELETEs with delete_media and decodes the docs' answer with its source text", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: deletedDoc }))
      const deleted = yield* Effect.provide(Statuses.remove(sid("103254193998341330"), { delete_media: true }), layer)
      expect(deleted.text).toBe(Docs.deleted.text)
      // The docs' answer has no `content` (the server leaves it out when it sends the source).
      expect("content" in Docs.deleted).toBe(false)
      expect(deleted.content).toBe("")
      const [sent] = yield* requests
      expect(sent?.method).toBe("DELETE")
      expect(sent?.url.pathname).toBe("/api/v1/statuses/103254193998341330")
      expect(sent?.url.search).toBe("?delete_media=true")
    }))

  it.effect("edit PUTs text, media attributes (indexed, focus as x,y) and poll; history, source and translate decode the docs' bodies", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) => {
        const path = request.url.pathname
        if (path.endsWith("/history")) return { json: historyDoc }
        if (path.endsWith("/source")) return { json: Docs.source }
        if (path.endsWith("/translate")) return request.text?.includes("lang=fr") ? { status: 403, json: Docs.translate403 } : { json: Docs.translation }
        if (path.endsWith("/card")) return { json: Docs.card }
        return { json: editedDoc }
      })
      const edited = yield* Effect.provide(
        Statuses.edit(sid("1"), {
          status: "new text",
          spoiler_text: "",
          media_ids: [mid("22")],
          media_attributes: [{ id: mid("22"), description: "alt", focus: { x: 0.5, y: -1 } }],
          language: "de"
        }),
        layer
      )
      expect(edited.edited_at).not.toBeNull()
      const history = yield* Effect.provide(Statuses.history(sid("1")), layer)
      expect(history).toHaveLength(Docs.history.length)
      const source = yield* Effect.provide(Statuses.source(sid("1")), layer)
      expect(source).toEqual(Docs.source)
      const translation = yield* Effect.provide(Statuses.translate(sid("1"), { lang: "en" }), layer)
      expect(translation.content).toBe(Docs.translation.content)
      const refused = yield* Effect.flip(Effect.provide(Statuses.translate(sid("1"), { lang: "fr" }), layer))
      expect(refused).toMatchObject({ _tag: "Forbidden", error: Docs.translate403.error })
      const card = yield* Effect.provide(Statuses.card(sid("1")), layer)
      expect(card.url).toBe(Docs.card.url)
      const [put] = yield* requests
      expect(put?.method).toBe("PUT")
      expect(form(put?.text)).toEqual([
        ["status", "new text"],
        ["spoiler_text", ""],
        ["language", "de"],
        ["media_ids[]", "22"],
        ["media_attributes[0][id]", "22"],
        ["media_attributes[0][description]", "alt"],
        ["media_attributes[0][focus]", "0.5,-1"]
      ])
    }))

  it.effect("actions POST to their paths and answer the status; reblog sends its visibility; pin's 422 is typed", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname.endsWith("/pin") ? { status: 422, json: Docs.pin422 } : { json: status("7") }
      )
      const id = sid("7")
      const calls = [
        Statuses.favourite(id),
        Statuses.unfavourite(id),
        Statuses.reblog(id, { visibility: "private" }),
        Statuses.unreblog(id),
        Statuses.bookmark(id),
        Statuses.unbookmark(id),
        Statuses.mute(id),
        Statuses.unmute(id),
        Statuses.unpin(id),
        Statuses.revokeQuote(id, { id: sid("8") }),
        Statuses.editInteractionPolicy(id, { quote_approval_policy: "nobody" })
      ]
      for (const call of calls) expect((yield* Effect.provide(call, layer)).id).toBe("7")
      const pinned = yield* Effect.flip(Effect.provide(Statuses.pin(id), layer))
      expect(pinned).toMatchObject({ _tag: "UnprocessableEntity", error: "Validation failed: Someone else's post cannot be pinned" })
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "POST /api/v1/statuses/7/favourite",
        "POST /api/v1/statuses/7/unfavourite",
        "POST /api/v1/statuses/7/reblog",
        "POST /api/v1/statuses/7/unreblog",
        "POST /api/v1/statuses/7/bookmark",
        "POST /api/v1/statuses/7/unbookmark",
        "POST /api/v1/statuses/7/mute",
        "POST /api/v1/statuses/7/unmute",
        "POST /api/v1/statuses/7/unpin",
        "POST /api/v1/statuses/7/quotes/8/revoke",
        "PUT /api/v1/statuses/7/interaction_policy",
        "POST /api/v1/statuses/7/pin"
      ])
      expect(form(sent[2]?.text)).toEqual([["visibility", "private"]])
      expect(form(sent[10]?.text)).toEqual([["quote_approval_policy", "nobody"]])
    }))

  it.effect("rebloggedBy, favouritedBy and quotes answer Pages with the Link cursors", () =>
    Effect.gen(function*() {
      const next = "https://mastodon.example/api/v1/statuses/7/reblogged_by?limit=2&max_id=90"
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname.endsWith("/quotes")
          ? { json: [status("20")], headers: { link: `<https://mastodon.example/api/v1/statuses/7/quotes?min_id=20>; rel="prev"` } }
          : { json: [account("1"), account("2")], headers: { link: `<${next}>; rel="next"` } }
      )
      const boosters = yield* Effect.provide(Statuses.rebloggedBy(sid("7"), { limit: 2 }), layer)
      expect(boosters.items.map((a) => a.id)).toEqual(["1", "2"])
      expect(Option.getOrNull(boosters.next)).toBe(next)
      const fans = yield* Effect.provide(Statuses.favouritedBy(sid("7")), layer)
      expect(fans.items).toHaveLength(2)
      const quotes = yield* Effect.provide(Statuses.quotes(sid("7"), { limit: 40 }), layer)
      expect(quotes.items.map((s) => s.id)).toEqual(["20"])
      expect(Option.isSome(quotes.prev)).toBe(true)
      const sent = yield* requests
      expect(sent.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
        "/api/v1/statuses/7/reblogged_by?limit=2",
        "/api/v1/statuses/7/favourited_by",
        "/api/v1/statuses/7/quotes?limit=40"
      ])
    }))
})
