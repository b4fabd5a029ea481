/**
 * What's new since I last looked: catch up on the home timeline and the notifications from the
 * saved markers, then move the markers to what was just read.
 *
 *   npx tsx examples/src/whats-new.ts
 *
 * The markers are the server's, shared by every app of the user: read on the phone, and this
 * program starts after it. The home timeline is walked upwards from its marker (`min_id`, then the
 * `prev` cursors) through `Timelines.homeEndpoint`; notifications the same way, and shown grouped
 * as the web interface shows them ("eve, bob and 1 other favourited your post"). The markers are
 * saved with `Markers.saveWithRetry`: another app saving at the same moment makes the server
 * answer 409 `Conflict`, and the save is simply tried again.
 *
 * On the embedded instance (the default) some activity is made up first, the program catches up
 * twice (the second time only what happened in between is new) and one marker save is made to
 * collide. With MASTODON_URL / MASTODON_ACCESS_TOKEN it catches up once on your own server and
 * moves your markers (`--dry-run` leaves them).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Status from "@mastodon-effect/core/Status"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as GroupedNotifications from "@mastodon-effect/http/GroupedNotifications"
import * as Markers from "@mastodon-effect/http/Markers"
import * as Notifications from "@mastodon-effect/http/Notifications"
import * as Timelines from "@mastodon-effect/http/Timelines"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

/** The newer of two ids: longer is newer for snowflakes and sequences alike, then by characters. */
const newest = (ids: ReadonlyArray<string>): string | undefined =>
  ids.reduce<string | undefined>((best, id) => best === undefined || id.length > best.length || (id.length === best.length && id > best) ? id : best, undefined)

const text = (status: Status.Status) => status.content.replace(/<[^>]+>/g, "").slice(0, 60)

/**
 * Everything above `marker`, walked upwards page by page; without a marker, the newest few.
 * Pages come oldest first (each page newest first): the stream is read whole.
 */
const homeSince = (marker: string | undefined) =>
  marker === undefined
    ? Effect.map(Endpoint.call(Timelines.homeEndpoint, { query: { limit: 5 } }), (page) => page.items)
    : Paginate.items(Endpoint.call(Timelines.homeEndpoint, { query: { min_id: marker, limit: 40 } }), { direction: "prev" }).pipe(
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )

const notificationsSince = (marker: string | undefined) =>
  marker === undefined
    ? Effect.map(Notifications.list({ limit: 10 }), (page) => page.items)
    : Paginate.items(Notifications.list({ min_id: marker, limit: 80 }), { direction: "prev" }).pipe(
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )

/** One line per group: "eve, bob and 1 other favourite (3)". */
const describeGroups = (marker: string | undefined) =>
  Effect.map(GroupedNotifications.list({ limit: 10, ...(marker === undefined ? {} : { since_id: marker }) }), (page) =>
    page.items.map(({ accounts, group, status }) => {
      const names = accounts.slice(0, 2).map((a) => `@${a.acct}`).join(", ")
      const others = group.notifications_count - Math.min(2, accounts.length)
      const who = others > 0 ? `${names} and ${others} other${others === 1 ? "" : "s"}` : names
      return `  ${who}: ${group.type}${status === undefined ? "" : ` "${text(status)}"`}`
    }))

const catchUp = (dryRun: boolean) =>
  Effect.gen(function*() {
    const markers = yield* Markers.get(["home", "notifications"])
    const homeMarker = markers.home?.last_read_id
    const notificationsMarker = markers.notifications?.last_read_id
    yield* Console.log(homeMarker === undefined ? "home: no marker yet, the newest posts" : `home: since ${homeMarker} (marker v${markers.home?.version})`)
    const posts = yield* homeSince(homeMarker)
    yield* Console.log(`home: ${posts.length} new post${posts.length === 1 ? "" : "s"}`)
    for (const post of posts.slice(0, 5)) yield* Console.log(`  @${post.account.acct}: ${text(post.reblog ?? post)}`)

    const notifications = yield* notificationsSince(notificationsMarker)
    yield* Console.log(`notifications: ${notifications.length} new`)
    if (notifications.length > 0) for (const line of yield* describeGroups(notificationsMarker)) yield* Console.log(line)

    const positions: Markers.Positions = {
      ...(posts.length === 0 ? {} : { home: newest(posts.map((p) => p.id)) as Status.Status["id"] }),
      ...(notifications.length === 0 ? {} : { notifications: newest(notifications.map((n) => n.id)) as (typeof notifications)[number]["id"] })
    }
    if (dryRun || (positions.home === undefined && positions.notifications === undefined)) {
      yield* Console.log("markers: left as they were")
      return
    }
    const saved = yield* Markers.saveWithRetry(positions).pipe(
      Effect.tapError((e) => Console.error(`markers: not saved (${e._tag})`))
    )
    yield* Console.log(
      `markers: saved${saved.home === undefined ? "" : ` home v${saved.home.version}`}${saved.notifications === undefined ? "" : ` notifications v${saved.notifications.version}`}`
    )
  })

/** Made-up activity around the demo user, on the embedded instance only. */
const stir = (target: Target.Embedded, round: number) =>
  Effect.gen(function*() {
    const { popular, user } = target.demo
    const post = yield* Seed.createStatus(user, { text: `Round ${round}: what do you think?` })
    const fans = yield* Effect.forEach([1, 2, 3], (i) => Seed.createAccount({ username: `fan${round}_${i}` }))
    for (const fan of fans) yield* Seed.favourite(fan, post.id)
    yield* Seed.follow(fans[0]!, user)
    yield* Seed.createStatus(popular, { text: `@${user.username} round ${round} is on` })
    yield* Seed.createStatus(popular, { text: `Popular post number ${round}` })
  }).pipe(Effect.provideService(MastodonInstance.MastodonInstance, target.instance))

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  const dryRun = Cli.flag("dry-run")
  if (target._tag === "Remote") return yield* catchUp(dryRun)
  yield* stir(target, 1)
  yield* Console.log("== first look")
  yield* catchUp(false)
  yield* stir(target, 2)
  // Another app saves the markers at the same moment as ours: the first save answers 409.
  yield* Seed.markerConflicts(target.demo.user, 1).pipe(Effect.provideService(MastodonInstance.MastodonInstance, target.instance))
  yield* Console.log("== later (one marker save collides with another app's and is retried)")
  yield* catchUp(false)
})

const layer = Target.clientLayer().pipe(
  Layer.provideMerge(Target.layer({ followers: 10 })),
  Layer.provideMerge(FetchHttpClient.layer)
)

Cli.main(Effect.provide(program, layer))
