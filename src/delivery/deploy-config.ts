// The manifest's `deploy:` section. Its shape, limits and defaults are described once, in the manifest's
// JSON Schema (`properties.deploy` of src/manifest/manifest.schema.json); this module validates with that
// schema, applies its defaults to a typed view, and adds the one rule a schema cannot state (the two slots
// need different selector values). Every error names the offending field's own file:line. The validator is
// compiled ahead of time in the bundle (deploy-validator.ts), as the manifest's is.
import { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';
import type { LintSettings } from '../kube/lint.ts';
import manifestSchema from '../manifest/manifest.schema.json' with { type: 'json' };
import { schemaProblems } from '../manifest/schema-errors.ts';
import { formatPath } from '../manifest/yaml-locate.ts';
import { deployValidator } from './deploy-validator.ts';
import type { StandbySettings } from './standby.ts';
import { parseDeployWindows, type DeployWindows } from './windows.ts';

export type { LintSettings } from '../kube/lint.ts';

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

/** The `deploy:` section as written, once the schema has accepted it: every setting with a default is optional. */
export interface DeploySection {
  namespace?: string;
  service: string;
  slotKey?: string;
  slots: Record<SlotName, SlotConfig>;
  lease?: { name?: string; durationSeconds?: number };
  warmup?: Partial<WarmupSettings>;
  watch?: Partial<WatchSettings>;
  historyLimit?: number;
  lint?: Partial<LintSettings>;
  windows?: unknown;
  standby?: Partial<StandbySettings>;
  canary?: unknown;
}

export const DEFAULT_SLOT_KEY = 'shadowgate.dev/slot';

/** Finds the source position of a path inside the `deploy:` section (e.g. ['slots','blue']), when known. */
export type Locate = (path: readonly (string | number)[]) => SourceLocation | undefined;

type SchemaNode = { default?: unknown; properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string };
const DEPLOY_SCHEMA = manifestSchema.properties.deploy as unknown as SchemaNode;
const DEFS = manifestSchema.$defs as unknown as Record<string, SchemaNode>;

/**
 * The schema's default of a setting under `deploy:` (e.g. ['warmup','windowSize']), following $refs; `*`
 * steps into a list's items (['canary','metrics','*','direction']).
 */
export function schemaDefault<T>(path: readonly string[]): T {
  let node: SchemaNode | undefined = DEPLOY_SCHEMA;
  for (const key of path) {
    if (node?.$ref) node = DEFS[node.$ref.replace('#/$defs/', '')];
    node = key === '*' ? node?.items : node?.properties?.[key];
  }
  if (node?.default === undefined) throw new Error(`the manifest schema has no default for deploy.${path.join('.')}`);
  return node.default as T;
}

/**
 * Checks a raw `deploy:` section against the manifest schema. Bad input throws one UserError at the
 * offending field's line (when `locate` knows it), worded as the manifest loader words its errors.
 */
export function validateDeploySection(raw: unknown, manifestFile: string, locate?: Locate): DeploySection {
  const where = (path: readonly (string | number)[]) => locate?.(path) ?? { file: manifestFile };
  if (raw === undefined || raw === null) {
    throw new UserError(
      'deploy: missing: promote, rollback, status and lint need a deploy section',
      where([]),
      'add deploy: { service, slots: { blue, green } }',
    );
  }
  const validate = deployValidator();
  const data = { deploy: raw };
  if (!validate(data)) {
    const [first] = schemaProblems(validate.errors ?? [], data);
    const path = first?.path ?? ['deploy'];
    throw new UserError(`${formatPath(path)} ${first?.message ?? 'does not match the schema'}`, where(path.slice(1)));
  }
  const section = raw as DeploySection;
  // The one rule JSON Schema cannot state: the slots must be told apart by their selector values.
  if (section.slots.blue.selector === section.slots.green.selector) {
    throw new UserError(
      `deploy.slots.green.selector: blue and green use the same selector value "${section.slots.blue.selector}"`,
      where(['slots', 'green', 'selector']),
      'give each slot its own value of the slot key, e.g. blue and green',
    );
  }
  return section;
}

/** The typed view of a valid `deploy:` section with the schema's defaults applied (pure). */
export function withDeployDefaults(section: DeploySection, windows?: DeployWindows): DeployConfig {
  const d = <T>(path: string[], given: T | undefined): T => (given === undefined ? schemaDefault<T>(path) : given);
  const slot = (s: SlotConfig): SlotConfig => ({ selector: s.selector, deployments: [...s.deployments], ...(s.url !== undefined ? { url: s.url } : {}) });
  const { warmup = {}, watch = {}, lint = {}, lease = {}, standby } = section;
  return {
    namespace: d(['namespace'], section.namespace),
    service: section.service,
    slotKey: d(['slotKey'], section.slotKey),
    slots: { blue: slot(section.slots.blue), green: slot(section.slots.green) },
    lease: { name: lease.name ?? `shadowgate-${section.service}`, durationSeconds: d(['lease', 'durationSeconds'], lease.durationSeconds) },
    warmup: {
      windowSize: d(['warmup', 'windowSize'], warmup.windowSize),
      marginPercent: d(['warmup', 'marginPercent'], warmup.marginPercent),
      maxRequests: d(['warmup', 'maxRequests'], warmup.maxRequests),
      maxSeconds: d(['warmup', 'maxSeconds'], warmup.maxSeconds),
      concurrency: d(['warmup', 'concurrency'], warmup.concurrency),
    },
    watch: {
      seconds: d(['watch', 'seconds'], watch.seconds),
      intervalSeconds: d(['watch', 'intervalSeconds'], watch.intervalSeconds),
      maxFailures: d(['watch', 'maxFailures'], watch.maxFailures),
    },
    historyLimit: d(['historyLimit'], section.historyLimit),
    lint: {
      minGracePeriodSeconds: d(['lint', 'minGracePeriodSeconds'], lint.minGracePeriodSeconds),
      minPreStopSeconds: d(['lint', 'minPreStopSeconds'], lint.minPreStopSeconds),
      requireStartupProbe: d(['lint', 'requireStartupProbe'], lint.requireStartupProbe),
    },
    ...(windows ? { windows } : {}),
    ...(standby
      ? {
          standby: {
            minReplicas: d(['standby', 'minReplicas'], standby.minReplicas),
            rollbackWindowSeconds: d(['standby', 'rollbackWindowSeconds'], standby.rollbackWindowSeconds),
            readyTimeoutSeconds: d(['standby', 'readyTimeoutSeconds'], standby.readyTimeoutSeconds),
          },
        }
      : {}),
  };
}

/**
 * Validates the manifest's `deploy:` section with the manifest schema and fills its defaults.
 * `locate` maps a path inside the section to its place in the manifest.
 */
export function parseDeployConfig(raw: unknown, manifestFile: string, locate?: Locate): DeployConfig {
  const section = validateDeploySection(raw, manifestFile, locate);
  // Deployment windows are spans of days and hours in a time zone: the schema checks their shape, the
  // reader what a time zone and a span are.
  return withDeployDefaults(section, parseDeployWindows(raw, manifestFile, locate));
}

/** The slot whose selector value is `value`, if any. */
export function slotOfSelector(config: DeployConfig, value: string | undefined): SlotName | undefined {
  return SLOT_NAMES.find((name) => config.slots[name].selector === value);
}

export function otherSlot(slot: SlotName): SlotName {
  return slot === 'blue' ? 'green' : 'blue';
}
