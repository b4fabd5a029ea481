/**
 * A moderator's morning: review the sign-ups waiting for approval and the open reports, then print
 * the week's numbers.
 *
 *   npx tsx examples/src/moderate.ts            # the embedded instance, with made-up work to do
 *   MASTODON_URL=... MASTODON_ACCESS_TOKEN=... npx tsx examples/src/moderate.ts [--apply]
 *
 * The policy is deliberately simple: a sign-up that says why it wants to join and does not come
 * from a throwaway e-mail domain is approved, the others rejected; an account reported twice or
 * more is silenced (which resolves all its open reports), a single report is taken and resolved
 * without action. On your own server nothing changes unless `--apply` is given: the decisions are
 * only printed. The token needs the `admin:read` and `admin:write` scopes and a role with the
 * `manage_users`, `manage_reports` and `view_dashboard` permissions; without them every call fails
 * with `Forbidden`, printed as one line.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as AdminAccount from "@mastodon-effect/core/AdminAccount"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as AdminAccounts from "@mastodon-effect/http/AdminAccounts"
import * as AdminMetrics from "@mastodon-effect/http/AdminMetrics"
import * as AdminReports from "@mastodon-effect/http/AdminReports"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as Streams from "@mastodon-effect/stream/Streams"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as Seed from "@mastodon-effect/testing/Seed"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

const throwaway = new Set(["mailinator.com", "trashmail.example", "10minutemail.com"])

/** Approve or reject a pending sign-up, and say why. */
const decide = (account: AdminAccount.AdminAccount): { readonly approve: boolean; readonly why: string } => {
  const domain = account.email?.split("@")[1]?.toLowerCase() ?? ""
  if (throwaway.has(domain)) return { approve: false, why: `throwaway e-mail domain ${domain}` }
  if ((account.invite_request ?? "").trim() === "") return { approve: false, why: "no reason given" }
  return { approve: true, why: `"${account.invite_request}"` }
}

const reviewSignUps = (apply: boolean) =>
  Effect.gen(function*() {
    const pending = yield* Stream.runCollect(Streams.adminAccounts({ origin: "local", status: "pending" }))
    yield* Console.log(`sign-ups waiting: ${pending.length}`)
    for (const account of pending) {
      const { approve, why } = decide(account)
      yield* Console.log(`  ${approve ? "approve" : "reject "} @${account.username} (${why})`)
      if (!apply) continue
      yield* approve ? AdminAccounts.approve(account) : AdminAccounts.reject(account)
    }
  })

const reviewReports = (apply: boolean) =>
  Effect.gen(function*() {
    const open = Chunk.toReadonlyArray(yield* Stream.runCollect(Streams.adminReports()))
    yield* Console.log(`open reports: ${open.length}`)
    const byTarget = new Map<string, Array<(typeof open)[number]>>()
    for (const report of open) byTarget.set(report.target_account.id, [...(byTarget.get(report.target_account.id) ?? []), report])
    for (const reports of byTarget.values()) {
      const first = reports[0]!
      const who = `@${first.target_account.account.acct}`
      if (reports.length >= 2) {
        yield* Console.log(`  silence ${who}: ${reports.length} reports (${reports.map((r) => JSON.stringify(r.comment)).join(", ")})`)
        if (apply) yield* AdminAccounts.action(first.target_account, { type: "silence", report_id: first, text: "Reported repeatedly" })
      } else {
        yield* Console.log(`  resolve the report on ${who} without action (${JSON.stringify(first.comment)})`)
        if (apply) {
          yield* AdminReports.assignToSelf(first)
          yield* AdminReports.resolve(first)
        }
      }
    }
  })

const weekInNumbers = Effect.gen(function*() {
  const end = new Date()
  const start = new Date(end.getTime() - 6 * 86_400_000)
  const measures = yield* AdminMetrics.measures(["new_users", "opened_reports", "resolved_reports"], { start_at: start, end_at: end })
  yield* Console.log(`this week: ${measures.map((m) => `${m.key} ${m.total}`).join(", ")}`)
})

const moderate = (apply: boolean) =>
  Effect.gen(function*() {
    const me = yield* Accounts.verifyCredentials()
    yield* Console.log(`Moderating as @${me.acct}${apply ? "" : " (dry run: nothing changes; --apply to act)"}`)
    yield* reviewSignUps(apply)
    yield* reviewReports(apply)
    yield* weekInNumbers
  })

/** Work for the moderator on the embedded instance: sign-ups through the API, and reports. */
const setUp = (target: Target.Embedded) =>
  Effect.gen(function*() {
    const mod = yield* Seed.createAccount({ username: "moderator", scopes: "read write admin:read admin:write" })
    yield* Seed.grantRole(mod, "Moderator")
    const app = yield* Seed.createApp({ name: "Sign-up page", scopes: "read write" })
    const appToken = yield* Seed.createAppToken(app, "read write")
    const signUp = (username: string, email: string, reason: string) =>
      Accounts.register({ appToken, username, email, password: "long enough password", agreement: true, locale: "en", reason })
    const anonymous = MastodonClient.layer({ url: target.url }).pipe(Layer.provide(FetchHttpClient.layer))
    yield* Effect.provide(
      Effect.all([
        signUp("ada", "ada@mail.example", "I write about compilers"),
        signUp("spambot", "x@mailinator.com", "hi"),
        signUp("quiet", "quiet@mail.example", "")
      ]),
      anonymous
    )
    const spammer = yield* Seed.createAccount({ username: "spammer" })
    const rude = yield* Seed.createAccount({ username: "rude" })
    const [alice, bob] = yield* Effect.all([Seed.createAccount({ username: "alice" }), Seed.createAccount({ username: "bob" })])
    yield* Seed.createReport(alice!, spammer, { comment: "buy-now links", category: "spam" })
    yield* Seed.createReport(bob!, spammer, { comment: "spam again", category: "spam" })
    yield* Seed.createReport(alice!, rude, { comment: "a bit rude" })
    return mod.token
  }).pipe(Effect.provideService(MastodonInstance.MastodonInstance, target.instance))

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  if (target._tag === "Remote") {
    const client = MastodonClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))
    return yield* Effect.provide(moderate(Cli.flag("apply")), client)
  }
  const token = yield* setUp(target)
  const client = MastodonClient.layer({ url: target.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))
  yield* Effect.provide(moderate(true), client)
  yield* Console.log("== after review")
  yield* Effect.provide(moderate(false), client)
})

Cli.main(Effect.provide(program, Target.layer({ followers: 10, server: { registrations: "approval", requireEmailConfirmation: false } })))
