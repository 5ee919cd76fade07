// The manifest's `deploy.canary` section, read after the manifest schema has checked its shape. What a JSON
// Schema cannot say — rungs strictly increasing, placeholders a PromQL template may use — is checked here,
// with the same file:line errors.
import { UserError } from '../errors.ts';
import { schemaDefault, type DeployConfig, type Locate } from './deploy-config.ts';
import { PRESETS, type MetricSpec, type PresetName } from './providers/presets.ts';

export type RouterKind = 'gateway-api' | 'istio' | 'flagd' | 'replica-ratio';
export const ROUTER_KINDS: readonly RouterKind[] = ['gateway-api', 'istio', 'flagd', 'replica-ratio'];

export interface RouteRef {
  kind: RouterKind;
  /** HTTPRoute or VirtualService name in the deploy namespace. */
  name: string;
  /** Which rule (HTTPRoute) or http route (VirtualService) carries the weighted backends. */
  rule: number;
  /** flagd: the ConfigMap key holding the flag definition. */
  configKey?: string;
  /** flagd: the flag whose targeting the ladder writes. */
  flag?: string;
  /** istio: the DestinationRule whose per-slot subsets are the candidate backends (instead of slot Services). */
  destinationRule?: string;
  /** replica-ratio: percentage points a rung's achievable share may be off the asked one. */
  tolerance?: number;
  /** replica-ratio: how long the candidate's replicas may take to become ready. */
  readyTimeoutSeconds?: number;
}

export interface PrometheusSettings {
  kind: 'prometheus';
  url: string;
  preset: PresetName;
  stepSeconds: number;
  /** Rate window filled into {{window}}, e.g. "1m". */
  window: string;
  timeoutSeconds: number;
}

export interface CanaryConfig {
  router: RouteRef;
  /**
   * Each slot's own Service: the route's candidate backend. The stable backend is the live Service. Absent
   * only for replica-ratio, which steers the live Service itself.
   */
  services?: { blue: string; green: string };
  /** Candidate weights in percent, after the segment rungs. */
  rungs: number[];
  /** Segment rungs, taken before the percentages (none when the ladder has only weights). */
  segments: SegmentRung[];
  bakeSeconds: number;
  minSamples: number;
  /** Points per slot from which a series metric is judged by Kayenta's two conditions alone (default: see analysis.ts). */
  decisiveSamples?: number;
  /** Requests a slot needs in the window before a proportion metric is judged. */
  minRequests: number;
  confidence: number;
  provider: PrometheusSettings;
  metrics: MetricSpec[];
  /** Sticky sessions, when asked for (Gateway API and Istio). */
  sessionAffinity?: { cookieName: string; maxAgeSeconds: number };
}

/**
 * A segment rung: requests carrying a header or cookie value go to the candidate through the router's match
 * rules, all other traffic stays on the stable slot. Segment rungs come before the percentages, and each
 * segment stays on the candidate for the rest of the ladder.
 */
export interface SegmentRung {
  segment: string;
  header?: { name: string; value: string };
  cookie?: { name: string; value: string };
}

/** Routers whose rules can match a request header or cookie, and so carry segment rungs. */
export const ROUTERS_WITH_MATCHES: readonly RouterKind[] = ['gateway-api', 'istio', 'flagd'];

export const DEFAULT_RUNGS: readonly number[] = schemaDefault(['canary', 'rungs']);
/** The schema's default of a setting under `deploy.canary`. */
const canaryDefault = <T>(...path: string[]): T => schemaDefault<T>(['canary', ...path]);
export const PLACEHOLDERS = ['namespace', 'service', 'slot', 'window'] as const;
const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** The placeholders of a template that are not known, in order of appearance. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** Fills {{namespace}}, {{service}}, {{slot}}, {{window}}; values are label values, so quotes are escaped. */
export function fillTemplate(template: string, values: Record<(typeof PLACEHOLDERS)[number], string>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name as (typeof PLACEHOLDERS)[number]];
    if (value === undefined) throw new Error(`unknown placeholder {{${name}}}`);
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  });
}

type Raw = Record<string, unknown>;

/** "500ms", "30s", "1m", "2h" in milliseconds (the schema admits only these forms). */
export function windowMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}

/**
 * Reads `deploy.canary` (already schema-checked) into settings with defaults. Throws one UserError at the
 * offending line for what the schema cannot express.
 */
export function parseCanaryConfig(deployRaw: unknown, deploy: DeployConfig, manifestFile: string, locate?: Locate): CanaryConfig {
  const fail = (path: readonly (string | number)[], message: string, hint?: string): never => {
    throw new UserError(`deploy.canary${path.length ? '.' : ''}${path.join('.')}: ${message}`, locate?.(['canary', ...path]) ?? { file: manifestFile }, hint);
  };
  const raw = (deployRaw as Raw | undefined)?.canary as Raw | undefined;
  if (!raw || typeof raw !== 'object') {
    throw new UserError(
      'the manifest has no deploy.canary section, which the canary commands need',
      locate?.([]) ?? { file: manifestFile },
      'see README: "Canary ladder"',
    );
  }
  const router = raw.router as Raw;
  const kind = router.kind as string;
  if (!(ROUTER_KINDS as readonly string[]).includes(kind)) fail(['router', 'kind'], `unknown router "${kind}" (expected one of: ${ROUTER_KINDS.join(', ')})`);
  if (router.destinationRule !== undefined && kind !== 'istio')
    fail(['router', 'destinationRule'], `DestinationRule subsets need the istio router (router.kind is ${kind})`);
  if (kind === 'replica-ratio') {
    if (router.name !== undefined && router.name !== deploy.service) {
      fail(
        ['router', 'name'],
        `the replica-ratio router steers the live Service "${deploy.service}" itself; name is "${String(router.name)}"`,
        'drop router.name, or set it to deploy.service',
      );
    }
    if (router.readyTimeoutSeconds !== undefined && (router.readyTimeoutSeconds as number) >= deploy.lease.durationSeconds) {
      fail(
        ['router', 'readyTimeoutSeconds'],
        `${String(router.readyTimeoutSeconds)} s is not shorter than the Lease (deploy.lease.durationSeconds ${deploy.lease.durationSeconds}), which advance holds while it waits`,
      );
    }
    for (const slot of ['blue', 'green'] as const) {
      if (deploy.slots[slot].deployments.length !== 1) {
        throw new UserError(
          `deploy.slots.${slot}.deployments: the replica-ratio router sizes one Deployment per slot; ${slot} lists ${deploy.slots[slot].deployments.length}`,
          locate?.(['slots', slot, 'deployments']) ?? { file: manifestFile },
        );
      }
    }
  } else {
    if (router.name === undefined) fail(['router'], `router.name is required for the ${kind} router`);
    for (const key of ['tolerance', 'readyTimeoutSeconds'])
      if (router[key] !== undefined) fail(['router', key], `${key} applies to the replica-ratio router only (router.kind is ${kind})`);
  }
  const services = raw.services as { blue: string; green: string } | undefined;
  if (!services && kind !== 'replica-ratio') {
    // The schema says so too; this keeps the message when the section was not schema-checked.
    fail(
      ['services'],
      `is required for the ${kind} router: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)`,
    );
  }
  if (services && services.blue === services.green) fail(['services', 'green'], `blue and green name the same Service "${services.blue}"`);
  for (const slot of ['blue', 'green'] as const) {
    if (services && services[slot] === deploy.service) {
      fail(['services', slot], `"${services[slot]}" is the live Service; each slot needs its own Service so the candidate backend reaches only that slot`);
    }
  }

  const affinity = raw.sessionAffinity as { cookieName?: string; maxAgeSeconds?: number } | undefined;
  if (affinity && kind !== 'gateway-api' && kind !== 'istio')
    fail(['sessionAffinity'], `sticky sessions need the gateway-api or istio router (router.kind is ${kind})`);

  const given = (raw.rungs as Array<number | Raw> | undefined) ?? DEFAULT_RUNGS;
  const segments: SegmentRung[] = [];
  const rungs: number[] = [];
  given.forEach((item, i) => {
    if (typeof item === 'number') {
      if (rungs.length > 0 && item <= rungs[rungs.length - 1]!)
        fail(['rungs', i], `rungs must be strictly increasing (${rungs[rungs.length - 1]} then ${item})`);
      rungs.push(item);
      return;
    }
    if (!(ROUTERS_WITH_MATCHES as readonly string[]).includes(kind)) {
      fail(
        ['rungs', i],
        `segment rungs need a router that matches headers or cookies (router.kind ${kind} does not)`,
        `use one of: ${ROUTERS_WITH_MATCHES.join(', ')}, or weights only`,
      );
    }
    if (rungs.length > 0)
      fail(
        ['rungs', i],
        `segment "${String(item.segment)}" comes after a percentage; segment rungs come first`,
        'list the segments, then the weights: [{ segment: internal, … }, 1, 5, 25]',
      );
    if ((item.header === undefined) === (item.cookie === undefined))
      fail(['rungs', i], `segment "${String(item.segment)}" needs exactly one of header or cookie`);
    const name = String(item.segment);
    const seen = segments.findIndex((s) => s.segment === name);
    if (seen >= 0) fail(['rungs', i, 'segment'], `segment "${name}" is listed twice`);
    const match = (item.header ?? item.cookie) as { name: string; value: string };
    if (kind === 'istio' && item.header && match.name !== match.name.toLowerCase()) {
      fail(['rungs', i, 'header', 'name'], `Istio matches header names in lower case: write "${match.name.toLowerCase()}"`);
    }
    segments.push({
      segment: name,
      ...(item.header ? { header: { name: match.name, value: match.value } } : { cookie: { name: match.name, value: match.value } }),
    });
  });

  const p = raw.provider as Raw;
  const provider: PrometheusSettings = {
    kind: 'prometheus',
    url: String(p.url).replace(/\/+$/, ''),
    preset: (p.preset as PresetName | undefined) ?? canaryDefault('provider', 'preset'),
    stepSeconds: (p.stepSeconds as number | undefined) ?? canaryDefault('provider', 'stepSeconds'),
    window: (p.window as string | undefined) ?? canaryDefault('provider', 'window'),
    timeoutSeconds: (p.timeoutSeconds as number | undefined) ?? canaryDefault('provider', 'timeoutSeconds'),
  };

  const bakeSeconds = (raw.bakeSeconds as number | undefined) ?? canaryDefault<number>('bakeSeconds');
  if (bakeSeconds * 1000 <= windowMs(provider.window)) {
    fail(
      ['bakeSeconds'],
      `${bakeSeconds} s is not longer than the rate window provider.window (${provider.window}); each point's window must fit inside the bake`,
    );
  }

  const givenMetrics = raw.metrics as Raw[] | undefined;
  const metrics: MetricSpec[] = givenMetrics
    ? givenMetrics.map((m, i) => {
        const proportion = m.failed !== undefined || m.total !== undefined;
        if (proportion && (m.failed === undefined || m.total === undefined || m.query !== undefined)) {
          fail(['metrics', i], 'a proportion metric needs both failed and total, and no query');
        }
        if (!proportion && m.query === undefined) fail(['metrics', i], 'give a query (a series metric) or failed and total (a proportion metric)');
        for (const key of ['query', 'failed', 'total'] as const) {
          if (m[key] === undefined) continue;
          const unknown = unknownPlaceholders(String(m[key]));
          if (unknown.length > 0) {
            fail(['metrics', i, key], `unknown placeholder {{${unknown[0]}}} (known: ${PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')})`);
          }
        }
        // The schema's default scale is a series metric's; a proportion is judged in absolute points.
        const scale = (m.scale as MetricSpec['scale'] | undefined) ?? (proportion ? 'absolute' : canaryDefault<MetricSpec['scale']>('metrics', '*', 'scale'));
        return {
          name: String(m.name),
          ...(proportion ? { failed: String(m.failed), total: String(m.total) } : { query: String(m.query) }),
          direction: (m.direction as MetricSpec['direction'] | undefined) ?? canaryDefault('metrics', '*', 'direction'),
          scale,
          tolerance: (m.tolerance as number | undefined) ?? (scale === 'relative' ? 0.05 : proportion ? 0.005 : 0),
          threshold: (m.threshold as number | undefined) ?? (scale === 'relative' ? 0.2 : proportion ? 0.01 : 0),
          critical: (m.critical as boolean | undefined) ?? canaryDefault('metrics', '*', 'critical'),
        };
      })
    : PRESETS[provider.preset].map((m) => ({ ...m }));
  const names = new Set<string>();
  metrics.forEach((m, i) => {
    if (names.has(m.name)) fail(['metrics', i, 'name'], `metric "${m.name}" is listed twice`);
    names.add(m.name);
  });

  return {
    router: {
      kind: kind as RouterKind,
      name: String(router.name ?? deploy.service),
      rule: (router.rule as number | undefined) ?? canaryDefault<number>('router', 'rule'),
      ...(router.key !== undefined ? { configKey: String(router.key) } : {}),
      ...(router.flag !== undefined ? { flag: String(router.flag) } : {}),
      ...(router.destinationRule !== undefined ? { destinationRule: String(router.destinationRule) } : {}),
      ...(router.tolerance !== undefined ? { tolerance: router.tolerance as number } : {}),
      // Inside the Lease advance holds while it waits (600 s, or 80 % of a shorter Lease).
      ...(kind === 'replica-ratio'
        ? {
            readyTimeoutSeconds:
              (router.readyTimeoutSeconds as number | undefined) ??
              Math.min(canaryDefault<number>('router', 'readyTimeoutSeconds'), deploy.lease.durationSeconds * 0.8),
          }
        : {}),
    },
    ...(services ? { services } : {}),
    rungs,
    segments,
    bakeSeconds,
    minSamples: (raw.minSamples as number | undefined) ?? canaryDefault<number>('minSamples'),
    ...(raw.decisiveSamples !== undefined ? { decisiveSamples: raw.decisiveSamples as number } : {}),
    minRequests: (raw.minRequests as number | undefined) ?? canaryDefault<number>('minRequests'),
    confidence: (raw.confidence as number | undefined) ?? canaryDefault<number>('confidence'),
    provider,
    metrics,
    ...(affinity
      ? {
          sessionAffinity: {
            cookieName: affinity.cookieName ?? canaryDefault('sessionAffinity', 'cookieName'),
            maxAgeSeconds: affinity.maxAgeSeconds ?? canaryDefault('sessionAffinity', 'maxAgeSeconds'),
          },
        }
      : {}),
  };
}
