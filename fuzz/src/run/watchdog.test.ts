import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startWatchdog } from './watchdog.js';

describe('the watchdog', () => {
  it('ends a process whose case never returns, naming the case', () => {
    const fixture = fileURLToPath(new URL('./hang.fixture.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', fixture], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stderr).toMatch(/fuzz watchdog: a case has run for more than 300 ms/);
    expect(run.stderr).toContain('@livewell/core#fake (a loop that never ends)');
  });

  it('stays quiet while cases finish in time', async () => {
    const watchdog = startWatchdog(200);
    for (let i = 0; i < 5; i++) {
      watchdog.starting(`case ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      watchdog.finished();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    await watchdog.stop();
    expect(true).toBe(true);
  });
});
