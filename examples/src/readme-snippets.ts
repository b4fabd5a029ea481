/**
 * The README's code, type-checked by `npm run check` so that it cannot drift from the API.
 * Not meant to be run.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Id from "@mastodon-effect/core/Id"
import type * as Status from "@mastodon-effect/core/Status"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Auth from "@mastodon-effect/http/Auth"
import * as Blocks from "@mastodon-effect/http/Blocks"
import * as Directory from "@mastodon-effect/http/Directory"
import * as Emails from "@mastodon-effect/http/Emails"
import * as Endorsements from "@mastodon-effect/http/Endorsements"
import * as FeaturedTags from "@mastodon-effect/http/FeaturedTags"
import * as Filters from "@mastodon-effect/http/Filters"
import * as FollowRequests from "@mastodon-effect/http/FollowRequests"
import * as Instance from "@mastodon-effect/http/Instance"
import * as Lists from "@mastodon-effect/http/Lists"
import * as Markers from "@mastodon-effect/http/Markers"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Media from "@mastodon-effect/http/Media"
import * as Mutes from "@mastodon-effect/http/Mutes"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Polls from "@mastodon-effect/http/Polls"
import * as Profile from "@mastodon-effect/http/Profile"
import * as Push from "@mastodon-effect/http/Push"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Suggestions from "@mastodon-effect/http/Suggestions"
import * as Tags from "@mastodon-effect/http/Tags"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Trends from "@mastodon-effect/http/Trends"
import * as Upload from "@mastodon-effect/http/Upload"
import * as VersionPolicy from "@mastodon-effect/http/VersionPolicy"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

export const quickStart = Effect.gen(function*() {
  const me = yield* Accounts.verifyCredentials()
  const gargron = yield* Accounts.lookup("Gargron@mastodon.social")
  yield* Accounts.follow(gargron, { reblogs: false })
  const count = yield* Stream.runCount(Streams.followers(me))
  yield* Console.log(`${me.acct} has ${count} followers`)
}).pipe(
  Effect.catchTag("NotFound", (e) => Console.error(`no such account: ${e.url}`)),
  Effect.catchTag("RateLimited", (e) => Console.error(`rate limited until ${e.rate_limit?.reset}`))
)

export const MainLive = MastodonClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))

export const Live = (token: string) =>
  MastodonClient.layer({
    url: "https://mastodon.example",
    accessToken: Redacted.make(token),
    userAgent: "my-app/1.0",
    timeout: "20 seconds",
    rateLimit: "pace",
    retry: { times: 3, base: "250 millis", cap: "10 seconds" }
  }).pipe(
    // Refuse endpoints newer than the server before sending them.
    (client) => VersionPolicy.layer("created").pipe(Layer.provideMerge(client)),
    Layer.provide(FetchHttpClient.layer)
  )

export const signUpHandled = (params: Auth.SignUpParams) =>
  Auth.signUp(params).pipe(
    Effect.catchTag("UnprocessableEntity", (e) =>
      Console.log(e.codesFor("username").includes("ERR_TAKEN") ? "pick another name" : e.message))
  )

export const streams = (id: Id.AccountId, savedCursor: string) => [
  Streams.followers(id),
  Streams.followers(id).pipe(Stream.take(5)),
  Streams.statuses(id, { max_id: new Date("2024-01-01"), exclude_reblogs: true }),
  Streams.search("alice", { limit: 40, maxItems: 200 }),
  Paginate.pages(Accounts.following(id), { maxPages: 3 }),
  Paginate.resumeItems(Accounts.followersEndpoint, savedCursor),
  Paginate.resumeItems(Accounts.followersEndpoint, savedCursor, { direction: "prev" })
]

export const logIn = (code: string) =>
  Effect.gen(function*() {
    const redirect_uri = "urn:ietf:wg:oauth:2.0:oob"
    const app = yield* Apps.register({ client_name: "my-app", redirect_uris: redirect_uri, scopes: "read write" })
    const pkce = yield* OAuth.pkce()
    const url = yield* OAuth.authorizeUrl({
      client_id: app.client_id,
      redirect_uri,
      scope: "read write",
      code_challenge: pkce.code_challenge
    })
    yield* Console.log(`open ${url}`)
    return yield* Auth.exchangeCode({
      client_id: app.client_id,
      client_secret: app.client_secret,
      redirect_uri,
      code,
      code_verifier: pkce.code_verifier,
      scopes: "read write"
    })
  })

/** "One line per group" in the README. */
export const everyGroup = (id: Id.AccountId, avatar: Upload.Upload) =>
  Effect.gen(function*() {
    // Accounts
    const alice = yield* Accounts.lookup("alice@mastodon.example")
    const [relationship] = yield* Accounts.relationships([alice], { with_suspended: true })
    yield* Accounts.mute(alice, { notifications: false, duration: Duration.days(1) })
    yield* Accounts.updateCredentials({ display_name: "Me", fields_attributes: [{ name: "Site", value: "https://me.example" }], avatar }, { maxProfileFields: 4 })
    // Profile (Mastodon 4.6)
    const profile = yield* Profile.update({ note: "Hello", avatar, avatar_description: "A cat" })
    yield* Profile.deleteHeader()
    // Blocks, Mutes, Endorsements, FollowRequests: pages with cursors
    const blocked = yield* Blocks.list({ limit: 80 })
    const muted = yield* Mutes.list()
    const featured = yield* Endorsements.list()
    const pending = yield* FollowRequests.list()
    for (const request of pending.items) yield* FollowRequests.authorize(request)
    // Featured tags
    const tag = yield* FeaturedTags.feature("effect")
    yield* FeaturedTags.unfeature(tag)
    // Lists
    const list = yield* Lists.create({ title: "Close friends", replies_policy: "list", exclusive: true })
    yield* Lists.addAccounts(list, [alice])
    const members = yield* Lists.accounts(list)
    // Directory, suggestions, instance, e-mail confirmation
    const directory = yield* Directory.list({ order: "new", local: true, limit: 40 })
    const suggested = yield* Suggestions.list({ limit: 10 })
    const instance = yield* Instance.get()
    yield* Emails.resendConfirmation()
    return { relationship, profile, blocked, muted, featured, members, directory, suggested, instance, id }
  })

/** "Timelines" in the README: catching up from a saved position. */
export const timelines = (lastReadId: Id.StatusId) =>
  Effect.gen(function*() {
    const page = yield* Timelines.home() // the newest 20
    const saved = Option.getOrThrow(page.prev) // a plain string: store it
    // ... later:
    const unread = Streams.home({ from: saved, direction: "prev" }) // only what is new, in order
    const sinceId = Streams.home({ min_id: lastReadId, direction: "prev" })
    const catsNotDogs = Streams.tagTimeline("cats", { none: ["dogs"], local: true, maxItems: 100 })
    const saved2 = Streams.bookmarks() // by bookmark records, not status ids
    const statuses = Streams.searchAll("effect", { type: "statuses", maxItems: 200 }) // offset paging
    const trending = yield* Trends.tags({ limit: 5 })
    yield* Tags.follow("typescript") // its public posts join home
    return { unread, sinceId, catsNotDogs, saved2, statuses, trending }
  })

export const markerConflict = (lastSeenStatus: Id.StatusId, lastSeenNotification: Id.NotificationId) =>
  Markers.saveWithRetry({ home: lastSeenStatus, notifications: lastSeenNotification })

/** "Filters" in the README. */
export const filters = (someStatus: Id.StatusId, status: Status.Status) =>
  Effect.gen(function*() {
    const filter = yield* Filters.create({
      title: "Spoilers",
      context: ["home", "public", "thread"],
      filter_action: "warn",
      expires_in: "7 days",
      keywords_attributes: [{ keyword: "finale", whole_word: true }]
    })
    yield* Filters.addStatus(filter, someStatus)
    const shown = Filters.actionFor(status, "public")
    if (shown._tag === "Warned") console.log(`Filtered: ${shown.filters.map((r) => r.filter.title).join(", ")}`)
  })

/** "Web Push" in the README. */
export const webPush = (body: Uint8Array) =>
  Effect.gen(function*() {
    const keys = yield* Push.generateKeys() // store it: the private key is a plain JWK
    yield* Push.subscribe("https://me.example/push", keys, { alerts: { mention: true, follow: true }, policy: "all" })
    // later, in the handler of https://me.example/push, with the request body as bytes:
    const notification = yield* Push.decrypt(body, keys)
    console.log(notification.title, notification.body, notification.notification_type)
  })

// ## Posting
export const posting = (status: Status.Status, now: DateTime.Utc) =>
  Effect.gen(function*() {
    const file = yield* Upload.mediaFromPath("./clip.mp4")
    const clip = yield* Media.upload(file, { description: "A cat jumping", focus: { x: 0, y: 0.3 } })
    yield* Statuses.post({ status: "Look!", media_ids: [clip], visibility: "unlisted", language: "en" })
    const poll = yield* Statuses.post({ status: "Tea or coffee?", poll: { options: ["Tea", "Coffee"], expires_in: "1 day" } })
    yield* Polls.vote(poll.poll!, [1]) // an index outside the options: InvalidArgument, nothing sent

    // A reply mentions the author and everyone they mentioned, but not you (`untag: true`: the author only)
    yield* Statuses.reply(status, "Count me in")
    const thread = yield* Statuses.thread(["1/3 It began", "2/3 Then", "3/3 The end"])

    // Scheduled: listed, moved, cancelled; it publishes itself when its time comes
    const later = yield* Statuses.schedule({ status: "Good morning", scheduled_at: DateTime.add(now, { hours: 9 }) })
    yield* ScheduledStatuses.reschedule(later, DateTime.add(now, { hours: 10 }))
    const deleted = yield* Statuses.remove(thread[2]!) // answers the source text, for a redraft
    return deleted.text
  })
