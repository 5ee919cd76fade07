// OpenFeature flagd: the ladder moves a feature flag instead of the network. The flag definition lives in a
// ConfigMap (what flagd's file sync reads when the ConfigMap is mounted); the flag's variants name the live
// Service and each slot's Service, and the ladder writes the flag's targeting: a fractional split between
// the candidate's variant and the live one, preceded by one rule per segment rung. Like every other route
// write it is one merge patch carrying the ConfigMap's resourceVersion, with the ladder's state in its
// annotations.
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { UserError } from '../../errors.ts';
import { call, statusOf, type KubeClients } from '../../kube/client.ts';
import { schemaDefault, type SlotName } from '../deploy-config.ts';
import type { RouteRef, SegmentRung } from '../config.ts';
import { RouteConflict, type RouteSnapshot, type SlotServicesTarget, type StickySessions, type TrafficRouter } from './router.ts';

type Obj = Record<string, unknown>;

/** The ConfigMap key of the flag definition (deploy.canary.router.key). */
export const DEFAULT_FLAGD_KEY: string = schemaDefault(['canary', 'router', 'key']);
/** Flag metadata key marking targeting the ladder wrote, so targeting written by anyone else is never taken over. */
export const LADDER_TARGETING_MARK = 'shadowgateLadder';

/** The targeting the ladder writes, as it reads it back. */
interface OurTargeting {
  weight: number;
  candidateVariant: string | undefined;
  segments: string[];
}

/** The evaluation context attribute a segment is matched on: the header's (or cookie's) name. */
export function segmentCondition(segment: SegmentRung): Obj {
  const match = segment.header ?? segment.cookie!;
  return { '==': [{ var: match.name }, match.value] };
}

/**
 * The flag's targeting for a step: each segment goes to the candidate variant, then everyone else is split by
 * the fractional operation (bucketed on the targeting key). At weight 0 without segments there is no
 * targeting: the default (live) variant for everyone.
 */
export function ladderTargeting(stableVariant: string, candidateVariant: string, percent: number, segments: readonly SegmentRung[]): Obj | undefined {
  const rest: unknown =
    percent > 0
      ? {
          fractional: [
            [candidateVariant, percent],
            [stableVariant, 100 - percent],
          ],
        }
      : stableVariant;
  if (segments.length === 0) return percent > 0 ? (rest as Obj) : undefined;
  return { if: [...segments.flatMap((s) => [segmentCondition(s), candidateVariant]), rest] };
}

function parseTargeting(targeting: unknown, variants: Record<string, unknown>): OurTargeting | undefined {
  if (targeting === undefined || (typeof targeting === 'object' && targeting !== null && Object.keys(targeting).length === 0)) {
    return { weight: 0, candidateVariant: undefined, segments: [] };
  }
  const fractional = (value: unknown): { weight: number; candidate: string } | undefined => {
    if (typeof value === 'string' && value in variants) return { weight: 0, candidate: '' };
    const f = (value as Obj | undefined)?.fractional;
    if (!Array.isArray(f) || f.length !== 2) return undefined;
    const [[cand, w], [, rest]] = f as [[string, number], [string, number]];
    if (typeof w !== 'number' || typeof rest !== 'number' || w + rest !== 100) return undefined;
    return { weight: w, candidate: cand };
  };
  const plain = fractional(targeting);
  if (plain) return { weight: plain.weight, candidateVariant: plain.candidate || undefined, segments: [] };
  const branches = (targeting as Obj).if;
  if (!Array.isArray(branches) || branches.length % 2 !== 1) return undefined;
  const tail = fractional(branches.at(-1));
  if (!tail) return undefined;
  const segments: string[] = [];
  let candidate = tail.candidate || undefined;
  for (let i = 0; i + 1 < branches.length; i += 2) {
    const cond = (branches[i] as Obj | undefined)?.['=='] as [Obj, string] | undefined;
    const name = cond?.[0]?.var;
    if (typeof name !== 'string' || typeof cond?.[1] !== 'string' || typeof branches[i + 1] !== 'string') return undefined;
    candidate ??= branches[i + 1] as string;
    segments.push(`${name}=${cond[1]}`);
  }
  return { weight: tail.weight, candidateVariant: candidate, segments };
}

export class FlagdRouter implements TrafficRouter {
  readonly description: string;
  readonly #clients: KubeClients;
  readonly #ref: RouteRef;
  readonly #target: SlotServicesTarget;
  readonly #key: string;
  readonly #flag: string;

  constructor(clients: KubeClients, ref: RouteRef, target: SlotServicesTarget) {
    this.#clients = clients;
    this.#ref = ref;
    this.#target = target;
    this.#key = ref.configKey ?? DEFAULT_FLAGD_KEY;
    this.#flag = ref.flag ?? target.stableService;
    this.description = `flagd flag "${this.#flag}" in ConfigMap ${target.namespace}/${ref.name} (${this.#key})`;
  }

  async read(): Promise<RouteSnapshot> {
    const object = await call(
      `read ConfigMap ${this.#target.namespace}/${this.#ref.name}`,
      () => this.#clients.core.readNamespacedConfigMap({ namespace: this.#target.namespace, name: this.#ref.name }),
      { clients: this.#clients },
    );
    return this.#snapshot(object as unknown as Obj);
  }

  /** The flag definition document and the flag in it; anything malformed is a UserError, before any write. */
  #definition(object: Obj): {
    doc: Obj;
    flag: Obj;
    variants: Record<string, unknown>;
    stableVariant: string;
    slotVariants: Record<SlotName, string | undefined>;
  } {
    const text = ((object.data ?? {}) as Record<string, string>)[this.#key];
    const fix = `the ConfigMap's "${this.#key}" must be a flagd flag definition whose flag "${this.#flag}" has variants naming the live Service "${this.#target.stableService}" (its default variant) and the slot Services ${this.#target.slotServices.blue}, ${this.#target.slotServices.green}`;
    if (text === undefined) throw new UserError(`${this.description}: the ConfigMap has no key "${this.#key}"`, undefined, fix);
    let doc: Obj;
    try {
      doc = JSON.parse(text) as Obj;
    } catch (e) {
      throw new UserError(`${this.description}: not JSON: ${(e as Error).message}`, undefined, fix);
    }
    const flags = doc?.flags as Record<string, Obj> | undefined;
    if (!flags || typeof flags !== 'object' || Array.isArray(flags)) throw new UserError(`${this.description}: no "flags" object`, undefined, fix);
    const flag = flags[this.#flag];
    if (!flag || typeof flag !== 'object')
      throw new UserError(`${this.description}: the flag is not defined (flags: ${Object.keys(flags).join(', ') || 'none'})`, undefined, fix);
    const variants = flag.variants as Record<string, unknown> | undefined;
    if (!variants || typeof variants !== 'object' || Array.isArray(variants))
      throw new UserError(`${this.description}: the flag has no variants`, undefined, fix);
    if (flag.state !== 'ENABLED' && flag.state !== 'DISABLED')
      throw new UserError(`${this.description}: state must be ENABLED or DISABLED (got ${JSON.stringify(flag.state)})`, undefined, fix);
    const variantOf = (service: string) => Object.keys(variants).find((v) => variants[v] === service);
    const stableVariant = variantOf(this.#target.stableService);
    if (!stableVariant)
      throw new UserError(
        `${this.description}: no variant names the live Service "${this.#target.stableService}" (variants: ${JSON.stringify(variants)})`,
        undefined,
        fix,
      );
    if (flag.defaultVariant !== stableVariant) {
      throw new UserError(
        `${this.description}: the default variant is ${JSON.stringify(flag.defaultVariant)}, not "${stableVariant}" (the live Service)`,
        undefined,
        fix,
      );
    }
    return {
      doc,
      flag,
      variants,
      stableVariant,
      slotVariants: { blue: variantOf(this.#target.slotServices.blue), green: variantOf(this.#target.slotServices.green) },
    };
  }

  #snapshot(object: Obj): RouteSnapshot {
    const { flag, variants, slotVariants } = this.#definition(object);
    const hasTargeting =
      flag.targeting !== undefined && !(typeof flag.targeting === 'object' && flag.targeting !== null && Object.keys(flag.targeting).length === 0);
    const marked = (flag.metadata as Obj | undefined)?.[LADDER_TARGETING_MARK] === true;
    const ours = hasTargeting && !marked ? undefined : parseTargeting(flag.targeting, variants);
    if (!ours) {
      throw new UserError(
        `${this.description}: the flag's targeting is not one the ladder wrote; it would not steer it`,
        undefined,
        'remove the targeting (the ladder writes it), or gate on another flag',
      );
    }
    const weightOf = (slot: SlotName) => {
      if (!slotVariants[slot]) return undefined;
      return ours.candidateVariant === slotVariants[slot] ? ours.weight : 0;
    };
    const metadata = (object.metadata ?? {}) as { resourceVersion?: string; annotations?: Record<string, string> };
    return {
      resourceVersion: metadata.resourceVersion ?? '',
      stableWeight: 100 - ours.weight,
      slotWeights: { blue: weightOf('blue'), green: weightOf('green') },
      annotations: { ...metadata.annotations },
      object,
      segments: ours.segments,
    };
  }

  async setWeight(
    from: RouteSnapshot,
    candidate: SlotName,
    percent: number,
    annotations: Record<string, string | null>,
    _sticky?: StickySessions,
    segments: readonly SegmentRung[] = [],
  ): Promise<RouteSnapshot> {
    const { doc, flag, stableVariant, slotVariants } = this.#definition(from.object);
    const candidateVariant = slotVariants[candidate];
    if (!candidateVariant) {
      throw new UserError(
        `${this.description}: no variant names the ${candidate} slot's Service "${this.#target.slotServices[candidate]}"`,
        undefined,
        `add a variant whose value is "${this.#target.slotServices[candidate]}" to the flag`,
      );
    }
    const targeting = ladderTargeting(stableVariant, candidateVariant, percent, segments);
    const nextFlag: Obj = { ...flag };
    const metadata: Obj = { ...(flag.metadata as Obj | undefined) };
    if (targeting) {
      nextFlag.targeting = targeting;
      metadata[LADDER_TARGETING_MARK] = true;
    } else {
      delete nextFlag.targeting;
      delete metadata[LADDER_TARGETING_MARK];
    }
    if (Object.keys(metadata).length > 0) nextFlag.metadata = metadata;
    else delete nextFlag.metadata;
    const nextDoc = { ...doc, flags: { ...(doc.flags as Obj), [this.#flag]: nextFlag } };
    const body = { metadata: { resourceVersion: from.resourceVersion, annotations }, data: { [this.#key]: `${JSON.stringify(nextDoc, null, 2)}\n` } };
    try {
      const patched = await this.#clients.core.patchNamespacedConfigMap(
        { namespace: this.#target.namespace, name: this.#ref.name, body, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      return this.#snapshot(patched as unknown as Obj);
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      return call(`patch ${this.description}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }
}
