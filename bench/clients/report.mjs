// Each client prints one JSON line: items walked; CPU time (user + system) and wall time of the walk
// alone (module loading excluded) and of the whole process so far (Node's start-up and module
// loading included); the process's peak resident memory.
export const report = {
  start: () => ({ cpu: process.cpuUsage(), wall: performance.now() }),
  done: (start, count) => {
    const walk = process.cpuUsage(start.cpu)
    const total = process.cpuUsage()
    process.stdout.write(
      JSON.stringify({
        count,
        cpuMs: (walk.user + walk.system) / 1000,
        wallMs: performance.now() - start.wall,
        processCpuMs: (total.user + total.system) / 1000,
        // performance.now() counts from the process's time origin.
        processWallMs: performance.now(),
        maxRssMb: process.resourceUsage().maxRSS / 1024
      }) + "\n"
    )
  }
}
