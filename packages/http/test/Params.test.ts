import { describe, expect, it } from "@effect/vitest"
import * as Params from "@mastodon-effect/http/Params"
import * as DateTime from "effect/DateTime"

describe("Params.flatten (Rails-style keys)", () => {
  it("arrays get [] keys, nested hashes [key], arrays of hashes an index", () => {
    expect(Params.flatten({
      id: ["1", "2"],
      source: { privacy: "unlisted", sensitive: true, language: "de" },
      fields_attributes: [{ name: "Site", value: "https://a.example" }, { name: "Pronouns", value: "they" }]
    })).toEqual([
      ["id[]", "1"],
      ["id[]", "2"],
      ["source[privacy]", "unlisted"],
      ["source[sensitive]", "true"],
      ["source[language]", "de"],
      ["fields_attributes[0][name]", "Site"],
      ["fields_attributes[0][value]", "https://a.example"],
      ["fields_attributes[1][name]", "Pronouns"],
      ["fields_attributes[1][value]", "they"]
    ])
  })

  it("drops undefined, sends null as empty, an empty array as key[]=, numbers, booleans and dates as text", () => {
    const at = DateTime.unsafeMake("2026-01-02T03:04:05.000Z")
    expect(Params.flatten({
      unset: undefined,
      note: null,
      attribution_domains: [],
      limit: 40,
      locked: false,
      since: at,
      until: new Date("2026-01-02T03:04:05.000Z"),
      nested: { skipped: undefined, kept: 0 }
    })).toEqual([
      ["note", ""],
      ["attribution_domains[]", ""],
      ["limit", "40"],
      ["locked", "false"],
      ["since", "2026-01-02T03:04:05.000Z"],
      ["until", "2026-01-02T03:04:05.000Z"],
      ["nested[kept]", "0"]
    ])
  })
})
