/**
 * The small command-line plumbing the examples share: flags, a progress line on stderr, and a
 * `main` that prints a typed error as one readable line and exits with 1.
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"

const args = () => process.argv.slice(2)

/**
 * The value of `--name value` or `--name=value`.
 *
 * @since 0.1.0
 */
export const option = (name: string): Option.Option<string> => {
  const all = args()
  const at = all.indexOf(`--${name}`)
  const next = at >= 0 ? all[at + 1] : undefined
  if (next !== undefined && !next.startsWith("--")) return Option.some(next)
  return Option.fromNullable(all.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3))
}

/**
 * Whether `--name` was given.
 *
 * @since 0.1.0
 */
export const flag = (name: string): boolean => args().includes(`--${name}`)

/**
 * A progress line on stderr. On a terminal one line is rewritten in place (`\r`) at most every
 * 50 ms; elsewhere (CI logs, a pipe) a plain line is printed every `every` items, so logs stay short.
 *
 * @since 0.1.0
 */
export const progress = (render: (n: number) => string, every = 5000) => {
  const tty = process.stderr.isTTY === true
  let last = 0
  return {
    update: (n: number): Effect.Effect<void> =>
      Effect.sync(() => {
        if (tty) {
          const now = Date.now()
          if (now - last < 50) return
          last = now
          process.stderr.write(`\r${render(n)}\x1b[K`)
        } else if (n % every === 0) {
          process.stderr.write(`${render(n)}\n`)
        }
      }),
    done: (n: number): Effect.Effect<void> => Effect.sync(() => process.stderr.write(tty ? `\r${render(n)}\x1b[K\n` : `${render(n)}\n`))
  }
}

/**
 * Seconds since `start` (from `performance.now()`), with one decimal.
 *
 * @since 0.1.0
 */
export const seconds = (start: number): string => `${((performance.now() - start) / 1000).toFixed(1)} s`

const describe = (error: unknown): string => {
  if (typeof error === "object" && error !== null && "_tag" in error && "message" in error) {
    return `${String(error._tag)}: ${String(error.message)}`
  }
  return String(error)
}

/**
 * Run an example: a failure is printed as `Tag: message` (a defect with its stack) and the
 * process exits with 1; Ctrl-C interrupts the program, which closes the embedded server.
 *
 * @since 0.1.0
 */
export const main = <E>(program: Effect.Effect<void, E>): void =>
  NodeRuntime.runMain(
    program.pipe(
      Effect.tapErrorCause((cause) =>
        Cause.isInterruptedOnly(cause)
          ? Effect.void
          : Option.match(Cause.failureOption(cause), {
            onSome: (error) => Console.error(`error: ${describe(error)}`),
            onNone: () => Console.error(Cause.pretty(cause))
          })
      )
    ),
    { disableErrorReporting: true }
  )
