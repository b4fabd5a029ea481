import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Poll from "@mastodon-effect/core/Poll"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Polls from "@mastodon-effect/http/Polls"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import * as Docs from "./fixtures/statusesDocs.js"
import { mockClient } from "./utils/mockHttp.js"

const pid = (id: string) => id as Id.PollId
const form = (text: string | undefined) => [...new URLSearchParams(text)]

/** The docs' poll, still open until `expires_at` (the TestClock starts at 1970). */
const open = (multiple: boolean, expired = false): Poll.Poll =>
  Schema.decodeUnknownSync(Poll.Poll)({ ...Docs.poll, expired, multiple, voted: false, own_votes: [], expires_at: "1970-01-01T01:00:00.000Z" })

describe("Polls", () => {
  it("declares the operations of methods/polls", () => {
    const declared = Endpoint.declaredIn(Polls)
    expect(Object.fromEntries(Object.entries(declared).map(([k, e]) => [k, [e.method, e.path, e.auth, e.scopes, e.versions]]))).toEqual({
      get: ["GET", "/api/v1/polls/:id", "optional", ["read:statuses"], { added: "2.8.0" }],
      vote: ["POST", "/api/v1/polls/:id/votes", "user", ["write:statuses"], { added: "2.8.0" }]
    })
  })

  it.effect("get decodes the docs' poll; 404 is NotFound", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) => i === 0 ? { json: Docs.poll } : { status: 404, json: { error: "Record not found" } })
      const poll = yield* Effect.provide(Polls.get(pid("34830")), layer)
      expect(poll).toMatchObject({ id: "34830", expired: true, multiple: false, votes_count: 10, voters_count: null, own_votes: [1] })
      expect(DateTime.formatIso(poll.expires_at!)).toBe("2019-12-05T04:05:08.302Z")
      expect((yield* Effect.flip(Effect.provide(Polls.get(pid("1")), layer)))._tag).toBe("NotFound")
      expect((yield* requests)[0]?.url.pathname).toBe("/api/v1/polls/34830")
    }))

  it.effect("vote sends choices[] and decodes the docs' answer; the server's 422 is typed", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, i) => i === 0 ? { json: Docs.pollVoted } : { status: 422, json: Docs.pollVote422 })
      const voted = yield* Effect.provide(Polls.vote(open(true), [0, 1]), layer)
      expect(voted).toMatchObject({ voted: true, multiple: true, own_votes: [0, 2, 4, 9, 6] })
      const refused = yield* Effect.flip(Effect.provide(Polls.vote(open(false), [1]), layer))
      expect(refused).toMatchObject({ _tag: "UnprocessableEntity", error: "Validation failed: The poll has already ended" })
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/api/v1/polls/34830/votes")
      expect(form(sent?.text)).toEqual([["choices[]", "0"], ["choices[]", "1"]])
    }))

  it.effect("choices are checked against the poll before sending: range, repeats, several on a single choice, expiry", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: Docs.pollVoted }))
      const fail = (poll: Poll.Poll, choices: ReadonlyArray<number>) => Effect.flip(Effect.provide(Polls.vote(poll, choices), layer))
      expect(yield* fail(open(false), [])).toMatchObject({ _tag: "InvalidArgument", argument: "choices" })
      expect(yield* fail(open(false), [2])).toMatchObject({ _tag: "InvalidArgument", argument: "choices[0]" })
      expect(yield* fail(open(true), [0, -1])).toMatchObject({ argument: "choices[1]" })
      expect(yield* fail(open(true), [0, 0.5])).toMatchObject({ argument: "choices[1]" })
      expect(yield* fail(open(true), [1, 1])).toMatchObject({ argument: "choices", reason: "a choice is given twice" })
      expect(yield* fail(open(false), [0, 1])).toMatchObject({ argument: "choices", reason: "2 choices in a single-choice poll" })
      // Expired by the flag, or by the clock passing expires_at.
      expect(yield* fail(open(false, true), [0])).toMatchObject({ argument: "poll", reason: "the poll has ended" })
      yield* TestClock.adjust("2 hours")
      expect(yield* fail(open(false), [0])).toMatchObject({ argument: "poll" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("vote by id reads the poll first and checks against it", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) => request.method === "GET" ? { json: Docs.poll } : { json: Docs.pollVoted })
      // The docs' poll has ended: refused after the read, nothing posted.
      const ended = yield* Effect.flip(Effect.provide(Polls.vote(pid("34830"), [0]), layer))
      expect(ended).toMatchObject({ _tag: "InvalidArgument", argument: "poll" })
      expect((yield* requests).map((r) => `${r.method} ${r.url.pathname}`)).toEqual(["GET /api/v1/polls/34830"])
    }))
})
