// SIGINT/SIGTERM during a run (GitHub cancelling the job, Ctrl-C): the evaluation stops sending, lets
// the requests in flight finish for a few seconds, and still writes its reports and comment, marked
// partial. GitHub sends SIGINT, then SIGTERM 7.5 s later, then kills the job 2.5 s after that, so the
// second signal only cuts the grace period short; a third exits at once.
import { EXIT } from '../core/exit.ts';
import type { Log } from '../log.ts';

const EXIT_CODES: Record<string, number> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

export interface Cancellation {
  /** Aborts (with the signal's name as reason) at the first signal: stop sending. */
  readonly stop: AbortSignal;
  /** Aborts at the second signal: abandon the requests still in flight. */
  readonly abandon: AbortSignal;
  /** 128 + the number of the first signal received (130, 143), or undefined when none came. */
  exitCode(): number | undefined;
  /** Removes the handlers: signals get Node's default behaviour again. */
  dispose(): void;
}

export function cancelOnSignals(log: Log, proc: Pick<NodeJS.Process, 'on' | 'off' | 'exit'> = process): Cancellation {
  const stop = new AbortController();
  const abandon = new AbortController();
  let first: string | undefined;
  let count = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    count++;
    if (count === 1) {
      first = signal;
      log.warn(
        `${signal} received: stopping — no new requests; those in flight get a few seconds, then the reports cover what completed (send it again to stop waiting for them)`,
      );
      stop.abort(signal);
    } else if (count === 2) {
      log.warn(`${signal} received again: abandoning the requests still in flight (a third signal exits at once)`);
      abandon.abort(signal);
    } else {
      proc.exit(EXIT_CODES[first ?? signal] ?? 1);
    }
  };
  proc.on('SIGINT', onSignal);
  proc.on('SIGTERM', onSignal);
  return {
    stop: stop.signal,
    abandon: abandon.signal,
    exitCode: () => (first ? EXIT_CODES[first] : undefined),
    dispose() {
      proc.off('SIGINT', onSignal);
      proc.off('SIGTERM', onSignal);
    },
  };
}
