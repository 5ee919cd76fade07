import { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';
import manifestSchema from '../manifest/manifest.schema.json' with { type: 'json' };
import { parseStandby, type StandbySettings } from './standby.ts';
import { parseDeployWindows, type DeployWindows } from './windows.ts';

/** The two slots of a blue-green pair. */
export type SlotName = 'blue' | 'green';
export const SLOT_NAMES: readonly SlotName[] = ['blue', 'green'];

export interface SlotConfig {
  /** Value of the slot key in the live Service's selector that sends traffic to this slot. */
  selector: string;
  /** Deployments that make up the slot; all must be ready before traffic moves to it. */
  deployments: string[];
  /** The slot's own Service URL (reachable from the runner), used for warm-up, smoke and watch probes. */
  url?: string;
}

export interface WarmupSettings {
  /** Requests per window; p95 of consecutive windows is compared. */
  windowSize: number;
  /** Settled when |p95(last) - p95(previous)| <= marginPercent % of p95(previous). */
  marginPercent: number;
  /** Give up (promotion stops) after this many requests without settling. */
  maxRequests: number;
  /** Give up after this many seconds without settling. */
  maxSeconds: number;
  /** Requests sent at the same time. */
  concurrency: number;
}

export interface WatchSettings {
  /** How long to probe after the flip before the promotion counts as done. */
  seconds: number;
  /** Pause between probes. */
  intervalSeconds: number;
  /** Failed probes that trigger an automatic flip back. */
  maxFailures: number;
}

export interface LintSettings {
  /** Minimum terminationGracePeriodSeconds: LLM responses stream for minutes. */
  minGracePeriodSeconds: number;
  /** Minimum preStop sleep so endpoints deregister before SIGTERM. */
  minPreStopSeconds: number;
  /** Require a startupProbe (slow model loads would otherwise trip the liveness probe). */
  requireStartupProbe: boolean;
}

export interface DeployConfig {
  namespace: string;
  /** The live Service whose selector is flipped. */
  service: string;
  /** Selector key that is flipped; other selector keys are never touched. */
  slotKey: string;
  slots: Record<SlotName, SlotConfig>;
  lease: { name: string; durationSeconds: number };
  warmup: WarmupSettings;
  watch: WatchSettings;
  /** Promotion records kept in the Service annotation (oldest dropped first). */
  historyLimit: number;
  lint: LintSettings;
  /** Deployment windows (`deploy.windows`); none: traffic may move at any time. */
  windows?: DeployWindows;
  /** Standby scaling (`deploy.standby`); none: both slots keep their size. */
  standby?: StandbySettings;
}

export const DEFAULT_SLOT_KEY = 'shadowgate.dev/slot';

/**
 * JSON Schema (draft 2020-12 / ajv) fragment for the manifest's `deploy:` section, to be merged into the
 * manifest schema as `properties.deploy`. parseDeployConfig applies the same rules with friendlier messages.
 */
export const deploySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['service', 'slots'],
  properties: {
    namespace: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63, default: 'default' },
    service: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
    slotKey: { type: 'string', minLength: 1, default: DEFAULT_SLOT_KEY },
    slots: {
      type: 'object',
      additionalProperties: false,
      required: ['blue', 'green'],
      properties: {
        blue: { $ref: '#/$defs/deploySlot' },
        green: { $ref: '#/$defs/deploySlot' },
      },
    },
    lease: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        durationSeconds: { type: 'integer', minimum: 5, default: 900 },
      },
    },
    warmup: {
      type: 'object',
      additionalProperties: false,
      properties: {
        windowSize: { type: 'integer', minimum: 2, default: 20 },
        marginPercent: { type: 'number', exclusiveMinimum: 0, default: 10 },
        maxRequests: { type: 'integer', minimum: 0, default: 400 },
        maxSeconds: { type: 'number', exclusiveMinimum: 0, default: 120 },
        concurrency: { type: 'integer', minimum: 1, default: 4 },
      },
    },
    watch: {
      type: 'object',
      additionalProperties: false,
      properties: {
        seconds: { type: 'number', minimum: 0, default: 60 },
        intervalSeconds: { type: 'number', exclusiveMinimum: 0, default: 5 },
        maxFailures: { type: 'integer', minimum: 1, default: 1 },
      },
    },
    historyLimit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
    // Read by src/delivery/config.ts (the canary ladder); its schema lives in the manifest schema's $defs.
    canary: { $ref: '#/$defs/deployCanary' },
    // Read by src/kube/windows.ts; its schema lives in the manifest schema's $defs.
    windows: { $ref: '#/$defs/deployWindows' },
    // Read by src/kube/standby.ts; its schema lives in the manifest schema's $defs.
    standby: { $ref: '#/$defs/deployStandby' },
    // Read by src/delivery/drain.ts; its schema lives in the manifest schema's $defs.
    drain: { $ref: '#/$defs/deployDrain' },
    lint: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minGracePeriodSeconds: { type: 'integer', minimum: 0, default: 300 },
        minPreStopSeconds: { type: 'integer', minimum: 0, default: 5 },
        requireStartupProbe: { type: 'boolean', default: true },
      },
    },
  },
  $defs: {
    // The canary section is defined once, in the manifest schema.
    deployCanary: manifestSchema.$defs.deployCanary,
    deployCanaryMetric: manifestSchema.$defs.deployCanaryMetric,
    deployCanarySegment: manifestSchema.$defs.deployCanarySegment,
    deployWindows: manifestSchema.$defs.deployWindows,
    deployStandby: manifestSchema.$defs.deployStandby,
    deployDrain: manifestSchema.$defs.deployDrain,
    deploySlot: {
      type: 'object',
      additionalProperties: false,
      required: ['selector', 'deployments'],
      properties: {
        selector: { type: 'string', minLength: 1, maxLength: 63 },
        deployments: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        url: { type: 'string', format: 'uri' },
      },
    },
  },
} as const;

/** Finds the source position of a path inside the manifest (e.g. ['deploy','slots','blue']), when known. */
export type Locate = (path: readonly (string | number)[]) => SourceLocation | undefined;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

class Reader {
  readonly file: string;
  readonly locate: Locate | undefined;
  constructor(file: string, locate: Locate | undefined) {
    this.file = file;
    this.locate = locate;
  }

  fail(path: readonly (string | number)[], message: string, hint?: string): never {
    const where = this.locate?.(path) ?? { file: this.file };
    throw new UserError(`${path.join('.')}: ${message}`, where, hint);
  }

  object(value: unknown, path: readonly (string | number)[], keys: readonly string[]): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) this.fail(path, 'must be a mapping');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!keys.includes(key)) this.fail([...path, key], `unknown setting (expected one of: ${keys.join(', ')})`);
    }
    return record;
  }

  string(value: unknown, path: readonly (string | number)[], fallback?: string): string {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || value.length === 0) this.fail(path, 'must be a non-empty string');
    return value;
  }

  number(value: unknown, path: readonly (string | number)[], fallback: number, opts: { min?: number; integer?: boolean; positive?: boolean } = {}): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(path, 'must be a number');
    if (opts.integer && !Number.isInteger(value)) this.fail(path, 'must be a whole number');
    if (opts.positive && value <= 0) this.fail(path, 'must be greater than 0');
    if (opts.min !== undefined && value < opts.min) this.fail(path, `must be at least ${opts.min}`);
    return value;
  }

  boolean(value: unknown, path: readonly (string | number)[], fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false');
    return value;
  }
}

/**
 * Validates the manifest's `deploy:` section and fills defaults.
 * Bad input throws one UserError naming the manifest file (and line when `locate` knows it).
 */
export function parseDeployConfig(raw: unknown, manifestFile: string, locate?: Locate): DeployConfig {
  const r: Reader = new Reader(manifestFile, locate);
  const base = ['deploy'];
  if (raw === undefined || raw === null) {
    r.fail(base, 'missing: promote, rollback, status and lint need a deploy section', 'add deploy: { service, slots: { blue, green } }');
  }
  const d = r.object(raw, base, ['namespace', 'service', 'slotKey', 'slots', 'lease', 'warmup', 'watch', 'historyLimit', 'lint', 'canary', 'windows', 'standby', 'drain']);
  const namespace = r.string(d.namespace, [...base, 'namespace'], 'default');
  if (!DNS_LABEL.test(namespace)) r.fail([...base, 'namespace'], `"${namespace}" is not a valid namespace name`);
  const service = r.string(d.service, [...base, 'service']);
  if (!DNS_LABEL.test(service)) r.fail([...base, 'service'], `"${service}" is not a valid Service name`);
  const slotKey = r.string(d.slotKey, [...base, 'slotKey'], DEFAULT_SLOT_KEY);

  if (d.slots === undefined) r.fail([...base, 'slots'], 'missing: name the blue and green slots');
  const slotsRaw = r.object(d.slots, [...base, 'slots'], SLOT_NAMES);
  const slots = {} as Record<SlotName, SlotConfig>;
  for (const name of SLOT_NAMES) {
    const path = [...base, 'slots', name];
    if (slotsRaw[name] === undefined) r.fail(path, 'missing');
    const s = r.object(slotsRaw[name], path, ['selector', 'deployments', 'url']);
    const selector = r.string(s.selector, [...path, 'selector']);
    if (!LABEL_VALUE.test(selector) || selector.length > 63) r.fail([...path, 'selector'], `"${selector}" is not a valid label value`);
    if (!Array.isArray(s.deployments) || s.deployments.length === 0) r.fail([...path, 'deployments'], 'must list at least one Deployment name');
    const deployments = s.deployments.map((v, i) => r.string(v, [...path, 'deployments', i]));
    const slot: SlotConfig = { selector, deployments };
    if (s.url !== undefined) {
      const url = r.string(s.url, [...path, 'url']);
      if (!URL.canParse(url)) r.fail([...path, 'url'], `"${url}" is not a URL`);
      slot.url = url;
    }
    slots[name] = slot;
  }
  if (slots.blue.selector === slots.green.selector) {
    r.fail([...base, 'slots', 'green', 'selector'], `blue and green use the same selector value "${slots.blue.selector}"`);
  }

  const leaseRaw = r.object(d.lease, [...base, 'lease'], ['name', 'durationSeconds']);
  const lease = {
    name: r.string(leaseRaw.name, [...base, 'lease', 'name'], `shadowgate-${service}`),
    durationSeconds: r.number(leaseRaw.durationSeconds, [...base, 'lease', 'durationSeconds'], 900, { integer: true, min: 5 }),
  };

  const w = r.object(d.warmup, [...base, 'warmup'], ['windowSize', 'marginPercent', 'maxRequests', 'maxSeconds', 'concurrency']);
  const warmup: WarmupSettings = {
    windowSize: r.number(w.windowSize, [...base, 'warmup', 'windowSize'], 20, { integer: true, min: 2 }),
    marginPercent: r.number(w.marginPercent, [...base, 'warmup', 'marginPercent'], 10, { positive: true }),
    maxRequests: r.number(w.maxRequests, [...base, 'warmup', 'maxRequests'], 400, { integer: true, min: 0 }),
    maxSeconds: r.number(w.maxSeconds, [...base, 'warmup', 'maxSeconds'], 120, { positive: true }),
    concurrency: r.number(w.concurrency, [...base, 'warmup', 'concurrency'], 4, { integer: true, min: 1 }),
  };

  const wa = r.object(d.watch, [...base, 'watch'], ['seconds', 'intervalSeconds', 'maxFailures']);
  const watch: WatchSettings = {
    seconds: r.number(wa.seconds, [...base, 'watch', 'seconds'], 60, { min: 0 }),
    intervalSeconds: r.number(wa.intervalSeconds, [...base, 'watch', 'intervalSeconds'], 5, { positive: true }),
    maxFailures: r.number(wa.maxFailures, [...base, 'watch', 'maxFailures'], 1, { integer: true, min: 1 }),
  };

  const historyLimit = r.number(d.historyLimit, [...base, 'historyLimit'], 10, { integer: true, min: 1 });
  if (historyLimit > 50) r.fail([...base, 'historyLimit'], 'must be at most 50 (annotations are limited to 256 KiB per object)');

  const l = r.object(d.lint, [...base, 'lint'], ['minGracePeriodSeconds', 'minPreStopSeconds', 'requireStartupProbe']);
  const lint: LintSettings = {
    minGracePeriodSeconds: r.number(l.minGracePeriodSeconds, [...base, 'lint', 'minGracePeriodSeconds'], 300, { integer: true, min: 0 }),
    minPreStopSeconds: r.number(l.minPreStopSeconds, [...base, 'lint', 'minPreStopSeconds'], 5, { integer: true, min: 0 }),
    requireStartupProbe: r.boolean(l.requireStartupProbe, [...base, 'lint', 'requireStartupProbe'], true),
  };

  const windows = parseDeployWindows(raw, manifestFile, locate);
  const standby = parseStandby(raw, manifestFile, locate);
  return { namespace, service, slotKey, slots, lease, warmup, watch, historyLimit, lint, ...(windows ? { windows } : {}), ...(standby ? { standby } : {}) };
}

/** The slot whose selector value is `value`, if any. */
export function slotOfSelector(config: DeployConfig, value: string | undefined): SlotName | undefined {
  return SLOT_NAMES.find((name) => config.slots[name].selector === value);
}

export function otherSlot(slot: SlotName): SlotName {
  return slot === 'blue' ? 'green' : 'blue';
}
