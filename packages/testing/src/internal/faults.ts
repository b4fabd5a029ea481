/**
 * Fault rules: what to break, for which requests, how many times.
 *
 * @internal
 */

/** A failure the instance can produce instead of (or on top of) a normal answer. */
export type Fault =
  | { readonly _tag: "Latency"; readonly millis: number }
  | { readonly _tag: "ServerError"; readonly status: number }
  | { readonly _tag: "ConnectionReset" }
  | { readonly _tag: "ResponseLost" }
  | { readonly _tag: "HtmlPage" }
  | { readonly _tag: "MalformedJson" }
  | { readonly _tag: "TruncatedJson" }
  | { readonly _tag: "CrossOriginLink"; readonly origin: string }

/** Which requests a rule applies to. */
export interface FaultMatch {
  /** A route pattern (`/api/v1/accounts/:id/followers`, `*` for any rest) or a RegExp on the path. */
  readonly path?: string | RegExp | undefined
  /** Only this HTTP method. */
  readonly method?: string | undefined
  /** Only the next N matching requests; unlimited when absent. */
  readonly times?: number | undefined
}

/** A stored rule. */
export interface FaultRule {
  readonly fault: Fault
  readonly method: string | undefined
  readonly matches: (path: string) => boolean
  remaining: number | undefined
}

const patternToRegExp = (pattern: string): RegExp =>
  new RegExp(
    `^${
      pattern
        .split("/")
        .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg === "*" ? ".*" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/")
    }$`
  )

/** Make a rule from a fault and its match. */
export const makeRule = (fault: Fault, match: FaultMatch | undefined): FaultRule => {
  const path = match?.path
  const re = path === undefined ? undefined : typeof path === "string" ? patternToRegExp(path) : path
  return {
    fault,
    method: match?.method?.toUpperCase(),
    matches: (p) => re === undefined || re.test(p),
    remaining: match?.times
  }
}

/** The faults that apply to one request, consuming one use of each counted rule. */
export const take = (rules: Array<FaultRule>, method: string, path: string): Array<Fault> => {
  const out: Array<Fault> = []
  for (const rule of rules) {
    if (rule.method !== undefined && rule.method !== method) continue
    if (!rule.matches(path)) continue
    if (rule.remaining !== undefined) {
      if (rule.remaining <= 0) continue
      rule.remaining--
    }
    out.push(rule.fault)
  }
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]?.remaining === 0) rules.splice(i, 1)
  return out
}
