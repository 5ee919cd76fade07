// The manifest's `deploy.canary` section, read after the manifest schema has checked its shape. What a JSON
// Schema cannot say — rungs strictly increasing, placeholders a PromQL template may use — is checked here,
// with the same file:line errors.
import { UserError } from '../errors.ts';
import type { DeployConfig, Locate } from '../kube/config.ts';
import { PRESETS, type MetricSpec, type PresetName } from './providers/presets.ts';

export type RouterKind = 'gateway-api' | 'istio';
export const ROUTER_KINDS: readonly RouterKind[] = ['gateway-api', 'istio'];

export interface RouteRef {
  kind: RouterKind;
  /** HTTPRoute or VirtualService name in the deploy namespace. */
  name: string;
  /** Which rule (HTTPRoute) or http route (VirtualService) carries the weighted backends. */
  rule: number;
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
  /** Each slot's own Service: the route's candidate backend. The stable backend is the live Service. */
  services: { blue: string; green: string };
  rungs: number[];
  bakeSeconds: number;
  minSamples: number;
  /** Requests a slot needs in the window before a proportion metric is judged. */
  minRequests: number;
  confidence: number;
  provider: PrometheusSettings;
  metrics: MetricSpec[];
  /** Sticky sessions, when asked for (Gateway API only). */
  sessionAffinity?: { cookieName: string; maxAgeSeconds: number };
}

export const DEFAULT_RUNGS = [1, 5, 10, 25, 50];
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
    throw new UserError('the manifest has no deploy.canary section, which the canary commands need', locate?.([]) ?? { file: manifestFile }, 'see README: "Canary ladder"');
  }
  const router = raw.router as Raw;
  const kind = router.kind as string;
  if (!(ROUTER_KINDS as readonly string[]).includes(kind)) fail(['router', 'kind'], `unknown router "${kind}" (expected one of: ${ROUTER_KINDS.join(', ')})`);
  const services = raw.services as { blue: string; green: string };
  if (services.blue === services.green) fail(['services', 'green'], `blue and green name the same Service "${services.blue}"`);
  for (const slot of ['blue', 'green'] as const) {
    if (services[slot] === deploy.service) {
      fail(['services', slot], `"${services[slot]}" is the live Service; each slot needs its own Service so the candidate backend reaches only that slot`);
    }
  }

  const affinity = raw.sessionAffinity as { cookieName?: string; maxAgeSeconds?: number } | undefined;
  if (affinity && kind !== 'gateway-api') fail(['sessionAffinity'], `sticky sessions need the gateway-api router (router.kind is ${kind})`);

  const rungs = (raw.rungs as number[] | undefined) ?? DEFAULT_RUNGS;
  for (let i = 1; i < rungs.length; i++) {
    if (rungs[i]! <= rungs[i - 1]!) fail(['rungs', i], `rungs must be strictly increasing (${rungs[i - 1]} then ${rungs[i]})`);
  }

  const p = raw.provider as Raw;
  const provider: PrometheusSettings = {
    kind: 'prometheus',
    url: String(p.url).replace(/\/+$/, ''),
    preset: (p.preset as PresetName | undefined) ?? 'http',
    stepSeconds: (p.stepSeconds as number | undefined) ?? 15,
    window: (p.window as string | undefined) ?? '1m',
    timeoutSeconds: (p.timeoutSeconds as number | undefined) ?? 10,
  };

  const bakeSeconds = (raw.bakeSeconds as number | undefined) ?? 300;
  if (bakeSeconds * 1000 <= windowMs(provider.window)) {
    fail(['bakeSeconds'], `${bakeSeconds} s is not longer than the rate window provider.window (${provider.window}); each point's window must fit inside the bake`);
  }

  const given = raw.metrics as Raw[] | undefined;
  const metrics: MetricSpec[] = given
    ? given.map((m, i) => {
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
        const scale = (m.scale as MetricSpec['scale'] | undefined) ?? (proportion ? 'absolute' : 'relative');
        return {
          name: String(m.name),
          ...(proportion ? { failed: String(m.failed), total: String(m.total) } : { query: String(m.query) }),
          direction: (m.direction as MetricSpec['direction'] | undefined) ?? 'increase',
          scale,
          tolerance: (m.tolerance as number | undefined) ?? (scale === 'relative' ? 0.05 : proportion ? 0.005 : 0),
          threshold: (m.threshold as number | undefined) ?? (scale === 'relative' ? 0.2 : proportion ? 0.01 : 0),
          critical: (m.critical as boolean | undefined) ?? true,
        };
      })
    : PRESETS[provider.preset].map((m) => ({ ...m }));
  const names = new Set<string>();
  metrics.forEach((m, i) => {
    if (names.has(m.name)) fail(['metrics', i, 'name'], `metric "${m.name}" is listed twice`);
    names.add(m.name);
  });

  return {
    router: { kind: kind as RouterKind, name: String(router.name), rule: (router.rule as number | undefined) ?? 0 },
    services,
    rungs: [...rungs],
    bakeSeconds,
    minSamples: (raw.minSamples as number | undefined) ?? 10,
    minRequests: (raw.minRequests as number | undefined) ?? 50,
    confidence: (raw.confidence as number | undefined) ?? 0.98,
    provider,
    metrics,
    ...(affinity ? { sessionAffinity: { cookieName: affinity.cookieName ?? 'shadowgate-canary', maxAgeSeconds: affinity.maxAgeSeconds ?? 86400 } } : {}),
  };
}
