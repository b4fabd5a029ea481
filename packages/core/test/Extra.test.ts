import { describe, expect, it } from "@effect/vitest"
import * as Extra from "@mastodon-effect/core/Extra"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"

const Small = Schema.Struct({ id: Schema.String, name: Schema.String })

describe("Extra", () => {
  const decoded = Schema.decodeUnknownSync(Small, { onExcessProperty: "preserve" })({
    id: "1",
    name: "a",
    pleroma: { is_admin: true },
    new_field: 3
  })

  it("reaches fields the schema does not declare", () => {
    expect(Extra.field(decoded, "new_field")).toEqual(Option.some(3))
    expect(Extra.field(decoded, "absent")).toEqual(Option.none())
    expect(Extra.unknownFields(Small, decoded)).toEqual(["pleroma", "new_field"])
  })

  it("decodes an unknown field with a schema of the caller's", () => {
    const pleroma = Extra.decodeField(decoded, "pleroma", Schema.Struct({ is_admin: Schema.Boolean }))
    expect(pleroma).toEqual(Either.right({ is_admin: true }))
    expect(Either.isLeft(Extra.decodeField(decoded, "new_field", Schema.String))).toBe(true)
  })
})
