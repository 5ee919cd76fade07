// Manifests with a deploy section, parsed as the commands parse them: every error located in shadowgate.yaml.
import assert from 'node:assert/strict';
import { parseCanaryConfig, type CanaryConfig } from '../../../src/delivery/config.ts';
import { parseDeployConfig } from '../../../src/delivery/deploy-config.ts';
import { isUserError } from '../../../src/errors.ts';
import { parseManifest } from '../../../src/manifest/load.ts';

export const MANIFEST_FILE = 'shadowgate.yaml';

/** Blue and green with one Deployment each; what follows continues deploy (two spaces) from line 11. */
export const DEPLOY_HEAD = `version: 1
service: chat
model: { protocol: openai, endpoint: "http://127.0.0.1:1/v1", id: m }
output: { kind: text }
shadow: { dataset: data.jsonl }
deploy:
  service: chat
  slots:
    blue: { selector: blue, deployments: [chat-blue] }
    green: { selector: green, deployments: [chat-green] }
`;

/** deploy.canary on lines 11–14: a Gateway API route, the slot Services and an in-cluster Prometheus. */
export const CANARY = `  canary:
    router: { kind: gateway-api, name: chat }
    services: { blue: chat-blue, green: chat-green }
    provider: { kind: prometheus, url: "http://prometheus.monitoring:9090" }
`;

/** The deploy section of a manifest text: as written, as validated, and where each of its paths stands. */
export function parseDeploy(text: string) {
  const loaded = parseManifest(text, MANIFEST_FILE);
  const locate = (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]);
  return { raw: loaded.manifest.deploy, config: parseDeployConfig(loaded.manifest.deploy, MANIFEST_FILE, locate), locate };
}

export function parseCanary(text: string): CanaryConfig {
  const { raw, config, locate } = parseDeploy(text);
  return parseCanaryConfig(raw, config, MANIFEST_FILE, locate);
}

/** `run` throws one user error at `line` of shadowgate.yaml, saying `says`. */
export function expectUserError(run: () => unknown, line: number, says: RegExp): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(isUserError(e), String(e));
    assert.equal(e.location?.file, MANIFEST_FILE);
    assert.equal(e.location?.line, line, e.format());
    assert.match(e.message, says);
    return true;
  });
}
