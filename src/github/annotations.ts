// User errors as workflow annotations on the file and line, so the PR's "Files changed" view shows them.
import { isAbsolute, relative } from 'node:path';
import * as core from '@actions/core';
import type { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';

/** GitHub shows at most 10 annotations of each type per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_TYPE = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** The part of @actions/core this needs; a test or the CLI can pass its own. */
export interface AnnotationSink {
  error(message: string, props?: core.AnnotationProperties): void;
  warning(message: string, props?: core.AnnotationProperties): void;
  notice(message: string, props?: core.AnnotationProperties): void;
  info(message: string): void;
}

export interface Annotator {
  annotate(level: AnnotationLevel, message: string, where?: SourceLocation): void;
  userError(error: UserError): void;
  /** Per level, messages from the tenth on: printed to the log, only the tenth also annotated (with a note). */
  readonly overflow: Record<AnnotationLevel, number>;
}

/**
 * Keeps each level under GitHub's cap: the first nine go out as annotations, the tenth says how many more
 * there are, and everything past that is still printed to the log with its location.
 */
export function createAnnotator(sink: AnnotationSink = core, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): Annotator {
  const sent: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const overflow: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  const annotate = (level: AnnotationLevel, message: string, where?: SourceLocation) => {
    if (sent[level] < ANNOTATIONS_PER_TYPE - 1) {
      sent[level]++;
      sink[level](message, where ? properties(where, workspace) : undefined);
      return;
    }
    overflow[level]++;
    const text = `${where ? `${formatWhere(where, workspace)}: ` : ''}${message}`;
    sink.info(`${level}: ${text}`);
    if (sent[level] === ANNOTATIONS_PER_TYPE - 1) {
      // The last slot is kept for the count, written once when the first overflow arrives and
      // not updated afterwards (an annotation cannot be edited), so it says "at least".
      sent[level]++;
      sink[level](
        `${message}${where ? ` (${formatWhere(where, workspace)})` : ''} — further ${level}s are in the log only (GitHub shows ${ANNOTATIONS_PER_TYPE} per step)`,
      );
    }
  };

  return {
    annotate,
    userError: (e) => annotate('error', e.hint ? `${e.message}\nhint: ${e.hint}` : e.message, e.location),
    overflow,
  };
}

function properties(where: SourceLocation, workspace: string): core.AnnotationProperties {
  const props: core.AnnotationProperties = { file: repoPath(where.file, workspace) };
  if (where.line !== undefined) props.startLine = where.line;
  if (where.column !== undefined) props.startColumn = where.column;
  return props;
}

function formatWhere(where: SourceLocation, workspace: string): string {
  return [repoPath(where.file, workspace), where.line, where.column].filter((p) => p !== undefined).join(':');
}

/** Annotations resolve paths against the repository root, so absolute paths become workspace-relative. */
function repoPath(file: string, workspace: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(workspace, file);
  return rel.startsWith('..') ? file : rel;
}
