import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-5UUU4TCK.js";

// src/commands/cancel.ts
var EXIT_CODES = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };
function cancelOnSignals(log, proc = process) {
  const stop = new AbortController();
  const abandon = new AbortController();
  let first;
  let count = 0;
  const onSignal = (signal) => {
    count++;
    if (count === 1) {
      first = signal;
      log.warn(
        `${signal} received: stopping \u2014 no new requests; those in flight get a few seconds, then the reports cover what completed (send it again to stop waiting for them)`
      );
      stop.abort(signal);
    } else if (count === 2) {
      log.warn(`${signal} received again: abandoning the requests still in flight (a third signal exits at once)`);
      abandon.abort(signal);
    } else {
      proc.exit(EXIT_CODES[first ?? signal] ?? 1);
    }
  };
  proc.on("SIGINT", onSignal);
  proc.on("SIGTERM", onSignal);
  return {
    stop: stop.signal,
    abandon: abandon.signal,
    exitCode: () => first ? EXIT_CODES[first] : void 0,
    dispose() {
      proc.off("SIGINT", onSignal);
      proc.off("SIGTERM", onSignal);
    }
  };
}

export {
  cancelOnSignals
};
