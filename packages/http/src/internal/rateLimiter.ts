import * as RateLimit from "@mastodon-effect/core/RateLimit"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as SynchronizedRef from "effect/SynchronizedRef"

/** What the client does when the budget runs out; see `MastodonClient.RateLimitPolicy`. */
export type Policy = "throw" | "wait" | "pace"

/** How long to wait after a 429 that carried no reset time (proxies strip the headers). */
const fallbackWait = Duration.seconds(30)

export interface Limiter {
  /** The latest snapshot seen on any response of this client. */
  readonly latest: Effect.Effect<Option.Option<RateLimit.RateLimit>>
  /** Record the headers of a response. */
  readonly observe: (headers: RateLimit.HeaderRecord) => Effect.Effect<void>
  /** Run one attempt under the policy: wait or pace before it, and after a 429 if the policy says so. */
  readonly run: <A>(attempt: Effect.Effect<A, MastodonError.MastodonError>) => Effect.Effect<A, MastodonError.MastodonError>
}

const sleepMillis = (millis: number) => millis > 0 ? Effect.sleep(Duration.millis(millis)) : Effect.void

/** The time until `reset`, by the effect Clock (so TestClock drives it in tests). */
const millisUntil = (reset: DateTime.Utc) =>
  Effect.map(Clock.currentTimeMillis, (now) => Math.max(0, DateTime.toEpochMillis(reset) - now))

export const make = (policy: Policy, maxWaits: number): Effect.Effect<Limiter> =>
  Effect.gen(function*() {
    const latest = yield* Ref.make(Option.none<RateLimit.RateLimit>())
    // For `pace`: the earliest time the next request may start, shared by every fiber of the client,
    // and how many slots were handed out since the last snapshot (which does not count them yet).
    const pacing = yield* SynchronizedRef.make({ next: 0, handed: 0 })

    const observe = (headers: RateLimit.HeaderRecord) =>
      Option.match(RateLimit.fromHeaders(headers), {
        onNone: () => Effect.void,
        onSome: (snapshot) =>
          Effect.zipRight(
            Ref.set(latest, Option.some(snapshot)),
            policy === "pace" ? SynchronizedRef.update(pacing, (p) => ({ ...p, handed: 0 })) : Effect.void
          )
      })

    /** With `wait`: if the last response said the budget is spent, sleep until it resets. */
    const waitIfSpent = Effect.flatMap(Ref.get(latest), (snapshot) =>
      Option.match(snapshot, {
        onNone: () => Effect.void,
        onSome: (s) => s.remaining > 0 ? Effect.void : Effect.flatMap(millisUntil(s.reset), sleepMillis)
      }))

    /** With `pace`: take the next slot, spreading what is left of the budget evenly until the reset. */
    const takeSlot = SynchronizedRef.modifyEffect(pacing, (pace) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const snapshot = yield* Ref.get(latest)
        if (Option.isNone(snapshot)) return [0, pace] as const
        const resetAt = DateTime.toEpochMillis(snapshot.value.reset)
        const remaining = snapshot.value.remaining - pace.handed
        const start = remaining > 0 ? Math.max(now, pace.next) : Math.max(now, pace.next, resetAt)
        // Spread what is left evenly over the time between this slot and the reset.
        const interval = remaining > 0 ? Math.max(0, resetAt - start) / remaining : 0
        return [start - now, { next: start + interval, handed: pace.handed + 1 }] as const
      })).pipe(Effect.flatMap(sleepMillis))

    const before = policy === "wait" ? waitIfSpent : policy === "pace" ? takeSlot : Effect.void

    const waitForReset = (error: MastodonError.RateLimited) =>
      Effect.flatMap(Ref.get(latest), (snapshot) => {
        const reset = error.rate_limit?.reset ?? Option.getOrUndefined(snapshot)?.reset
        return reset === undefined ? Effect.sleep(fallbackWait) : Effect.flatMap(millisUntil(reset), sleepMillis)
      })

    const run = <A>(attempt: Effect.Effect<A, MastodonError.MastodonError>) => {
      if (policy === "throw") return attempt
      // A 429 means the server did not act on the request, so sending it again is safe for any method.
      const loop = (waits: number): Effect.Effect<A, MastodonError.MastodonError> =>
        Effect.zipRight(before, attempt).pipe(
          Effect.catchIf(
            (e): e is MastodonError.RateLimited => e._tag === "RateLimited" && waits < maxWaits,
            (e) => Effect.zipRight(waitForReset(e), loop(waits + 1))
          )
        )
      return loop(0)
    }

    return { latest: Ref.get(latest), observe, run }
  })
