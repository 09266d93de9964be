/** Used by `watchdog.test.ts`: a case that never ends, under a 300 ms watchdog. */
import { startWatchdog } from './watchdog.js';

const watchdog = startWatchdog(300);
watchdog.starting('@livewell/core#fake (a loop that never ends)');
for (;;) {
  // An endless loop: only the watchdog can end this process.
}
