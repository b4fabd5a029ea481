/**
 * A timeout for one attempt of a request, cheaper than `Effect.timeoutFail`.
 *
 * `Effect.timeoutFail` races two forked fibers (the effect and a sleep), then joins the winner's
 * fiber refs and interrupts the loser: on a walk of 100,000 followers that bookkeeping, paid per
 * request, was the largest single cost of the pipeline. Here the effect runs in one child fiber
 * (an effect that hangs on a promise can only be stopped by interrupting the fiber that awaits it,
 * and a fiber cannot interrupt itself and carry on, so one fiber is the least a general timeout
 * needs), and the deadline is a plain timer of the fiber's `Clock`:
 *
 * - the live clock: a `setTimeout`, no fiber at all;
 * - any other clock (the `TestClock` in tests): the clock's own `sleep`, run in a fiber of its own,
 *   so that moving the test clock fires the timeout exactly as it fires `Effect.timeoutFail`.
 *
 * On the deadline the child is interrupted (the platform aborts the request in flight) and awaited,
 * then the attempt fails with `onTimeout()`. The body read is inside the effect, so it is covered.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"

/** The live clock's `sleep`: a prototype method, the same function for every live clock. */
const liveSleep = Clock.make().sleep

/** What JavaScript timers accept; the live clock treats a longer sleep as one that never ends. */
const maxTimerMillis = 2 ** 31 - 1

/** Run `task` after `millis` on `clock`; the result cancels it. */
const schedule = (clock: Clock.Clock, millis: number, task: () => void): () => void => {
  if (clock.sleep === liveSleep) {
    if (millis > maxTimerMillis) return () => {}
    const handle = setTimeout(task, millis)
    return () => clearTimeout(handle)
  }
  const sleeper = Effect.runFork(clock.sleep(Duration.millis(millis)))
  sleeper.addObserver((exit) => {
    if (Exit.isSuccess(exit)) task()
  })
  return () => sleeper.unsafeInterruptAsFork(FiberId.none)
}

/**
 * Fail with `onTimeout()` when `self` has not ended within `millis` on the fiber's clock; `self` is
 * interrupted then.
 */
export const timeoutFail = <A, E, R, E2>(
  self: Effect.Effect<A, E, R>,
  millis: number,
  onTimeout: () => E2
): Effect.Effect<A, E | E2, R> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(Effect.zip(Effect.clock, Effect.fork(restore(self))), ([clock, child]) =>
      restore(
        Effect.async<A, E | E2>((resume) => {
          let settled = false
          const cancel = schedule(clock, millis, () => {
            if (settled) return
            settled = true
            resume(Effect.zipRight(Fiber.interrupt(child), Effect.fail(onTimeout())))
          })
          child.addObserver((exit) => {
            if (settled) return
            settled = true
            cancel()
            resume(exit)
          })
          // Interrupted from outside: stop the timer and the attempt.
          return Effect.suspend(() => {
            settled = true
            cancel()
            return Fiber.interrupt(child)
          })
        })
      ))
  )
