// Preloaded into a child process by scripts/bench-links.ts: reports the child's CPU time when it exits.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${Math.round((user + system) / 1000)}\n`);
});
