// Session draining at a flip of the live selector (`deploy.drain`): conversations already running on the old
// slot finish there, new ones start on the new slot, until a drain timeout (or earlier, once no drained
// session has been seen for a quiet period); then the rest move. Both flips drain the same way: promote's
// (blue-green) and the canary ladder's hand-over after its last rung.
//
// The data plane, on the route of `deploy.canary.router` (Gateway API or Istio):
//   1. mark  — before the flip, the weighted rule's share moves from the live Service (and, at the ladder's
//              hand-over, from the candidate's own Service) to the old slot's own Service, whose responses set
//              `<cookie>=<old slot>`. The cookie is set only by a backend that reaches the old slot and
//              nothing else, so it never says "old slot" for a session served elsewhere; the live Service's
//              selector no longer decides where gateway traffic goes. At the hand-over, sticky candidate
//              sessions and segments keep their own rules, so they stay on the candidate.
//   2. flip  — ONE guarded route patch: the share goes to the new slot's own Service, and a drain rule sends
//              requests carrying the cookie to the old slot's Service (refreshing the cookie). It follows the
//              selector flip, which moves no gateway session since the route names slot Services only.
//   3. end   — ONE guarded route patch: the drain rule and cookie filters go, the weights the rule had before
//              the mark come back (the live Service again, which now selects the new slot; at the hand-over
//              the candidate's own Service too, until the ladder's last patch sets it to 0).
// A rollback flips the selector back, then ends the drain the same way: everything returns to the live
// Service, which selects the old slot again (at the hand-over: the last rung's split). The drain's state is
// an annotation on the route, so a run killed mid-drain is resumed by the next one (the ladder's advance)
// or ended by the next promote or rollback.
import { CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { call, statusOf, type KubeClients } from '../kube/client.ts';
import { schemaDefault, type DeployConfig, type Locate, type SlotName } from './deploy-config.ts';
import { fillTemplate, parseCanaryConfig, unknownPlaceholders, PLACEHOLDERS, type CanaryConfig } from './config.ts';
import { providerFor, type MetricProvider } from './providers/provider.ts';
import { GATEWAY_API, gatewayCookieMatches, setGatewayResponseCookie } from './router/gateway-api.ts';
import { ISTIO, istioCookieMatch, setIstioResponseCookie } from './router/istio.ts';
import { RouteConflict, ruleIndex, type RouteShape } from './router/router.ts';

/** The route annotation holding the drain's state (JSON). */
export const DRAIN_ANNOTATION = 'shadowgate.dev/drain';
/** The name of the rule sending marked sessions to the old slot. */
export const DRAIN_RULE = 'shadowgate-drain';

export interface DrainSettings {
  /** After the flip, marked sessions stay on the old slot at most this long. */
  timeoutSeconds: number;
  /** The drain ends early once the old slot has answered no request for this long. */
  quietSeconds: number;
  /** Marking starts at least this long before the flip, so sessions talking in that time are recognised. */
  markSeconds: number;
  cookieName: string;
  /** PromQL counter template of the requests a slot answered; default: the canary's request-count metric. */
  requests?: string;
}

export interface DrainPlan {
  settings: DrainSettings;
  canary: CanaryConfig;
  /** The slot Services (the routers that drain always have them). */
  services: { blue: string; green: string };
  /** The counter template whose increase shows drained sessions still talking; none: the drain ends at its timeout. */
  requests: string | undefined;
}

/** Which flip drains: promote's (blue-green), or the canary ladder's hand-over after its last rung. */
export type DrainMove = 'promote' | 'hand-over';

export interface DrainState {
  /** marking: every response of the old slot marks its session; draining: the flip happened. */
  phase: 'marking' | 'draining';
  /** Absent in states written before the ladder drained its hand-over: promote. */
  move?: DrainMove;
  from: SlotName;
  to: SlotName;
  cookie: string;
  markedAt: string;
  flippedAt?: string;
  deadline?: string;
  quietSeconds: number;
  runId: string;
  /** The weighted rule's weights before the mark, in order, restored when the drain ends. */
  weights: number[];
}

type Raw = Record<string, unknown>;
type Obj = Record<string, unknown>;

/** Reads `deploy.drain` (shape checked by the manifest schema); undefined when absent. */
export function parseDrain(deployRaw: unknown, config: DeployConfig, manifestFile: string, locate?: Locate): DrainPlan | undefined {
  const raw = (deployRaw as Raw | undefined)?.drain as Raw | undefined;
  if (raw === undefined || raw === null) return undefined;
  const fail = (path: string[], message: string, hint?: string): never => {
    throw new UserError(`deploy.drain${path.length ? '.' : ''}${path.join('.')}: ${message}`, locate?.(['drain', ...path]) ?? { file: manifestFile }, hint);
  };
  if ((deployRaw as Raw).canary === undefined) {
    fail(
      [],
      'session draining needs deploy.canary: its router (the route the gateway follows) and the slot Services',
      'add deploy.canary with router (gateway-api or istio), services and provider',
    );
  }
  const canary = parseCanaryConfig(deployRaw, config, manifestFile, locate);
  if (canary.router.kind !== 'gateway-api' && canary.router.kind !== 'istio') {
    fail([], `session draining needs a router that can match a cookie: gateway-api or istio (deploy.canary.router.kind is ${canary.router.kind})`);
  }
  if (canary.router.destinationRule !== undefined) {
    // The drain moves the share between the slot Services' own backends, which subsets of one host are not.
    fail(
      [],
      `session draining needs the slot Services as the route's backends; deploy.canary.router.destinationRule (subsets of ${canary.router.destinationRule}) is not supported with it`,
      'list the slot Services (deploy.canary.services) as the VirtualService destinations instead of the subsets',
    );
  }
  const settings: DrainSettings = {
    timeoutSeconds: (raw.timeoutSeconds as number | undefined) ?? schemaDefault(['drain', 'timeoutSeconds']),
    quietSeconds: (raw.quietSeconds as number | undefined) ?? schemaDefault(['drain', 'quietSeconds']),
    markSeconds: (raw.markSeconds as number | undefined) ?? schemaDefault(['drain', 'markSeconds']),
    cookieName: (raw.cookieName as string | undefined) ?? schemaDefault(['drain', 'cookieName']),
    ...(raw.requests !== undefined ? { requests: String(raw.requests) } : {}),
  };
  if (canary.sessionAffinity?.cookieName === settings.cookieName)
    fail(['cookieName'], `"${settings.cookieName}" is also the canary's sticky-session cookie; give the drain its own`);
  if (settings.requests !== undefined) {
    const unknown = unknownPlaceholders(settings.requests);
    if (unknown.length > 0) fail(['requests'], `unknown placeholder {{${unknown[0]}}} (known: ${PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')})`);
  }
  const requests = settings.requests ?? canary.metrics.find((m) => m.total !== undefined)?.total;
  return { settings, canary, services: canary.services!, requests };
}

/** Where the drain's pieces go in one route kind. */
interface DrainKind {
  shape: RouteShape;
  setCookie(entry: Obj, cookieName: string, value: string | undefined): void;
  /** The rule sending requests with `<cookie>=<slot>` to the old slot's entry (which refreshes the cookie). */
  drainRule(weighted: Obj, oldEntry: Obj, cookieName: string, slot: string, setCookie: string): Obj;
  /** Istio takes the first matching route, so the drain route goes before the weighted one; Gateway API picks the most specific. */
  drainFirst: boolean;
}

const KINDS: Record<'gateway-api' | 'istio', DrainKind> = {
  'gateway-api': {
    shape: GATEWAY_API,
    setCookie: setGatewayResponseCookie,
    drainRule(weighted, oldEntry, cookieName, slot, setCookie) {
      const backend: Obj = { name: oldEntry.name, port: oldEntry.port, weight: 1 };
      setGatewayResponseCookie(backend, cookieName, setCookie);
      const rule: Obj = { name: DRAIN_RULE, matches: gatewayCookieMatches(weighted, cookieName, slot), backendRefs: [backend] };
      for (const key of ['filters', 'timeouts']) if (weighted[key] !== undefined) rule[key] = weighted[key];
      return rule;
    },
    drainFirst: false,
  },
  istio: {
    shape: ISTIO,
    setCookie: setIstioResponseCookie,
    drainRule(weighted, oldEntry, cookieName, slot, setCookie) {
      const destination: Obj = { destination: oldEntry.destination };
      setIstioResponseCookie(destination, cookieName, setCookie);
      // The weighted route's other settings (timeout, retries, rewrite …) apply to drained sessions too.
      const { name: _name, match: _match, route: _route, ...rest } = weighted;
      return { ...rest, name: DRAIN_RULE, match: istioCookieMatch(weighted, cookieName, slot), route: [destination] };
    },
    drainFirst: true,
  },
};

/** "promote's flip blue → green" or "the canary hand-over blue → green", for messages. */
export function describeMove(state: Pick<DrainState, 'move' | 'from' | 'to'>): string {
  return `${(state.move ?? 'promote') === 'promote' ? "promote's flip" : 'the canary hand-over'} ${state.from} → ${state.to}`;
}

export function parseDrainState(annotations: Record<string, string> | undefined): DrainState | undefined {
  const raw = annotations?.[DRAIN_ANNOTATION];
  if (!raw) return undefined;
  try {
    const state = JSON.parse(raw) as DrainState;
    if (state && (state.phase === 'marking' || state.phase === 'draining') && Array.isArray(state.weights)) return state;
  } catch {
    // fall through
  }
  throw new UserError(`the route annotation ${DRAIN_ANNOTATION} is not a drain state shadowgate wrote; remove it (and the ${DRAIN_RULE} rule) by hand`);
}

interface Located {
  rules: Obj[];
  weighted: Obj;
  entries: Obj[];
  index: { live: number; blue: number; green: number };
  weights: number[];
}

/** The route of a drain: reads, and writes rules plus the state annotation in one patch guarded by resourceVersion. */
class DrainRoute {
  readonly description: string;
  readonly #api: CustomObjectsApi;
  readonly #clients: KubeClients;
  readonly #kind: DrainKind;
  readonly #plan: DrainPlan;
  readonly #config: DeployConfig;

  constructor(clients: KubeClients, config: DeployConfig, plan: DrainPlan) {
    this.#clients = clients;
    this.#api = clients.config.makeApiClient(CustomObjectsApi);
    this.#kind = KINDS[plan.canary.router.kind as 'gateway-api' | 'istio'];
    this.#plan = plan;
    this.#config = config;
    this.description = `${this.#kind.shape.kind} ${config.namespace}/${plan.canary.router.name}`;
  }

  get kind(): DrainKind {
    return this.#kind;
  }

  #params() {
    const { shape } = this.#kind;
    return { group: shape.group, version: shape.version, namespace: this.#config.namespace, plural: shape.plural, name: this.#plan.canary.router.name };
  }

  async read(): Promise<{ object: Obj; resourceVersion: string; state: DrainState | undefined }> {
    const object = (await call(`read ${this.description}`, () => this.#api.getNamespacedCustomObject(this.#params()), { clients: this.#clients })) as Obj;
    const metadata = (object.metadata ?? {}) as { resourceVersion?: string; annotations?: Record<string, string> };
    return { object, resourceVersion: metadata.resourceVersion ?? '', state: parseDrainState(metadata.annotations) };
  }

  /** A copy of the route's rules without the drain rule, and the weighted rule's entries for the live and slot Services. */
  locate(object: Obj): Located {
    const { shape } = this.#kind;
    const spec = structuredClone((object.spec ?? {}) as Obj);
    const rules = ((spec[shape.rulesKey] ?? []) as Obj[]).filter((r) => r.name !== DRAIN_RULE);
    const at = ruleIndex(rules, this.#plan.canary.router.rule);
    if (at < 0) throw new UserError(`${this.description} has no ${shape.rulesKey} entry ${this.#plan.canary.router.rule} (deploy.canary.router.rule)`);
    const weighted = rules[at]!;
    const entries = (weighted[shape.backendsKey] ?? []) as Obj[];
    const names = entries.map((e) => shape.serviceOf(e, this.#config.namespace));
    const find = (service: string, role: string) => {
      const i = names.indexOf(service);
      if (i < 0) {
        throw new UserError(
          `${this.description} rule ${this.#plan.canary.router.rule} has no backend for the ${role} Service "${service}"; session draining moves the share between the live and the slot Services`,
          undefined,
          `list the live Service "${this.#config.service}" and both slot Services (${this.#plan.services.blue}, ${this.#plan.services.green}) as backends of that rule, the slot Services with weight 0`,
        );
      }
      return i;
    };
    const index = {
      live: find(this.#config.service, 'live'),
      blue: find(this.#plan.services.blue, 'blue slot'),
      green: find(this.#plan.services.green, 'green slot'),
    };
    const weights = entries.map((e) => (e.weight as number | undefined) ?? shape.defaultWeight(entries.length));
    return { rules, weighted, entries, index, weights };
  }

  /** Writes the state and (unless undefined) the rules. */
  async write(rv: string, rules: Obj[] | undefined, state: DrainState | null): Promise<void> {
    const body = {
      metadata: { resourceVersion: rv, annotations: { [DRAIN_ANNOTATION]: state ? JSON.stringify(state) : null } },
      ...(rules ? { spec: { [this.#kind.shape.rulesKey]: rules } } : {}),
    };
    try {
      await this.#api.patchNamespacedCustomObject(
        { ...this.#params(), body, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      await call(`patch ${this.description}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }
}

const MAX_CONFLICTS = 5;

/** Runs `attempt` on a fresh read until its guarded write lands; it returns false when there is nothing to write. */
async function guarded(route: DrainRoute, attempt: (read: Awaited<ReturnType<DrainRoute['read']>>) => Promise<boolean>): Promise<boolean> {
  for (let conflicts = 0; ; conflicts++) {
    try {
      return await attempt(await route.read());
    } catch (e) {
      if (!(e instanceof RouteConflict) || conflicts >= MAX_CONFLICTS) throw e;
    }
  }
}

const cookieValue = (settings: DrainSettings, slot: SlotName) => `${settings.cookieName}=${slot}; Max-Age=${Math.ceil(settings.timeoutSeconds)}; Path=/`;

/** Ends whatever drain the route carries: the drain rule and cookies go, the weights from before the mark return. */
async function endOn(route: DrainRoute, onlyRun?: string): Promise<DrainState | undefined> {
  let ended: DrainState | undefined;
  await guarded(route, async ({ object, resourceVersion, state }) => {
    if (!state || (onlyRun !== undefined && state.runId !== onlyRun)) return false;
    const at = route.locate(object);
    for (const e of at.entries) route.kind.setCookie(e, state.cookie, undefined);
    if (state.weights.length === at.entries.length) {
      at.entries.forEach((e, i) => {
        e.weight = state.weights[i];
      });
    } else {
      at.entries[at.index.live]!.weight = Math.max(at.weights[at.index.live]!, at.weights[at.index.blue]!, at.weights[at.index.green]!);
      at.entries[at.index.blue]!.weight = 0;
      at.entries[at.index.green]!.weight = 0;
    }
    await route.write(resourceVersion, at.rules, null);
    ended = state;
    return true;
  });
  return ended;
}

export type DrainEnd = 'quiet' | 'timeout' | 'ended-elsewhere' | 'stopped';

export interface DrainOutcome {
  from: SlotName;
  to: SlotName;
  cookie: string;
  /** performance.now() when the route patch of the mark, the flip and the end were accepted. */
  markedAt: number;
  flippedAt?: number;
  endedAt?: number;
  /** performance.now() just before the flip's and the end's route patch were sent. */
  flipSentAt?: number;
  endSentAt?: number;
  ended?: DrainEnd;
  /** Why it ended, in words. */
  reason?: string;
  /** Wall-clock times of the gateway flip and the end, and how long sessions drained (flip → end). */
  flippedAtTime?: string;
  endedAtTime?: string;
  drainedSeconds?: number;
}

export interface SessionDrain {
  readonly outcome: DrainOutcome;
  /** Starts marking the old slot's sessions (an earlier drain left on the route is ended first). */
  mark(): Promise<void>;
  /**
   * Takes over a drain of this same move left on the route by a run that died (its phase then decides what
   * is left to do: the flip, or only the wait); undefined, and nothing written, when the route carries none.
   * A drain of another move is a UserError.
   */
  resume(): Promise<DrainState['phase'] | undefined>;
  /** Waits until marking has lasted markSeconds, so sessions talking in that time are recognised. */
  beforeFlip(): Promise<void>;
  /** After the selector flip: new sessions to the new slot, marked ones stay (one route patch). */
  flip(): Promise<void>;
  /** Waits for the quiet period or the timeout, then ends the drain; returns early if it was ended elsewhere (a rollback). */
  wait(): Promise<DrainOutcome>;
  /** Ends the drain now (promote stopped, rolled back or failed); nothing when it already ended. */
  end(why: string): Promise<void>;
}

export interface DrainContext {
  deploy: unknown;
  manifestFile: string;
  locate?: Locate;
  config: DeployConfig;
  clients: KubeClients;
  log: Log;
  runId: string;
}

/** Where a command's drain reads `deploy.drain` from (its manifest's deploy section) and how it reaches the cluster. */
export function drainContext(
  opts: { deploy: unknown; manifestFile: string; locate?: Locate; log: Log },
  config: DeployConfig,
  clients: KubeClients,
  runId: string,
): DrainContext {
  return { deploy: opts.deploy, manifestFile: opts.manifestFile, ...(opts.locate ? { locate: opts.locate } : {}), config, clients, log: opts.log, runId };
}

/**
 * Reads and checks `deploy.drain` (no write); undefined when the manifest asks for no drain. `move` says
 * which flip drains: promote's (the slot Services carry no weight) or the ladder's hand-over (the candidate's
 * own Service carries the last rung's share, which the mark moves to the old slot too).
 */
export function sessionDrain(ctx: DrainContext, from: SlotName, to: SlotName, move: DrainMove = 'promote'): SessionDrain | undefined {
  const plan = parseDrain(ctx.deploy, ctx.config, ctx.manifestFile, ctx.locate);
  if (!plan) return undefined;
  const route = new DrainRoute(ctx.clients, ctx.config, plan);
  const provider = plan.requests ? providerFor(plan.canary.provider) : undefined;
  const { settings } = plan;
  const { log } = ctx;
  const outcome: DrainOutcome = { from, to, cookie: settings.cookieName, markedAt: 0 };
  let active = false;
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

  const end = async (ended: DrainEnd, reason: string) => {
    outcome.endSentAt = performance.now();
    const state = await endOn(route, ctx.runId);
    active = false;
    outcome.endedAt = performance.now();
    outcome.endedAtTime = new Date().toISOString();
    if (outcome.flippedAt !== undefined) outcome.drainedSeconds = Math.round(outcome.endedAt - outcome.flippedAt) / 1000;
    outcome.ended = state ? ended : 'ended-elsewhere';
    outcome.reason = state ? reason : 'the drain was ended by another run (e.g. a rollback)';
    log.info(`drain: ${outcome.reason}; ${state ? `every session now follows Service ${ctx.config.service}` : 'nothing left to end'}`);
  };

  return {
    outcome,
    async mark() {
      // A drain of the other move is not this run's to end: promote leaves a hand-over's drain to the ladder.
      const left = (await route.read()).state;
      if (left && (left.move ?? 'promote') !== move) {
        throw new UserError(
          `${route.description} carries a session drain of ${describeMove(left)}; ${move === 'promote' ? 'promote' : 'the hand-over'} will not start another`,
          undefined,
          left.move === 'hand-over'
            ? 'run `canary advance` to finish the hand-over, or roll back'
            : 'wait for the drain to end (`status` shows its deadline), or roll back',
        );
      }
      const earlier = await endOn(route);
      if (earlier)
        log.warn(
          `drain: ended an earlier drain left on ${route.description} by ${earlier.runId} (${earlier.from} → ${earlier.to}); its sessions follow the live Service now`,
        );
      await guarded(route, async ({ object, resourceVersion }) => {
        const at = route.locate(object);
        const slots = [at.weights[at.index.blue]!, at.weights[at.index.green]!];
        if (move === 'promote' && slots.some((w) => w !== 0)) {
          throw new UserError(
            `${route.description} sends traffic to the slot Services (blue ${slots[0]}, green ${slots[1]}); a canary ladder is in progress, so promote will not drain sessions on it`,
            undefined,
            'finish the ladder (its last advance hands over) or abort it first',
          );
        }
        if (move === 'hand-over' && at.weights[at.index[from]] !== 0) {
          throw new UserError(
            `${route.description} sends ${at.weights[at.index[from]]} to the ${from} slot's own Service; the hand-over drains from ${from} only when the ladder's route weighs the live Service against ${to}`,
          );
        }
        // Every weighted share goes to the old slot while marking: a session talking now is then marked
        // there, and cannot be moved by the weights before the flip. At the hand-over, sessions already on
        // the candidate keep it through their sticky (or segment) rules, which this patch leaves alone.
        const share = at.weights[at.index.live]! + (move === 'hand-over' ? at.weights[at.index[to]]! : 0);
        at.entries[at.index.live]!.weight = 0;
        at.entries[at.index[to]]!.weight = 0;
        at.entries[at.index[from]]!.weight = share;
        route.kind.setCookie(at.entries[at.index[from]]!, settings.cookieName, cookieValue(settings, from));
        const state: DrainState = {
          phase: 'marking',
          move,
          from,
          to,
          cookie: settings.cookieName,
          markedAt: new Date().toISOString(),
          quietSeconds: settings.quietSeconds,
          runId: ctx.runId,
          weights: at.weights,
        };
        await route.write(resourceVersion, at.rules, state);
        return true;
      });
      active = true;
      outcome.markedAt = performance.now();
      log.info(
        `drain: ${route.description} sends the live share to ${plan.services[from]} directly; its responses mark sessions ${settings.cookieName}=${from}`,
      );
    },
    async resume() {
      let phase: DrainState['phase'] | undefined;
      await guarded(route, async ({ object, resourceVersion, state }) => {
        if (!state) return false;
        if ((state.move ?? 'promote') !== move || state.from !== from || state.to !== to) {
          throw new UserError(
            `${route.description} carries a session drain of ${describeMove(state)}; this ${move === 'promote' ? 'promote' : 'hand-over'} (${from} → ${to}) will not take it over`,
            undefined,
            'wait for the drain to end (`status` shows its deadline), or roll back',
          );
        }
        phase = state.phase;
        // The clock of this process, from the wall-clock times the dead run recorded.
        const ago = (iso: string) => performance.now() - (Date.now() - Date.parse(iso));
        outcome.markedAt = ago(state.markedAt);
        if (state.flippedAt) {
          outcome.flippedAt = ago(state.flippedAt);
          outcome.flippedAtTime = state.flippedAt;
        }
        if (state.runId === ctx.runId) return false;
        route.locate(object); // the route must still have the live and slot backends
        // Only the state changes hands: the rules stay exactly as the dead run left them.
        await route.write(resourceVersion, undefined, { ...state, runId: ctx.runId });
        log.info(`drain: took over the drain ${state.runId} left on ${route.description} (${state.phase}, ${from} → ${to})`);
        return true;
      });
      active = phase !== undefined;
      return phase;
    },
    async beforeFlip() {
      const left = outcome.markedAt + settings.markSeconds * 1000 - performance.now();
      if (active && left > 0) {
        log.info(`drain: marking sessions for ${(left / 1000).toFixed(1)} s more before the flip (markSeconds ${settings.markSeconds})`);
        await sleep(left);
      }
    },
    async flip() {
      if (!active) return;
      const flipped = await guarded(route, async ({ object, resourceVersion, state }) => {
        if (!state || state.runId !== ctx.runId)
          throw new UserError(`${route.description}: the drain marking was removed by someone else before the flip; sessions follow the live Service`);
        if (state.phase === 'draining') return false;
        const at = route.locate(object);
        const share = at.weights[at.index[from]]!;
        const oldEntry = at.entries[at.index[from]]!;
        route.kind.setCookie(oldEntry, settings.cookieName, undefined);
        oldEntry.weight = 0;
        at.entries[at.index[to]]!.weight = share;
        at.entries[at.index.live]!.weight = 0;
        const rule = route.kind.drainRule(at.weighted, oldEntry, settings.cookieName, from, cookieValue(settings, from));
        const weightedAt = at.rules.indexOf(at.weighted);
        if (route.kind.drainFirst) at.rules.splice(weightedAt, 0, rule);
        else at.rules.push(rule);
        const now = new Date();
        const next: DrainState = {
          ...state,
          phase: 'draining',
          flippedAt: now.toISOString(),
          deadline: new Date(now.getTime() + settings.timeoutSeconds * 1000).toISOString(),
        };
        outcome.flipSentAt = performance.now();
        await route.write(resourceVersion, at.rules, next);
        return true;
      });
      if (!flipped) return; // a resumed drain: the dead run flipped already
      outcome.flippedAt = performance.now();
      outcome.flippedAtTime = new Date().toISOString();
      log.info(
        `drain: new sessions go to ${to}; sessions marked ${settings.cookieName}=${from} stay on ${from} for up to ${settings.timeoutSeconds} s (or until ${from} has been quiet for ${settings.quietSeconds} s)`,
      );
    },
    async wait() {
      if (!active || outcome.flippedAt === undefined) return outcome;
      const deadline = outcome.flippedAt + settings.timeoutSeconds * 1000;
      const poll = Math.max(100, Math.min(2000, (settings.quietSeconds * 1000) / 4));
      let lastQuery: string | undefined;
      while (true) {
        // A failed read (an API server blip) is retried at the next poll; it does not end the drain early.
        const read = await route.read().catch((e: unknown) => {
          log.warn(`drain: could not read ${route.description} (${(e as Error).message}); trying again`);
          return undefined;
        });
        if (!read) {
          await sleep(poll);
          if (performance.now() < deadline) continue;
        }
        const state = read ? read.state : (await route.read()).state;
        if (!state || state.runId !== ctx.runId || state.phase !== 'draining') {
          active = false;
          outcome.endedAt = performance.now();
          outcome.ended = 'ended-elsewhere';
          outcome.reason = 'the drain was ended by another run (e.g. a rollback)';
          log.info(`drain: ${outcome.reason}`);
          return outcome;
        }
        const now = performance.now();
        if (now >= deadline) {
          await end('timeout', `drain timeout (${settings.timeoutSeconds} s) reached; the remaining sessions move to ${to}`);
          return outcome;
        }
        if (provider && now - outcome.flippedAt >= settings.quietSeconds * 1000) {
          const seen = await requestsOnSlot(provider, plan, ctx.config, from, new Date());
          if (seen.value !== undefined && seen.value < 0.5) {
            await end('quiet', `${from} answered no request in the last ${settings.quietSeconds} s: no drained session is left`);
            return outcome;
          }
          if (seen.error && seen.error !== lastQuery)
            log.warn(`drain: cannot tell whether drained sessions are still talking (${seen.error}); waiting for the timeout`);
          lastQuery = seen.error;
        }
        await sleep(Math.min(poll, Math.max(0, deadline - performance.now())));
      }
    },
    async end(why: string) {
      if (!active) return;
      await end('stopped', why);
    },
  };
}

/** Requests the slot answered over the last quiet period, from the metric provider. */
async function requestsOnSlot(
  provider: MetricProvider,
  plan: DrainPlan,
  config: DeployConfig,
  slot: SlotName,
  at: Date,
): Promise<{ value?: number; error?: string }> {
  const window = `${Math.max(1, Math.round(plan.settings.quietSeconds))}s`;
  const counter = fillTemplate(plan.requests!, { namespace: config.namespace, service: config.service, slot: config.slots[slot].selector, window });
  return provider.value(`sum(increase(${counter}[${window}]))`, at);
}

/**
 * For rollback: reads and checks `deploy.drain` now (before anything is written) and returns what ends a
 * drain once the selector is flipped back, so all traffic follows the live Service again; undefined when the
 * manifest asks for no drain.
 */
export function drainEnder(ctx: DrainContext): (() => Promise<DrainState | undefined>) | undefined {
  const plan = parseDrain(ctx.deploy, ctx.config, ctx.manifestFile, ctx.locate);
  if (!plan) return undefined;
  return async () => {
    const ended = await endOn(new DrainRoute(ctx.clients, ctx.config, plan));
    if (ended) ctx.log.info(`drain: ended (${ended.from} → ${ended.to}, ${ended.phase}); every session follows Service ${ctx.config.service} again`);
    return ended;
  };
}

export interface DrainView {
  route: string;
  phase: DrainState['phase'];
  from: SlotName;
  to: SlotName;
  /** Sessions carrying this cookie value go to `from`. */
  cookie: string;
  /** When the flip happened (draining) or marking started (marking). */
  since: string;
  deadline?: string;
  /** The deadline has passed but the drain was not ended (the run that started it died): the next promote or rollback ends it. */
  overdue: boolean;
  runId: string;
  /** Requests `from` answered over the last quiet period, when the provider could tell. */
  recentRequests?: number;
  quietSeconds: number;
}

/**
 * For `status`: reads and checks `deploy.drain` now, and returns what reads the drain the route carries (and
 * logs it); undefined when the manifest asks for no drain.
 */
export function drainReader(ctx: Omit<DrainContext, 'runId'>): ((now?: Date) => Promise<DrainView | undefined>) | undefined {
  const plan = parseDrain(ctx.deploy, ctx.config, ctx.manifestFile, ctx.locate);
  return plan && ((now = new Date()) => readDrain(ctx, plan, now));
}

async function readDrain(ctx: Omit<DrainContext, 'runId'>, plan: DrainPlan, now: Date): Promise<DrainView | undefined> {
  const route = new DrainRoute(ctx.clients, ctx.config, plan);
  const { state } = await route.read();
  if (!state) {
    ctx.log.info(`drain: none (${route.description} carries no drain)`);
    return undefined;
  }
  const view: DrainView = {
    route: route.description,
    phase: state.phase,
    from: state.from,
    to: state.to,
    cookie: `${state.cookie}=${state.from}`,
    since: state.flippedAt ?? state.markedAt,
    ...(state.deadline ? { deadline: state.deadline } : {}),
    overdue: state.deadline !== undefined && new Date(state.deadline) < now,
    runId: state.runId,
    quietSeconds: state.quietSeconds,
  };
  if (plan.requests && state.phase === 'draining') {
    const seen = await requestsOnSlot(providerFor(plan.canary.provider), plan, ctx.config, state.from, now);
    if (seen.value !== undefined) view.recentRequests = Math.round(seen.value);
  }
  const recent = view.recentRequests !== undefined ? `; ${view.recentRequests} request(s) on ${state.from} in the last ${state.quietSeconds} s` : '';
  ctx.log.info(
    state.phase === 'draining'
      ? `drain: sessions marked ${view.cookie} still go to ${state.from} (new sessions to ${state.to}) since ${view.since}, until ${view.deadline}${view.overdue ? ' — OVERDUE: the run that started it is gone; the next promote or rollback ends it' : ''}${recent} (run ${state.runId})`
      : `drain: marking sessions on ${state.from} since ${view.since}, before the flip to ${state.to} (run ${state.runId})`,
  );
  return view;
}
