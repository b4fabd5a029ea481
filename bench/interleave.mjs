// Interleaved rounds for the in-process benchmarks (latency.mjs, page.mjs): each case is run once
// to warm up the JIT, then once per round in an order that rotates, so that a busy minute on this
// shared machine falls on every case alike. `measure(name)` resolves to one sample.
export const interleave = async (names, rounds, measure) => {
  for (const name of names) await measure(name)
  const samples = new Map(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length]
      samples.get(name).push(await measure(name))
    }
  }
  return samples
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
