import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  readFile,
  require_dist
} from "./chunk-LGJ5C7XN.js";
import {
  UserError,
  isUserError
} from "./chunk-4HYHTPLW.js";
import {
  require_formats
} from "./chunk-XWYCPJVT.js";
import {
  require_equal,
  require_ucs2length
} from "./chunk-HMS5PANT.js";
import {
  __toESM
} from "./chunk-A7OMMFT7.js";

// node-builtin:node:util?promisify
var builtin = process.getBuiltinModule("node:util");
var promisify = builtin.promisify;

// src/manifest/git.ts
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var execFileAsync;
function run(file, args, options) {
  execFileAsync ??= promisify(process.getBuiltinModule("node:child_process").execFile);
  return execFileAsync(file, args, options);
}
async function git(repoRoot, args) {
  try {
    const { stdout } = await run("git", args, { cwd: repoRoot, maxBuffer: MAX_FILE_BYTES, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
    return { ok: true, stdout };
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new UserError("git is not installed or not on PATH");
    return { ok: false, stderr: String(err.stderr ?? err.message), code: err.code };
  }
}
function gitPath(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/\.\//g, "/");
}
async function isShallow(repoRoot) {
  const r = await git(repoRoot, ["rev-parse", "--is-shallow-repository"]);
  return r.ok && r.stdout.trim() === "true";
}
async function resolveCommit(repoRoot, ref) {
  if (!ref || ref.startsWith("-") || /[\s\0]/.test(ref)) throw new UserError(`not a valid git ref: ${JSON.stringify(ref)}`);
  const inside = await git(repoRoot, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok) throw new UserError(`${repoRoot} is not a git repository`, void 0, "run shadowgate from a checkout (actions/checkout) of the repository");
  const r = await git(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (r.ok) return r.stdout.trim();
  const shallow = await isShallow(repoRoot);
  throw new UserError(
    `git ref "${ref}" is not known in this checkout${shallow ? " (the checkout is shallow)" : ""}`,
    void 0,
    `fetch the base ref, e.g. actions/checkout with fetch-depth: 0, or \`git fetch origin ${ref.replace(/^origin\//, "")}\``
  );
}
async function readAtRef(repoRoot, ref, path) {
  return readBlob(repoRoot, await resolveCommit(repoRoot, ref), path, ref);
}
async function readBlob(repoRoot, commit, path, refForMessages = commit) {
  const spec = `${commit}:${gitPath(path)}`;
  const type = await git(repoRoot, ["cat-file", "-t", spec]);
  if (!type.ok) return void 0;
  if (type.stdout.trim() !== "blob") throw new UserError(`${path} is a ${type.stdout.trim()} at ${refForMessages}, not a file`, { file: path });
  const blob = await git(repoRoot, ["cat-file", "blob", spec]);
  if (!blob.ok) throw new UserError(`cannot read ${path} at ${refForMessages}: ${blob.stderr.trim()}`, { file: path });
  return blob.stdout;
}
async function repoTopLevel(cwd) {
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!r.ok) throw new UserError(`${cwd} is not inside a git repository`, void 0, "run shadowgate from a checkout (actions/checkout) of the repository");
  return r.stdout.trim();
}

// src/manifest/load.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/defaults.ts
var MANIFEST_DEFAULTS = {
  shadow: {
    sample: { rate: 1, seed: "shadowgate" },
    concurrency: 8,
    timeoutMs: 6e4,
    deadlineSeconds: 1200,
    retries: { max: 3, baseDelayMs: 500, maxDelayMs: 2e4 },
    answerBudgetMiB: 256,
    minSamples: 50,
    alpha: 0.05,
    confidence: 0.95,
    noiseFloor: false
  },
  auth: { header: "Authorization", authorizationScheme: "Bearer" },
  http: { method: "POST" },
  kserve: { outputIndex: 0 },
  context: { history: { maxTurns: 10 }, documents: { maxChars: 8e3, header: "Context documents:" } },
  output: { rtol: 1e-6, atol: 0 }
};
function withAuthDefaults(auth) {
  const header = auth.header ?? MANIFEST_DEFAULTS.auth.header;
  const scheme = auth.scheme ?? (header.toLowerCase() === "authorization" ? MANIFEST_DEFAULTS.auth.authorizationScheme : "");
  return { ...auth, header, scheme };
}
function applyDefaults(manifest) {
  const d = MANIFEST_DEFAULTS;
  const { model, shadow, output, context } = manifest;
  return {
    ...manifest,
    model: {
      ...model,
      ...model.auth ? { auth: withAuthDefaults(model.auth) } : {},
      ...model.http ? { http: { ...model.http, method: model.http.method ?? d.http.method } } : {},
      ...model.kserve ? { kserve: { ...model.kserve, output: { ...model.kserve.output, index: model.kserve.output.index ?? d.kserve.outputIndex } } } : {}
    },
    ...context ? {
      context: {
        ...context.history ? { history: { ...context.history, maxTurns: context.history.maxTurns ?? d.context.history.maxTurns } } : {},
        ...context.documents ? {
          documents: {
            ...context.documents,
            maxChars: context.documents.maxChars ?? d.context.documents.maxChars,
            header: context.documents.header ?? d.context.documents.header
          }
        } : {}
      }
    } : {},
    output: output.kind === "numeric" ? { ...output, rtol: output.rtol ?? d.output.rtol, atol: output.atol ?? d.output.atol } : { ...output },
    shadow: {
      ...shadow,
      sample: { ...d.shadow.sample, ...shadow.sample },
      concurrency: shadow.concurrency ?? d.shadow.concurrency,
      timeoutMs: shadow.timeoutMs ?? d.shadow.timeoutMs,
      deadlineSeconds: shadow.deadlineSeconds ?? d.shadow.deadlineSeconds,
      retries: { ...d.shadow.retries, ...shadow.retries },
      answerBudgetMiB: shadow.answerBudgetMiB ?? d.shadow.answerBudgetMiB,
      minSamples: shadow.minSamples ?? d.shadow.minSamples,
      alpha: shadow.alpha ?? d.shadow.alpha,
      confidence: shadow.confidence ?? d.shadow.confidence,
      noiseFloor: shadow.noiseFloor ?? d.shadow.noiseFloor,
      ...shadow.embeddings?.auth ? { embeddings: { ...shadow.embeddings, auth: withAuthDefaults(shadow.embeddings.auth) } } : {},
      // Gates stay absent when not given: the judge then applies its per-kind defaults, and given gates
      // override those defaults metric by metric.
      ...shadow.gates ? { gates: shadow.gates } : {}
    }
  };
}

// src/manifest/manifest-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://shadowgate.dev/schema/manifest-v1.json", "title": "shadowgate.yaml", "description": "What shadowgate replays and how it judges a change. Put `# yaml-language-server: $schema=<path or URL of this file>` on the first line for editor completion. Paths are relative to the folder holding the manifest. Credentials are never written here: name the environment variable that holds them (`auth.env`).", "type": "object", "additionalProperties": false, "required": ["version", "service", "model", "output", "shadow"], "properties": { "version": { "description": "Manifest format version.", "const": 1, "errorMessage": "must be 1 (the only manifest version)", "examples": [1] }, "service": { "description": "Name of the service this model or prompt serves; used in reports and as the deployment name.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "patternErrorMessage": "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit", "examples": ["support-bot", "price-model"] }, "model": { "$ref": "#/$defs/model" }, "prompt": { "$ref": "#/$defs/prompt" }, "tools": { "$ref": "#/$defs/tools" }, "context": { "$ref": "#/$defs/context" }, "versioning": { "$ref": "#/$defs/versioning" }, "output": { "$ref": "#/$defs/output" }, "shadow": { "$ref": "#/$defs/shadow" }, "deploy": { "$comment": "Mirrors deploySchema in src/kube/config.ts (test/manifest/deploy-schema.test.ts keeps them in step).", "description": "Blue-green deployment on Kubernetes: used by promote, rollback, status and lint.", "type": "object", "additionalProperties": false, "required": ["service", "slots"], "properties": { "namespace": { "description": "Namespace of the live Service, its slot Deployments and the Lease.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "default": "default" }, "service": { "description": "The live Service whose selector is flipped between the slots.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "slotKey": { "description": "Selector key that is flipped; every other selector key is left untouched.", "type": "string", "minLength": 1, "default": "shadowgate.dev/slot" }, "slots": { "description": "The two slots of the blue-green pair.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "$ref": "#/$defs/deploySlot" }, "green": { "$ref": "#/$defs/deploySlot" } } }, "lease": { "description": "The coordination.k8s.io Lease that keeps two runs from promoting at once.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Lease name (default: shadowgate-<service>).", "type": "string", "minLength": 1 }, "durationSeconds": { "description": "A lease not renewed for this long is expired and may be taken over.", "type": "integer", "minimum": 5, "default": 900 } } }, "warmup": { "description": "Warm-up of the target slot before the flip: recorded requests until p95 latency settles.", "type": "object", "additionalProperties": false, "properties": { "windowSize": { "description": "Requests per window; the p95 of consecutive windows is compared.", "type": "integer", "minimum": 2, "default": 20 }, "marginPercent": { "description": "Settled when the last window p95 is within this percentage of the previous one.", "type": "number", "exclusiveMinimum": 0, "default": 10 }, "maxRequests": { "description": "Give up (the promotion stops) after this many requests without settling.", "type": "integer", "minimum": 0, "default": 400 }, "maxSeconds": { "description": "Give up after this many seconds without settling.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "concurrency": { "description": "Warm-up requests in flight.", "type": "integer", "minimum": 1, "default": 4 } } }, "watch": { "description": "Watch window after the flip: active probes with the shadow judge; a breach flips back.", "type": "object", "additionalProperties": false, "properties": { "seconds": { "description": "How long to probe after the flip.", "type": "number", "minimum": 0, "default": 60 }, "intervalSeconds": { "description": "Pause between probes.", "type": "number", "exclusiveMinimum": 0, "default": 5 }, "maxFailures": { "description": "Failed probes that trigger the automatic flip back.", "type": "integer", "minimum": 1, "default": 1 } } }, "historyLimit": { "description": "Promotion records kept in the Service annotation (oldest dropped first).", "type": "integer", "minimum": 1, "maximum": 50, "default": 10 }, "lint": { "description": "LLM-safe serving checks for the slot Deployments.", "type": "object", "additionalProperties": false, "properties": { "minGracePeriodSeconds": { "description": "Minimum terminationGracePeriodSeconds (LLM responses stream for minutes).", "type": "integer", "minimum": 0, "default": 300 }, "minPreStopSeconds": { "description": "Minimum preStop sleep, so endpoints deregister before SIGTERM.", "type": "integer", "minimum": 0, "default": 5 }, "requireStartupProbe": { "description": "Require a startupProbe (slow model loads would trip the liveness probe).", "type": "boolean", "default": true } } }, "canary": { "$ref": "#/$defs/deployCanary" } } } }, "$defs": { "path": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" }, "envName": { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] }, "auth": { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } }, "model": { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "stream": { "description": "openai only: call with `stream: true` (server-sent events), as users are served. The answer is reassembled (text, tool-call deltas joined by index) and compared as usual; time to first token and inter-token latency become gated metrics (`latency.ttft_ms`, `latency.inter_token_ms`); a stream that breaks off mid-answer fails as `stream-broken`.", "type": "boolean", "default": false }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }, { "if": { "properties": { "stream": { "const": true } }, "required": ["stream"] }, "then": { "properties": { "protocol": { "const": "openai", "errorMessage": "must be openai when model.stream is true (streamed replay speaks the OpenAI-compatible protocol)" } } } }] }, "kserveInput": { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } }, "prompt": { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } }, "tools": { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } }, "context": { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } }, "output": { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] }, "retries": { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "How much worse than the baseline is still acceptable: the gate tests for harm beyond it (rates: points as a fraction, 0.01 = 1 point; continuous: a share, 0.05 = \xD71.05; agreement: a score).", "type": "number", "minimum": 0 }, "threshold": { "description": "The regression the gate is powered to find (rates: a drop as a fraction; continuous: a ratio, 1.2 = +20 %); for agreement, the reference level without the noise floor.", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } }, "shadow": { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline` and the report is marked partial. The default (20 minutes) leaves the workflow template's 30-minute job time for checkout, set-up, metrics and the comment; retries that could not start before it are not waited for.", "type": "integer", "minimum": 1, "default": 1200 }, "retries": { "$ref": "#/$defs/retries" }, "answerBudgetMiB": { "description": "Bytes of answers held at once, all requests in flight together, in MiB: an answer is held from its first byte until its pair is scored, and one that does not fit in what the others leave fails as `too-large`. Bounds the run's memory whatever the concurrency: peak RSS stays near this plus the process itself and a few copies of the answer being parsed.", "type": "integer", "minimum": 1, "maximum": 16384, "default": 256 }, "minSamples": { "description": "Fewer pairs with both answers than this gives an inconclusive verdict, or an error when most pairs lost an answer.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] }, "llm": { "$ref": "#/$defs/llm" } } }, "deploySlot": { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } }, "versioning": { "description": "Content ids and what a change must keep compatible: used by lock, check and the PR evaluation.", "type": "object", "additionalProperties": false, "properties": { "toolCompatibility": { "description": "Required compatibility of each tool-schema change between the base and the head: FULL (old and new calls pass both schemas: both versions serve side by side during a rollout), BACKWARD (the new schema accepts old calls), FORWARD (the old schema accepts new calls) or NONE. Read from the base branch's manifest: a pull request may raise it, and a level it lowers applies once merged.", "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"], "default": "FULL" }, "tools": { "description": "Required compatibility per tool name, overriding toolCompatibility.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] } }, "pins": { "description": "Regular expressions of model ids accepted as pinned, per protocol (openai, kserve-v2, http) or * for any, for names the built-in rules would call floating (your own deployment names, say).", "type": "object", "propertyNames": { "enum": ["openai", "kserve-v2", "http", "*"] }, "additionalProperties": { "type": "array", "items": { "type": "string", "format": "regex", "minLength": 1 } } } } }, "llm": { "description": "LLM-specific metrics: refusals, task checks, cost, splits by prompt length and segment, and a pairwise judge model.", "type": "object", "additionalProperties": false, "properties": { "refusals": { "description": "Refusal detection (the provider's refusal field, a content_filter finish, or answer text matching a pattern).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Off to leave llm.refusal_rate out." }, "patterns": { "description": "Case-insensitive regular expressions (JavaScript syntax) that replace the built-in English refusal openings.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "tasks": { "description": "Checks downstream code relies on; task.success passes an answer when every check passes.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/taskCheck" } }, "prices": { "description": "Prices per model id (USD per million tokens), for cost.per_1k_requests and the judge's cost cap.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "description": "USD per million prompt tokens.", "type": "number", "minimum": 0 }, "output": { "description": "USD per million completion tokens.", "type": "number", "minimum": 0 }, "cachedInput": { "description": "USD per million prompt tokens served from the provider's cache; defaults to input.", "type": "number", "minimum": 0 } } } }, "split": { "description": "Every metric again per prompt-token bucket and per segment.", "type": "object", "additionalProperties": false, "properties": { "promptTokens": { "description": "Upper bucket edges in prompt tokens, ascending.", "type": "array", "items": { "type": "integer", "minimum": 1 }, "default": [8e3, 32e3, 128e3] }, "segmentField": { "description": "Dot path of the record field naming the request's segment; records carrying a `segment` field are split by it when no other field is named.", "type": "string", "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$", "patternErrorMessage": "must be a dot path such as meta.tenant" }, "minPairs": { "description": "A group is judged and shown from this many pairs on.", "type": "integer", "minimum": 1, "default": 30 } } }, "judge": { "$ref": "#/$defs/judgeModel" }, "moderation": { "description": "An OpenAI-compatible moderation endpoint (POST /moderations); its flag rate is llm.moderation_flag_rate.", "type": "object", "additionalProperties": false, "required": ["endpoint"], "properties": { "endpoint": { "description": "Base URL of the moderation API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Moderation model id, e.g. omni-moderation-latest; omitted from the request when not set.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "concurrency": { "description": "Moderation calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 3e4 } } } } }, "taskCheck": { "type": "object", "additionalProperties": false, "required": ["id"], "anyOf": [{ "required": ["assert"] }, { "required": ["schema"] }, { "required": ["regex"] }, { "required": ["command"] }], "errorMessage": "needs at least one of assert, schema, regex, command", "properties": { "id": { "description": "Names the check in reasons and the report.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+$", "patternErrorMessage": "must be a short id (letters, digits, _ . -)" }, "assert": { "description": "JSON Pointer assertions on the answer parsed as JSON.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["pointer"], "properties": { "pointer": { "description": "JSON Pointer into the parsed answer ('' is the whole answer).", "type": "string", "pattern": "^(/.*)?$", "patternErrorMessage": "must be a JSON Pointer such as /answer/0" }, "equals": { "description": "Deep-equal to this value." }, "exists": { "description": "The pointer resolves (true) or does not (false).", "type": "boolean" }, "matches": { "description": "Regular expression the string value must match.", "type": "string" }, "type": { "description": "The JSON type of the value.", "enum": ["string", "number", "integer", "boolean", "object", "array", "null"] } } } }, "schema": { "description": "Inline JSON Schema the parsed answer must satisfy.", "type": "object" }, "regex": { "description": "Regular expression the answer text must match.", "type": "string", "minLength": 1 }, "command": { "description": "argv of a command that reads the answer on stdin and exits 0 when it is usable; run in the repository root.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "timeoutMs": { "description": "Milliseconds before the command is killed and the check fails.", "type": "integer", "minimum": 1, "default": 1e4 } } }, "judgeModel": { "description": "An OpenAI-compatible judge model comparing each pair's answers against rubrics.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model", "rubrics"], "properties": { "endpoint": { "description": "Base URL of the judge's API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Judge model id; part of the cache key.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "rubrics": { "description": "What the judge compares; each rubric is a metric judge.<id>.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Short id: the metric is judge.<id>, and the cache is keyed on it.", "type": "string", "pattern": "^[a-z0-9_-]+$", "patternErrorMessage": "must be lower-case letters, digits, _ or -" }, "text": { "description": 'The property the judge looks for, e.g. "more flattering towards the user".', "type": "string", "minLength": 1 }, "badDirection": { "description": "Which way is bad: the candidate showing the property more (increase) or less (decrease).", "enum": ["increase", "decrease", "either"], "default": "increase" } } } }, "order": { "enum": ["both", "random"], "default": "both", "description": "both: each pair in both orders; random: one order drawn from the record id." }, "sample": { "description": "Which pairs are judged.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Share of pairs judged, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "max": { "description": "Upper bound on judged pairs.", "type": "integer", "minimum": 1, "default": 200 }, "seed": { "description": "Sampling seed of the judged pairs.", "type": "string" } } }, "concurrency": { "description": "Judge calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "maxCostUsd": { "description": "Stop starting judge calls once they cost this much (needs a price for the judge model).", "type": "number", "exclusiveMinimum": 0 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "cacheDir": { "description": "Folder of cached verdicts, relative to the repository root.", "type": "string", "minLength": 1, "default": ".shadowgate/judge-cache" } } }, "deployCanaryMetric": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } }, "deployCanary": { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "services", "provider"], "properties": { "router": { "description": "The route whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService.", "enum": ["gateway-api", "istio"] }, "name": { "description": "Name of the HTTPRoute or VirtualService, in deploy.namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1, "maximum": 99 }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } } } };
var schema41 = { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } };
var schema42 = { "description": "Content ids and what a change must keep compatible: used by lock, check and the PR evaluation.", "type": "object", "additionalProperties": false, "properties": { "toolCompatibility": { "description": "Required compatibility of each tool-schema change between the base and the head: FULL (old and new calls pass both schemas: both versions serve side by side during a rollout), BACKWARD (the new schema accepts old calls), FORWARD (the old schema accepts new calls) or NONE. Read from the base branch's manifest: a pull request may raise it, and a level it lowers applies once merged.", "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"], "default": "FULL" }, "tools": { "description": "Required compatibility per tool name, overriding toolCompatibility.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] } }, "pins": { "description": "Regular expressions of model ids accepted as pinned, per protocol (openai, kserve-v2, http) or * for any, for names the built-in rules would call floating (your own deployment names, say).", "type": "object", "propertyNames": { "enum": ["openai", "kserve-v2", "http", "*"] }, "additionalProperties": { "type": "array", "items": { "type": "string", "format": "regex", "minLength": 1 } } } } };
var schema52 = { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } };
var func1 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
var pattern25 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema32 = { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "stream": { "description": "openai only: call with `stream: true` (server-sent events), as users are served. The answer is reassembled (text, tool-call deltas joined by index) and compared as usual; time to first token and inter-token latency become gated metrics (`latency.ttft_ms`, `latency.inter_token_ms`); a stream that breaks off mid-answer fails as `stream-broken`.", "type": "boolean", "default": false }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }, { "if": { "properties": { "stream": { "const": true } }, "required": ["stream"] }, "then": { "properties": { "protocol": { "const": "openai", "errorMessage": "must be openai when model.stream is true (streamed replay speaks the OpenAI-compatible protocol)" } } } }] };
var schema35 = { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } };
var pattern5 = new RegExp("^https?://[^\\s/?#]+", "u");
var pattern8 = new RegExp("^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$", "u");
var pattern9 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
var schema33 = { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } };
var schema34 = { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] };
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.env === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "env" || key0 === "header" || key0 === "scheme")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data0 = data.env;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data1 = data.header;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err4 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema33.properties.header, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.header.type, parentSchema: schema33.properties.header, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data2 = data.scheme;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scheme.type, parentSchema: schema33.properties.scheme, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.protocol === void 0 && (missing0 = "protocol")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("kserve-v2" !== data.protocol) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kserve === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "kserve" }, message: "must have required property 'kserve'", schema: schema32.allOf[0].then.required, parentSchema: schema32.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[0].if, parentSchema: schema32.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.protocol === void 0 && (missing1 = "protocol")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("http" !== data.protocol) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.http === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'", schema: schema32.allOf[1].then.required, parentSchema: schema32.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[1].if, parentSchema: schema32.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.stream === void 0 && (missing2 = "stream")) {
      const err8 = {};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    } else {
      if (data.stream !== void 0) {
        if (true !== data.stream) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.protocol !== void 0) {
        let data3 = data.protocol;
        if ("openai" !== data3) {
          const err10 = { instancePath: instancePath + "/protocol", schemaPath: "#/allOf/2/then/properties/protocol/const", keyword: "const", params: { allowedValue: "openai" }, message: "must be equal to constant", schema: "openai", parentSchema: schema32.allOf[2].then.properties.protocol, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
    if (valid5) {
      var props0 = {};
      props0.protocol = true;
      props0.stream = true;
    }
  }
  if (!valid5) {
    const err11 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[2].if, parentSchema: schema32.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.protocol = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.protocol === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.endpoint === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data4 = data.protocol;
      if (!(data4 === "openai" || data4 === "kserve-v2" || data4 === "http")) {
        const err16 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema32.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.protocol.enum, parentSchema: schema32.properties.protocol, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data5 = data.endpoint;
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err17 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema32.properties.endpoint, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.endpoint.type, parentSchema: schema32.properties.endpoint, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data6 = data.id;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err19 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.id, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data7 = data.version;
      if (typeof data7 !== "string") {
        const err21 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.version.type, parentSchema: schema32.properties.version, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      if (!validate22(data.auth, { instancePath: instancePath + "/auth", parentData: data, parentDataProperty: "auth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.params !== void 0) {
      let data9 = data.params;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          const _errs28 = errors;
          const _errs29 = errors;
          const _errs30 = errors;
          if (!(key1 === "model" || key1 === "messages" || key1 === "tools" || key1 === "tool_choice" || key1 === "parallel_tool_calls" || key1 === "response_format" || key1 === "stream" || key1 === "inputs" || key1 === "id")) {
            const err22 = {};
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var valid10 = _errs30 === errors;
          if (valid10) {
            const err23 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.params.propertyNames.not, parentSchema: schema32.properties.params.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs29;
            if (vErrors !== null) {
              if (_errs29) {
                vErrors.length = _errs29;
              } else {
                vErrors = null;
              }
            }
          }
          var valid9 = _errs28 === errors;
          if (!valid9) {
            const err24 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema32.properties.params.propertyNames, parentSchema: schema32.properties.params, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.params.type, parentSchema: schema32.properties.params, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data10 = data.headers;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          const _errs33 = errors;
          const _errs34 = errors;
          const _errs35 = errors;
          if (typeof key2 === "string") {
            if (!pattern8.test(key2)) {
              const err26 = {};
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          var valid12 = _errs35 === errors;
          if (valid12) {
            const err27 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.headers.propertyNames.not, parentSchema: schema32.properties.headers.propertyNames, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
          var valid11 = _errs33 === errors;
          if (!valid11) {
            const err28 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema32.properties.headers.propertyNames, parentSchema: schema32.properties.headers, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key3 in data10) {
          let data11 = data10[key3];
          if (typeof data11 !== "string") {
            const err29 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.headers.additionalProperties.type, parentSchema: schema32.properties.headers.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.headers.type, parentSchema: schema32.properties.headers, data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.stream !== void 0) {
      let data12 = data.stream;
      if (typeof data12 !== "boolean") {
        const err31 = { instancePath: instancePath + "/stream", schemaPath: "#/properties/stream/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.stream.type, parentSchema: schema32.properties.stream, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.kserve !== void 0) {
      let data13 = data.kserve;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.inputs === void 0) {
          const err32 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data13 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data13.output === void 0) {
          const err33 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key4 in data13) {
          if (!(key4 === "inputs" || key4 === "output")) {
            const err34 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.inputs !== void 0) {
          let data14 = data13.inputs;
          if (Array.isArray(data14)) {
            if (data14.length < 1) {
              const err35 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.kserve.properties.inputs, data: data14 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.name === void 0) {
                  const err36 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data15.datatype === void 0) {
                  const err37 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "datatype" }, message: "must have required property 'datatype'", schema: schema35.required, parentSchema: schema35, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data15.from === void 0) {
                  const err38 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.required, parentSchema: schema35, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key5 in data15) {
                  if (!(key5 === "name" || key5 === "datatype" || key5 === "shape" || key5 === "from")) {
                    const err39 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data15.name !== void 0) {
                  let data16 = data15.name;
                  if (typeof data16 === "string") {
                    if (func3(data16) < 1) {
                      const err40 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data15.datatype !== void 0) {
                  let data17 = data15.datatype;
                  if (!(data17 === "BOOL" || data17 === "UINT8" || data17 === "UINT16" || data17 === "UINT32" || data17 === "UINT64" || data17 === "INT8" || data17 === "INT16" || data17 === "INT32" || data17 === "INT64" || data17 === "FP16" || data17 === "FP32" || data17 === "FP64" || data17 === "BYTES")) {
                    const err42 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/datatype", schemaPath: "#/$defs/kserveInput/properties/datatype/enum", keyword: "enum", params: { allowedValues: schema35.properties.datatype.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.datatype.enum, parentSchema: schema35.properties.datatype, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data15.shape !== void 0) {
                  let data18 = data15.shape;
                  if (Array.isArray(data18)) {
                    const len1 = data18.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data19 = data18[i1];
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                        const err43 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.shape.items.type, parentSchema: schema35.properties.shape.items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 < -1 || isNaN(data19)) {
                          const err44 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema35.properties.shape.items, data: data19 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape", schemaPath: "#/$defs/kserveInput/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.shape.type, parentSchema: schema35.properties.shape, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data15.from !== void 0) {
                  let data20 = data15.from;
                  if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                      const err46 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.from, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data15 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.kserve.properties.inputs.type, parentSchema: schema32.properties.kserve.properties.inputs, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data13.output !== void 0) {
          let data21 = data13.output;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.name === void 0) {
              const err50 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.properties.kserve.properties.output.required, parentSchema: schema32.properties.kserve.properties.output, data: data21 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key6 in data21) {
              if (!(key6 === "name" || key6 === "index")) {
                const err51 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve.properties.output, data: data21 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data21.name !== void 0) {
              let data22 = data21.name;
              if (typeof data22 === "string") {
                if (func3(data22) < 1) {
                  const err52 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.kserve.properties.output.properties.name.type, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data22 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.index !== void 0) {
              let data23 = data21.index;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err54 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.kserve.properties.output.properties.index.type, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data23 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err55 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.properties.output.type, parentSchema: schema32.properties.kserve.properties.output, data: data21 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.type, parentSchema: schema32.properties.kserve, data: data13 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data24 = data.http;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.body === void 0) {
          const err58 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data24 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data24.output === void 0) {
          const err59 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data24 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key7 in data24) {
          if (!(key7 === "method" || key7 === "body" || key7 === "output")) {
            const err60 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.http, data: data24 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data24.method !== void 0) {
          let data25 = data24.method;
          if (!(data25 === "POST" || data25 === "PUT")) {
            const err61 = { instancePath: instancePath + "/http/method", schemaPath: "#/properties/http/properties/method/enum", keyword: "enum", params: { allowedValues: schema32.properties.http.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.http.properties.method.enum, parentSchema: schema32.properties.http.properties.method, data: data25 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data24.output !== void 0) {
          let data26 = data24.output;
          if (typeof data26 === "string") {
            if (!pattern9.test(data26)) {
              const err62 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema32.properties.http.properties.output, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.http.properties.output.type, parentSchema: schema32.properties.http.properties.output, data: data26 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.http.type, parentSchema: schema32.properties.http, data: data24 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } };
var schema37 = { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" };
var pattern10 = new RegExp("^(?!/)(?![A-Za-z]:[\\\\/])", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "system" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data0 = data.system;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data1 = data.user;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern10.test(data1)) {
          const err6 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } };
var func0 = require_equal().default;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemas === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemas" }, message: "must have required property 'schemas'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schemas" || key0 === "choice" || key0 === "parallel")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.schemas !== void 0) {
      let data0 = data.schemas;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.schemas, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err3 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err4 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err6 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.properties.schemas, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.schemas.type, parentSchema: schema39.properties.schemas, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.choice !== void 0) {
      let data2 = data.choice;
      const _errs8 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (!(data2 === "auto" || data2 === "required" || data2 === "none")) {
        const err8 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema39.properties.choice.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.choice.oneOf[0].enum, parentSchema: schema39.properties.choice.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.choice.oneOf[1].required, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err10 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err11 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.choice.oneOf[1].properties.name.type, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.choice.oneOf[1].type, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err14 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.properties.choice.oneOf, parentSchema: schema39.properties.choice, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.parallel !== void 0) {
      let data4 = data.parallel;
      if (typeof data4 !== "boolean") {
        const err15 = { instancePath: instancePath + "/parallel", schemaPath: "#/properties/parallel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.parallel.type, parentSchema: schema39.properties.parallel, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs5 = errors;
        const _errs6 = errors;
        if ("json" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid3 = _errs6 === errors;
        if (valid3) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.schema !== void 0) {
        const err3 = { instancePath: instancePath + "/schema", schemaPath: "#/allOf/0/then/properties/schema/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema43.allOf[0].then.properties.schema.not, parentSchema: schema43.allOf[0].then.properties.schema, data: data.schema };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.schema = true;
      props0.kind = true;
    }
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema43.allOf[0].if, parentSchema: schema43.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.kind === void 0 && (missing1 = "kind")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs14 = errors;
        const _errs15 = errors;
        if ("label" !== data.kind) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid7 = _errs15 === errors;
        if (valid7) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid1 = _errs12 === errors;
  errors = _errs11;
  if (vErrors !== null) {
    if (_errs11) {
      vErrors.length = _errs11;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.labels !== void 0) {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/allOf/1/then/properties/labels/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema43.allOf[1].then.properties.labels.not, parentSchema: schema43.allOf[1].then.properties.labels, data: data.labels };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs16 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = {};
      props1.labels = true;
      props1.kind = true;
    }
  }
  if (!valid5) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema43.allOf[1].if, parentSchema: schema43.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs20 = errors;
  let valid9 = true;
  const _errs21 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.kind === void 0 && (missing2 = "kind")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs23 = errors;
        const _errs24 = errors;
        if (!(data.kind === "numeric")) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var valid11 = _errs24 === errors;
        if (valid11) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        } else {
          errors = _errs23;
          if (vErrors !== null) {
            if (_errs23) {
              vErrors.length = _errs23;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid2 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs25 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rtol !== void 0) {
        const err13 = { instancePath: instancePath + "/rtol", schemaPath: "#/allOf/2/then/properties/rtol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema43.allOf[2].then.properties.rtol.not, parentSchema: schema43.allOf[2].then.properties.rtol, data: data.rtol };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.atol !== void 0) {
        const err14 = { instancePath: instancePath + "/atol", schemaPath: "#/allOf/2/then/properties/atol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema43.allOf[2].then.properties.atol.not, parentSchema: schema43.allOf[2].then.properties.atol, data: data.atol };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    var _valid2 = _errs25 === errors;
    valid9 = _valid2;
    if (valid9) {
      var props2 = {};
      props2.rtol = true;
      props2.atol = true;
      props2.kind = true;
    }
  }
  if (!valid9) {
    const err15 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema43.allOf[2].if, parentSchema: schema43.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs31 = errors;
  let valid13 = true;
  const _errs32 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.kind === void 0 && (missing3 = "kind")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        let data7 = data.kind;
        if (!(data7 === "text" || data7 === "tool-calls")) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs32 === errors;
  errors = _errs31;
  if (vErrors !== null) {
    if (_errs31) {
      vErrors.length = _errs31;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs34 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pointer !== void 0) {
        const err18 = { instancePath: instancePath + "/pointer", schemaPath: "#/allOf/3/then/properties/pointer/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema43.allOf[3].then.properties.pointer.not, parentSchema: schema43.allOf[3].then.properties.pointer, data: data.pointer };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    var _valid3 = _errs34 === errors;
    valid13 = _valid3;
    if (valid13) {
      var props3 = {};
      props3.pointer = true;
      props3.kind = true;
    }
  }
  if (!valid13) {
    const err19 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema43.allOf[3].if, parentSchema: schema43.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "schema" || key0 === "pointer" || key0 === "labels" || key0 === "rtol" || key0 === "atol")) {
        const err21 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "text" || data9 === "json" || data9 === "tool-calls" || data9 === "label" || data9 === "numeric")) {
        const err22 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema43.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.kind.enum, parentSchema: schema43.properties.kind, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data10 = data.schema;
      if (typeof data10 === "string") {
        if (func3(data10) < 1) {
          const err23 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern10.test(data10)) {
          const err24 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.pointer !== void 0) {
      let data11 = data.pointer;
      if (typeof data11 === "string") {
        if (!pattern9.test(data11)) {
          const err26 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema43.properties.pointer, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.pointer.type, parentSchema: schema43.properties.pointer, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data12 = data.labels;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema43.properties.labels, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.labels.items.type, parentSchema: schema43.properties.labels.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i1 = data12.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data12[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema43.properties.labels, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.labels.type, parentSchema: schema43.properties.labels, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.rtol !== void 0) {
      let data14 = data.rtol;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err32 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.rtol, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.rtol.type, parentSchema: schema43.properties.rtol, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.atol !== void 0) {
      let data15 = data.atol;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 0 || isNaN(data15)) {
          const err34 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.atol, data: data15 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.atol.type, parentSchema: schema43.properties.atol, data: data15 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline` and the report is marked partial. The default (20 minutes) leaves the workflow template's 30-minute job time for checkout, set-up, metrics and the comment; retries that could not start before it are not waited for.", "type": "integer", "minimum": 1, "default": 1200 }, "retries": { "$ref": "#/$defs/retries" }, "answerBudgetMiB": { "description": "Bytes of answers held at once, all requests in flight together, in MiB: an answer is held from its first byte until its pair is scored, and one that does not fit in what the others leave fails as `too-large`. Bounds the run's memory whatever the concurrency: peak RSS stays near this plus the process itself and a few copies of the answer being parsed.", "type": "integer", "minimum": 1, "maximum": 16384, "default": 256 }, "minSamples": { "description": "Fewer pairs with both answers than this gives an inconclusive verdict, or an error when most pairs lost an answer.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] }, "llm": { "$ref": "#/$defs/llm" } } };
var schema47 = { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } };
var schema48 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "How much worse than the baseline is still acceptable: the gate tests for harm beyond it (rates: points as a fraction, 0.01 = 1 point; continuous: a share, 0.05 = \xD71.05; agreement: a score).", "type": "number", "minimum": 0 }, "threshold": { "description": "The regression the gate is powered to find (rates: a drop as a fraction; continuous: a ratio, 1.2 = +20 %); for agreement, the reference level without the noise floor.", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } };
var pattern18 = new RegExp("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "u");
var schema49 = { "description": "LLM-specific metrics: refusals, task checks, cost, splits by prompt length and segment, and a pairwise judge model.", "type": "object", "additionalProperties": false, "properties": { "refusals": { "description": "Refusal detection (the provider's refusal field, a content_filter finish, or answer text matching a pattern).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Off to leave llm.refusal_rate out." }, "patterns": { "description": "Case-insensitive regular expressions (JavaScript syntax) that replace the built-in English refusal openings.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "tasks": { "description": "Checks downstream code relies on; task.success passes an answer when every check passes.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/taskCheck" } }, "prices": { "description": "Prices per model id (USD per million tokens), for cost.per_1k_requests and the judge's cost cap.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "description": "USD per million prompt tokens.", "type": "number", "minimum": 0 }, "output": { "description": "USD per million completion tokens.", "type": "number", "minimum": 0 }, "cachedInput": { "description": "USD per million prompt tokens served from the provider's cache; defaults to input.", "type": "number", "minimum": 0 } } } }, "split": { "description": "Every metric again per prompt-token bucket and per segment.", "type": "object", "additionalProperties": false, "properties": { "promptTokens": { "description": "Upper bucket edges in prompt tokens, ascending.", "type": "array", "items": { "type": "integer", "minimum": 1 }, "default": [8e3, 32e3, 128e3] }, "segmentField": { "description": "Dot path of the record field naming the request's segment; records carrying a `segment` field are split by it when no other field is named.", "type": "string", "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$", "patternErrorMessage": "must be a dot path such as meta.tenant" }, "minPairs": { "description": "A group is judged and shown from this many pairs on.", "type": "integer", "minimum": 1, "default": 30 } } }, "judge": { "$ref": "#/$defs/judgeModel" }, "moderation": { "description": "An OpenAI-compatible moderation endpoint (POST /moderations); its flag rate is llm.moderation_flag_rate.", "type": "object", "additionalProperties": false, "required": ["endpoint"], "properties": { "endpoint": { "description": "Base URL of the moderation API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Moderation model id, e.g. omni-moderation-latest; omitted from the request when not set.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "concurrency": { "description": "Moderation calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 3e4 } } } } };
var schema50 = { "type": "object", "additionalProperties": false, "required": ["id"], "anyOf": [{ "required": ["assert"] }, { "required": ["schema"] }, { "required": ["regex"] }, { "required": ["command"] }], "errorMessage": "needs at least one of assert, schema, regex, command", "properties": { "id": { "description": "Names the check in reasons and the report.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+$", "patternErrorMessage": "must be a short id (letters, digits, _ . -)" }, "assert": { "description": "JSON Pointer assertions on the answer parsed as JSON.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["pointer"], "properties": { "pointer": { "description": "JSON Pointer into the parsed answer ('' is the whole answer).", "type": "string", "pattern": "^(/.*)?$", "patternErrorMessage": "must be a JSON Pointer such as /answer/0" }, "equals": { "description": "Deep-equal to this value." }, "exists": { "description": "The pointer resolves (true) or does not (false).", "type": "boolean" }, "matches": { "description": "Regular expression the string value must match.", "type": "string" }, "type": { "description": "The JSON type of the value.", "enum": ["string", "number", "integer", "boolean", "object", "array", "null"] } } } }, "schema": { "description": "Inline JSON Schema the parsed answer must satisfy.", "type": "object" }, "regex": { "description": "Regular expression the answer text must match.", "type": "string", "minLength": 1 }, "command": { "description": "argv of a command that reads the answer on stdin and exits 0 when it is usable; run in the repository root.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "timeoutMs": { "description": "Milliseconds before the command is killed and the check fails.", "type": "integer", "minimum": 1, "default": 1e4 } } };
var pattern19 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
var pattern20 = new RegExp("^(/.*)?$", "u");
var pattern21 = new RegExp("^[^.\\s]+(\\.[^.\\s]+)*$", "u");
var schema51 = { "description": "An OpenAI-compatible judge model comparing each pair's answers against rubrics.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model", "rubrics"], "properties": { "endpoint": { "description": "Base URL of the judge's API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Judge model id; part of the cache key.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "rubrics": { "description": "What the judge compares; each rubric is a metric judge.<id>.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Short id: the metric is judge.<id>, and the cache is keyed on it.", "type": "string", "pattern": "^[a-z0-9_-]+$", "patternErrorMessage": "must be lower-case letters, digits, _ or -" }, "text": { "description": 'The property the judge looks for, e.g. "more flattering towards the user".', "type": "string", "minLength": 1 }, "badDirection": { "description": "Which way is bad: the candidate showing the property more (increase) or less (decrease).", "enum": ["increase", "decrease", "either"], "default": "increase" } } } }, "order": { "enum": ["both", "random"], "default": "both", "description": "both: each pair in both orders; random: one order drawn from the record id." }, "sample": { "description": "Which pairs are judged.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Share of pairs judged, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "max": { "description": "Upper bound on judged pairs.", "type": "integer", "minimum": 1, "default": 200 }, "seed": { "description": "Sampling seed of the judged pairs.", "type": "string" } } }, "concurrency": { "description": "Judge calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "maxCostUsd": { "description": "Stop starting judge calls once they cost this much (needs a price for the judge model).", "type": "number", "exclusiveMinimum": 0 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "cacheDir": { "description": "Folder of cached verdicts, relative to the repository root.", "type": "string", "minLength": 1, "default": ".shadowgate/judge-cache" } } };
var pattern23 = new RegExp("^[a-z0-9_-]+$", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoint === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rubrics === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rubrics" }, message: "must have required property 'rubrics'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema51.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data0 = data.endpoint;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema51.properties.endpoint, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.endpoint.type, parentSchema: schema51.properties.endpoint, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.model.type, parentSchema: schema51.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      if (!validate22(data.auth, { instancePath: instancePath + "/auth", parentData: data, parentDataProperty: "auth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.rubrics !== void 0) {
      let data3 = data.rubrics;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = { instancePath: instancePath + "/rubrics", schemaPath: "#/properties/rubrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.rubrics, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err9 = { instancePath: instancePath + "/rubrics/" + i0, schemaPath: "#/properties/rubrics/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema51.properties.rubrics.items.required, parentSchema: schema51.properties.rubrics.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.text === void 0) {
              const err10 = { instancePath: instancePath + "/rubrics/" + i0, schemaPath: "#/properties/rubrics/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema51.properties.rubrics.items.required, parentSchema: schema51.properties.rubrics.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "id" || key1 === "text" || key1 === "badDirection")) {
                const err11 = { instancePath: instancePath + "/rubrics/" + i0, schemaPath: "#/properties/rubrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.rubrics.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern23.test(data5)) {
                  const err12 = { instancePath: instancePath + "/rubrics/" + i0 + "/id", schemaPath: "#/properties/rubrics/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]+$" }, message: 'must match pattern "^[a-z0-9_-]+$"', schema: "^[a-z0-9_-]+$", parentSchema: schema51.properties.rubrics.items.properties.id, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/rubrics/" + i0 + "/id", schemaPath: "#/properties/rubrics/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.rubrics.items.properties.id.type, parentSchema: schema51.properties.rubrics.items.properties.id, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.text !== void 0) {
              let data6 = data4.text;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err14 = { instancePath: instancePath + "/rubrics/" + i0 + "/text", schemaPath: "#/properties/rubrics/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.rubrics.items.properties.text, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/rubrics/" + i0 + "/text", schemaPath: "#/properties/rubrics/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.rubrics.items.properties.text.type, parentSchema: schema51.properties.rubrics.items.properties.text, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.badDirection !== void 0) {
              let data7 = data4.badDirection;
              if (!(data7 === "increase" || data7 === "decrease" || data7 === "either")) {
                const err16 = { instancePath: instancePath + "/rubrics/" + i0 + "/badDirection", schemaPath: "#/properties/rubrics/items/properties/badDirection/enum", keyword: "enum", params: { allowedValues: schema51.properties.rubrics.items.properties.badDirection.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.rubrics.items.properties.badDirection.enum, parentSchema: schema51.properties.rubrics.items.properties.badDirection, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/rubrics/" + i0, schemaPath: "#/properties/rubrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.rubrics.items.type, parentSchema: schema51.properties.rubrics.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/rubrics", schemaPath: "#/properties/rubrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.rubrics.type, parentSchema: schema51.properties.rubrics, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.order !== void 0) {
      let data8 = data.order;
      if (!(data8 === "both" || data8 === "random")) {
        const err19 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/enum", keyword: "enum", params: { allowedValues: schema51.properties.order.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.order.enum, parentSchema: schema51.properties.order, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.sample !== void 0) {
      let data9 = data.sample;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "rate" || key2 === "max" || key2 === "seed")) {
            const err20 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.sample, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.rate !== void 0) {
          let data10 = data9.rate;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 1 || isNaN(data10)) {
              const err21 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema51.properties.sample.properties.rate, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data10 <= 0 || isNaN(data10)) {
              const err22 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema51.properties.sample.properties.rate, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.sample.properties.rate.type, parentSchema: schema51.properties.sample.properties.rate, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.max !== void 0) {
          let data11 = data9.max;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err24 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.sample.properties.max.type, parentSchema: schema51.properties.sample.properties.max, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err25 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.sample.properties.max, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data9.seed !== void 0) {
          let data12 = data9.seed;
          if (typeof data12 !== "string") {
            const err26 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.sample.properties.seed.type, parentSchema: schema51.properties.sample.properties.seed, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.sample.type, parentSchema: schema51.properties.sample, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data13 = data.concurrency;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err28 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.concurrency.type, parentSchema: schema51.properties.concurrency, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 64 || isNaN(data13)) {
          const err29 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema51.properties.concurrency, data: data13 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
          const err30 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.concurrency, data: data13 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.maxCostUsd !== void 0) {
      let data14 = data.maxCostUsd;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 <= 0 || isNaN(data14)) {
          const err31 = { instancePath: instancePath + "/maxCostUsd", schemaPath: "#/properties/maxCostUsd/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema51.properties.maxCostUsd, data: data14 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/maxCostUsd", schemaPath: "#/properties/maxCostUsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.maxCostUsd.type, parentSchema: schema51.properties.maxCostUsd, data: data14 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.timeoutMs !== void 0) {
      let data15 = data.timeoutMs;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err33 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.timeoutMs.type, parentSchema: schema51.properties.timeoutMs, data: data15 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 1 || isNaN(data15)) {
          const err34 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.timeoutMs, data: data15 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.cacheDir !== void 0) {
      let data16 = data.cacheDir;
      if (typeof data16 === "string") {
        if (func3(data16) < 1) {
          const err35 = { instancePath: instancePath + "/cacheDir", schemaPath: "#/properties/cacheDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.cacheDir, data: data16 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/cacheDir", schemaPath: "#/properties/cacheDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.cacheDir.type, parentSchema: schema51.properties.cacheDir, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "refusals" || key0 === "tasks" || key0 === "prices" || key0 === "split" || key0 === "judge" || key0 === "moderation")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.refusals !== void 0) {
      let data0 = data.refusals;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "enabled" || key1 === "patterns")) {
            const err1 = { instancePath: instancePath + "/refusals", schemaPath: "#/properties/refusals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.refusals, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.enabled !== void 0) {
          let data1 = data0.enabled;
          if (typeof data1 !== "boolean") {
            const err2 = { instancePath: instancePath + "/refusals/enabled", schemaPath: "#/properties/refusals/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.refusals.properties.enabled.type, parentSchema: schema49.properties.refusals.properties.enabled, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.patterns !== void 0) {
          let data2 = data0.patterns;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err3 = { instancePath: instancePath + "/refusals/patterns", schemaPath: "#/properties/refusals/properties/patterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.refusals.properties.patterns, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err4 = { instancePath: instancePath + "/refusals/patterns/" + i0, schemaPath: "#/properties/refusals/properties/patterns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.refusals.properties.patterns.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/refusals/patterns/" + i0, schemaPath: "#/properties/refusals/properties/patterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.refusals.properties.patterns.items.type, parentSchema: schema49.properties.refusals.properties.patterns.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/refusals/patterns", schemaPath: "#/properties/refusals/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.refusals.properties.patterns.type, parentSchema: schema49.properties.refusals.properties.patterns, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/refusals", schemaPath: "#/properties/refusals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.refusals.type, parentSchema: schema49.properties.refusals, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data4 = data.tasks;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err8 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.tasks, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          const _errs16 = errors;
          let valid7 = false;
          const _errs17 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.assert === void 0) {
              const err9 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/anyOf/0/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'", schema: schema50.anyOf[0].required, parentSchema: schema50.anyOf[0], data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          var _valid0 = _errs17 === errors;
          valid7 = valid7 || _valid0;
          const _errs18 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.schema === void 0) {
              const err10 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/anyOf/1/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema50.anyOf[1].required, parentSchema: schema50.anyOf[1], data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var _valid0 = _errs18 === errors;
          valid7 = valid7 || _valid0;
          const _errs19 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.regex === void 0) {
              const err11 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/anyOf/2/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'", schema: schema50.anyOf[2].required, parentSchema: schema50.anyOf[2], data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var _valid0 = _errs19 === errors;
          valid7 = valid7 || _valid0;
          const _errs20 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.command === void 0) {
              const err12 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/anyOf/3/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema50.anyOf[3].required, parentSchema: schema50.anyOf[3], data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var _valid0 = _errs20 === errors;
          valid7 = valid7 || _valid0;
          if (!valid7) {
            const err13 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema50.anyOf, parentSchema: schema50, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.id === void 0) {
              const err14 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema50.required, parentSchema: schema50, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "id" || key2 === "assert" || key2 === "schema" || key2 === "regex" || key2 === "command" || key2 === "timeoutMs")) {
                const err15 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              if (typeof data6 === "string") {
                if (!pattern19.test(data6)) {
                  const err16 = { instancePath: instancePath + "/tasks/" + i1 + "/id", schemaPath: "#/$defs/taskCheck/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema50.properties.id, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/tasks/" + i1 + "/id", schemaPath: "#/$defs/taskCheck/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.id.type, parentSchema: schema50.properties.id, data: data6 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.assert !== void 0) {
              let data7 = data5.assert;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err18 = { instancePath: instancePath + "/tasks/" + i1 + "/assert", schemaPath: "#/$defs/taskCheck/properties/assert/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.assert, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                const len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data8 = data7[i2];
                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.pointer === void 0) {
                      const err19 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2, schemaPath: "#/$defs/taskCheck/properties/assert/items/required", keyword: "required", params: { missingProperty: "pointer" }, message: "must have required property 'pointer'", schema: schema50.properties.assert.items.required, parentSchema: schema50.properties.assert.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    for (const key3 in data8) {
                      if (!(key3 === "pointer" || key3 === "equals" || key3 === "exists" || key3 === "matches" || key3 === "type")) {
                        const err20 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2, schemaPath: "#/$defs/taskCheck/properties/assert/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.assert.items, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data8.pointer !== void 0) {
                      let data9 = data8.pointer;
                      if (typeof data9 === "string") {
                        if (!pattern20.test(data9)) {
                          const err21 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2 + "/pointer", schemaPath: "#/$defs/taskCheck/properties/assert/items/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: 'must match pattern "^(/.*)?$"', schema: "^(/.*)?$", parentSchema: schema50.properties.assert.items.properties.pointer, data: data9 };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      } else {
                        const err22 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2 + "/pointer", schemaPath: "#/$defs/taskCheck/properties/assert/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.assert.items.properties.pointer.type, parentSchema: schema50.properties.assert.items.properties.pointer, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data8.exists !== void 0) {
                      let data10 = data8.exists;
                      if (typeof data10 !== "boolean") {
                        const err23 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2 + "/exists", schemaPath: "#/$defs/taskCheck/properties/assert/items/properties/exists/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.assert.items.properties.exists.type, parentSchema: schema50.properties.assert.items.properties.exists, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                    if (data8.matches !== void 0) {
                      let data11 = data8.matches;
                      if (typeof data11 !== "string") {
                        const err24 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2 + "/matches", schemaPath: "#/$defs/taskCheck/properties/assert/items/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.assert.items.properties.matches.type, parentSchema: schema50.properties.assert.items.properties.matches, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                    if (data8.type !== void 0) {
                      let data12 = data8.type;
                      if (!(data12 === "string" || data12 === "number" || data12 === "integer" || data12 === "boolean" || data12 === "object" || data12 === "array" || data12 === "null")) {
                        const err25 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2 + "/type", schemaPath: "#/$defs/taskCheck/properties/assert/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema50.properties.assert.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.assert.items.properties.type.enum, parentSchema: schema50.properties.assert.items.properties.type, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/tasks/" + i1 + "/assert/" + i2, schemaPath: "#/$defs/taskCheck/properties/assert/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.assert.items.type, parentSchema: schema50.properties.assert.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/tasks/" + i1 + "/assert", schemaPath: "#/$defs/taskCheck/properties/assert/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.assert.type, parentSchema: schema50.properties.assert, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data5.schema !== void 0) {
              let data13 = data5.schema;
              if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                const err28 = { instancePath: instancePath + "/tasks/" + i1 + "/schema", schemaPath: "#/$defs/taskCheck/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.schema.type, parentSchema: schema50.properties.schema, data: data13 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data5.regex !== void 0) {
              let data14 = data5.regex;
              if (typeof data14 === "string") {
                if (func3(data14) < 1) {
                  const err29 = { instancePath: instancePath + "/tasks/" + i1 + "/regex", schemaPath: "#/$defs/taskCheck/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.regex, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/tasks/" + i1 + "/regex", schemaPath: "#/$defs/taskCheck/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.regex.type, parentSchema: schema50.properties.regex, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data5.command !== void 0) {
              let data15 = data5.command;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  const err31 = { instancePath: instancePath + "/tasks/" + i1 + "/command", schemaPath: "#/$defs/taskCheck/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.command, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const len3 = data15.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data16 = data15[i3];
                  if (typeof data16 === "string") {
                    if (func3(data16) < 1) {
                      const err32 = { instancePath: instancePath + "/tasks/" + i1 + "/command/" + i3, schemaPath: "#/$defs/taskCheck/properties/command/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.command.items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/tasks/" + i1 + "/command/" + i3, schemaPath: "#/$defs/taskCheck/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.command.items.type, parentSchema: schema50.properties.command.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/tasks/" + i1 + "/command", schemaPath: "#/$defs/taskCheck/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.command.type, parentSchema: schema50.properties.command, data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data5.timeoutMs !== void 0) {
              let data17 = data5.timeoutMs;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err35 = { instancePath: instancePath + "/tasks/" + i1 + "/timeoutMs", schemaPath: "#/$defs/taskCheck/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.timeoutMs.type, parentSchema: schema50.properties.timeoutMs, data: data17 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 1 || isNaN(data17)) {
                  const err36 = { instancePath: instancePath + "/tasks/" + i1 + "/timeoutMs", schemaPath: "#/$defs/taskCheck/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.timeoutMs, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/tasks/" + i1, schemaPath: "#/$defs/taskCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data5 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.tasks.type, parentSchema: schema49.properties.tasks, data: data4 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.prices !== void 0) {
      let data18 = data.prices;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (Object.keys(data18).length < 1) {
          const err39 = { instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49.properties.prices, data: data18 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key4 in data18) {
          let data19 = data18[key4];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.input === void 0) {
              const err40 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema49.properties.prices.additionalProperties.required, parentSchema: schema49.properties.prices.additionalProperties, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.output === void 0) {
              const err41 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema49.properties.prices.additionalProperties.required, parentSchema: schema49.properties.prices.additionalProperties, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "input" || key5 === "output" || key5 === "cachedInput")) {
                const err42 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.prices.additionalProperties, data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data19.input !== void 0) {
              let data20 = data19.input;
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err43 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/prices/additionalProperties/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.prices.additionalProperties.properties.input, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/prices/additionalProperties/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.prices.additionalProperties.properties.input.type, parentSchema: schema49.properties.prices.additionalProperties.properties.input, data: data20 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data19.output !== void 0) {
              let data21 = data19.output;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err45 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/prices/additionalProperties/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.prices.additionalProperties.properties.output, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/prices/additionalProperties/properties/output/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.prices.additionalProperties.properties.output.type, parentSchema: schema49.properties.prices.additionalProperties.properties.output, data: data21 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data19.cachedInput !== void 0) {
              let data22 = data19.cachedInput;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err47 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/cachedInput", schemaPath: "#/properties/prices/additionalProperties/properties/cachedInput/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.prices.additionalProperties.properties.cachedInput, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/cachedInput", schemaPath: "#/properties/prices/additionalProperties/properties/cachedInput/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.prices.additionalProperties.properties.cachedInput.type, parentSchema: schema49.properties.prices.additionalProperties.properties.cachedInput, data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.prices.additionalProperties.type, parentSchema: schema49.properties.prices.additionalProperties, data: data19 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.prices.type, parentSchema: schema49.properties.prices, data: data18 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.split !== void 0) {
      let data23 = data.split;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key6 in data23) {
          if (!(key6 === "promptTokens" || key6 === "segmentField" || key6 === "minPairs")) {
            const err51 = { instancePath: instancePath + "/split", schemaPath: "#/properties/split/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.split, data: data23 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data23.promptTokens !== void 0) {
          let data24 = data23.promptTokens;
          if (Array.isArray(data24)) {
            const len4 = data24.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data25 = data24[i4];
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err52 = { instancePath: instancePath + "/split/promptTokens/" + i4, schemaPath: "#/properties/split/properties/promptTokens/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.split.properties.promptTokens.items.type, parentSchema: schema49.properties.split.properties.promptTokens.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 1 || isNaN(data25)) {
                  const err53 = { instancePath: instancePath + "/split/promptTokens/" + i4, schemaPath: "#/properties/split/properties/promptTokens/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.split.properties.promptTokens.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/split/promptTokens", schemaPath: "#/properties/split/properties/promptTokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.split.properties.promptTokens.type, parentSchema: schema49.properties.split.properties.promptTokens, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data23.segmentField !== void 0) {
          let data26 = data23.segmentField;
          if (typeof data26 === "string") {
            if (!pattern21.test(data26)) {
              const err55 = { instancePath: instancePath + "/split/segmentField", schemaPath: "#/properties/split/properties/segmentField/pattern", keyword: "pattern", params: { pattern: "^[^.\\s]+(\\.[^.\\s]+)*$" }, message: 'must match pattern "^[^.\\s]+(\\.[^.\\s]+)*$"', schema: "^[^.\\s]+(\\.[^.\\s]+)*$", parentSchema: schema49.properties.split.properties.segmentField, data: data26 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/split/segmentField", schemaPath: "#/properties/split/properties/segmentField/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.split.properties.segmentField.type, parentSchema: schema49.properties.split.properties.segmentField, data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data23.minPairs !== void 0) {
          let data27 = data23.minPairs;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err57 = { instancePath: instancePath + "/split/minPairs", schemaPath: "#/properties/split/properties/minPairs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.split.properties.minPairs.type, parentSchema: schema49.properties.split.properties.minPairs, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err58 = { instancePath: instancePath + "/split/minPairs", schemaPath: "#/properties/split/properties/minPairs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.split.properties.minPairs, data: data27 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/split", schemaPath: "#/properties/split/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.split.type, parentSchema: schema49.properties.split, data: data23 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.judge !== void 0) {
      if (!validate34(data.judge, { instancePath: instancePath + "/judge", parentData: data, parentDataProperty: "judge", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.moderation !== void 0) {
      let data29 = data.moderation;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.endpoint === void 0) {
          const err60 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema49.properties.moderation.required, parentSchema: schema49.properties.moderation, data: data29 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key7 in data29) {
          if (!(key7 === "endpoint" || key7 === "model" || key7 === "auth" || key7 === "concurrency" || key7 === "timeoutMs")) {
            const err61 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.moderation, data: data29 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data29.endpoint !== void 0) {
          let data30 = data29.endpoint;
          if (typeof data30 === "string") {
            if (!pattern5.test(data30)) {
              const err62 = { instancePath: instancePath + "/moderation/endpoint", schemaPath: "#/properties/moderation/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema49.properties.moderation.properties.endpoint, data: data30 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/moderation/endpoint", schemaPath: "#/properties/moderation/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.moderation.properties.endpoint.type, parentSchema: schema49.properties.moderation.properties.endpoint, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data29.model !== void 0) {
          let data31 = data29.model;
          if (typeof data31 === "string") {
            if (func3(data31) < 1) {
              const err64 = { instancePath: instancePath + "/moderation/model", schemaPath: "#/properties/moderation/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.moderation.properties.model, data: data31 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/moderation/model", schemaPath: "#/properties/moderation/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.moderation.properties.model.type, parentSchema: schema49.properties.moderation.properties.model, data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data29.auth !== void 0) {
          if (!validate22(data29.auth, { instancePath: instancePath + "/moderation/auth", parentData: data29, parentDataProperty: "auth", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data29.concurrency !== void 0) {
          let data33 = data29.concurrency;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
            const err66 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.moderation.properties.concurrency.type, parentSchema: schema49.properties.moderation.properties.concurrency, data: data33 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 > 64 || isNaN(data33)) {
              const err67 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema49.properties.moderation.properties.concurrency, data: data33 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data33 < 1 || isNaN(data33)) {
              const err68 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.moderation.properties.concurrency, data: data33 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data29.timeoutMs !== void 0) {
          let data34 = data29.timeoutMs;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err69 = { instancePath: instancePath + "/moderation/timeoutMs", schemaPath: "#/properties/moderation/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.moderation.properties.timeoutMs.type, parentSchema: schema49.properties.moderation.properties.timeoutMs, data: data34 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 1 || isNaN(data34)) {
              const err70 = { instancePath: instancePath + "/moderation/timeoutMs", schemaPath: "#/properties/moderation/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.moderation.properties.timeoutMs, data: data34 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.moderation.type, parentSchema: schema49.properties.moderation, data: data29 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dataset === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema45.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sample !== void 0) {
      let data1 = data.sample;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "rate" || key1 === "seed" || key1 === "max")) {
            const err5 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.sample, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.rate !== void 0) {
          let data2 = data1.rate;
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema45.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 <= 0 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema45.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.sample.properties.rate.type, parentSchema: schema45.properties.sample.properties.rate, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.seed !== void 0) {
          let data3 = data1.seed;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.sample.properties.seed.type, parentSchema: schema45.properties.sample.properties.seed, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.max !== void 0) {
          let data4 = data1.max;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err10 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.sample.properties.max.type, parentSchema: schema45.properties.sample.properties.max, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.sample.properties.max, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.sample.type, parentSchema: schema45.properties.sample, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data5 = data.concurrency;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err13 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.concurrency.type, parentSchema: schema45.properties.concurrency, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 512 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 512 }, message: "must be <= 512", schema: 512, parentSchema: schema45.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.timeoutMs !== void 0) {
      let data6 = data.timeoutMs;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err16 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.timeoutMs.type, parentSchema: schema45.properties.timeoutMs, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.timeoutMs, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.deadlineSeconds !== void 0) {
      let data7 = data.deadlineSeconds;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.deadlineSeconds.type, parentSchema: schema45.properties.deadlineSeconds, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.deadlineSeconds, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data8 = data.retries;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(key2 === "max" || key2 === "baseDelayMs" || key2 === "maxDelayMs")) {
            const err20 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.max !== void 0) {
          let data9 = data8.max;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err21 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.max.type, parentSchema: schema47.properties.max, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 10 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema47.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data8.baseDelayMs !== void 0) {
          let data10 = data8.baseDelayMs;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err24 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.baseDelayMs.type, parentSchema: schema47.properties.baseDelayMs, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.baseDelayMs, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.maxDelayMs !== void 0) {
          let data11 = data8.maxDelayMs;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.maxDelayMs.type, parentSchema: schema47.properties.maxDelayMs, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.maxDelayMs, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.answerBudgetMiB !== void 0) {
      let data12 = data.answerBudgetMiB;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err29 = { instancePath: instancePath + "/answerBudgetMiB", schemaPath: "#/properties/answerBudgetMiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.answerBudgetMiB.type, parentSchema: schema45.properties.answerBudgetMiB, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 16384 || isNaN(data12)) {
          const err30 = { instancePath: instancePath + "/answerBudgetMiB", schemaPath: "#/properties/answerBudgetMiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16384 }, message: "must be <= 16384", schema: 16384, parentSchema: schema45.properties.answerBudgetMiB, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data12 < 1 || isNaN(data12)) {
          const err31 = { instancePath: instancePath + "/answerBudgetMiB", schemaPath: "#/properties/answerBudgetMiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.answerBudgetMiB, data: data12 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.minSamples !== void 0) {
      let data13 = data.minSamples;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err32 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.minSamples.type, parentSchema: schema45.properties.minSamples, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 1 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.minSamples, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.alpha !== void 0) {
      let data14 = data.alpha;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 0.5 || isNaN(data14)) {
          const err34 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema45.properties.alpha, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data14 <= 0 || isNaN(data14)) {
          const err35 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema45.properties.alpha, data: data14 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.alpha.type, parentSchema: schema45.properties.alpha, data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data15 = data.confidence;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 >= 1 || isNaN(data15)) {
          const err37 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema45.properties.confidence, data: data15 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data15 <= 0.5 || isNaN(data15)) {
          const err38 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema45.properties.confidence, data: data15 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.confidence.type, parentSchema: schema45.properties.confidence, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.noiseFloor !== void 0) {
      let data16 = data.noiseFloor;
      if (typeof data16 !== "boolean") {
        const err40 = { instancePath: instancePath + "/noiseFloor", schemaPath: "#/properties/noiseFloor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.noiseFloor.type, parentSchema: schema45.properties.noiseFloor, data: data16 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.embeddings !== void 0) {
      let data17 = data.embeddings;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.endpoint === void 0) {
          const err41 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema45.properties.embeddings.required, parentSchema: schema45.properties.embeddings, data: data17 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data17.model === void 0) {
          const err42 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema45.properties.embeddings.required, parentSchema: schema45.properties.embeddings, data: data17 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key3 in data17) {
          if (!(key3 === "endpoint" || key3 === "model" || key3 === "auth")) {
            const err43 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.embeddings, data: data17 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17.endpoint !== void 0) {
          let data18 = data17.endpoint;
          if (typeof data18 === "string") {
            if (!pattern5.test(data18)) {
              const err44 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema45.properties.embeddings.properties.endpoint, data: data18 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.embeddings.properties.endpoint.type, parentSchema: schema45.properties.embeddings.properties.endpoint, data: data18 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data17.model !== void 0) {
          let data19 = data17.model;
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err46 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.embeddings.properties.model, data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.embeddings.properties.model.type, parentSchema: schema45.properties.embeddings.properties.model, data: data19 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data17.auth !== void 0) {
          if (!validate22(data17.auth, { instancePath: instancePath + "/embeddings/auth", parentData: data17, parentDataProperty: "auth", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.embeddings.type, parentSchema: schema45.properties.embeddings, data: data17 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data21 = data.gates;
      if (Array.isArray(data21)) {
        const len0 = data21.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data22 = data21[i0];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.metric === void 0) {
              const err49 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema48.required, parentSchema: schema48, data: data22 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key4 in data22) {
              if (!(key4 === "metric" || key4 === "direction" || key4 === "tolerance" || key4 === "threshold" || key4 === "critical" || key4 === "muted")) {
                const err50 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data22 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data22.metric !== void 0) {
              let data23 = data22.metric;
              if (typeof data23 === "string") {
                if (!pattern18.test(data23)) {
                  const err51 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$"', schema: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", parentSchema: schema48.properties.metric, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.metric.type, parentSchema: schema48.properties.metric, data: data23 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data22.direction !== void 0) {
              let data24 = data22.direction;
              if (!(data24 === "increase" || data24 === "decrease" || data24 === "either")) {
                const err53 = { instancePath: instancePath + "/gates/" + i0 + "/direction", schemaPath: "#/$defs/gate/properties/direction/enum", keyword: "enum", params: { allowedValues: schema48.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.direction.enum, parentSchema: schema48.properties.direction, data: data24 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.tolerance !== void 0) {
              let data25 = data22.tolerance;
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err54 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.tolerance, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.tolerance.type, parentSchema: schema48.properties.tolerance, data: data25 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data22.threshold !== void 0) {
              let data26 = data22.threshold;
              if (!(typeof data26 == "number" && isFinite(data26))) {
                const err56 = { instancePath: instancePath + "/gates/" + i0 + "/threshold", schemaPath: "#/$defs/gate/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.threshold.type, parentSchema: schema48.properties.threshold, data: data26 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data22.critical !== void 0) {
              let data27 = data22.critical;
              if (typeof data27 !== "boolean") {
                const err57 = { instancePath: instancePath + "/gates/" + i0 + "/critical", schemaPath: "#/$defs/gate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.critical.type, parentSchema: schema48.properties.critical, data: data27 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data22.muted !== void 0) {
              let data28 = data22.muted;
              if (typeof data28 !== "boolean") {
                const err58 = { instancePath: instancePath + "/gates/" + i0 + "/muted", schemaPath: "#/$defs/gate/properties/muted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.muted.type, parentSchema: schema48.properties.muted, data: data28 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data22 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.gates.type, parentSchema: schema45.properties.gates, data: data21 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.llm !== void 0) {
      if (!validate33(data.llm, { instancePath: instancePath + "/llm", parentData: data, parentDataProperty: "llm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "services", "provider"], "properties": { "router": { "description": "The route whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService.", "enum": ["gateway-api", "istio"] }, "name": { "description": "Name of the HTTPRoute or VirtualService, in deploy.namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1, "maximum": 99 }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } };
var schema55 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } };
var pattern27 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var pattern30 = new RegExp("^[A-Za-z0-9_-]+$", "u");
var pattern31 = new RegExp("^[0-9]+(ms|s|m|h)$", "u");
var pattern32 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:-]*$", "u");
var formats2 = require_formats().fullFormats.uri;
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "router" }, message: "must have required property 'router'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema54.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.router !== void 0) {
      let data0 = data.router;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.kind === void 0) {
          const err4 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema54.properties.router.required, parentSchema: schema54.properties.router, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.name === void 0) {
          const err5 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema54.properties.router.required, parentSchema: schema54.properties.router, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "kind" || key1 === "name" || key1 === "rule")) {
            const err6 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.router, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.kind !== void 0) {
          let data1 = data0.kind;
          if (!(data1 === "gateway-api" || data1 === "istio")) {
            const err7 = { instancePath: instancePath + "/router/kind", schemaPath: "#/properties/router/properties/kind/enum", keyword: "enum", params: { allowedValues: schema54.properties.router.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.router.properties.kind.enum, parentSchema: schema54.properties.router.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data2 = data0.name;
          if (typeof data2 === "string") {
            if (func3(data2) > 253) {
              const err8 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema54.properties.router.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern27.test(data2)) {
              const err9 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema54.properties.router.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.router.properties.name.type, parentSchema: schema54.properties.router.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.rule !== void 0) {
          let data3 = data0.rule;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err11 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.router.properties.rule.type, parentSchema: schema54.properties.router.properties.rule, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err12 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.router.properties.rule, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.router.type, parentSchema: schema54.properties.router, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data4 = data.services;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.blue === void 0) {
          const err14 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema54.properties.services.required, parentSchema: schema54.properties.services, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.green === void 0) {
          const err15 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema54.properties.services.required, parentSchema: schema54.properties.services, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "blue" || key2 === "green")) {
            const err16 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.services, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.blue !== void 0) {
          let data5 = data4.blue;
          if (typeof data5 === "string") {
            if (func3(data5) > 63) {
              const err17 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema54.properties.services.properties.blue, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern25.test(data5)) {
              const err18 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema54.properties.services.properties.blue, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.services.properties.blue.type, parentSchema: schema54.properties.services.properties.blue, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.green !== void 0) {
          let data6 = data4.green;
          if (typeof data6 === "string") {
            if (func3(data6) > 63) {
              const err20 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema54.properties.services.properties.green, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern25.test(data6)) {
              const err21 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema54.properties.services.properties.green, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.services.properties.green.type, parentSchema: schema54.properties.services.properties.green, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.services.type, parentSchema: schema54.properties.services, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.sessionAffinity !== void 0) {
      let data7 = data.sessionAffinity;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key3 in data7) {
          if (!(key3 === "cookieName" || key3 === "maxAgeSeconds")) {
            const err24 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.sessionAffinity, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.cookieName !== void 0) {
          let data8 = data7.cookieName;
          if (typeof data8 === "string") {
            if (!pattern30.test(data8)) {
              const err25 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema54.properties.sessionAffinity.properties.cookieName, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.sessionAffinity.properties.cookieName.type, parentSchema: schema54.properties.sessionAffinity.properties.cookieName, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.maxAgeSeconds !== void 0) {
          let data9 = data7.maxAgeSeconds;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err27 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.sessionAffinity.properties.maxAgeSeconds.type, parentSchema: schema54.properties.sessionAffinity.properties.maxAgeSeconds, data: data9 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 1 || isNaN(data9)) {
              const err28 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.sessionAffinity.properties.maxAgeSeconds, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.sessionAffinity.type, parentSchema: schema54.properties.sessionAffinity, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.rungs !== void 0) {
      let data10 = data.rungs;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err30 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.rungs, data: data10 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err31 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.rungs.items.type, parentSchema: schema54.properties.rungs.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 99 || isNaN(data11)) {
              const err32 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99", schema: 99, parentSchema: schema54.properties.rungs.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data11 < 1 || isNaN(data11)) {
              const err33 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.rungs.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.rungs.type, parentSchema: schema54.properties.rungs, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.bakeSeconds !== void 0) {
      let data12 = data.bakeSeconds;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 <= 0 || isNaN(data12)) {
          const err35 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.bakeSeconds, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.bakeSeconds.type, parentSchema: schema54.properties.bakeSeconds, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.minSamples !== void 0) {
      let data13 = data.minSamples;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err37 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.minSamples.type, parentSchema: schema54.properties.minSamples, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 3 || isNaN(data13)) {
          const err38 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3", schema: 3, parentSchema: schema54.properties.minSamples, data: data13 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.minRequests !== void 0) {
      let data14 = data.minRequests;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err39 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.minRequests.type, parentSchema: schema54.properties.minRequests, data: data14 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 1 || isNaN(data14)) {
          const err40 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.minRequests, data: data14 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    if (data.confidence !== void 0) {
      let data15 = data.confidence;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 >= 1 || isNaN(data15)) {
          const err41 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema54.properties.confidence, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data15 <= 0.5 || isNaN(data15)) {
          const err42 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema54.properties.confidence, data: data15 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.confidence.type, parentSchema: schema54.properties.confidence, data: data15 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data16 = data.provider;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.kind === void 0) {
          const err44 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema54.properties.provider.required, parentSchema: schema54.properties.provider, data: data16 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data16.url === void 0) {
          const err45 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema54.properties.provider.required, parentSchema: schema54.properties.provider, data: data16 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key4 in data16) {
          if (!(key4 === "kind" || key4 === "url" || key4 === "preset" || key4 === "stepSeconds" || key4 === "window" || key4 === "timeoutSeconds")) {
            const err46 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.provider, data: data16 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data16.kind !== void 0) {
          let data17 = data16.kind;
          if (!(data17 === "prometheus")) {
            const err47 = { instancePath: instancePath + "/provider/kind", schemaPath: "#/properties/provider/properties/kind/enum", keyword: "enum", params: { allowedValues: schema54.properties.provider.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.provider.properties.kind.enum, parentSchema: schema54.properties.provider.properties.kind, data: data17 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data16.url !== void 0) {
          let data18 = data16.url;
          if (typeof data18 === "string") {
            if (!formats2(data18)) {
              const err48 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema54.properties.provider.properties.url, data: data18 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.provider.properties.url.type, parentSchema: schema54.properties.provider.properties.url, data: data18 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data16.preset !== void 0) {
          let data19 = data16.preset;
          if (!(data19 === "http" || data19 === "vllm" || data19 === "kserve")) {
            const err50 = { instancePath: instancePath + "/provider/preset", schemaPath: "#/properties/provider/properties/preset/enum", keyword: "enum", params: { allowedValues: schema54.properties.provider.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.provider.properties.preset.enum, parentSchema: schema54.properties.provider.properties.preset, data: data19 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data16.stepSeconds !== void 0) {
          let data20 = data16.stepSeconds;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 <= 0 || isNaN(data20)) {
              const err51 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.provider.properties.stepSeconds, data: data20 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.provider.properties.stepSeconds.type, parentSchema: schema54.properties.provider.properties.stepSeconds, data: data20 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data16.window !== void 0) {
          let data21 = data16.window;
          if (typeof data21 === "string") {
            if (!pattern31.test(data21)) {
              const err53 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h)$"', schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema54.properties.provider.properties.window, data: data21 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.provider.properties.window.type, parentSchema: schema54.properties.provider.properties.window, data: data21 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data16.timeoutSeconds !== void 0) {
          let data22 = data16.timeoutSeconds;
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 <= 0 || isNaN(data22)) {
              const err55 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.provider.properties.timeoutSeconds, data: data22 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.provider.properties.timeoutSeconds.type, parentSchema: schema54.properties.provider.properties.timeoutSeconds, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.provider.type, parentSchema: schema54.properties.provider, data: data16 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data23 = data.metrics;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err58 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.metrics, data: data23 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data24 = data23[i1];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.name === void 0) {
              const err59 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.required, parentSchema: schema55, data: data24 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key5 in data24) {
              if (!func1.call(schema55.properties, key5)) {
                const err60 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data24 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data24.name !== void 0) {
              let data25 = data24.name;
              if (typeof data25 === "string") {
                if (!pattern32.test(data25)) {
                  const err61 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.:-]*$", parentSchema: schema55.properties.name, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.name.type, parentSchema: schema55.properties.name, data: data25 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data24.query !== void 0) {
              let data26 = data24.query;
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err63 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.query, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.query.type, parentSchema: schema55.properties.query, data: data26 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data24.failed !== void 0) {
              let data27 = data24.failed;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err65 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.failed, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.failed.type, parentSchema: schema55.properties.failed, data: data27 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data24.total !== void 0) {
              let data28 = data24.total;
              if (typeof data28 === "string") {
                if (func3(data28) < 1) {
                  const err67 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.total, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.total.type, parentSchema: schema55.properties.total, data: data28 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data24.direction !== void 0) {
              let data29 = data24.direction;
              if (!(data29 === "increase" || data29 === "decrease")) {
                const err69 = { instancePath: instancePath + "/metrics/" + i1 + "/direction", schemaPath: "#/$defs/deployCanaryMetric/properties/direction/enum", keyword: "enum", params: { allowedValues: schema55.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.direction.enum, parentSchema: schema55.properties.direction, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data24.scale !== void 0) {
              let data30 = data24.scale;
              if (!(data30 === "absolute" || data30 === "relative")) {
                const err70 = { instancePath: instancePath + "/metrics/" + i1 + "/scale", schemaPath: "#/$defs/deployCanaryMetric/properties/scale/enum", keyword: "enum", params: { allowedValues: schema55.properties.scale.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.scale.enum, parentSchema: schema55.properties.scale, data: data30 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data24.tolerance !== void 0) {
              let data31 = data24.tolerance;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 0 || isNaN(data31)) {
                  const err71 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema55.properties.tolerance, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema55.properties.tolerance.type, parentSchema: schema55.properties.tolerance, data: data31 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data24.threshold !== void 0) {
              let data32 = data24.threshold;
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 0 || isNaN(data32)) {
                  const err73 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema55.properties.threshold, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema55.properties.threshold.type, parentSchema: schema55.properties.threshold, data: data32 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data24.critical !== void 0) {
              let data33 = data24.critical;
              if (typeof data33 !== "boolean") {
                const err75 = { instancePath: instancePath + "/metrics/" + i1 + "/critical", schemaPath: "#/$defs/deployCanaryMetric/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.critical.type, parentSchema: schema55.properties.critical, data: data33 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data24 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.metrics.type, parentSchema: schema54.properties.metrics, data: data23 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats.regex;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.shadow === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shadow" }, message: "must have required property 'shadow'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema31.properties.service, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.type, parentSchema: schema31.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate21(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.prompt !== void 0) {
      if (!validate25(data.prompt, { instancePath: instancePath + "/prompt", parentData: data, parentDataProperty: "prompt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.tools !== void 0) {
      if (!validate27(data.tools, { instancePath: instancePath + "/tools", parentData: data, parentDataProperty: "tools", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data5 = data.context;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "history" || key1 === "documents")) {
            const err9 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.history !== void 0) {
          let data6 = data5.history;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.field === void 0) {
              const err10 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.history.required, parentSchema: schema41.properties.history, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "field" || key2 === "maxTurns")) {
                const err11 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.history, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.field !== void 0) {
              let data7 = data6.field;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err12 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.history.properties.field, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.history.properties.field.type, parentSchema: schema41.properties.history.properties.field, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.maxTurns !== void 0) {
              let data8 = data6.maxTurns;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err14 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.history.properties.maxTurns.type, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 1 || isNaN(data8)) {
                  const err15 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.history.type, parentSchema: schema41.properties.history, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.documents !== void 0) {
          let data9 = data5.documents;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.field === void 0) {
              const err17 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.documents.required, parentSchema: schema41.properties.documents, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "field" || key3 === "maxChars" || key3 === "header")) {
                const err18 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.documents, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.field !== void 0) {
              let data10 = data9.field;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err19 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.field.type, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.maxChars !== void 0) {
              let data11 = data9.maxChars;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err21 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.documents.properties.maxChars.type, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err22 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data9.header !== void 0) {
              let data12 = data9.header;
              if (typeof data12 !== "string") {
                const err23 = { instancePath: instancePath + "/context/documents/header", schemaPath: "#/$defs/context/properties/documents/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.header.type, parentSchema: schema41.properties.documents.properties.header, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.documents.type, parentSchema: schema41.properties.documents, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.versioning !== void 0) {
      let data13 = data.versioning;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "toolCompatibility" || key4 === "tools" || key4 === "pins")) {
            const err26 = { instancePath: instancePath + "/versioning", schemaPath: "#/$defs/versioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.toolCompatibility !== void 0) {
          let data14 = data13.toolCompatibility;
          if (!(data14 === "FULL" || data14 === "BACKWARD" || data14 === "FORWARD" || data14 === "NONE")) {
            const err27 = { instancePath: instancePath + "/versioning/toolCompatibility", schemaPath: "#/$defs/versioning/properties/toolCompatibility/enum", keyword: "enum", params: { allowedValues: schema42.properties.toolCompatibility.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.toolCompatibility.enum, parentSchema: schema42.properties.toolCompatibility, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.tools !== void 0) {
          let data15 = data13.tools;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key5 in data15) {
              const _errs35 = errors;
              if (typeof key5 === "string") {
                if (!pattern13.test(key5)) {
                  const err28 = { instancePath: instancePath + "/versioning/tools", schemaPath: "#/$defs/versioning/properties/tools/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema42.properties.tools.propertyNames, data: key5, propertyName: key5 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              var valid7 = _errs35 === errors;
              if (!valid7) {
                const err29 = { instancePath: instancePath + "/versioning/tools", schemaPath: "#/$defs/versioning/properties/tools/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema42.properties.tools.propertyNames, parentSchema: schema42.properties.tools, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            for (const key6 in data15) {
              let data16 = data15[key6];
              if (!(data16 === "FULL" || data16 === "BACKWARD" || data16 === "FORWARD" || data16 === "NONE")) {
                const err30 = { instancePath: instancePath + "/versioning/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/versioning/properties/tools/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema42.properties.tools.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.tools.additionalProperties.enum, parentSchema: schema42.properties.tools.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/versioning/tools", schemaPath: "#/$defs/versioning/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.tools.type, parentSchema: schema42.properties.tools, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.pins !== void 0) {
          let data17 = data13.pins;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key7 in data17) {
              const _errs40 = errors;
              if (!(key7 === "openai" || key7 === "kserve-v2" || key7 === "http" || key7 === "*")) {
                const err32 = { instancePath: instancePath + "/versioning/pins", schemaPath: "#/$defs/versioning/properties/pins/propertyNames/enum", keyword: "enum", params: { allowedValues: schema42.properties.pins.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.pins.propertyNames.enum, parentSchema: schema42.properties.pins.propertyNames, data: key7, propertyName: key7 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var valid9 = _errs40 === errors;
              if (!valid9) {
                const err33 = { instancePath: instancePath + "/versioning/pins", schemaPath: "#/$defs/versioning/properties/pins/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema42.properties.pins.propertyNames, parentSchema: schema42.properties.pins, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            for (const key8 in data17) {
              let data18 = data17[key8];
              if (Array.isArray(data18)) {
                const len0 = data18.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data19 = data18[i0];
                  if (typeof data19 === "string") {
                    if (func3(data19) < 1) {
                      const err34 = { instancePath: instancePath + "/versioning/pins/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/versioning/properties/pins/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.pins.additionalProperties.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (!formats0(data19)) {
                      const err35 = { instancePath: instancePath + "/versioning/pins/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/versioning/properties/pins/additionalProperties/items/format", keyword: "format", params: { format: "regex" }, message: 'must match format "regex"', schema: "regex", parentSchema: schema42.properties.pins.additionalProperties.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/versioning/pins/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/versioning/properties/pins/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.pins.additionalProperties.items.type, parentSchema: schema42.properties.pins.additionalProperties.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/versioning/pins/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/versioning/properties/pins/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.pins.additionalProperties.type, parentSchema: schema42.properties.pins.additionalProperties, data: data18 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/versioning/pins", schemaPath: "#/$defs/versioning/properties/pins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.pins.type, parentSchema: schema42.properties.pins, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/versioning", schemaPath: "#/$defs/versioning/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data13 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      if (!validate29(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow !== void 0) {
      if (!validate31(data.shadow, { instancePath: instancePath + "/shadow", parentData: data, parentDataProperty: "shadow", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== void 0) {
      let data22 = data.deploy;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.service === void 0) {
          const err40 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data22 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data22.slots === void 0) {
          const err41 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data22 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key9 in data22) {
          if (!func1.call(schema31.properties.deploy.properties, key9)) {
            const err42 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy, data: data22 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data23 = data22.namespace;
          if (typeof data23 === "string") {
            if (func3(data23) > 63) {
              const err43 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.namespace, data: data23 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern25.test(data23)) {
              const err44 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.namespace, data: data23 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.namespace.type, parentSchema: schema31.properties.deploy.properties.namespace, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data22.service !== void 0) {
          let data24 = data22.service;
          if (typeof data24 === "string") {
            if (func3(data24) > 63) {
              const err46 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.service, data: data24 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (!pattern25.test(data24)) {
              const err47 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.service, data: data24 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.service.type, parentSchema: schema31.properties.deploy.properties.service, data: data24 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data22.slotKey !== void 0) {
          let data25 = data22.slotKey;
          if (typeof data25 === "string") {
            if (func3(data25) < 1) {
              const err49 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.slotKey, data: data25 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.slotKey.type, parentSchema: schema31.properties.deploy.properties.slotKey, data: data25 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data22.slots !== void 0) {
          let data26 = data22.slots;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.blue === void 0) {
              const err51 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data26 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data26.green === void 0) {
              const err52 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data26 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key10 in data26) {
              if (!(key10 === "blue" || key10 === "green")) {
                const err53 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.slots, data: data26 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data26.blue !== void 0) {
              let data27 = data26.blue;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.selector === void 0) {
                  const err54 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema52.required, parentSchema: schema52, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data27.deployments === void 0) {
                  const err55 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema52.required, parentSchema: schema52, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                for (const key11 in data27) {
                  if (!(key11 === "selector" || key11 === "deployments" || key11 === "url")) {
                    const err56 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data27.selector !== void 0) {
                  let data28 = data27.selector;
                  if (typeof data28 === "string") {
                    if (func3(data28) > 63) {
                      const err57 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema52.properties.selector, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                    if (func3(data28) < 1) {
                      const err58 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.selector, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.selector.type, parentSchema: schema52.properties.selector, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data27.deployments !== void 0) {
                  let data29 = data27.deployments;
                  if (Array.isArray(data29)) {
                    if (data29.length < 1) {
                      const err60 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.deployments, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    const len1 = data29.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data30 = data29[i1];
                      if (typeof data30 === "string") {
                        if (func3(data30) < 1) {
                          const err61 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.deployments.items, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                      } else {
                        const err62 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.deployments.items.type, parentSchema: schema52.properties.deployments.items, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.deployments.type, parentSchema: schema52.properties.deployments, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data27.url !== void 0) {
                  let data31 = data27.url;
                  if (typeof data31 === "string") {
                    if (!formats2(data31)) {
                      const err64 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema52.properties.url, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.url.type, parentSchema: schema52.properties.url, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data27 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data26.green !== void 0) {
              let data32 = data26.green;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.selector === void 0) {
                  const err67 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema52.required, parentSchema: schema52, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data32.deployments === void 0) {
                  const err68 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema52.required, parentSchema: schema52, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key12 in data32) {
                  if (!(key12 === "selector" || key12 === "deployments" || key12 === "url")) {
                    const err69 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data32.selector !== void 0) {
                  let data33 = data32.selector;
                  if (typeof data33 === "string") {
                    if (func3(data33) > 63) {
                      const err70 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema52.properties.selector, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (func3(data33) < 1) {
                      const err71 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.selector, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.selector.type, parentSchema: schema52.properties.selector, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data32.deployments !== void 0) {
                  let data34 = data32.deployments;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err73 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.deployments, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    const len2 = data34.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data35 = data34[i2];
                      if (typeof data35 === "string") {
                        if (func3(data35) < 1) {
                          const err74 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i2, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.deployments.items, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                      } else {
                        const err75 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i2, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.deployments.items.type, parentSchema: schema52.properties.deployments.items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.deployments.type, parentSchema: schema52.properties.deployments, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data32.url !== void 0) {
                  let data36 = data32.url;
                  if (typeof data36 === "string") {
                    if (!formats2(data36)) {
                      const err77 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema52.properties.url, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.url.type, parentSchema: schema52.properties.url, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data32 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.slots.type, parentSchema: schema31.properties.deploy.properties.slots, data: data26 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data22.lease !== void 0) {
          let data37 = data22.lease;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            for (const key13 in data37) {
              if (!(key13 === "name" || key13 === "durationSeconds")) {
                const err81 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lease, data: data37 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data37.name !== void 0) {
              let data38 = data37.name;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err82 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.lease.properties.name.type, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data38 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data37.durationSeconds !== void 0) {
              let data39 = data37.durationSeconds;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                const err84 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lease.properties.durationSeconds.type, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data39 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 < 5 || isNaN(data39)) {
                  const err85 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lease.type, parentSchema: schema31.properties.deploy.properties.lease, data: data37 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data22.warmup !== void 0) {
          let data40 = data22.warmup;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (const key14 in data40) {
              if (!(key14 === "windowSize" || key14 === "marginPercent" || key14 === "maxRequests" || key14 === "maxSeconds" || key14 === "concurrency")) {
                const err87 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.warmup, data: data40 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data40.windowSize !== void 0) {
              let data41 = data40.windowSize;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err88 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.windowSize.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data41 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 2 || isNaN(data41)) {
                  const err89 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
            }
            if (data40.marginPercent !== void 0) {
              let data42 = data40.marginPercent;
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 <= 0 || isNaN(data42)) {
                  const err90 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.marginPercent.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data42 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data40.maxRequests !== void 0) {
              let data43 = data40.maxRequests;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err92 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.maxRequests.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data43 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 0 || isNaN(data43)) {
                  const err93 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
            if (data40.maxSeconds !== void 0) {
              let data44 = data40.maxSeconds;
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 <= 0 || isNaN(data44)) {
                  const err94 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.maxSeconds.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data44 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data40.concurrency !== void 0) {
              let data45 = data40.concurrency;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err96 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.concurrency.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data45 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 1 || isNaN(data45)) {
                  const err97 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.warmup.type, parentSchema: schema31.properties.deploy.properties.warmup, data: data40 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data22.watch !== void 0) {
          let data46 = data22.watch;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key15 in data46) {
              if (!(key15 === "seconds" || key15 === "intervalSeconds" || key15 === "maxFailures")) {
                const err99 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.watch, data: data46 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data46.seconds !== void 0) {
              let data47 = data46.seconds;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err100 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.seconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data47 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data46.intervalSeconds !== void 0) {
              let data48 = data46.intervalSeconds;
              if (typeof data48 == "number" && isFinite(data48)) {
                if (data48 <= 0 || isNaN(data48)) {
                  const err102 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.intervalSeconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data48 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data46.maxFailures !== void 0) {
              let data49 = data46.maxFailures;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                const err104 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.watch.properties.maxFailures.type, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data49 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 1 || isNaN(data49)) {
                  const err105 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.watch.type, parentSchema: schema31.properties.deploy.properties.watch, data: data46 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data22.historyLimit !== void 0) {
          let data50 = data22.historyLimit;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
            const err107 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.historyLimit.type, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 > 50 || isNaN(data50)) {
              const err108 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data50 < 1 || isNaN(data50)) {
              const err109 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
        }
        if (data22.lint !== void 0) {
          let data51 = data22.lint;
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            for (const key16 in data51) {
              if (!(key16 === "minGracePeriodSeconds" || key16 === "minPreStopSeconds" || key16 === "requireStartupProbe")) {
                const err110 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lint, data: data51 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data51.minGracePeriodSeconds !== void 0) {
              let data52 = data51.minGracePeriodSeconds;
              if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                const err111 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data52 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (typeof data52 == "number" && isFinite(data52)) {
                if (data52 < 0 || isNaN(data52)) {
                  const err112 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            }
            if (data51.minPreStopSeconds !== void 0) {
              let data53 = data51.minPreStopSeconds;
              if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                const err113 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data53 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              if (typeof data53 == "number" && isFinite(data53)) {
                if (data53 < 0 || isNaN(data53)) {
                  const err114 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            }
            if (data51.requireStartupProbe !== void 0) {
              let data54 = data51.requireStartupProbe;
              if (typeof data54 !== "boolean") {
                const err115 = { instancePath: instancePath + "/deploy/lint/requireStartupProbe", schemaPath: "#/properties/deploy/properties/lint/properties/requireStartupProbe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe.type, parentSchema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe, data: data54 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lint.type, parentSchema: schema31.properties.deploy.properties.lint, data: data51 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data22.canary !== void 0) {
          if (!validate40(data22.canary, { instancePath: instancePath + "/deploy/canary", parentData: data22, parentDataProperty: "canary", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data22 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
  } else {
    const err118 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err118];
    } else {
      vErrors.push(err118);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function manifestValidator() {
  return validate;
}

// src/manifest/yaml-locate.ts
var import_yaml = __toESM(require_dist(), 1);
function deref(doc, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
}
function findNode(doc, path) {
  let node = deref(doc, doc.contents);
  let ref = { valueOffset: node?.range?.[0] ?? 0 };
  let found = 0;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => {
        const key2 = deref(doc, p.key);
        return ((0, import_yaml.isScalar)(key2) ? String(key2.value) : String(key2)) === String(segment);
      });
      if (!pair) break;
      const key = pair.key;
      const value = deref(doc, pair.value);
      const keyOffset = key?.range?.[0];
      ref = { valueOffset: value?.range?.[0] ?? keyOffset ?? ref.valueOffset, ...keyOffset !== void 0 ? { keyOffset } : {} };
      node = value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = deref(doc, node.items[Number(segment)]);
      if (item === void 0) break;
      ref = { valueOffset: item?.range?.[0] ?? ref.valueOffset };
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  return { ref, found };
}
function position(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function formatPath(path, root = "manifest") {
  if (path.length === 0) return root;
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/manifest/schema-errors.ts
var COMBINATORS = /* @__PURE__ */ new Set(["if", "oneOf", "anyOf", "allOf", "then", "else"]);
var PRIORITY = ["additionalProperties", "propertyNames", "not", "required", "enum", "const", "type", "oneOf"];
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    return looksLikeSecret(value) ? "a value that looks like a credential" : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}
var SECRET_VALUE = /^(?:sk-[A-Za-z0-9_-]{16,}|sk-(?:proj|ant)-\S{8,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*)$/;
function looksLikeSecret(value) {
  return SECRET_VALUE.test(value.trim());
}
function typeName(type) {
  switch (type) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "integer":
      return "an integer";
    case "null":
      return "null";
    default:
      return `a ${type}`;
  }
}
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length];
}
function suggest(word, options) {
  let best;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(word, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function custom(error) {
  const parent = error.parentSchema;
  if (error.keyword === "pattern" && typeof parent?.patternErrorMessage === "string") return parent.patternErrorMessage;
  if (error.keyword === "propertyNames") {
    const own = error.schema?.errorMessage;
    if (typeof own === "string") return own;
  }
  return typeof parent?.errorMessage === "string" ? parent.errorMessage : void 0;
}
function problemOf(error, data, rootName) {
  const base = pointerToPath(error.instancePath);
  const value = valueAt(data, base);
  const got = ` (got ${describeValue(value)})`;
  const params = error.params;
  const message = custom(error);
  switch (error.keyword) {
    case "required": {
      const path = [...base, String(params.missingProperty)];
      return { path, atKey: false, missing: true, message: message ?? "is required" };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const props = Object.keys(error.parentSchema?.properties ?? {});
      const hint = suggest(name, props);
      const known = props.length ? `; expected one of: ${props.join(", ")}` : "";
      const paramsHint = !hint && base.length === 1 && base[0] === "model" ? " (request parameters such as temperature go under model.params)" : "";
      return {
        path: [...base, name],
        atKey: true,
        missing: false,
        message: `is not a known field of ${formatPath(base, rootName)}${hint ? ` (did you mean "${hint}"?)` : known}${paramsHint}`
      };
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      return { path: [...base, name], atKey: true, missing: false, message: message ?? "is not an allowed name" };
    }
    case "type": {
      const types = String(params.type).split(",").map(typeName).join(" or ");
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${types}`}${got}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const hint = typeof value === "string" ? suggest(value, allowed) : void 0;
      const text = message ?? `must be one of ${allowed.join(", ")}`;
      return { path: base, atKey: false, missing: false, message: `${text}${got}${hint ? `; did you mean "${hint}"?` : ""}` };
    }
    case "const":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${JSON.stringify(params.allowedValue)}`}${got}` };
    case "pattern":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must match ${String(params.pattern)}`}${got}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${String(params.comparison)} ${String(params.limit)}`}${got}` };
    case "minLength":
      return { path: base, atKey: false, missing: false, message: message ?? (params.limit === 1 ? "must not be empty" : `must have at least ${String(params.limit)} characters`) };
    case "minItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must have at least ${String(params.limit)} ${params.limit === 1 ? "entry" : "entries"}` };
    case "minProperties":
      return { path: base, atKey: false, missing: false, message: message ?? "must not be empty" };
    case "uniqueItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must not repeat entries (entries ${String(params.j)} and ${String(params.i)} are the same)` };
    default:
      return { path: base, atKey: false, missing: false, message: `${message ?? error.message ?? "is invalid"}${value === void 0 ? "" : got}` };
  }
}
function isPrefix(short, long) {
  return short.length < long.length && short.every((s, i) => long[i] === s);
}
function schemaProblems(errors, data, rootName = "manifest") {
  let kept = errors.filter((e) => !["if", "then", "else", "allOf"].includes(e.keyword));
  for (const group of kept.filter((e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && custom(e))) {
    kept = kept.filter((e) => e === group || !e.schemaPath.startsWith(`${group.schemaPath}/`));
  }
  kept = kept.filter((e) => !COMBINATORS.has(e.keyword) || custom(e) || kept.every((o) => o === e || !o.schemaPath.startsWith(`${e.schemaPath}/`)));
  const propertyNameGroups = kept.filter((e) => e.keyword === "propertyNames");
  kept = kept.filter((e) => e.keyword === "propertyNames" || !propertyNameGroups.some((g) => e.schemaPath.startsWith(`${g.schemaPath}/`)));
  const problems = kept.map((e) => ({ problem: problemOf(e, data, rootName), keyword: e.keyword }));
  const specific = problems.filter((p) => !problems.some((o) => isPrefix(p.problem.path, o.problem.path)));
  const seen = /* @__PURE__ */ new Set();
  return specific.sort((a, b) => rank(a.keyword) - rank(b.keyword)).map((p) => p.problem).filter((p) => {
    const key = `${p.path.join("\0")}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function rank(keyword) {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
}

// src/manifest/load.ts
function validate2(data) {
  const validator = manifestValidator();
  const ok = validator(data);
  return { ok, errors: validator.errors ?? [] };
}
var SECRET_KEY = /^(?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|bearer[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization)$/i;
var SECRET_HINT = "put the credential in a secret, expose it as an environment variable, and name the variable: auth: { env: OPENAI_API_KEY }";
function rejectSecrets(node, path, where) {
  if ((0, import_yaml2.isMap)(node)) {
    for (const pair of node.items) {
      const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : void 0;
      if (key === void 0) continue;
      const inAuth = path[path.length - 1] === "auth";
      const freeForm = path[0] === "deploy" || path[0] === "model" && path[1] === "http" && path[2] === "body";
      if (!freeForm && (SECRET_KEY.test(key) || inAuth && /^(?:key|value)$/i.test(key))) {
        const field = formatPath([...path, key]);
        const offset = pair.key.range?.[0] ?? 0;
        throw new UserError(`${field} would hold a credential in the manifest, which is committed and shown in pull requests`, where(offset), SECRET_HINT);
      }
      rejectSecrets(pair.value, [...path, key], where);
    }
  } else if ((0, import_yaml2.isSeq)(node)) {
    node.items.forEach((item, i) => rejectSecrets(item, [...path, String(i)], where));
  } else if ((0, import_yaml2.isScalar)(node) && typeof node.value === "string" && looksLikeSecret(node.value)) {
    throw new UserError(`${formatPath(path)} looks like a literal credential; the manifest must not hold secrets`, where(node.range?.[0] ?? 0), SECRET_HINT);
  }
}
function parseManifest(text, file) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset) => ({ file, ...position(lineCounter, offset) });
  const syntax = doc.errors[0];
  if (syntax) {
    const [start] = syntax.linePos ?? [];
    const what = syntax.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`YAML syntax error: ${what}`, { file, ...start ? { line: start.line, column: start.col } : {} });
  }
  if (doc.contents === null) throw new UserError("manifest is empty", { file, line: 1, column: 1 }, "see the manifest reference in the README");
  rejectSecrets(doc.contents, [], at);
  const data = doc.toJS({ maxAliasCount: 50 });
  const result = validate2(data);
  if (!result.ok) {
    const located = schemaProblems(result.errors, data).map((problem) => {
      const { ref } = findNode(doc, problem.path);
      const offset = problem.atKey || problem.missing ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { problem, offset };
    });
    located.sort((a, b) => a.offset - b.offset);
    let first = located[0];
    if (first?.problem.missing) {
      const parent = first.problem.path.slice(0, -1);
      const inside = located.find(
        (l) => !l.problem.missing && l.problem.path.length === parent.length + 1 && parent.every((p, i) => l.problem.path[i] === p)
      );
      if (inside) first = inside;
    }
    if (first) throw new UserError(`${formatPath(first.problem.path)} ${first.problem.message}`, at(first.offset));
    throw new UserError("manifest does not match the schema", { file, line: 1, column: 1 });
  }
  return {
    manifest: applyDefaults(data),
    file,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      return at(atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset);
    }
  };
}
async function loadManifestFile(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new UserError(`manifest not found: ${displayName}`, { file: displayName }, "pass the path with --manifest, or create shadowgate.yaml");
    throw new UserError(`cannot read the manifest (${code ?? String(e)})`, { file: displayName });
  }
  return parseManifest(text, displayName);
}

// node-builtin:node:crypto?createHash
var builtin2 = process.getBuiltinModule("node:crypto");
var createHash = builtin2.createHash;

// node-builtin:node:path?isAbsolute,join,posix,relative,resolve
var builtin3 = process.getBuiltinModule("node:path");
var isAbsolute = builtin3.isAbsolute;
var join = builtin3.join;
var posix = builtin3.posix;
var relative = builtin3.relative;
var resolve = builtin3.resolve;

// src/surfaces/template.ts
var FILTERS = ["json"];
var SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|\d+)$/;
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function compileTemplate(source, file, origin = { line: 1, column: 1 }) {
  const parts = [];
  let text = "";
  let i = 0;
  const at = (offset) => {
    const lc = lineColumn(source, offset);
    return { file, line: origin.line + lc.line - 1, column: lc.line === 1 ? origin.column + lc.column - 1 : lc.column };
  };
  while (i < source.length) {
    const open = source.indexOf("{{", i);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    if (source.startsWith("{{{{", open)) {
      text += "{{";
      i = open + 4;
      continue;
    }
    const close = source.indexOf("}}", open + 2);
    const nextOpen = source.indexOf("{{", open + 2);
    if (close === -1 || nextOpen !== -1 && nextOpen < close) {
      throw new UserError('unclosed "{{" in template (write {{{{ for a literal "{{")', at(open));
    }
    const inner = source.slice(open + 2, close);
    const [pathText = "", ...filters] = inner.split("|").map((s) => s.trim());
    if (filters.length > 1) throw new UserError(`only one filter is allowed in "{{${inner}}}"`, at(open));
    const filter = filters[0];
    if (filter !== void 0 && !FILTERS.includes(filter)) {
      throw new UserError(`unknown template filter "${filter}" (expected one of: ${FILTERS.join(", ")})`, at(open));
    }
    const path = pathText.split(".");
    if (!pathText || !path.every((s) => SEGMENT.test(s))) {
      throw new UserError(`"{{${inner}}}" is not a field reference; expected a dotted path such as {{ customer.name }}`, at(open));
    }
    if (text) parts.push(text);
    text = "";
    const { line, column } = at(open);
    parts.push({ expression: pathText, path, ...filter ? { filter } : {}, line, column });
    i = close + 2;
  }
  if (text) parts.push(text);
  const fields = [...new Set(parts.filter((p) => typeof p !== "string").map((p) => p.expression))];
  return { file, parts, fields };
}
function lookup(data, path) {
  let cur = data;
  for (const segment of path) {
    if (Array.isArray(cur) && /^\d+$/.test(segment)) cur = cur[Number(segment)];
    else if (cur !== null && typeof cur === "object" && Object.hasOwn(cur, segment)) cur = cur[segment];
    else return { found: false };
    if (cur === void 0) return { found: false };
  }
  return { found: true, value: cur };
}
function resolveSlot(slot, template, data, place) {
  const { found, value } = lookup(data, slot.path);
  if (!found) {
    throw new UserError(
      `record has no field "${slot.expression}", which the template ${template.file}:${slot.line}:${slot.column} uses`,
      { file: place.file, line: place.line },
      "add the field to every dataset record, or change the template"
    );
  }
  return value;
}
function asText(slot, value, template, place) {
  if (slot.filter === "json") return JSON.stringify(value);
  if (value === null) return "";
  if (typeof value === "object") {
    throw new UserError(
      `field "${slot.expression}" is a ${Array.isArray(value) ? "list" : "mapping"}; write {{ ${slot.expression} | json }} in ${template.file}:${slot.line}:${slot.column} to insert it as JSON`,
      { file: place.file, line: place.line }
    );
  }
  return String(value);
}
function renderTemplate(template, data, place) {
  let out = "";
  for (const part of template.parts) {
    out += typeof part === "string" ? part : asText(part, resolveSlot(part, template, data, place), template, place);
  }
  return out;
}
function compileJsonTemplate(value, file) {
  if (typeof value === "string") {
    if (!value.includes("{{")) return { kind: "value", value };
    const template = compileTemplate(value, file);
    const only = template.parts.length === 1 && typeof template.parts[0] !== "string" ? template.parts[0] : void 0;
    return { kind: "text", template, ...only ? { whole: only } : {} };
  }
  if (Array.isArray(value)) return { kind: "list", items: value.map((v) => compileJsonTemplate(v, file)) };
  if (value !== null && typeof value === "object") {
    return { kind: "map", entries: Object.entries(value).map(([k, v]) => [k, compileJsonTemplate(v, file)]) };
  }
  return { kind: "value", value };
}
function renderJsonTemplate(template, data, place) {
  switch (template.kind) {
    case "value":
      return template.value;
    case "text":
      return template.whole ? resolveSlot(template.whole, template.template, data, place) : renderTemplate(template.template, data, place);
    case "list":
      return template.items.map((t) => renderJsonTemplate(t, data, place));
    case "map":
      return Object.fromEntries(template.entries.map(([k, t]) => [k, renderJsonTemplate(t, data, place)]));
  }
}

// src/manifest/ajv-loader.ts
var loaded;
var loading;
function loadAjv() {
  if (loaded) return Promise.resolve(loaded);
  loading ??= Promise.all([import("./ajv-APTI5WON.js"), import("./2019-MGGZLKSO.js"), import("./2020-3542QDDA.js"), import("./dist-BBUUQZ2D.js")]).then(
    ([draft07, draft2019, draft2020, formats]) => {
      const formatsModule = formats.default;
      const addFormats = formatsModule.default ?? formatsModule;
      loaded = {
        Ajv: named(draft07, "Ajv"),
        Ajv2019: named(draft2019, "Ajv2019"),
        Ajv2020: named(draft2020, "Ajv2020"),
        addFormats
      };
      return loaded;
    }
  );
  return loading;
}
function named(namespace, name) {
  return namespace[name] ?? namespace.default[name];
}
function loadedAjv() {
  return loaded;
}
function ajvModules() {
  if (loaded) return loaded;
  const requireFromHere = process.getBuiltinModule("node:module").createRequire(import.meta.url);
  const formats = requireFromHere("ajv-formats");
  loaded = {
    Ajv: requireFromHere("ajv").Ajv,
    Ajv2019: requireFromHere("ajv/dist/2019.js").Ajv2019,
    Ajv2020: requireFromHere("ajv/dist/2020.js").Ajv2020,
    addFormats: formats.default ?? formats
  };
  return loaded;
}

// src/manifest/json-file.ts
var import_yaml3 = __toESM(require_dist(), 1);
function offsetToLocation(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function parseJsonFile(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e.message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = offsetToLocation(text, offset === void 0 ? text.length : Number(offset), file);
    throw new UserError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "")}`, where);
  }
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter });
  return {
    file,
    value,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      const offset = atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { file, ...position(lineCounter, offset) };
    }
  };
}
function checkShape(json, base, data, errors, what) {
  const problems = schemaProblems(errors, data, base.length ? formatPath(base, "file") : "the file");
  const located = problems.map((p) => {
    const path = [...base, ...p.path];
    return { p, path, where: json.locate(path, p.atKey || p.missing) };
  });
  located.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  const first = located[0];
  if (first) throw new UserError(`${what}: ${formatPath(first.path, "file")} ${first.p.message}`, first.where);
}
function ajvFor(schema) {
  const declared = typeof schema === "object" && schema !== null ? String(schema.$schema ?? "") : "";
  const options = { allErrors: true, verbose: true, strictTypes: false, strictTuples: false, strictRequired: false };
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv = declared.includes("2019-09") ? new Ajv2019(options) : /draft-0[67]/.test(declared) ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  return ajv;
}
function checkJsonSchema(json, base, schema, what) {
  if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new UserError(`${what}: ${formatPath(base, "file")} must be a JSON Schema object`, json.locate(base));
  }
  const ajv = ajvFor(schema);
  if (!ajv.validateSchema(schema)) {
    checkShape(json, base, schema, ajv.errors ?? [], `${what} is not a valid JSON Schema`);
  }
  try {
    return ajv.compile(schema);
  } catch (e) {
    const message = e.message.replace(/^strict mode: /, "");
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
    const format = /unknown format "([^"]+)"/.exec(message)?.[1];
    const keyPath = keyword ? findKey(schema, [...base], (k) => k === keyword) : ref ? findKey(schema, [...base], (k, v) => k === "$ref" && v === ref) : format ? findKey(schema, [...base], (k, v) => k === "format" && v === format) : void 0;
    throw new UserError(
      `${what} is not a valid JSON Schema: ${message.replace(/ ignored in schema at path .*$/, "")}`,
      keyPath ? json.locate(keyPath, true) : json.locate(base),
      keyword ? `check the spelling of "${keyword}"` : format ? "known formats: date-time, date, time, email, uri, uuid, ipv4, ipv6, hostname, regex \u2026" : void 0
    );
  }
}
function findKey(value, path, match) {
  if (value === null || typeof value !== "object") return void 0;
  for (const [k, v] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(k) : k];
    if (!Array.isArray(value) && match(k, v)) return here;
    const inner = findKey(v, here, match);
    if (inner) return inner;
  }
  return void 0;
}

// src/manifest/reserved-env.ts
var reservedPrefixes = ["GITHUB_", "ACTIONS_", "RUNNER_", "INPUT_", "STATE_", "GH_", "SHADOWGATE_", "CI_", "BUILDKITE_", "SYSTEM_"];
var reservedNames = ["CI", "NODE_AUTH_TOKEN", "KUBECONFIG"];
function reservedBecause(name) {
  const upper = name.toUpperCase();
  const prefix = reservedPrefixes.find((p) => upper.startsWith(p));
  if (prefix) return `${prefix}*`;
  return reservedNames.find((n) => n === upper);
}
function namedVariables(manifest) {
  const named2 = [];
  if (manifest.model.auth) named2.push({ field: ["model", "auth", "env"], name: manifest.model.auth.env });
  const embeddings = manifest.shadow?.embeddings;
  if (embeddings?.auth) named2.push({ field: ["shadow", "embeddings", "auth", "env"], name: embeddings.auth.env });
  return named2;
}
function checkReservedVariables(manifest, locate) {
  for (const { field, name } of namedVariables(manifest)) {
    const because = reservedBecause(name);
    if (!because) continue;
    throw new UserError(
      `${field.join(".")} names ${name}, a variable of the CI runner or of the action (${because}): it is never sent as a credential`,
      locate(field),
      "store the model key as a secret of its own and name that variable, e.g. auth: { env: OPENAI_API_KEY }"
    );
  }
}
var routingHeaders = ["host", "forwarded", "x-forwarded-host", "x-forwarded-server", "x-original-host", "x-host", "x-original-url", "x-rewrite-url", "x-http-destinationurl"];
function checkRoutingHeaders(manifest, locate) {
  const named2 = Object.keys(manifest.model.headers ?? {}).map((name) => ({ field: ["model", "headers", name], name }));
  if (manifest.model.auth?.header) named2.push({ field: ["model", "auth", "header"], name: manifest.model.auth.header });
  const embeddingsHeader = manifest.shadow?.embeddings?.auth?.header;
  if (embeddingsHeader) named2.push({ field: ["shadow", "embeddings", "auth", "header"], name: embeddingsHeader });
  for (const { field, name } of named2) {
    if (!routingHeaders.includes(name.toLowerCase())) continue;
    throw new UserError(
      `${field.join(".")}: the ${name} header chooses which server answers, so a manifest may not set it \u2014 requests go only to the endpoint's own host`,
      locate(field),
      "declare the host in model.endpoint instead"
    );
  }
}

// src/metrics/schema.ts
var cache = /* @__PURE__ */ new WeakMap();
function validatorFor(schema, what) {
  const cached = cache.get(schema);
  if (cached) return cached;
  const dialect = typeof schema.$schema === "string" ? schema.$schema : "";
  const options = { strict: false, allErrors: false, validateFormats: true };
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv = dialect.includes("2020-12") ? new Ajv2020(options) : dialect.includes("2019-09") ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  let validate3;
  try {
    validate3 = ajv.compile(schema);
  } catch (e) {
    throw new UserError(`${what} is not a usable JSON Schema: ${e.message}`);
  }
  cache.set(schema, validate3);
  return validate3;
}
function schemaErrorReason(errors) {
  const first = errors?.[0];
  if (!first) return "schema";
  return `${first.keyword} at ${first.instancePath || "/"}`;
}
function withAjv(metric) {
  const observe = metric.observe.bind(metric);
  return {
    ...metric,
    observe: (state, pair, ctx) => loadedAjv() ? observe(state, pair, ctx) : loadAjv().then(() => observe(state, pair, ctx))
  };
}

// src/metrics/stats.ts
function sortedCopy(values) {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
function percentileOfSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank2 = p / 100 * (n - 1);
  const lo = Math.floor(rank2);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo];
  const high = sorted[hi];
  return low + (high - low) * (rank2 - lo);
}
var scratch = new Float64Array(0);
function sortedScratch(values) {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const view = scratch.subarray(0, values.length);
  view.set(values);
  return view.sort();
}
function percentilesOf(values, ps) {
  const sorted = sortedScratch(values);
  return ps.map((p) => sorted.length ? percentileOfSorted(sorted, p) : null);
}
function mean(values) {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function stdPopulation(values) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
function tailPercentiles(values) {
  const [p50 = null, p95 = null, p99 = null] = percentilesOf(values, [50, 95, 99]);
  return { p50, p95, p99 };
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
function addCounts(into, from) {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
  return into;
}
function topCounts(counts, limit) {
  return Object.entries(counts).map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);
}

// src/metrics/column.ts
var NumberColumn = class _NumberColumn {
  #values;
  #length = 0;
  /** `capacity`: how many values to expect; more still fit (the column grows by half). */
  constructor(capacity = 0) {
    this.#values = new Float64Array(Math.max(0, Math.floor(capacity)));
  }
  static from(input, capacity = 0) {
    const source = input instanceof _NumberColumn ? input.values() : input;
    const column = new _NumberColumn(Math.max(capacity, source.length));
    column.#values.set(source);
    column.#length = source.length;
    return column;
  }
  /** a's values, then b's: how shards' states merge. Accepts the JSON form of either. */
  static concat(a, b) {
    const column = _NumberColumn.from(a, a.length + b.length);
    column.#values.set(b instanceof _NumberColumn ? b.values() : b, column.#length);
    column.#length += b.length;
    return column;
  }
  get length() {
    return this.#length;
  }
  push(value) {
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(Math.ceil(this.#values.length * 1.5) + 16);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }
  /** The values so far, without copying: a view that later pushes may leave behind. */
  values() {
    return this.#values.subarray(0, this.#length);
  }
  toJSON() {
    return Array.from(this.values());
  }
};

// src/metrics/metric.ts
function bothOk(pair) {
  return pair.baseline.ok && pair.candidate.ok;
}
function pairedMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    omitWhenEmpty: spec.omitWhenEmpty,
    applies: spec.applies ?? (() => true),
    init: (ctx) => ({ baseline: new NumberColumn(ctx.expectedPairs), candidate: new NumberColumn(ctx.expectedPairs), excludedFailedPairs: 0, missing: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = spec.value(pair.baseline, ctx);
      const c = spec.value(pair.candidate, ctx);
      if (b === void 0 || c === void 0 || !Number.isFinite(b) || !Number.isFinite(c)) {
        state.missing++;
        return;
      }
      state.baseline.push(b);
      state.candidate.push(c);
    },
    merge: (a, b) => ({
      baseline: NumberColumn.concat(a.baseline, b.baseline),
      candidate: NumberColumn.concat(a.candidate, b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
      missing: a.missing + b.missing
    }),
    finish(state) {
      const baseline = state.baseline.values();
      const candidate = state.candidate.values();
      const b = tailPercentiles(baseline);
      const c = tailPercentiles(candidate);
      return {
        ...meta(spec),
        test: "paired-continuous",
        n: baseline.length,
        baseline: b.p50 ?? void 0,
        candidate: c.p50 ?? void 0,
        paired: { baseline, candidate },
        details: {
          baseline: { ...b, mean: finiteOrNull(mean(baseline)) },
          candidate: { ...c, mean: finiteOrNull(mean(candidate)) },
          excludedFailedPairs: state.excludedFailedPairs,
          missingValuePairs: state.missing,
          ...spec.details?.(state)
        }
      };
    }
  };
}
function initBinary() {
  return { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, reasons: { baseline: {}, candidate: {} }, excludedFailedPairs: 0 };
}
function countBinary(state, baseline, candidate) {
  if (baseline.pass && candidate.pass) state.bothPass++;
  else if (baseline.pass) state.baselineOnly++;
  else if (candidate.pass) state.candidateOnly++;
  else state.neither++;
  for (const reason of baseline.reasons ?? []) state.reasons.baseline[reason] = (state.reasons.baseline[reason] ?? 0) + 1;
  for (const reason of candidate.reasons ?? []) state.reasons.candidate[reason] = (state.reasons.candidate[reason] ?? 0) + 1;
}
function mergeBinary(a, b) {
  return {
    bothPass: a.bothPass + b.bothPass,
    baselineOnly: a.baselineOnly + b.baselineOnly,
    candidateOnly: a.candidateOnly + b.candidateOnly,
    neither: a.neither + b.neither,
    reasons: {
      baseline: addCounts(addCounts({}, a.reasons.baseline), b.reasons.baseline),
      candidate: addCounts(addCounts({}, a.reasons.candidate), b.reasons.candidate)
    },
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
  };
}
function finishBinary(spec, state, reasonsTitle = "reasons") {
  const n = state.bothPass + state.baselineOnly + state.candidateOnly + state.neither;
  return {
    ...meta(spec),
    test: "paired-binary",
    n,
    baseline: n ? (state.bothPass + state.baselineOnly) / n : void 0,
    candidate: n ? (state.bothPass + state.candidateOnly) / n : void 0,
    binary: { bothPass: state.bothPass, baselineOnly: state.baselineOnly, candidateOnly: state.candidateOnly, neither: state.neither },
    details: { [reasonsTitle]: state.reasons, excludedFailedPairs: state.excludedFailedPairs }
  };
}
function binaryMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: spec.applies ?? (() => true),
    init: initBinary,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      countBinary(state, spec.check(pair.baseline.output, "baseline", ctx), spec.check(pair.candidate.output, "candidate", ctx));
    },
    merge: mergeBinary,
    finish: (state) => finishBinary(spec, state, spec.detailsTitle)
  };
}
function initAgreement(ctx) {
  return { values: new NumberColumn(ctx.expectedPairs), noise: new NumberColumn(), excludedFailedPairs: 0, notComparable: 0 };
}
function mergeAgreement(a, b) {
  return {
    values: NumberColumn.concat(a.values, b.values),
    noise: NumberColumn.concat(a.noise, b.noise),
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    notComparable: a.notComparable + b.notComparable
  };
}
function scoreSummary(values, threshold) {
  const [p5 = null, p50 = null] = percentilesOf(values, [5, 50]);
  let below = 0;
  if (threshold !== void 0) {
    for (let i = 0; i < values.length; i++) if (values[i] < threshold) below++;
  }
  return {
    p5,
    p50,
    mean: finiteOrNull(mean(values)),
    ...threshold !== void 0 ? { shareBelowThreshold: values.length ? below / values.length : null } : {}
  };
}
function finishAgreement(spec, state, threshold, extra) {
  const values = state.values.values();
  const noise = state.noise.values();
  return {
    ...meta(spec),
    test: "agreement",
    n: values.length,
    baseline: noise.length ? mean(noise) : void 0,
    candidate: values.length ? mean(values) : void 0,
    agreement: { values, ...noise.length ? { noise } : {}, ...threshold !== void 0 ? { threshold } : {} },
    details: {
      ...scoreSummary(values, threshold),
      ...noise.length ? { noise: scoreSummary(noise, threshold) } : {},
      excludedFailedPairs: state.excludedFailedPairs,
      notComparablePairs: state.notComparable,
      ...extra
    }
  };
}
function agreementMetric(spec) {
  const full = { id: spec.id, title: spec.title, unit: spec.unit ?? "score", badDirection: "decrease" };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind, ctx) => spec.kinds.includes(kind) && (spec.applies?.(ctx) ?? true),
    init: initAgreement,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const score = spec.score(pair.baseline.output, pair.candidate.output, ctx);
      if (score === void 0) state.notComparable++;
      else state.values.push(score);
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(pair.baseline.output, pair.baselineRepeat.output, ctx);
        if (noise !== void 0) state.noise.push(noise);
      }
    },
    merge: mergeAgreement,
    finish: (state) => finishAgreement(full, state, spec.threshold)
  };
}
function meta(spec) {
  return { id: spec.id, title: spec.title, unit: spec.unit, badDirection: spec.badDirection };
}

// src/metrics/llm/refusal.ts
var Q = "['\u2019]";
var CANT = `(?:\\s+(?:can${Q}?t|cannot|can not|won${Q}?t|will not|am unable to|am not able to)|${Q}m\\s+(?:unable|not able) to)`;
var DEFAULT_REFUSAL_PATTERNS = [
  `^\\s*(?:i${Q}?m|i am)\\s+(?:so\\s+|very\\s+|really\\s+)?sorry,?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*(?:i|we)${CANT}\\s+(?:help|assist|provide|comply|do that|fulfil|fulfill|answer|share|support|engage)`,
  `^\\s*(?:sorry|apologies|unfortunately),?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*as an ai(?: language model)?,? i(?:${CANT}|\\s+don${Q}?t)`
];
function compileRefusalPatterns(patterns = DEFAULT_REFUSAL_PATTERNS) {
  return patterns.map((p) => new RegExp(p, "iu"));
}
function refusalReason(output, patterns) {
  if (!output) return void 0;
  if (output.refusal !== void 0 && output.refusal.trim() !== "") return "provider-field";
  if (output.finishReason === "content_filter") return "content-filter";
  const text = output.text ?? "";
  const index = patterns.findIndex((p) => p.test(text));
  return index >= 0 ? `pattern ${index + 1}` : void 0;
}
var refusalRate = binaryMetric({
  id: "llm.refusal_rate",
  title: "Refusal rate",
  unit: "rate",
  badDirection: "increase",
  detailsTitle: "refusedBy",
  applies: (kind, ctx) => (kind === "text" || kind === "json" || kind === "tool-calls") && ctx.llm?.refusalPatterns !== void 0,
  check(output, _side, ctx) {
    const reason = refusalReason(output, ctx.llm?.refusalPatterns ?? []);
    return reason ? { pass: true, reasons: [reason] } : { pass: false };
  }
});

// node-builtin:node:child_process?spawn
var builtin4 = process.getBuiltinModule("node:child_process");
var spawn = builtin4.spawn;

// node-builtin:node:util?isDeepStrictEqual
var builtin5 = process.getBuiltinModule("node:util");
var isDeepStrictEqual = builtin5.isDeepStrictEqual;

// src/metrics/extract.ts
function parseJsonText(text) {
  if (text === void 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}
function resolvePointer(document, pointer) {
  if (pointer === "") return { ok: true, value: document };
  if (!pointer.startsWith("/")) return { ok: false };
  let current = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { ok: false };
      const index = Number(token);
      if (index >= current.length) return { ok: false };
      current = current[index];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return { ok: false };
    }
  }
  return { ok: true, value: current };
}
function pointerToken(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
function selectedValue(output, spec) {
  if (!output) return { ok: false };
  if (spec.pointer !== void 0) {
    const source = output.text !== void 0 ? parseJsonText(output.text) : output.value !== void 0 ? { ok: true, value: output.value } : { ok: false };
    return source.ok ? resolvePointer(source.value, spec.pointer) : source;
  }
  if (output.value !== void 0) return { ok: true, value: output.value };
  if (output.text !== void 0) return { ok: true, value: output.text.trim() };
  return { ok: false };
}
var MISSING_LABEL = "(none)";
var MAX_LABEL_LENGTH = 100;
function asLabel(value) {
  if (typeof value === "string") return value.trim() === "" ? MISSING_LABEL : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
function extractLabel(output, spec) {
  const selected = selectedValue(output, spec);
  if (!selected.ok || selected.value === void 0 || selected.value === null) return MISSING_LABEL;
  const label = asLabel(selected.value);
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}\u2026` : label;
}
function extractNumber(output, spec) {
  if (!output) return void 0;
  const selected = selectedValue(output, spec);
  let candidate = selected.ok ? selected.value : void 0;
  if (candidate === void 0 && spec.pointer === void 0) {
    const tensor = output.tensors?.[0];
    if (tensor && tensor.data.length === 1) candidate = tensor.data[0];
  }
  if (Array.isArray(candidate) && candidate.length === 1) candidate = candidate[0];
  if (typeof candidate === "string" && candidate.trim() !== "") candidate = Number(candidate.trim());
  if (typeof candidate === "boolean") candidate = candidate ? 1 : 0;
  return typeof candidate === "number" && Number.isFinite(candidate) ? candidate : void 0;
}

// src/metrics/llm/task.ts
var DEFAULT_COMMAND_TIMEOUT_MS = 1e4;
function answerForTask(output) {
  if (!output) return "";
  if (output.text !== void 0 && output.text !== "") return output.text;
  if (output.toolCalls?.length) {
    return JSON.stringify(output.toolCalls.map((c) => ({ name: c.name, arguments: parseJsonText(c.arguments).ok ? JSON.parse(c.arguments) : c.arguments })));
  }
  if (output.value !== void 0) return JSON.stringify(output.value);
  return output.text ?? "";
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function checkAssertion(document, assertion, pattern) {
  const found = resolvePointer(document, assertion.pointer);
  const at = assertion.pointer || "/";
  if (assertion.exists !== void 0 && found.ok !== assertion.exists) return `${at} ${assertion.exists ? "missing" : "present"}`;
  if (!found.ok) return assertion.exists === false ? void 0 : `${at} missing`;
  if (assertion.equals !== void 0 && !isDeepStrictEqual(found.value, assertion.equals)) return `${at} not equal`;
  if (assertion.type !== void 0) {
    const actual = jsonType(found.value);
    if (!(actual === assertion.type || assertion.type === "number" && actual === "integer")) return `${at} not ${assertion.type}`;
  }
  if (pattern && !(typeof found.value === "string" && pattern.test(found.value))) return `${at} does not match`;
  return void 0;
}
function runCommand(argv, input, timeoutMs, cwd) {
  return new Promise((resolve2) => {
    const [file, ...args] = argv;
    const child = spawn(file, args, { cwd, stdio: ["pipe", "ignore", "ignore"], timeout: timeoutMs, killSignal: "SIGKILL" });
    child.on("error", (e) => resolve2(`command failed to start (${e.code ?? e.message})`));
    child.on("close", (code, signal) => resolve2(code === 0 ? void 0 : signal ? `command killed (${signal})` : `command exit ${code}`));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
async function checkTask(task, output) {
  const text = answerForTask(output);
  const reasons = [];
  const needsJson = (task.assert?.length ?? 0) > 0 || task.validate !== void 0;
  if (needsJson) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) reasons.push("not JSON");
    else {
      task.assert?.forEach((assertion, i) => {
        const why = checkAssertion(parsed.value, assertion, task.matches?.[i]);
        if (why) reasons.push(why);
      });
      if (task.validate && !task.validate(parsed.value)) {
        const first = task.validate.errors?.[0];
        reasons.push(first ? `schema ${first.keyword} at ${first.instancePath || "/"}` : "schema");
      }
    }
  }
  if (task.regex && !task.regex.test(text)) reasons.push("regex");
  if (task.command && reasons.length === 0) {
    const why = await runCommand(task.command, text, task.timeoutMs, task.cwd);
    if (why) reasons.push(why);
  }
  return reasons.map((r) => `${task.id}: ${r}`);
}
async function verdict(tasks, output) {
  const reasons = [];
  for (const task of tasks) reasons.push(...await checkTask(task, output));
  return reasons.length ? { pass: false, reasons } : { pass: true };
}
var META = { id: "task.success", title: "Task success", unit: "rate", badDirection: "decrease" };
var taskSuccess = {
  id: META.id,
  title: META.title,
  applies: (_kind, ctx) => (ctx.llm?.tasks?.length ?? 0) > 0,
  init: initBinary,
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const tasks = ctx.llm?.tasks ?? [];
    const [b, c] = await Promise.all([verdict(tasks, pair.baseline.output), verdict(tasks, pair.candidate.output)]);
    countBinary(state, b, c);
  },
  merge: mergeBinary,
  finish: (state) => finishBinary(META, state, "failedChecks")
};

// src/metrics/llm/compile.ts
var AT = ["shadow", "llm"];
function regex(source, flags, path, locate) {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new UserError(`${formatPath([...AT, ...path])} is not a valid regular expression: ${e.message.replace(/^Invalid regular expression: /, "")}`, locate([...AT, ...path]));
  }
}
async function compileLlmSettings(settings, locate, repoRoot) {
  const compiled = {};
  if (settings.refusals?.enabled !== false) {
    const patterns = settings.refusals?.patterns;
    compiled.refusalPatterns = patterns ? patterns.map((p, i) => regex(p, "iu", ["refusals", "patterns", i], locate)) : compileRefusalPatterns(DEFAULT_REFUSAL_PATTERNS);
  }
  if (settings.tasks?.length) {
    const ids = /* @__PURE__ */ new Set();
    if (settings.tasks.some((t) => t.schema)) await loadAjv();
    compiled.tasks = settings.tasks.map((task, i) => {
      if (ids.has(task.id)) throw new UserError(`shadow.llm.tasks[${i}].id "${task.id}" is used twice`, locate([...AT, "tasks", i, "id"]));
      ids.add(task.id);
      const out = { id: task.id, timeoutMs: task.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, ...repoRoot ? { cwd: repoRoot } : {} };
      if (task.assert) {
        out.assert = task.assert;
        out.matches = task.assert.map((a, j) => a.matches !== void 0 ? regex(a.matches, "u", ["tasks", i, "assert", j, "matches"], locate) : void 0);
      }
      if (task.regex !== void 0) out.regex = regex(task.regex, "u", ["tasks", i, "regex"], locate);
      if (task.schema) {
        try {
          out.validate = validatorFor(task.schema, `shadow.llm.tasks[${i}].schema`);
        } catch (e) {
          if (e instanceof UserError) throw new UserError(e.message, locate([...AT, "tasks", i, "schema"]));
          throw e;
        }
      }
      if (task.command) out.command = task.command;
      return out;
    });
  }
  const edges = settings.split?.promptTokens;
  if (edges) {
    const bad = edges.findIndex((edge, i) => i > 0 && edge <= edges[i - 1]);
    if (bad > 0) throw new UserError(`shadow.llm.split.promptTokens must be ascending (${edges[bad]} follows ${edges[bad - 1]})`, locate([...AT, "split", "promptTokens", bad]));
  }
  return compiled;
}
function priceOf(settings, model, who, locate) {
  const price = settings.prices?.[model];
  if (!price) {
    const known = Object.keys(settings.prices ?? {});
    throw new UserError(`shadow.llm.prices has no price for the ${who} model "${model}"${known.length ? ` (priced: ${known.join(", ")})` : ""}`, locate([...AT, "prices"]), `add "${model}": { input: \u2026, output: \u2026 } (USD per million tokens)`);
  }
  return price;
}

// src/manifest/resolve.ts
function endpointVariable(label) {
  return `SHADOWGATE_${label.toUpperCase()}_ENDPOINT`;
}
function worktreeReader(repoRoot) {
  return async (path) => {
    try {
      return await readFile(join(repoRoot, path), "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
      if (code === "EISDIR") throw new UserError(`${path} is a folder, not a file`, { file: path });
      throw new UserError(`cannot read ${path} (${code ?? String(e)})`, { file: path });
    }
  };
}
function digest(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 12);
}
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function repoRelative(repoRoot, path) {
  const rel = gitPath(isAbsolute(path) ? relative(resolve(repoRoot), path) : path);
  const normal = posix.normalize(rel);
  if (normal === ".." || normal.startsWith("../") || isAbsolute(normal)) {
    throw new UserError(`the manifest ${path} is outside the repository ${repoRoot}`);
  }
  return normal;
}
var TOOL_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["name", "parameters"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$", patternErrorMessage: 'must be 1-64 letters, digits, "_" or "-"' },
    description: { type: "string" },
    parameters: { type: "object" },
    strict: { type: "boolean" }
  }
};
var TOOL_WRAPPER_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["type", "function"],
  properties: { type: { const: "function" }, function: { type: "object" } }
};
var shapeAjv;
var shapeValidators = /* @__PURE__ */ new Map();
function shapeValidator(schema) {
  shapeAjv ??= new (ajvModules()).Ajv2020({ allErrors: true, verbose: true, keywords: ["patternErrorMessage"] });
  let validate3 = shapeValidators.get(schema);
  if (!validate3) shapeValidators.set(schema, validate3 = shapeAjv.compile(schema));
  return validate3;
}
function parseTool(text, file) {
  const json = parseJsonFile(text, file);
  let base = [];
  let definition = json.value;
  if (definition !== null && typeof definition === "object" && "function" in definition) {
    const wrapper = shapeValidator(TOOL_WRAPPER_SHAPE);
    if (!wrapper(definition)) checkShape(json, [], definition, wrapper.errors ?? [], "tool definition");
    definition = definition.function;
    base = ["function"];
  }
  const shape = shapeValidator(TOOL_SHAPE);
  if (!shape(definition)) checkShape(json, base, definition, shape.errors ?? [], "tool definition");
  const tool = definition;
  if (tool.parameters.type !== "object") {
    throw new UserError('tool definition: parameters must be a JSON Schema with "type": "object"', json.locate([...base, "parameters"]));
  }
  checkJsonSchema(json, [...base, "parameters"], tool.parameters, `parameters of tool "${tool.name}"`);
  return tool;
}
async function resolveAt(options, ref, manifestFile, read, text) {
  const at = ref === "worktree" ? "" : ` at ${ref}`;
  const loaded2 = parseManifest(text, manifestFile);
  const source = loaded2.manifest;
  const folder = posix.dirname(manifestFile);
  checkReservedVariables(source, (field) => loaded2.locate(field));
  checkRoutingHeaders(source, (field) => loaded2.locate(field));
  const place = (field, value) => {
    const path = posix.normalize(posix.join(folder, gitPath(value)));
    if (path === ".." || path.startsWith("../")) throw new UserError(`${field.join(".")} points outside the repository (${value})`, loaded2.locate(field));
    return path;
  };
  const fetch = async (field, path) => {
    const text2 = await read(path);
    if (text2 === void 0) {
      throw new UserError(`${field.join(".")}: ${path} does not exist${at}`, loaded2.locate(field), "paths in the manifest are relative to the folder the manifest is in");
    }
    return text2;
  };
  const manifest = structuredClone(source);
  let systemTemplate;
  let userTemplate;
  if (source.prompt?.system !== void 0) {
    const path = manifest.prompt.system = place(["prompt", "system"], source.prompt.system);
    systemTemplate = await fetch(["prompt", "system"], path);
    compileTemplate(systemTemplate, path);
  }
  if (source.prompt?.user !== void 0) {
    const path = manifest.prompt.user = place(["prompt", "user"], source.prompt.user);
    userTemplate = await fetch(["prompt", "user"], path);
    compileTemplate(userTemplate, path);
  }
  if ((source.tools?.schemas ?? []).length > 0 || source.output.schema !== void 0) await loadAjv();
  const tools = [];
  for (const [i, schemaPath] of (source.tools?.schemas ?? []).entries()) {
    const path = place(["tools", "schemas", i], schemaPath);
    manifest.tools.schemas[i] = path;
    tools.push(parseTool(await fetch(["tools", "schemas", i], path), path));
  }
  const names = /* @__PURE__ */ new Map();
  tools.forEach((tool, i) => {
    const other = names.get(tool.name);
    if (other) throw new UserError(`tool "${tool.name}" is defined twice (${other} and ${manifest.tools.schemas[i]})`, loaded2.locate(["tools", "schemas", i]));
    names.set(tool.name, manifest.tools.schemas[i]);
  });
  const choice = source.tools?.choice;
  if (typeof choice === "object" && !names.has(choice.name)) {
    throw new UserError(`tools.choice names "${choice.name}", which is not one of the tools (${[...names.keys()].join(", ")})`, loaded2.locate(["tools", "choice", "name"]));
  }
  let outputSchema;
  if (source.output.schema !== void 0) {
    const path = manifest.output.schema = place(["output", "schema"], source.output.schema);
    const json = parseJsonFile(await fetch(["output", "schema"], path), path);
    checkJsonSchema(json, [], json.value, "output schema");
    if (typeof json.value !== "object" || json.value === null) throw new UserError("output schema must be a JSON Schema object", json.locate([]));
    outputSchema = json.value;
  }
  manifest.shadow.dataset = place(["shadow", "dataset"], source.shadow.dataset);
  if (source.shadow.llm) await compileLlmSettings(source.shadow.llm, (path) => loaded2.locate(path));
  if (source.model.http) {
    try {
      compileJsonTemplate(source.model.http.body, manifestFile);
    } catch (e) {
      if (!isUserError(e)) throw e;
      throw new UserError(`model.http.body: ${e.message}`, loaded2.locate(["model", "http", "body"]));
    }
  }
  source.model.kserve?.inputs.forEach((input, i) => {
    if ((input.shape ?? []).filter((d) => d === -1).length > 1) {
      throw new UserError(`model.kserve.inputs[${i}].shape may have only one -1 entry`, loaded2.locate(["model", "kserve", "inputs", i, "shape"]));
    }
  });
  const endpointOverride = applyOverrides(manifest, options);
  const model = manifest.model;
  const digests = {
    model: digest({ id: model.id, version: model.version, params: model.params }),
    prompt: digest({ system: systemTemplate, user: userTemplate }),
    tools: digest({ tools, choice: manifest.tools?.choice, parallel: manifest.tools?.parallel }),
    context: digest(manifest.context ?? {})
  };
  return {
    label: options.label,
    ref,
    manifest,
    manifestPath: manifestFile,
    ...systemTemplate !== void 0 ? { systemTemplate } : {},
    ...userTemplate !== void 0 ? { userTemplate } : {},
    tools,
    ...outputSchema ? { outputSchema } : {},
    digests,
    manifestEndpoint: source.model.endpoint,
    ...endpointOverride !== void 0 ? { endpointOverride } : {},
    locate: (path) => loaded2.locate(path)
  };
}
function applyOverrides(manifest, options) {
  const variable = endpointVariable(options.label);
  const fromEnv = (options.env ?? process.env)[variable];
  const endpoint = options.overrides?.endpoint ?? (fromEnv ? fromEnv : void 0);
  if (endpoint !== void 0) {
    const origin = options.overrides?.endpoint !== void 0 ? `the ${options.label} endpoint override` : variable;
    let url;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UserError(`${origin} is not a URL (got ${JSON.stringify(endpoint)})`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError(`${origin} must be an http:// or https:// URL (got ${JSON.stringify(endpoint)})`);
    manifest.model.endpoint = endpoint;
  }
  if (options.overrides?.id !== void 0) manifest.model.id = options.overrides.id;
  return endpoint;
}
async function resolveSide(options) {
  const manifestFile = repoRelative(options.repoRoot, options.manifestPath);
  const attempt = async (ref) => {
    let read;
    if (ref === "worktree") {
      read = worktreeReader(options.repoRoot);
    } else {
      const commit = await resolveCommit(options.repoRoot, ref);
      read = (path) => readBlob(options.repoRoot, commit, path, ref);
    }
    const text = await read(manifestFile);
    return text === void 0 ? void 0 : resolveAt(options, ref, manifestFile, read, text);
  };
  const side = await attempt(options.ref);
  if (side) return side;
  if (options.fallbackRef !== void 0 && options.fallbackRef !== options.ref) {
    const fallback = await attempt(options.fallbackRef);
    if (fallback) return fallback;
  }
  const where = options.ref === "worktree" ? "in the working tree" : `at ${options.ref}`;
  throw new UserError(
    `${manifestFile} does not exist ${where} (the ${options.label})`,
    { file: manifestFile },
    options.label === "baseline" && options.ref !== "worktree" ? "a manifest added by this pull request has no baseline yet: merge it first, or give a baseline fallback (e.g. the head ref with the production endpoint in SHADOWGATE_BASELINE_ENDPOINT)" : "check the manifest path"
  );
}

export {
  promisify,
  sortedCopy,
  mean,
  stdPopulation,
  finiteOrNull,
  addCounts,
  topCounts,
  NumberColumn,
  bothOk,
  pairedMetric,
  initBinary,
  countBinary,
  mergeBinary,
  finishBinary,
  binaryMetric,
  initAgreement,
  mergeAgreement,
  finishAgreement,
  agreementMetric,
  meta,
  createHash,
  compileTemplate,
  lookup,
  renderTemplate,
  compileJsonTemplate,
  renderJsonTemplate,
  loadAjv,
  loadedAjv,
  ajvModules,
  readAtRef,
  repoTopLevel,
  parseJsonFile,
  checkShape,
  MANIFEST_DEFAULTS,
  loadManifestFile,
  validatorFor,
  schemaErrorReason,
  withAjv,
  refusalRate,
  parseJsonText,
  pointerToken,
  extractLabel,
  extractNumber,
  answerForTask,
  taskSuccess,
  compileLlmSettings,
  priceOf,
  canonicalJson,
  resolveSide
};
