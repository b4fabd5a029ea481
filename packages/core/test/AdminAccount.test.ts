import { describe, expect, it } from "@effect/vitest"
import * as AdminAccount from "@mastodon-effect/core/AdminAccount"
import * as AdminIp from "@mastodon-effect/core/AdminIp"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/AdminAccount.js"
import * as IpFx from "./fixtures/AdminIp.js"

const decode = Schema.decodeUnknownSync(AdminAccount.AdminAccount)
const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}
const without = (input: Record<string, unknown>, key: string): Record<string, unknown> => {
  const { [key]: _, ...rest } = input
  return rest
}

describe("AdminAccount", () => {
  it("decodes the docs' example, whose role is the whole database row with numbers", () => {
    const account = decode(Fx.docs)
    expect(account.id).toBe("108965278956942133")
    expect(account.role).toEqual({ id: "3", name: "Owner", color: "", permissions: "1", highlighted: true })
    expect(account.ip).toBe("192.168.42.1")
    expect(account.ips?.map((ip) => DateTime.formatIso(ip.used_at))).toEqual(["2022-09-15T01:38:58.851Z"])
    expect(account.sensitized).toBe(true)
    expect(account.account.acct).toBe("admin")
  })

  it("round-trips the docs' example, dropping the role's row-only fields", () => {
    expect(roundTrip(AdminAccount.AdminAccount, Fx.docs)).toStrictEqual({
      ...Fx.docs,
      role: { id: "3", name: "Owner", color: "", permissions: "1", highlighted: true }
    })
  })

  it("decodes a pending sign-up with its reason", () => {
    const account = decode(Fx.pending)
    expect(account.approved).toBe(false)
    expect(account.invite_request).toBe("i am going to commit crimes")
    expect(account.ip).toBeNull()
    expect(account.ips).toEqual([])
    expect(account.sensitized).toBeUndefined()
  })

  it("decodes Mastodon 3.5: the ip object becomes its address, the role stays a name", () => {
    const account = decode(Fx.mastodon35)
    expect(account.ip).toBe("192.168.42.1")
    expect(account.role).toBe("user")
    expect(roundTrip(AdminAccount.AdminAccount, Fx.mastodon35)).toStrictEqual({ ...Fx.mastodon35, ip: "192.168.42.1" })
  })

  it("decodes and round-trips every field of a Mastodon 4.6 account exactly", () => {
    const account = decode(Fx.invited)
    expect(account.created_by_application_id).toBe("7")
    expect(account.invited_by_account_id).toBe("109000000000000001")
    expect(typeof account.role === "object" && account.role?.collection_limit).toBe(10)
    expect(roundTrip(AdminAccount.AdminAccount, Fx.invited)).toStrictEqual(Fx.invited)
  })

  it("decodes a remote account, whose user fields are null", () => {
    const account = decode(Fx.remote)
    expect(account.domain).toBe("old.example")
    expect([account.email, account.role, account.confirmed, account.approved, account.disabled, account.ips])
      .toEqual([null, null, null, null, null, null])
    expect(roundTrip(AdminAccount.AdminAccount, Fx.remote)).toStrictEqual(Fx.remote)
  })

  it("decodes without each field added after 2.9.1", () => {
    for (const key of ["ips", "sensitized", "created_by_application_id", "invited_by_account_id"]) {
      const input = without(Fx.invited, key)
      expect(roundTrip(AdminAccount.AdminAccount, input)).toStrictEqual(input)
    }
  })

  it("fails without a field every version sends, and names it", () => {
    for (const key of ["email", "role", "approved", "silenced", "account"]) {
      const message = failure(Schema.decodeUnknownEither(AdminAccount.AdminAccount)(without(Fx.docs, key)))
      expect(message).toContain(`["${key}"]`)
    }
  })

  it("keeps an unknown role name; unknown fields are dropped, or kept with preserve", () => {
    expect(decode(Fx.extra).role).toBe("owner")
    expect(roundTrip(AdminAccount.AdminAccount, Fx.extra)).not.toHaveProperty("approval_notes")
    const kept = Schema.decodeUnknownSync(AdminAccount.AdminAccount, { onExcessProperty: "preserve" })(Fx.extra)
    expect(kept).toMatchObject({ approval_notes: "seen twice" })
  })

  it("fails on a wrong type with the path, also inside the nested account", () => {
    expect(failure(Schema.decodeUnknownEither(AdminAccount.AdminAccount)(Fx.badSuspended))).toContain('["suspended"]')
    const message = failure(Schema.decodeUnknownEither(AdminAccount.AdminAccount)(Fx.badAccount))
    expect(message).toContain('["account"]')
    expect(message).toContain('["acct"]')
  })

  it.prop("decode(encode(a)) equals a", [AdminAccount.AdminAccount], ([account]) => {
    const encoded = Schema.encodeSync(AdminAccount.AdminAccount)(account)
    const decoded = decode(encoded)
    expect(Schema.equivalence(AdminAccount.AdminAccount)(decoded, account)).toBe(true)
  }, { fastCheck: { numRuns: 10 } })
})

describe("IpAddress", () => {
  it("decodes a string and the 3.5 object, and encodes to the string", () => {
    expect(Schema.decodeUnknownSync(AdminAccount.IpAddress)("192.0.2.1")).toBe("192.0.2.1")
    expect(Schema.decodeUnknownSync(AdminAccount.IpAddress)({ user_id: 1, ip: "192.0.2.2", used_at: "x" })).toBe("192.0.2.2")
    expect(Schema.encodeSync(AdminAccount.IpAddress)("192.0.2.3")).toBe("192.0.2.3")
    expect(Either.isLeft(Schema.decodeUnknownEither(AdminAccount.IpAddress)({ user_id: 1 }))).toBe(true)
  })
})

describe("AdminIp", () => {
  it("decodes and round-trips the docs' example", () => {
    const ip = Schema.decodeUnknownSync(AdminIp.AdminIp)(IpFx.docs)
    expect(DateTime.formatIso(ip.used_at)).toBe("2022-09-15T01:38:58.851Z")
    expect(roundTrip(AdminIp.AdminIp, IpFx.docs)).toStrictEqual(IpFx.docs)
  })

  it("drops unknown fields", () => {
    const { user_id: _, ...known } = IpFx.extra
    expect(roundTrip(AdminIp.AdminIp, IpFx.extra)).toStrictEqual(known)
  })

  it("fails on a bad date and names it", () => {
    expect(failure(Schema.decodeUnknownEither(AdminIp.AdminIp)(IpFx.badDate))).toContain('["used_at"]')
  })
})
