import type { SourceLocation } from './types.ts';

/** Where progress and findings go: the terminal for the CLI, @actions/core in a workflow. */
export interface Log {
  info(message: string): void;
  warn(message: string, where?: SourceLocation): void;
  error(message: string, where?: SourceLocation): void;
  debug(message: string): void;
  /** True when a person watches a terminal (progress bars) rather than a CI log (periodic lines). */
  readonly interactive: boolean;
}

function prefix(where?: SourceLocation): string {
  if (!where) return '';
  return `${[where.file, where.line, where.column].filter((p) => p !== undefined).join(':')}: `;
}

export function consoleLog(opts: { verbose?: boolean; stream?: NodeJS.WriteStream } = {}): Log {
  const out = opts.stream ?? process.stderr;
  return {
    interactive: Boolean(out.isTTY) && !process.env.CI,
    info: (m) => out.write(`${m}\n`),
    warn: (m, w) => out.write(`warning: ${prefix(w)}${m}\n`),
    error: (m, w) => out.write(`error: ${prefix(w)}${m}\n`),
    debug: (m) => {
      if (opts.verbose) out.write(`debug: ${m}\n`);
    },
  };
}

/** Collects messages; for tests and for callers that render them later. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    interactive: false,
    info: (m) => lines.push(m),
    warn: (m, w) => lines.push(`warning: ${prefix(w)}${m}`),
    error: (m, w) => lines.push(`error: ${prefix(w)}${m}`),
    debug: () => {},
  };
}
