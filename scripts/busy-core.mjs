#!/usr/bin/env node
// Runs a command while another process keeps one core busy (a stress-style busy loop), so
// the browser tests show they pass on a loaded machine, not only on an idle one:
//   node scripts/busy-core.mjs npm run test:browsers
// The loop is started before the command and killed when it ends, however it ends; how much
// CPU the loop really took is printed, so a run cannot claim a load it did not have.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/busy-core.mjs COMMAND [ARGS...]');
  process.exit(2);
}

const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const started = Date.now();

/** CPU seconds the loop has used so far (Linux /proc; null elsewhere). */
function hogCpuSeconds() {
  try {
    const fields = readFileSync(`/proc/${hog.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

const child = spawn(cmd, args, { stdio: 'inherit' });
const stop = (code) => {
  const cpu = hogCpuSeconds();
  const wall = (Date.now() - started) / 1000;
  hog.kill('SIGKILL');
  if (cpu != null) console.log(`busy-core: the busy loop used ${cpu.toFixed(0)} s of CPU over the ${wall.toFixed(0)} s run (${Math.round((100 * cpu) / wall)}% of one core)`);
  process.exit(code);
};
child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
child.on('error', (e) => {
  console.error(`busy-core: ${e.message}`);
  stop(2);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
