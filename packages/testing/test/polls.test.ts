/**
 * Polls and scheduled statuses on the fake instance, through raw HTTP on both faces: votes and
 * their errors, expiry and publication on the TestClock, Link-paginated scheduled statuses.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Poll from "@mastodon-effect/core/Poll"
import * as ScheduledStatus from "@mastodon-effect/core/ScheduledStatus"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import { faces, links, req } from "./utils/http.js"

const decodePoll = Schema.decodeUnknownSync(Poll.Poll)
const decodeScheduled = Schema.decodeUnknownSync(ScheduledStatus.ScheduledStatus)

const inMinutes = (minutes: number) => Effect.map(Clock.currentTimeMillis, (now) => new Date(now + minutes * 60_000).toISOString())

describe.each(faces)("polls ($name face)", ({ layer }) => {
  it.effect("votes with the server's checks, and expires on the TestClock", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const voter = yield* Seed.createAccount({ username: "voter" })
      const late = yield* Seed.createAccount({ username: "late" })
      const posted = yield* req("POST", "/api/v1/statuses", {
        token: author.token,
        form: { status: "Tabs or spaces?", "poll[options][]": ["tabs", "spaces"], "poll[expires_in]": "600" }
      })
      const poll = decodePoll(posted.json.poll)
      expect(poll).toMatchObject({ expired: false, multiple: false, votes_count: 0, voters_count: null })
      expect(posted.json.poll.expires_at).toBe("1970-01-01T00:10:00.000Z")
      // The author counts as having voted.
      expect(posted.json.poll).toMatchObject({ voted: true, own_votes: [] })

      const anonymous = yield* req("GET", `/api/v1/polls/${poll.id}`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.json.voted).toBeUndefined()
      const vote = (token: string, choices: ReadonlyArray<string>) => req("POST", `/api/v1/polls/${poll.id}/votes`, { token, form: { "choices[]": choices } })
      expect((yield* vote(voter.token, ["2"])).json).toEqual({ error: "Validation failed: The chosen vote option does not exist" })
      expect((yield* vote(voter.token, ["0", "1"])).json).toEqual({ error: "Validation failed: You have already voted on this poll" })
      expect((yield* vote(author.token, ["0"])).json).toEqual({ error: "Validation failed: You cannot vote in your own polls" })
      expect((yield* vote(voter.token, [])).status).toBe(400)
      const voted = yield* vote(voter.token, ["1"])
      expect(voted.status).toBe(200)
      expect(decodePoll(voted.json)).toMatchObject({ votes_count: 1, voted: true, own_votes: [1], options: [{ title: "tabs", votes_count: 0 }, { title: "spaces", votes_count: 1 }] })
      expect((yield* vote(voter.token, ["0"])).json).toEqual({ error: "Validation failed: You have already voted on this poll" })

      yield* TestClock.adjust("10 minutes")
      expect((yield* req("GET", `/api/v1/polls/${poll.id}`)).json.expired).toBe(true)
      const tooLate = yield* vote(late.token, ["0"])
      expect(tooLate.status).toBe(422)
      expect(tooLate.json).toEqual({ error: "Validation failed: The poll has already ended" })
      expect((yield* req("GET", "/api/v1/polls/999")).status).toBe(404)
    }).pipe(Effect.provide(layer())))

  it.effect("counts voters of multiple-choice polls, hides totals until the end, and hides polls of invisible posts", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const a = yield* Seed.createAccount({ username: "a" })
      const b = yield* Seed.createAccount({ username: "b" })
      const { id } = yield* Seed.createStatus(author, { text: "Pick any", poll: { options: ["x", "y", "z"], multiple: true, hide_totals: true, expires_in: 3600 } })
      const pollId = (yield* req("GET", `/api/v1/statuses/${id}`)).json.poll.id as string
      const vote = (token: string, choices: ReadonlyArray<string>) => req("POST", `/api/v1/polls/${pollId}/votes`, { token, form: { "choices[]": choices } })
      expect((yield* vote(a.token, ["0", "2"])).json.own_votes).toEqual([0, 2])
      // More choices later, but never the same one twice.
      expect((yield* vote(a.token, ["2"])).json).toEqual({ error: "Validation failed: You have already voted on this poll" })
      const withB = decodePoll((yield* vote(b.token, ["2"])).json)
      expect(withB).toMatchObject({ votes_count: 3, voters_count: 2 })
      expect(withB.options.map((o) => o.votes_count)).toEqual([null, null, null])
      const asAuthor = yield* req("GET", `/api/v1/polls/${pollId}`, { token: author.token })
      expect(asAuthor.json.options.map((o: { votes_count: number }) => o.votes_count)).toEqual([1, 0, 2])
      yield* TestClock.adjust("1 hour")
      expect((yield* req("GET", `/api/v1/polls/${pollId}`)).json.options.map((o: { votes_count: number }) => o.votes_count)).toEqual([1, 0, 2])

      const secret = yield* Seed.createStatus(author, { text: "followers only", visibility: "private", poll: { options: ["p", "q"] } })
      const secretPoll = (yield* req("GET", `/api/v1/statuses/${secret.id}`, { token: author.token })).json.poll.id as string
      expect((yield* req("GET", `/api/v1/polls/${secretPoll}`, { token: a.token })).status).toBe(404)
      expect((yield* req("POST", `/api/v1/polls/${secretPoll}/votes`, { token: a.token, form: { "choices[]": ["0"] } })).status).toBe(404)
    }).pipe(Effect.provide(layer())))

  it.effect("keeps the votes when an edit keeps the options, and resets them when it changes them", () =>
    Effect.gen(function*() {
      const author = yield* Seed.createAccount({ username: "author" })
      const voter = yield* Seed.createAccount({ username: "voter" })
      const { id } = yield* Seed.createStatus(author, { text: "Which?", poll: { options: ["a", "b"] } })
      const pollId = (yield* req("GET", `/api/v1/statuses/${id}`)).json.poll.id as string
      yield* req("POST", `/api/v1/polls/${pollId}/votes`, { token: voter.token, form: { "choices[]": ["1"] } })
      const edit = (options: ReadonlyArray<string>) =>
        req("PUT", `/api/v1/statuses/${id}`, { token: author.token, form: { status: "Which one?", "poll[options][]": options, "poll[expires_in]": "7200" } })
      const same = yield* edit(["a", "b"])
      expect(same.json.poll).toMatchObject({ id: pollId, votes_count: 1, expires_at: "1970-01-01T02:00:00.000Z" })
      const changed = yield* edit(["a", "b", "c"])
      expect(changed.json.poll).toMatchObject({ id: pollId, votes_count: 0, options: [{ title: "a" }, { title: "b" }, { title: "c" }] })
      expect((yield* req("GET", `/api/v1/polls/${pollId}`, { token: voter.token })).json).toMatchObject({ voted: false, own_votes: [] })
      // An edit without a poll removes it.
      const removed = yield* req("PUT", `/api/v1/statuses/${id}`, { token: author.token, form: { status: "No poll" } })
      expect(removed.json.poll).toBeNull()
      expect((yield* req("GET", `/api/v1/polls/${pollId}`)).status).toBe(404)
    }).pipe(Effect.provide(layer())))
})

describe.each(faces)("scheduled statuses ($name face)", ({ layer }) => {
  it.effect("schedules, lists with Link paging, reschedules, cancels, and publishes when the TestClock gets there", () =>
    Effect.gen(function*() {
      const me = yield* Seed.createAccount({ username: "me" })
      const other = yield* Seed.createAccount({ username: "other" })
      const schedule = (text: string, at: string, extra: Record<string, string | ReadonlyArray<string>> = {}) =>
        req("POST", "/api/v1/statuses", { token: me.token, form: { status: text, scheduled_at: at, ...extra } })
      const tooSoon = yield* schedule("soon", yield* inMinutes(4))
      expect(tooSoon.status).toBe(422)
      expect(tooSoon.json).toEqual({ error: "Validation failed: Scheduled at date must be in the future" })

      const media = yield* Seed.uploadMedia(me, { description: "pic" })
      const first = yield* schedule("in ten minutes", yield* inMinutes(10), { visibility: "unlisted", "media_ids[]": [media.id] })
      expect(first.status).toBe(200)
      const scheduled = decodeScheduled(first.json)
      expect(scheduled).toMatchObject({ params: { text: "in ten minutes", visibility: "unlisted", media_ids: [media.id] } })
      expect(first.json.scheduled_at).toBe("1970-01-01T00:10:00.000Z")
      expect(scheduled.media_attachments.map((m) => m.id)).toEqual([media.id])
      // The same Idempotency-Key gives the same scheduled status back.
      const key = { "idempotency-key": "sched-1" }
      const keyed = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "keyed", scheduled_at: yield* inMinutes(30) }, headers: key })
      const keyedAgain = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "keyed", scheduled_at: yield* inMinutes(30) }, headers: key })
      expect(keyedAgain.json.id).toBe(keyed.json.id)
      const third = yield* schedule("in an hour", yield* inMinutes(60), { "poll[options][]": ["a", "b"], "poll[expires_in]": "600" })
      expect(third.json.params.poll).toMatchObject({ options: ["a", "b"], multiple: false })

      const page = yield* req("GET", "/api/v1/scheduled_statuses?limit=2", { token: me.token })
      expect(page.json.map((s: { id: string }) => s.id)).toEqual([third.json.id, keyed.json.id])
      const rest = yield* req("GET", links(page)["next"] ?? "", { token: me.token })
      expect(rest.json.map((s: { id: string }) => s.id)).toEqual([scheduled.id])
      expect((yield* req("GET", `/api/v1/scheduled_statuses/${scheduled.id}`, { token: other.token })).status).toBe(404)
      expect((yield* req("GET", "/api/v1/scheduled_statuses", { token: other.token })).json).toEqual([])

      const badMove = yield* req("PUT", `/api/v1/scheduled_statuses/${keyed.json.id}`, { token: me.token, form: { scheduled_at: yield* inMinutes(2) } })
      expect(badMove.json).toEqual({ error: "Validation failed: Scheduled at date must be in the future" })
      const moved = yield* req("PUT", `/api/v1/scheduled_statuses/${keyed.json.id}`, { token: me.token, form: { scheduled_at: yield* inMinutes(20) } })
      expect(moved.json.scheduled_at).toBe("1970-01-01T00:20:00.000Z")
      expect((yield* req("DELETE", `/api/v1/scheduled_statuses/${third.json.id}`, { token: me.token })).json).toEqual({})
      expect((yield* req("GET", `/api/v1/scheduled_statuses/${third.json.id}`, { token: me.token })).status).toBe(404)
      expect(yield* Seed.postedStatuses).toBe(0)

      yield* TestClock.adjust("10 minutes")
      const afterTen = yield* req("GET", `/api/v1/accounts/${me.id}/statuses`)
      expect(afterTen.json.map((s: { content: string }) => s.content)).toEqual(["<p>in ten minutes</p>"])
      expect(afterTen.json[0]).toMatchObject({ visibility: "unlisted", created_at: "1970-01-01T00:10:00.000Z", media_attachments: [{ id: media.id, description: "pic" }] })
      yield* TestClock.adjust("10 minutes")
      const remaining = yield* req("GET", "/api/v1/scheduled_statuses", { token: me.token })
      expect(remaining.json).toEqual([])
      expect(yield* Seed.postedStatuses).toBe(2)
      // Seeded scheduled statuses publish the same way.
      const seeded = yield* Seed.scheduleStatus(me, { text: "seeded", at: new Date((yield* Clock.currentTimeMillis) + 60_000), visibility: "private" })
      expect((yield* req("GET", `/api/v1/scheduled_statuses/${seeded.id}`, { token: me.token })).json.params).toMatchObject({ text: "seeded", visibility: "private" })
      yield* TestClock.adjust("1 minute")
      expect((yield* req("GET", `/api/v1/accounts/${me.id}/statuses`, { token: me.token })).json[0]).toMatchObject({ content: "<p>seeded</p>", visibility: "private" })
      // A time already past posts at once.
      const past = yield* req("POST", "/api/v1/statuses", { token: me.token, form: { status: "now", scheduled_at: "1970-01-01T00:00:00.000Z" } })
      expect(past.json.content).toBe("<p>now</p>")
    }).pipe(Effect.provide(layer())))
})
