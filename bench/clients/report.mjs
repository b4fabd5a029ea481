// Each client prints one JSON line: items walked, CPU time (user + system) and wall time of the
// walk alone (module loading excluded), and the process's peak resident memory.
export const report = {
  start: () => ({ cpu: process.cpuUsage(), wall: performance.now() }),
  done: (start, count) => {
    const cpu = process.cpuUsage(start.cpu)
    process.stdout.write(
      JSON.stringify({
        count,
        cpuMs: (cpu.user + cpu.system) / 1000,
        wallMs: performance.now() - start.wall,
        maxRssMb: process.resourceUsage().maxRSS / 1024
      }) + "\n"
    )
  }
}
