/**
 * Posting: a photo with alt text, a poll, a reply that mentions the thread, a thread of three
 * posts, and a scheduled post moved and then cancelled; plus the typed errors of bad input (a file
 * that is not media, a vote the poll cannot take), refused before anything is sent.
 *
 *   npx tsx examples/src/post.ts
 *   MASTODON_URL=… MASTODON_ACCESS_TOKEN=… npx tsx examples/src/post.ts --really
 *
 * The embedded instance by default. On your own server the refused calls change nothing, and the
 * posts (unlisted, deleted again at the end) need `--really`.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as Status from "@mastodon-effect/core/Status"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Media from "@mastodon-effect/http/Media"
import * as Polls from "@mastodon-effect/http/Polls"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as Statuses from "@mastodon-effect/http/Statuses"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

// The smallest valid PNG: one transparent pixel.
const pixel = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0)
)

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget

  // 1. Not media: refused from the first bytes, before anything is sent.
  yield* Upload.mediaFromBytes(new TextEncoder().encode("just some text"), { filename: "clip.mp4" }).pipe(
    Effect.flatMap(() => Console.log("1. accepted?!")),
    Effect.catchTag("InvalidArgument", (e) => Console.log(`1. InvalidArgument (${e.argument}): ${e.reason}`))
  )
  if (target._tag === "Remote" && !Cli.flag("really")) {
    return yield* Console.log(`Skipped the posts on ${target.url}: pass --really to post (unlisted, deleted at the end)`)
  }
  const posted: Array<Status.Status> = []
  const me = yield* Accounts.verifyCredentials()

  // 2. A photo: uploaded (a video would be polled until processed), described, attached.
  const file = yield* Upload.mediaFromBytes(pixel, { filename: "pixel.png" })
  const photo = yield* Media.upload(file, { description: "A single transparent pixel", focus: { x: 0, y: 0 } })
  const withPhoto = yield* Statuses.post({ status: "A very small picture", media_ids: [photo], visibility: "unlisted" })
  posted.push(withPhoto)
  yield* Console.log(`2. Posted ${withPhoto.url} with ${withPhoto.media_attachments[0]?.type}: "${withPhoto.media_attachments[0]?.description}"`)

  // 3. A poll, open for a day; a vote outside its options is refused here, without a request.
  const withPoll = yield* Statuses.post({
    status: "Tea or coffee?",
    poll: { options: ["Tea", "Coffee"], expires_in: "1 day" },
    visibility: "unlisted"
  })
  posted.push(withPoll)
  yield* Console.log(`3. Poll: ${withPoll.poll?.options.map((o) => o.title).join(" / ")}`)
  if (withPoll.poll) {
    yield* Polls.vote(withPoll.poll, [2]).pipe(
      Effect.catchTag("InvalidArgument", (e) => Console.log(`   vote [2]: InvalidArgument (${e.argument}): ${e.reason}`))
    )
  }

  // 4. A reply mentions everyone in the conversation but you; a thread replies to itself.
  if (target._tag === "Embedded") {
    const popular = yield* Accounts.lookup("popular")
    const [latest] = (yield* Accounts.statuses(popular, { limit: 1 })).items
    if (latest) {
      const reply = yield* Statuses.reply(latest, "Nice one!", { me, visibility: "unlisted" })
      posted.push(reply)
      yield* Console.log(`4. Replied to @${latest.account.acct}, mentioning ${reply.mentions.map((m) => `@${m.acct}`).join(" ")}`)
    }
  }
  const thread = yield* Statuses.thread(["A thread, 1/3", "2/3: each post replies to the one before", "3/3: the end"], {
    visibility: "unlisted"
  })
  posted.push(...thread)
  const context = yield* Statuses.context(thread[1]!)
  yield* Console.log(`   thread of ${thread.length}: the middle post has ${context.ancestors.length} ancestor, ${context.descendants.length} descendant`)

  // 5. A scheduled post: listed, moved an hour later, then cancelled.
  const now = yield* DateTime.now
  const scheduled = yield* Statuses.schedule({ status: "From the future", scheduled_at: DateTime.add(now, { minutes: 30 }), visibility: "unlisted" })
  yield* Console.log(`5. Scheduled for ${DateTime.formatIso(scheduled.scheduled_at)}`)
  const moved = yield* ScheduledStatuses.reschedule(scheduled, DateTime.add(now, { minutes: 90 }))
  yield* Console.log(`   moved to ${DateTime.formatIso(moved.scheduled_at)}; ${(yield* ScheduledStatuses.list()).items.length} scheduled`)
  yield* ScheduledStatuses.cancel(scheduled)
  yield* Console.log(`   cancelled; ${(yield* ScheduledStatuses.list()).items.length} scheduled`)

  // 6. Clean up: a delete answers the source text, ready for a redraft.
  for (const status of posted.reverse()) {
    const deleted = yield* Statuses.remove(status, { delete_media: true })
    if (status === withPoll) yield* Console.log(`6. Deleted; the poll's text for a redraft: "${deleted.text}"`)
  }
  yield* Console.log(`   deleted ${posted.length} posts`)
})

const layer = Target.clientLayer().pipe(
  Layer.provideMerge(Target.layer()),
  Layer.provideMerge(FetchHttpClient.layer)
)

Cli.main(program.pipe(Effect.provide(layer)))
