import { readFile } from 'node:fs/promises';
import { isMap, isNode, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';

export interface LintSettings {
  /** Minimum terminationGracePeriodSeconds: LLM responses stream for minutes. */
  minGracePeriodSeconds: number;
  /** Minimum preStop sleep so endpoints deregister before SIGTERM. */
  minPreStopSeconds: number;
  /** Require a startupProbe (slow model loads would otherwise trip the liveness probe). */
  requireStartupProbe: boolean;
}

export type LintRule = 'grace-period' | 'pre-stop' | 'readiness-probe' | 'startup-probe' | 'max-unavailable';

export interface LintFinding {
  rule: LintRule;
  severity: 'error' | 'warning';
  /** e.g. `Deployment prod/chat-green container model`. */
  subject: string;
  message: string;
  /** For repo files: where to annotate. */
  location?: SourceLocation;
}

type Path = (string | number)[];
type Locator = (path: Path) => SourceLocation | undefined;

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Seconds a preStop hook delays SIGTERM, when it can be read from the hook. */
export function preStopSeconds(preStop: unknown): number | 'unknown' | undefined {
  const hook = obj(preStop);
  if (!hook) return undefined;
  const sleep = obj(hook.sleep);
  if (sleep && typeof sleep.seconds === 'number') return sleep.seconds;
  const exec = obj(hook.exec);
  if (exec && Array.isArray(exec.command)) {
    const match = /\bsleep\s+(\d+(?:\.\d+)?)/.exec(exec.command.map(String).join(' '));
    return match ? Number(match[1]) : 'unknown';
  }
  return hook.httpGet || hook.tcpSocket ? 'unknown' : undefined;
}

/**
 * LLM-safe serving rules for one Deployment (live object or parsed manifest, as plain JSON):
 * long grace period, preStop delay, readiness (and startup) probes, rolling update with maxUnavailable 0.
 */
export function lintDeployment(deployment: unknown, settings: LintSettings, locate: Locator = () => undefined): LintFinding[] {
  const d = obj(deployment) ?? {};
  const meta = obj(d.metadata) ?? {};
  const subject = `Deployment ${meta.namespace ? `${String(meta.namespace)}/` : ''}${String(meta.name ?? '?')}`;
  const findings: LintFinding[] = [];
  const add = (rule: LintRule, severity: LintFinding['severity'], path: Path, message: string, who = subject) => {
    const location = locate(path);
    findings.push({ rule, severity, subject: who, message, ...(location ? { location } : {}) });
  };
  const spec = obj(d.spec) ?? {};
  const podPath: Path = ['spec', 'template', 'spec'];
  const pod = obj(obj(spec.template)?.spec) ?? {};

  const grace = typeof pod.terminationGracePeriodSeconds === 'number' ? pod.terminationGracePeriodSeconds : 30;
  if (grace < settings.minGracePeriodSeconds) {
    add(
      'grace-period',
      'error',
      [...podPath, 'terminationGracePeriodSeconds'],
      `terminationGracePeriodSeconds is ${grace}${pod.terminationGracePeriodSeconds === undefined ? ' (default)' : ''}; streaming LLM responses need at least ${settings.minGracePeriodSeconds} s to finish before the pod is killed`,
    );
  }

  const strategy = obj(spec.strategy) ?? {};
  if (strategy.type === 'Recreate') {
    add(
      'max-unavailable',
      'error',
      ['spec', 'strategy', 'type'],
      'strategy Recreate stops every replica before starting new ones; use RollingUpdate with maxUnavailable: 0',
    );
  } else {
    const maxUnavailable = obj(strategy.rollingUpdate)?.maxUnavailable;
    if (maxUnavailable !== 0 && maxUnavailable !== '0%') {
      add(
        'max-unavailable',
        'error',
        ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
        `rollingUpdate.maxUnavailable is ${maxUnavailable === undefined ? '25% (default)' : String(maxUnavailable)}; set 0 so capacity never drops while slow model servers start`,
      );
    }
  }

  const containers = Array.isArray(pod.containers) ? pod.containers : [];
  containers.forEach((c, i) => {
    const container = obj(c) ?? {};
    const who = `${subject} container ${String(container.name ?? i)}`;
    const path: Path = [...podPath, 'containers', i];
    const delay = preStopSeconds(obj(container.lifecycle)?.preStop);
    if (delay === undefined) {
      add(
        'pre-stop',
        'error',
        [...path, 'lifecycle'],
        `no preStop hook; add a sleep of at least ${settings.minPreStopSeconds} s so endpoints deregister before SIGTERM`,
        who,
      );
    } else if (delay === 'unknown') {
      add('pre-stop', 'warning', [...path, 'lifecycle', 'preStop'], 'preStop hook delay cannot be read; make sure it waits for endpoints to deregister', who);
    } else if (delay < settings.minPreStopSeconds) {
      add('pre-stop', 'error', [...path, 'lifecycle', 'preStop'], `preStop delays only ${delay} s; use at least ${settings.minPreStopSeconds} s`, who);
    } else if (delay >= grace) {
      add(
        'pre-stop',
        'error',
        [...path, 'lifecycle', 'preStop'],
        `preStop delay (${delay} s) uses up the whole grace period (${grace} s), leaving no time to finish streams`,
        who,
      );
    }
    if (!container.readinessProbe) {
      add('readiness-probe', 'error', path, 'no readinessProbe; traffic would reach the model server before the model is loaded', who);
    }
    if (settings.requireStartupProbe && !container.startupProbe) {
      add('startup-probe', 'warning', path, 'no startupProbe; a slow model load can trip the liveness probe and restart the pod', who);
    }
  });
  return findings;
}

function locatorFor(doc: Document.Parsed, lines: LineCounter, file: string): Locator {
  return (path) => {
    // Point at the deepest part of the path that exists (a missing field is reported on its parent).
    // A mapping entry is reported on its key's line (its value may start on the next one).
    for (let depth = path.length; depth >= 0; depth--) {
      const last = path[depth - 1];
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
      let node: unknown;
      if (isMap(parent) && typeof last === 'string') {
        node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
      } else {
        node = doc.getIn(path.slice(0, depth), true);
      }
      if (isNode(node) && node.range) {
        const pos = lines.linePos(node.range[0]);
        return { file, line: pos.line, column: pos.col };
      }
    }
    return { file };
  };
}

/** What a scan of YAML text found: the findings, and the Deployments it looked at (none may be a mistake). */
export interface YamlLintResult {
  findings: LintFinding[];
  deployments: string[];
}

/** `# Source: chart/templates/x.yaml`, as helm template writes above each document. */
function helmSource(doc: Document.Parsed): string | undefined {
  const comment = [doc.commentBefore, isNode(doc.contents) ? doc.contents.commentBefore : undefined].filter(Boolean).join('\n');
  return /^\s*Source:\s*(\S+)/m.exec(comment)?.[1];
}

/**
 * Lints every Deployment in the given YAML (or JSON) text: multi-document files, `kind: List` (kubectl get
 * -o yaml) and helm template output, whose `# Source:` comment is named in the finding.
 */
export function scanYamlText(text: string, file: string, settings: LintSettings): YamlLintResult {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  const result: YamlLintResult = { findings: [], deployments: [] };
  if (!Array.isArray(docs)) return result;
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const pos = lines.linePos(error.pos[0]);
      const template = text.includes('{{') ? 'a template is not YAML until rendered: helm template <chart> | shadowgate lint -' : undefined;
      throw new UserError(`invalid YAML: ${error.message.split('\n')[0]}`, { file, line: pos.line, column: pos.col }, template);
    }
    const value = obj(doc.toJS() as unknown);
    if (!value) continue;
    const source = helmSource(doc);
    const locate = locatorFor(doc, lines, file);
    const items: Array<{ value: unknown; prefix: Path }> =
      value.kind === 'List' && Array.isArray(value.items) ? value.items.map((item, i) => ({ value: item, prefix: ['items', i] })) : [{ value, prefix: [] }];
    for (const item of items) {
      if (obj(item.value)?.kind !== 'Deployment') continue;
      const found = lintDeployment(item.value, settings, (path) => locate([...item.prefix, ...path]));
      const name = String(obj(obj(item.value)?.metadata)?.name ?? '?');
      result.deployments.push(name);
      result.findings.push(...(source ? found.map((f) => ({ ...f, subject: `${f.subject} (${source})` })) : found));
    }
  }
  return result;
}

/** Lints every Deployment document in the given YAML text (multi-document files are fine). */
export function lintYamlText(text: string, file: string, settings: LintSettings): LintFinding[] {
  return scanYamlText(text, file, settings).findings;
}

export async function lintYamlFiles(files: readonly string[], settings: LintSettings): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
    }
    findings.push(...lintYamlText(text, file, settings));
  }
  return findings;
}
