/**
 * The flags of `serve:fake` (the package's `bin`): parsed into server options, faults and the user
 * to sign in as, or refused with a message saying which flag is wrong. Pure, so it is tested
 * without starting anything.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type { Fault, FaultMatch } from "./faults.js"

/** What the command line asks for. */
export interface Config {
  readonly help: boolean
  readonly port: number
  readonly followers: number
  readonly version: string
  readonly registrations: "open" | "approval" | "closed"
  readonly emailConfirmation: boolean
  /** Requests per window, or `false` for no limit (and no X-RateLimit headers). */
  readonly rateLimit: { readonly limit: number; readonly windowMillis: number } | false
  readonly faults: ReadonlyArray<{ readonly fault: Fault; readonly match: FaultMatch }>
  /** Who the printed token and `/oauth/authorize` act as. */
  readonly user: string
}

/** The usage text of `--help`. */
export const usage = `Usage: serve:fake [options]      (npx @mastodon-effect/testing [options])

Serves an in-memory Mastodon with demo data on 127.0.0.1 until interrupted, and prints
its URL, an access token, and how to sign in.

Options:
  --port <n>                 Port to listen on (0 picks a free one). Default 3000.
  --followers <n>            Followers of @popular in the demo data. Default 5000.
  --version <x.y.z>          Mastodon version to behave as (routes, fields, OAuth grants).
                             Default 4.6.0. Before 4.4 the password grant and refresh
                             tokens exist.
  --registrations <mode>     open | approval | closed. Default open.
  --email-confirmation <on|off>
                             Whether sign-ups must confirm their e-mail before their token
                             works, as on a real server. Default on.
  --rate-limit <n>           Requests per window for each token (or address); 0 turns the
                             limit and its headers off. Default 300.
  --rate-limit-window <d>    The window: seconds, or a duration ("5 minutes", "30 seconds").
                             Default 300 seconds.
  --fault <spec>             Inject a fault; repeatable. <spec> is a kind, then optional
                             ",path=<route>", ",method=<GET|POST|...>", ",times=<n>".
                             Kinds: 500 | 502 | 503 | 504 | latency:<duration> | reset |
                             lost | html | malformed-json | truncated-json |
                             cross-origin-link[:<origin>].
                             Example: --fault 503,path=/api/v1/accounts/*,times=2
  --user <username>          Sign in as this user (created when missing); also the user
                             /oauth/authorize approves as. Default demo.
  -h, --help                 Show this help.
`

type Parsed<A> = Either.Either<A, string>

const nonNegativeInteger = (flag: string, raw: string): Parsed<number> => {
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isSafeInteger(n) ? Either.right(n) : Either.left(`--${flag} must be a non-negative integer, got ${JSON.stringify(raw)}`)
}

/** A duration: seconds (`30`, `30s`), milliseconds (`500ms`), or what `Duration.decode` reads ("5 minutes"). */
const duration = (flag: string, raw: string): Parsed<number> => {
  const short = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(raw.trim())
  if (short !== null) return Either.right(Number(short[1]) * (short[2] === "ms" ? 1 : 1000))
  const decoded = Option.getOrUndefined(Duration.decodeUnknown(raw))
  return decoded !== undefined && Duration.isFinite(decoded) && Duration.toMillis(decoded) > 0
    ? Either.right(Duration.toMillis(decoded))
    : Either.left(`--${flag} must be a number of seconds or a duration such as "5 minutes", got ${JSON.stringify(raw)}`)
}

const faultKind = (raw: string): Parsed<Fault> => {
  const [kind = "", arg] = raw.split(/:(.*)/s)
  switch (kind) {
    case "500":
    case "502":
    case "503":
    case "504":
      return Either.right({ _tag: "ServerError", status: Number(kind) })
    case "latency":
      return arg === undefined
        ? Either.left("--fault latency needs a duration, e.g. latency:500ms")
        : Either.map(duration("fault latency", arg), (millis) => ({ _tag: "Latency", millis }) as const)
    case "reset":
      return Either.right({ _tag: "ConnectionReset" })
    case "lost":
      return Either.right({ _tag: "ResponseLost" })
    case "html":
      return Either.right({ _tag: "HtmlPage" })
    case "malformed-json":
      return Either.right({ _tag: "MalformedJson" })
    case "truncated-json":
      return Either.right({ _tag: "TruncatedJson" })
    case "cross-origin-link":
      return Either.right({ _tag: "CrossOriginLink", origin: arg ?? "https://evil.example" })
    default:
      return Either.left(`--fault: unknown kind ${JSON.stringify(kind)} (see --help)`)
  }
}

const fault = (raw: string): Parsed<{ readonly fault: Fault; readonly match: FaultMatch }> => {
  const [kind = "", ...options] = raw.split(",")
  return Either.flatMap(faultKind(kind.trim()), (f) => {
    const match: { path?: string; method?: string; times?: number } = {}
    for (const option of options) {
      const [key = "", value = ""] = option.split(/=(.*)/s).map((s) => s.trim())
      if (key === "path" && value.startsWith("/")) match.path = value
      else if (key === "method" && /^[A-Za-z]+$/.test(value)) match.method = value.toUpperCase()
      else if (key === "times" && /^[1-9]\d*$/.test(value)) match.times = Number(value)
      else return Either.left(`--fault: cannot read ${JSON.stringify(option)} (path=/..., method=GET, times=<n>)`)
    }
    return Either.right({ fault: f, match })
  })
}

const oneOf = <const L extends ReadonlyArray<string>>(flag: string, raw: string, values: L): Parsed<L[number]> =>
  values.includes(raw) ? Either.right(raw as L[number]) : Either.left(`--${flag} must be one of ${values.join(", ")}, got ${JSON.stringify(raw)}`)

const flags = new Set([
  "port",
  "followers",
  "version",
  "mastodon-version",
  "registrations",
  "email-confirmation",
  "rate-limit",
  "rate-limit-window",
  "fault",
  "user"
])

/** Read the arguments (without `node` and the script). */
export const parse = (args: ReadonlyArray<string>): Parsed<Config> => {
  const values = new Map<string, Array<string>>()
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ""
    if (arg === "-h" || arg === "--help") {
      help = true
      continue
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg)
    if (m === null || !flags.has(m[1] ?? "")) return Either.left(`Unknown argument ${JSON.stringify(arg)} (see --help)`)
    const name = m[1] === "mastodon-version" ? "version" : m[1] ?? ""
    let value = m[2]
    if (value === undefined) {
      value = args[i + 1]
      if (value === undefined || value.startsWith("--")) return Either.left(`--${name} needs a value (see --help)`)
      i++
    }
    values.set(name, [...(values.get(name) ?? []), value])
  }
  const last = (name: string): string | undefined => values.get(name)?.at(-1)
  const read = <A>(name: string, fallback: A, f: (raw: string) => Parsed<A>): Parsed<A> => {
    const raw = last(name)
    return raw === undefined ? Either.right(fallback) : f(raw)
  }
  return Either.gen(function*() {
    const port = yield* read("port", 3000, (raw) =>
      Either.flatMap(nonNegativeInteger("port", raw), (n) => n <= 65535 ? Either.right(n) : Either.left(`--port must be at most 65535, got ${n}`)))
    const followers = yield* read("followers", 5000, (raw) => nonNegativeInteger("followers", raw))
    const version = yield* read("version", "4.6.0", (raw) =>
      /^\d+\.\d+\.\d+/.test(raw) ? Either.right(raw) : Either.left(`--version must look like 4.3.0, got ${JSON.stringify(raw)}`))
    const registrations = yield* read("registrations", "open" as const, (raw) => oneOf("registrations", raw, ["open", "approval", "closed"] as const))
    const emailConfirmation = yield* read("email-confirmation", true, (raw) =>
      Either.map(oneOf("email-confirmation", raw, ["on", "off"] as const), (v) => v === "on"))
    const limit = yield* read("rate-limit", 300, (raw) => nonNegativeInteger("rate-limit", raw))
    const windowMillis = yield* read("rate-limit-window", 300_000, (raw) => duration("rate-limit-window", raw))
    const faults = yield* Either.all((values.get("fault") ?? []).map(fault))
    const user = yield* read("user", "demo", (raw) =>
      /^[A-Za-z0-9_]+$/.test(raw) ? Either.right(raw) : Either.left(`--user must be a username (letters, numbers, underscores), got ${JSON.stringify(raw)}`))
    return {
      help,
      port,
      followers,
      version,
      registrations,
      emailConfirmation,
      rateLimit: limit === 0 ? false : { limit, windowMillis },
      faults,
      user
    } satisfies Config
  })
}

/** Why the server could not start, in words: the port in use, no permission, ... */
export const startFailure = (port: number, cause: unknown): string => {
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : undefined
  const reason = code === "EADDRINUSE"
    ? "the port is already in use (pick another with --port, or --port 0 for a free one)"
    : code === "EACCES"
    ? "no permission to use this port"
    : cause instanceof Error
    ? cause.message
    : String(cause)
  return `Could not listen on 127.0.0.1:${port}: ${reason}${code === undefined ? "" : ` [${code}]`}`
}
