/**
 * An ordered list of relationship records (follows, blocks, mutes, ...) kept as two parallel
 * arrays sorted by record id, so a page is two binary searches and a slice.
 *
 * @internal
 */
export class Edge {
  /** Record ids, ascending. */
  readonly ids: Array<number> = []
  /** The account (or other row) index each record points at. */
  readonly others: Array<number> = []

  get size(): number {
    return this.ids.length
  }

  /** Append a record; ids are handed out in increasing order, so this keeps the order. */
  push(id: number, other: number): void {
    const n = this.ids.length
    if (n === 0 || (this.ids[n - 1] ?? 0) < id) {
      this.ids.push(id)
      this.others.push(other)
      return
    }
    const at = lowerBound(this.ids, id)
    this.ids.splice(at, 0, id)
    this.others.splice(at, 0, other)
  }

  /** Remove a record by id; false when it is not there. */
  remove(id: number): boolean {
    const at = lowerBound(this.ids, id)
    if (this.ids[at] !== id) return false
    this.ids.splice(at, 1)
    this.others.splice(at, 1)
    return true
  }
}

/** The first index whose value is `>= x`. */
export const lowerBound = (xs: ReadonlyArray<number>, x: number): number => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((xs[mid] ?? 0) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index whose value is `> x`. */
export const upperBound = (xs: ReadonlyArray<number>, x: number): number => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((xs[mid] ?? 0) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Cursor parameters of a Link-paginated request. */
export interface Cursor {
  readonly max_id?: number | undefined
  readonly since_id?: number | undefined
  readonly min_id?: number | undefined
  readonly limit: number
}

/** One page: positions `[start, end)` of the sorted array, in the order they are returned. */
export interface PageSlice {
  /** Indexes into the edge, newest first. */
  readonly indexes: ReadonlyArray<number>
  /** More records older than this page exist. */
  readonly hasOlder: boolean
  /** More records newer than this page exist. */
  readonly hasNewer: boolean
}

/**
 * Mastodon's cursor semantics over ids sorted ascending: `max_id` bounds from above (exclusive),
 * `since_id` from below returning the newest records, `min_id` from below returning the records
 * right after it. Results are always newest first.
 */
export const slice = (ids: ReadonlyArray<number>, cursor: Cursor): PageSlice => {
  const upper = cursor.max_id === undefined ? ids.length : lowerBound(ids, cursor.max_id)
  const lowerId = cursor.min_id ?? cursor.since_id
  const lower = lowerId === undefined ? 0 : Math.min(upperBound(ids, lowerId), upper)
  let start: number
  let end: number
  if (cursor.min_id !== undefined) {
    start = lower
    end = Math.min(lower + cursor.limit, upper)
  } else {
    end = upper
    start = Math.max(upper - cursor.limit, lower)
  }
  const indexes: Array<number> = []
  for (let i = end - 1; i >= start; i--) indexes.push(i)
  return { indexes, hasOlder: start > 0, hasNewer: end < ids.length }
}
