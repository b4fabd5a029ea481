/**
 * Noticing a server that sends a walk in a circle, in constant memory. A walk follows opaque
 * cursors; a faulty or hostile server can hand out cursors that lead back to one already
 * followed, after 2 pages or after 10,000. Three checks, cheapest first:
 *
 * 1. Ordered cursors. Mastodon's cursors are ids: walking `next`, each `max_id` is smaller than
 *    the last; walking `prev`, each `min_id` (or `since_id`) larger; offset cursors grow or shrink
 *    the same way. When two consecutive cursors both carry a decimal id (or offset), one that
 *    does not move in the walk's direction ends it at once, before a duplicate is fetched.
 *    Non-decimal ids (Pleroma's flake ids, GoToSocial's ULIDs) are not compared: their order is
 *    not ours to assume.
 * 2. The last {@link recentKept} cursors, which stops short loops of opaque cursors at once.
 * 3. Brent's cycle detection for loops of any length: one saved cursor, replaced at steps 1, 2,
 *    4, 8, ... of the walk; once the saved one lies inside the loop and the step window is
 *    longer than the loop, the walk meets it again. Deterministic servers are caught within
 *    about two turns of the loop, whatever its length.
 *
 * A walk that never repeats a cursor (and, where cursors are decimal ids, moves in its direction)
 * is never cut short.
 */

/** How many recent cursors are compared directly. */
export const recentKept = 64

/** The id or offset a cursor positions at, for the walk's direction; undefined when not decimal. */
const position = (cursor: string, direction: "next" | "prev"): { readonly key: string; readonly value: string } | undefined => {
  let params: URLSearchParams
  try {
    params = new URL(cursor).searchParams
  } catch {
    return undefined
  }
  const keys = direction === "next" ? ["max_id", "offset"] : ["min_id", "since_id", "offset"]
  for (const key of keys) {
    const value = params.get(key)
    if (value !== null && /^\d{1,40}$/.test(value)) return { key, value: value.replace(/^0+(?=\d)/, "") }
  }
  return undefined
}

/** Compare two decimal strings of any length (snowflake ids exceed 2^53). */
const compareDecimal = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0

/**
 * A guard for one walk: call it with each cursor about to be followed; `true` means the walk has
 * come back on itself and must stop. `start` is the cursor the walk resumed from, if any.
 */
export const make = (direction: "next" | "prev", start?: string): (cursor: string) => boolean => {
  const recent: Array<string> = []
  let previous = start === undefined ? undefined : position(start, direction)
  let saved: string | undefined = start
  let power = 1
  let steps = 0
  if (start !== undefined) recent.push(start)

  return (cursor) => {
    const at = position(cursor, direction)
    if (at !== undefined && previous !== undefined && at.key === previous.key) {
      const order = compareDecimal(at.value, previous.value)
      // `next` walks toward smaller ids; `prev` toward larger ones. An offset always grows going
      // forward and shrinks going back: the opposite sense.
      const forward = at.key === "offset" ? (direction === "next" ? order > 0 : order < 0) : direction === "next" ? order < 0 : order > 0
      if (!forward) return true
    }
    previous = at
    if (cursor === saved || recent.includes(cursor)) return true
    recent.push(cursor)
    if (recent.length > recentKept) recent.shift()
    steps += 1
    if (steps === power) {
      saved = cursor
      power *= 2
      steps = 0
    }
    return false
  }
}
