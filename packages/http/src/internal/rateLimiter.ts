/**
 * The client's rate-limit policy, shared by every fiber using one token.
 *
 * - `throw`: nothing before a request; a 429 fails with `RateLimited`.
 * - `wait`: when the last response said the budget is spent, wait for the reset before sending;
 *   after a 429, wait for its reset and send again (a 429 means the server did not act).
 * - `pace`: spread the budget so that no request meets a 429. Until a response has taught the
 *   budget (at the start, and again after each reset), one request goes alone and the others wait
 *   for its answer; then what is left is spread evenly until the reset, counting the requests
 *   already under way. When a window's budget is spent, the next request goes at the reset, alone
 *   again, and the next window is spread from its answer instead of releasing every waiting
 *   request at the reset at once.
 *
 * Every wait is bounded by `maxWait`: a wait longer than that fails with `RateLimited` at once
 * instead of keeping the caller asleep (a reset an hour ahead). Reset times are the server's; its
 * clock is read from the `Date` header of each response and the reset moved onto ours, so a
 * server clock an hour off does not stall every call for an hour.
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as RateLimit from "@mastodon-effect/core/RateLimit"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"

/** What the client does when the budget runs out; see `MastodonClient.RateLimitPolicy`. */
export type Policy = "throw" | "wait" | "pace"

/** How long to wait after a 429 that carried no reset time (proxies strip the headers). */
const fallbackWait = Duration.seconds(30)

/**
 * How long a request waits for the answer that teaches the budget. A probe can be slow (a media
 * upload); past this, the waiting requests go without pacing rather than queue behind it.
 */
const probeWait = Duration.seconds(10)

/** The default bound on one rate-limit wait. */
export const defaultMaxWait = Duration.minutes(5)

/**
 * The `Date` header has a resolution of one second and arrives after the network's delay: an
 * offset smaller than this is not a skewed clock. Above it, the correction errs late, never early:
 * `Date` is truncated and read after the delay, so the measured offset is at most the true one
 * for a server ahead of us, and at least as far behind for one behind.
 */
const skewTolerance = 2_000

export interface Options {
  /** The longest the limiter waits for a reset; past it, `RateLimited` at once. Default 5 minutes. */
  readonly maxWait?: Duration.DurationInput | undefined
}

export interface Limiter {
  /** The latest snapshot seen on any response of this client (reset time as the server sent it). */
  readonly latest: Effect.Effect<Option.Option<RateLimit.RateLimit>>
  /** Record the headers of a response: the rate-limit snapshot and the server's clock (`Date`). */
  readonly observe: (headers: RateLimit.HeaderRecord) => Effect.Effect<void>
  /**
   * Run one attempt under the policy: wait or pace before it, and after a 429 if the policy says
   * so. `request` names the request in a `RateLimited` raised before sending.
   */
  readonly run: <A>(
    attempt: Effect.Effect<A, MastodonError.MastodonError>,
    request?: MastodonError.RequestInfo
  ) => Effect.Effect<A, MastodonError.MastodonError>
}

/** A slot handed out by `pace`, held until its request is answered. */
interface Ticket {
  readonly id: number
  /** When the request may start (local ms). */
  readonly start: number
  /** Set when this request goes alone to learn the budget; completed when it is answered. */
  readonly probe: Deferred.Deferred<void> | undefined
  /** The snapshot count when the ticket was taken, to tell whether its answer taught anything. */
  readonly snapshots: number
}

interface State {
  readonly latest: Option.Option<RateLimit.RateLimit>
  /** How many snapshots were observed: a probe that did not add one taught nothing. */
  readonly snapshots: number
  /** Server clock minus ours (ms), 0 within the tolerance. */
  readonly skew: number
  // For `pace`:
  /** Slots handed out since the latest snapshot that it does not count yet. */
  readonly charged: number
  /** The earliest start of the next slot (local ms). */
  readonly next: number
  /** Tickets whose requests are not answered yet, by id: their start times. */
  readonly outstanding: ReadonlyMap<number, number>
  /** The request that will teach the budget, if any, and when it starts (local ms). */
  readonly probe: { readonly answered: Deferred.Deferred<void>; readonly start: number } | undefined
  /** A probe was answered without rate-limit headers: no budget to pace by until one arrives. */
  readonly untaught: boolean
  readonly tickets: number
}

type Decision =
  | { readonly _tag: "Go"; readonly ticket: Ticket; readonly delay: number }
  | { readonly _tag: "Wait"; readonly probe: Deferred.Deferred<void>; readonly patience: number }
  | { readonly _tag: "Refuse"; readonly delay: number; readonly snapshot: Option.Option<RateLimit.RateLimit> }

const header = (headers: RateLimit.HeaderRecord, name: string): string | undefined => {
  const direct = headers[name]
  const value = direct !== undefined
    ? direct
    : Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return typeof value === "string" ? value : value?.[0]
}

const sleepMillis = (millis: number) => millis > 0 ? Effect.sleep(Duration.millis(millis)) : Effect.void

export const make = (policy: Policy, maxWaits: number, options: Options = {}): Effect.Effect<Limiter> =>
  Effect.gen(function*() {
    const maxWait = Duration.toMillis(Duration.decode(options.maxWait ?? defaultMaxWait))
    const state = yield* Ref.make<State>({
      latest: Option.none(),
      snapshots: 0,
      skew: 0,
      charged: 0,
      next: 0,
      outstanding: new Map(),
      probe: undefined,
      untaught: false,
      tickets: 0
    })

    /** A reset time of the server, on our clock. */
    const localReset = (reset: DateTime.Utc, skew: number) => DateTime.toEpochMillis(reset) - skew

    const observe = (headers: RateLimit.HeaderRecord) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Ref.update(state, (s) => {
          const date = header(headers, "date")
          const serverNow = date === undefined ? Number.NaN : Date.parse(date)
          return Option.match(RateLimit.fromHeaders(headers), {
            onNone: () => s,
            onSome: (snapshot) => {
              // The reset is on the server's clock, and `Date` tells us that clock. A reset behind
              // the server's own `Date` means the two do not come from one clock (a proxy adding
              // `Date`, a test double): then the reset is taken as it is.
              const offset = Number.isNaN(serverNow) ? 0 : serverNow - now
              const consistent = DateTime.toEpochMillis(snapshot.reset) >= serverNow - skewTolerance
              const skew = Math.abs(offset) < skewTolerance || !consistent ? 0 : offset
              // The snapshot counts what the server had received. Requests we sent or scheduled
              // inside its window and whose answers are still to come may not be in it: charge
              // them (all but the one this answer is for).
              const resetAt = localReset(snapshot.reset, skew)
              let pending = 0
              for (const start of s.outstanding.values()) if (start < resetAt) pending += 1
              return {
                ...s,
                skew,
                latest: Option.some(snapshot),
                snapshots: s.snapshots + 1,
                charged: Math.max(0, pending - 1),
                untaught: false
              }
            }
          })
        }))

    const refused = (delay: number, snapshot: Option.Option<RateLimit.RateLimit>, request: MastodonError.RequestInfo | undefined) =>
      new MastodonError.RateLimited({
        method: request?.method ?? "",
        url: request === undefined ? "" : MastodonError.redactUrl(request.url),
        status: 429,
        error: "Too many requests",
        error_description: `not sent: the rate limit resets in ${Math.ceil(delay / 1000)} s, more than the ${
          Math.round(maxWait / 1000)
        } s the client may wait`,
        ...Option.match(snapshot, { onNone: () => ({}), onSome: (rate_limit) => ({ rate_limit }) })
      })

    // ---------------------------------------------------------------------------------------
    // wait
    // ---------------------------------------------------------------------------------------

    /** If the last response said the budget is spent, sleep until it resets (within maxWait). */
    const waitIfSpent = (request: MastodonError.RequestInfo | undefined) =>
      Effect.flatMap(Effect.zip(Ref.get(state), Clock.currentTimeMillis), ([s, now]) => {
        if (Option.isNone(s.latest) || s.latest.value.remaining > 0) return Effect.void
        const delay = localReset(s.latest.value.reset, s.skew) - now
        if (delay > maxWait) return Effect.fail(refused(delay, s.latest, request))
        return sleepMillis(delay)
      })

    /** After a 429: sleep until its reset, or fail with it when that is beyond maxWait. */
    const waitForReset = (error: MastodonError.RateLimited) =>
      Effect.flatMap(Effect.zip(Ref.get(state), Clock.currentTimeMillis), ([s, now]) => {
        const reset = error.rate_limit?.reset ?? Option.getOrUndefined(s.latest)?.reset
        // `Retry-After` (a proxy's 429 often has nothing else) and the reset both count: the later wins.
        const untilReset = reset === undefined ? undefined : localReset(reset, s.skew) - now
        const delay = untilReset === undefined && error.retry_after_ms === undefined
          ? Duration.toMillis(fallbackWait)
          : Math.max(untilReset ?? 0, error.retry_after_ms ?? 0)
        return delay > maxWait ? Effect.fail(error) : sleepMillis(delay)
      })

    // ---------------------------------------------------------------------------------------
    // pace
    // ---------------------------------------------------------------------------------------

    const decide = (s: State, now: number, probe: Deferred.Deferred<void>): readonly [Decision, State] => {
      if (s.probe !== undefined) {
        // Wait for its answer, but not behind a slow one: from its start, `probeWait` at most.
        const patience = s.probe.start - now + Duration.toMillis(probeWait)
        return [{ _tag: "Wait", probe: s.probe.answered, patience }, s]
      }
      const issue = (start: number, asProbe: boolean, next: State["next"], charged: number): readonly [Decision, State] => {
        const delay = start - now
        if (delay > maxWait) return [{ _tag: "Refuse", delay, snapshot: s.latest }, s]
        const ticket: Ticket = { id: s.tickets, start, probe: asProbe ? probe : undefined, snapshots: s.snapshots }
        const outstanding = new Map(s.outstanding)
        outstanding.set(ticket.id, start)
        return [
          { _tag: "Go", ticket, delay },
          { ...s, tickets: s.tickets + 1, outstanding, next, charged, probe: asProbe ? { answered: probe, start } : s.probe }
        ]
      }
      const snapshot = Option.getOrUndefined(s.latest)
      const resetAt = snapshot === undefined ? 0 : localReset(snapshot.reset, s.skew)
      if (snapshot === undefined || now >= resetAt) {
        // No budget known (nothing seen yet, or the window it described is over): one request
        // learns it while the others wait, unless a probe already came back without headers.
        return s.untaught ? issue(now, false, s.next, s.charged) : issue(now, true, s.next, s.charged)
      }
      const left = snapshot.remaining - s.charged
      if (left > 0) {
        const start = Math.max(now, s.next)
        // Spread what is left evenly over the time between this slot and the reset.
        const interval = Math.max(0, resetAt - start) / left
        return issue(start, false, start + interval, s.charged + 1)
      }
      // Spent: the next request goes at the reset, alone, and its answer spreads the new window.
      return issue(Math.max(now, resetAt), true, Math.max(now, resetAt), s.charged)
    }

    const release = (ticket: Ticket) =>
      Effect.flatMap(
        Ref.modify(state, (s) => {
          const outstanding = new Map(s.outstanding)
          outstanding.delete(ticket.id)
          if (ticket.probe === undefined) return [false, { ...s, outstanding }] as const
          // A probe answered without rate-limit headers (or not answered at all) taught nothing:
          // do not make every later request wait on another probe.
          const untaught = s.snapshots === ticket.snapshots
          return [true, { ...s, outstanding, probe: undefined, untaught: s.untaught || untaught }] as const
        }),
        (wasProbe) => wasProbe && ticket.probe !== undefined ? Deferred.succeed(ticket.probe, undefined) : Effect.void
      )

    const paced = <A>(
      attempt: Effect.Effect<A, MastodonError.MastodonError>,
      request: MastodonError.RequestInfo | undefined
    ): Effect.Effect<A, MastodonError.MastodonError> =>
      Effect.acquireUseRelease(
        Effect.flatMap(
          Effect.zip(Deferred.make<void>(), Clock.currentTimeMillis),
          ([probe, now]) => Ref.modify(state, (s) => decide(s, now, probe))
        ),
        (decision): Effect.Effect<Option.Option<A>, MastodonError.MastodonError> => {
          switch (decision._tag) {
            case "Wait":
              // Answered: take a slot with the budget it taught. Too slow: go unpaced.
              return Effect.raceFirst(
                Effect.as(Deferred.await(decision.probe), false),
                Effect.as(sleepMillis(decision.patience), true)
              ).pipe(Effect.flatMap((impatient) => impatient ? Effect.map(attempt, Option.some) : Effect.succeed(Option.none())))
            case "Refuse":
              return Effect.fail(refused(decision.delay, decision.snapshot, request))
            case "Go":
              return Effect.zipRight(sleepMillis(decision.delay), Effect.map(attempt, Option.some))
          }
        },
        (decision) => decision._tag === "Go" ? release(decision.ticket) : Effect.void
      ).pipe(
        // Woken by a probe's answer: take a slot now that the budget is known.
        Effect.flatMap((result) => Option.match(result, { onNone: () => paced(attempt, request), onSome: Effect.succeed }))
      )

    const run = <A>(attempt: Effect.Effect<A, MastodonError.MastodonError>, request?: MastodonError.RequestInfo) => {
      if (policy === "throw") return attempt
      const guarded = policy === "wait" ? Effect.zipRight(waitIfSpent(request), attempt) : paced(attempt, request)
      // A 429 means the server did not act on the request, so sending it again is safe for any method.
      const loop = (waits: number): Effect.Effect<A, MastodonError.MastodonError> =>
        guarded.pipe(
          Effect.catchIf(
            (e): e is MastodonError.RateLimited => e._tag === "RateLimited" && e.status === 429 && waits < maxWaits,
            (e) => Effect.zipRight(waitForReset(e), loop(waits + 1))
          )
        )
      return loop(0)
    }

    return { latest: Effect.map(Ref.get(state), (s) => s.latest), observe, run }
  })
