/**
 * Export every follower of an account as NDJSON (one Account per line), resumably.
 *
 *   npx tsx examples/src/export-followers.ts [--acct user@host] [--out followers.ndjson]
 *
 * Without `--acct`, the signed-in user's followers; without `--out`, to stdout. With `--out`, the
 * cursor of the next page is saved to `<out>.cursor` after each page, with the file's size at that
 * point: run the same command again after a crash or Ctrl-C and it goes on where it stopped,
 * without a duplicate line. `--max-pages N` stops after N pages, as if interrupted.
 *
 * The saved cursor is the server's `Link` URL made relative to the server (its path and query), so
 * it outlives the embedded instance's random port: the second run's instance has the same data, and
 * the cursor goes on against it. MASTODON_URL / MASTODON_ACCESS_TOKEN for your own server (the
 * cursor then resumes there; `--port` pins the embedded one's port).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Account from "@mastodon-effect/core/Account"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Page from "@mastodon-effect/http/Page"
import * as Paginate from "@mastodon-effect/stream/Paginate"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

/**
 * Where a run got to: the next page's cursor (relative to the server), and the output's size and
 * line count up to it.
 */
const Checkpoint = Schema.parseJson(Schema.Struct({ next: Page.Cursor, bytes: Schema.Number, lines: Schema.Number }))
type Checkpoint = typeof Checkpoint.Type

// Accounts back to the API's JSON (dates as ISO strings), one line each.
const encodeLine = Schema.encode(Schema.parseJson(Account.Account))
const encoder = new TextEncoder()

/** The accounts of a page as NDJSON bytes. */
const ndjson = (accounts: ReadonlyArray<Account.Account>) =>
  Effect.map(Effect.forEach(accounts, (account) => encodeLine(account)), (lines) => encoder.encode(lines.map((line) => `${line}\n`).join("")))

/**
 * A Link URL without its origin: the client resolves it against its own server, so a checkpoint
 * does not depend on the port the embedded instance happened to get. A cursor that was not on the
 * server's origin never becomes relative: the client refuses it on resume, as it did at first.
 */
const relativeCursor = (cursor: Page.Cursor, origin: string): Page.Cursor => {
  const url = new URL(cursor, origin)
  return url.origin === new URL(origin).origin ? Page.Cursor.make(`${url.pathname}${url.search}`) : cursor
}

const countArg = (name: string) =>
  Option.flatMap(Cli.option(name), (raw) => (Number.isInteger(Number(raw)) && Number(raw) > 0 ? Option.some(Number(raw)) : Option.none()))

/** Write to a file, resuming from `<out>.cursor` when it exists. */
const toFile = (account: Account.Account, out: string, maxPages: Option.Option<number>) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const origin = (yield* MastodonClient.MastodonClient).baseUrl.href
    const cursorFile = `${out}.cursor`
    const saved = (yield* fs.exists(cursorFile))
      ? Option.some(yield* Effect.flatMap(fs.readFileString(cursorFile), Schema.decode(Checkpoint)))
      : Option.none<Checkpoint>()
    // Drop whatever was written after the last checkpoint (a page cut short by a crash).
    if (Option.isSome(saved)) {
      yield* fs.truncate(out, saved.value.bytes)
      yield* Console.error(`Resuming after ${saved.value.lines} followers`)
    } else {
      yield* fs.writeFile(out, new Uint8Array())
    }
    const bounds = { maxPages: Option.getOrUndefined(maxPages) }
    const pages = Option.match(saved, {
      onNone: () => Paginate.pages(Accounts.followers(account, { limit: 80 }), bounds),
      // The saved cursor is the server's own Link URL: the walk goes on exactly where it stopped.
      onSome: (checkpoint) => Paginate.resumePages(Accounts.followersEndpoint, checkpoint.next, bounds)
    })
    const bar = Cli.progress((n) => `exported ${n} followers of @${account.acct}`, 1000)
    const start = Option.match(saved, { onNone: () => ({ bytes: 0, lines: 0 }), onSome: (c) => ({ bytes: c.bytes, lines: c.lines }) })
    const end = yield* pages.pipe(
      Stream.runFoldEffect({ ...start, finished: false }, (at, page) =>
        Effect.gen(function*() {
          const bytes = yield* ndjson(page.items)
          yield* fs.writeFile(out, bytes, { flag: "a" })
          const now = { bytes: at.bytes + bytes.length, lines: at.lines + page.items.length }
          // Data first, then the checkpoint, written aside and renamed so it is never half written.
          if (Option.isSome(page.next) && page.items.length > 0) {
            const next = relativeCursor(page.next.value, origin)
            yield* fs.writeFileString(`${cursorFile}.tmp`, yield* Schema.encode(Checkpoint)({ next, ...now }))
            yield* fs.rename(`${cursorFile}.tmp`, cursorFile)
          }
          yield* bar.update(now.lines)
          return { ...now, finished: Option.isNone(page.next) || page.items.length === 0 }
        }))
    )
    yield* bar.done(end.lines)
    if (end.finished || Option.isNone(maxPages)) {
      yield* fs.remove(cursorFile, { force: true })
      yield* Console.error(`Done: ${end.lines} followers in ${out}`)
    } else {
      yield* Console.error(`Stopped after ${Option.getOrElse(maxPages, () => 0)} pages (${end.lines} followers so far): run again to resume`)
    }
  })

/** Write to stdout: nothing to resume from, so a plain stream of pages. */
const toStdout = (account: Account.Account) =>
  Paginate.pages(Accounts.followers(account, { limit: 80 })).pipe(
    Stream.mapEffect((page) => ndjson(page.items)),
    Stream.runForEach((bytes) => Effect.sync(() => process.stdout.write(bytes)))
  )

const program = Effect.gen(function*() {
  const acct = Cli.option("acct")
  const account = Option.isSome(acct) ? yield* Accounts.lookup(acct.value) : yield* Accounts.verifyCredentials()
  yield* Console.error(`@${account.acct} has ${account.followers_count} followers`)
  yield* Option.match(Cli.option("out"), {
    onNone: () => toStdout(account),
    onSome: (out) => toFile(account, out, countArg("max-pages"))
  })
}).pipe(
  // A cursor saved against another server is refused, never followed: the token stays home.
  Effect.catchTag("CrossOriginRefused", (e) =>
    Effect.zipRight(
      Console.error(`The saved cursor points at ${e.url}, not this server: delete the .cursor file to start over`),
      Effect.fail(e)
    ))
)

const layer = Target.clientLayer().pipe(
  Layer.provide(Target.layer({ server: { port: Option.getOrElse(countArg("port"), () => 0) } })),
  Layer.provideMerge(Layer.merge(FetchHttpClient.layer, NodeFileSystem.layer))
)

Cli.main(Effect.provide(program, layer))
