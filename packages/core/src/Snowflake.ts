/**
 * Mastodon status ids are snowflakes: the creation time in milliseconds shifted left by 16 bits,
 * plus a sequence. A date therefore turns into an id usable as `max_id`, `min_id` or `since_id`
 * ("statuses older than this date"), as Mastodon.py's `dateconv` does.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"

const SHIFT = 16n

/**
 * A moment in time: a `Date`, a `DateTime`, or epoch milliseconds.
 *
 * @since 0.1.0
 */
export type Moment = Date | DateTime.DateTime | number

const toMillis = (moment: Moment): number =>
  typeof moment === "number"
    ? moment
    : moment instanceof Date
    ? moment.getTime()
    : DateTime.toEpochMillis(moment)

/**
 * The smallest snowflake id of the given moment, as a decimal string.
 *
 * @example
 * import { Snowflake } from "@mastodon-effect/core"
 * Snowflake.fromDate(new Date("2024-01-01T00:00:00Z")) // "111677748019200000"
 *
 * @since 0.1.0
 */
export const fromDate = (moment: Moment): string => {
  const millis = Math.floor(toMillis(moment))
  return (BigInt(Math.max(0, millis)) << SHIFT).toString()
}

/**
 * The creation time encoded in a snowflake id. `None` for ids that are not snowflakes (forks use
 * other schemes; very old Mastodon ids are small serial numbers).
 *
 * @since 0.1.0
 */
export const toDate = (id: string): Option.Option<DateTime.Utc> => {
  if (!/^\d{1,20}$/.test(id)) return Option.none()
  const millis = BigInt(id) >> SHIFT
  // Ids below 2^16 ms are serial ids from before snowflakes (Mastodon < 2.0): not a timestamp.
  if (millis === 0n || millis > BigInt(8.64e15)) return Option.none()
  return DateTime.make(Number(millis))
}
