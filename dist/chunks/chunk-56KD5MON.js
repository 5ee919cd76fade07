import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  findNode,
  formatPath,
  looksLikeSecret,
  position,
  readFile,
  require_dist,
  schemaProblems
} from "./chunk-IY34TOV6.js";
import {
  require_equal
} from "./chunk-QINDDRBP.js";
import {
  require_formats
} from "./chunk-XWYCPJVT.js";
import {
  require_ucs2length
} from "./chunk-CWVIZUTC.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";
import {
  __toESM
} from "./chunk-A7OMMFT7.js";

// src/manifest/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/defaults.ts
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
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://shadowgate.dev/schema/manifest-v1.json", "title": "shadowgate.yaml", "description": "What shadowgate replays and how it judges a change. Put `# yaml-language-server: $schema=<path or URL of this file>` on the first line for editor completion. Paths are relative to the folder holding the manifest. Credentials are never written here: name the environment variable that holds them (`auth.env`).", "type": "object", "additionalProperties": false, "required": ["version", "service", "model", "output", "shadow"], "properties": { "version": { "description": "Manifest format version.", "const": 1, "errorMessage": "must be 1 (the only manifest version)", "examples": [1] }, "service": { "description": "Name of the service this model or prompt serves; used in reports and as the deployment name.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "patternErrorMessage": "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit", "examples": ["support-bot", "price-model"] }, "model": { "$ref": "#/$defs/model" }, "prompt": { "$ref": "#/$defs/prompt" }, "tools": { "$ref": "#/$defs/tools" }, "context": { "$ref": "#/$defs/context" }, "versioning": { "$ref": "#/$defs/versioning" }, "output": { "$ref": "#/$defs/output" }, "shadow": { "$ref": "#/$defs/shadow" }, "deploy": { "$comment": "The only description of the deploy: section; src/delivery/deploy-config.ts validates with it and applies its defaults.", "description": "Blue-green deployment on Kubernetes: used by promote, rollback, status and lint.", "type": "object", "additionalProperties": false, "required": ["service", "slots"], "properties": { "namespace": { "description": "Namespace of the live Service, its slot Deployments and the Lease.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "default": "default", "patternErrorMessage": "must be a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit" }, "service": { "description": "The live Service whose selector is flipped between the slots.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "patternErrorMessage": "must be a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit" }, "slotKey": { "description": "Selector key that is flipped; every other selector key is left untouched.", "type": "string", "minLength": 1, "default": "shadowgate.dev/slot" }, "slots": { "description": "The two slots of the blue-green pair.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "$ref": "#/$defs/deploySlot" }, "green": { "$ref": "#/$defs/deploySlot" } } }, "lease": { "description": "The coordination.k8s.io Lease that keeps two runs from promoting at once.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Lease name (default: shadowgate-<service>).", "type": "string", "minLength": 1 }, "durationSeconds": { "description": "A lease not renewed for this long is expired and may be taken over.", "type": "integer", "minimum": 5, "default": 900 } } }, "warmup": { "description": "Warm-up of the target slot before the flip: recorded requests until p95 latency settles.", "type": "object", "additionalProperties": false, "properties": { "windowSize": { "description": "Requests per window; the p95 of consecutive windows is compared.", "type": "integer", "minimum": 2, "default": 20 }, "marginPercent": { "description": "Settled when the last window p95 is within this percentage of the previous one.", "type": "number", "exclusiveMinimum": 0, "default": 10 }, "maxRequests": { "description": "Give up (the promotion stops) after this many requests without settling.", "type": "integer", "minimum": 0, "default": 400 }, "maxSeconds": { "description": "Give up after this many seconds without settling.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "concurrency": { "description": "Warm-up requests in flight.", "type": "integer", "minimum": 1, "default": 4 } } }, "watch": { "description": "Watch window after the flip: active probes with the shadow judge; a breach flips back.", "type": "object", "additionalProperties": false, "properties": { "seconds": { "description": "How long to probe after the flip.", "type": "number", "minimum": 0, "default": 60 }, "intervalSeconds": { "description": "Pause between probes.", "type": "number", "exclusiveMinimum": 0, "default": 5 }, "maxFailures": { "description": "Failed probes that trigger the automatic flip back.", "type": "integer", "minimum": 1, "default": 1 } } }, "historyLimit": { "description": "Promotion records kept in the Service annotation (oldest dropped first).", "type": "integer", "minimum": 1, "maximum": 50, "default": 10 }, "lint": { "description": "LLM-safe serving checks for the slot Deployments.", "type": "object", "additionalProperties": false, "properties": { "minGracePeriodSeconds": { "description": "Minimum terminationGracePeriodSeconds (LLM responses stream for minutes).", "type": "integer", "minimum": 0, "default": 300 }, "minPreStopSeconds": { "description": "Minimum preStop sleep, so endpoints deregister before SIGTERM.", "type": "integer", "minimum": 0, "default": 5 }, "requireStartupProbe": { "description": "Require a startupProbe (slow model loads would trip the liveness probe).", "type": "boolean", "default": true } } }, "canary": { "$ref": "#/$defs/deployCanary" }, "windows": { "description": "Deployment windows: promote, each canary rung and the hand-over start only inside them (rollback and abort are never blocked).", "$ref": "#/$defs/deployWindows" }, "standby": { "description": "Standby scaling: the idle slot is scaled up to the live slot's size before it takes traffic, and the old slot down to minReplicas after the rollback window.", "$ref": "#/$defs/deployStandby" }, "drain": { "description": "Session draining at the flip of the live selector (promote, and the canary ladder's hand-over after its last rung): conversations running on the old slot finish there (marked by a cookie), new ones start on the new slot, until the timeout or a quiet period. Uses deploy.canary's router (gateway-api or istio) and slot Services.", "$ref": "#/$defs/deployDrain" } } } }, "$defs": { "path": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" }, "envName": { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] }, "auth": { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } }, "model": { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "stream": { "description": "openai only: call with `stream: true` (server-sent events), as users are served. The answer is reassembled (text, tool-call deltas joined by index) and compared as usual; time to first token and inter-token latency become gated metrics (`latency.ttft_ms`, `latency.inter_token_ms`); a stream that breaks off mid-answer fails as `stream-broken`.", "type": "boolean", "default": false }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }, { "if": { "properties": { "stream": { "const": true } }, "required": ["stream"] }, "then": { "properties": { "protocol": { "const": "openai", "errorMessage": "must be openai when model.stream is true (streamed replay speaks the OpenAI-compatible protocol)" } } } }] }, "kserveInput": { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } }, "prompt": { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } }, "tools": { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } }, "context": { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } }, "output": { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] }, "retries": { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "How much worse than the baseline is still acceptable: the gate tests for harm beyond it (rates: points as a fraction, 0.01 = 1 point; continuous: a share, 0.05 = \xD71.05; agreement: a score).", "type": "number", "minimum": 0 }, "threshold": { "description": "The regression the gate is powered to find (rates: a drop as a fraction; continuous: a ratio, 1.2 = +20 %); for agreement, the reference level without the noise floor.", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } }, "shadow": { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline` and the report is marked partial. The default (20 minutes) leaves the workflow template's 30-minute job time for checkout, set-up, metrics and the comment; retries that could not start before it are not waited for.", "type": "integer", "minimum": 1, "default": 1200 }, "retries": { "$ref": "#/$defs/retries" }, "answerBudgetMiB": { "description": "Memory for the answers held at once, all requests in flight together, in MiB: an answer costs 3\xD7 its bytes (the bytes, the decoded text and the parsed answer; 5\xD7 when not ASCII), reserved from its Content-Length before it is read, and holds them until its pair is scored; one that does not fit yet waits for room (its body left unread), and only one that could never fit (with its pair's other answers) fails as `too-large`. Bounds the run's memory whatever the concurrency and the answer size: peak RSS stays under this plus a fixed overhead.", "type": "integer", "minimum": 1, "maximum": 16384, "default": 256 }, "minSamples": { "description": "Fewer pairs with both answers than this gives an inconclusive verdict, or an error when most pairs lost an answer.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] }, "llm": { "$ref": "#/$defs/llm" } } }, "deploySlot": { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "patternErrorMessage": "must be a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } }, "deployWindows": { "type": "object", "additionalProperties": false, "required": ["open"], "properties": { "timeZone": { "description": "IANA time zone the days and hours are read in.", "type": "string", "minLength": 1, "default": "UTC" }, "open": { "description": 'Spans when traffic may move: days (mon \u2026 sun, or ranges such as mon-fri) and local hours "HH:MM-HH:MM" (end exclusive; past midnight when the end is earlier).', "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["days", "hours"], "properties": { "days": { "description": "Days the span starts on: mon, tue, wed, thu, fri, sat, sun, or a range such as mon-fri (fri-mon wraps over the weekend).", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" } }, "hours": { "description": 'Local hours "HH:MM-HH:MM", end exclusive; "22:00-02:00" runs past midnight, "00:00-24:00" is the whole day.', "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" } } } }, "waitMinutes": { "description": "Outside a window, wait up to this long for the next opening instead of refusing (0: refuse at once).", "type": "number", "minimum": 0, "default": 0 } } }, "deployDrain": { "type": "object", "additionalProperties": false, "properties": { "timeoutSeconds": { "description": "After the flip, sessions marked on the old slot stay there at most this long; then the rest move.", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "quietSeconds": { "description": "The drain ends early once the old slot has answered no request for this long (seen through deploy.canary.provider). Longer than the usual pause between two turns of a conversation.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "markSeconds": { "description": "Sessions are marked at least this long before the flip; a conversation silent for all of it counts as new.", "type": "number", "minimum": 0, "default": 30 }, "cookieName": { "description": "Cookie the old slot's responses set (value: the slot name) and the drain rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-slot" }, "requests": { "description": "PromQL counter of the requests a slot answered ({{namespace}}, {{service}}, {{slot}}, {{window}}); default: the total of deploy.canary's request-count metric. Without one the drain ends at its timeout only.", "type": "string", "minLength": 1 } } }, "deployStandby": { "type": "object", "additionalProperties": false, "properties": { "minReplicas": { "description": "Replicas each Deployment of the old slot keeps after the rollback window (0 allowed).", "type": "integer", "minimum": 0, "default": 0 }, "rollbackWindowSeconds": { "description": "After a successful watch window, promote keeps the old slot at full size this long (a rollback then stays sub-second), then scales it down.", "type": "number", "minimum": 0, "default": 600 }, "readyTimeoutSeconds": { "description": "How long a slot scaled up (by promote or rollback) may take to become ready.", "type": "number", "exclusiveMinimum": 0, "default": 900 } } }, "versioning": { "description": "Content ids and what a change must keep compatible: used by lock, check and the PR evaluation.", "type": "object", "additionalProperties": false, "properties": { "toolCompatibility": { "description": "Required compatibility of each tool-schema change between the base and the head: FULL (old and new calls pass both schemas: both versions serve side by side during a rollout), BACKWARD (the new schema accepts old calls), FORWARD (the old schema accepts new calls) or NONE. Read from the base branch's manifest: a pull request may raise it, and a level it lowers applies once merged.", "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"], "default": "FULL" }, "tools": { "description": "Required compatibility per tool name, overriding toolCompatibility.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] } }, "pins": { "description": "Regular expressions of model ids accepted as pinned, per protocol (openai, kserve-v2, http) or * for any, for names the built-in rules would call floating (your own deployment names, say).", "type": "object", "propertyNames": { "enum": ["openai", "kserve-v2", "http", "*"] }, "additionalProperties": { "type": "array", "items": { "type": "string", "format": "regex", "minLength": 1 } } } } }, "llm": { "description": "LLM-specific metrics: refusals, task checks, cost, splits by prompt length and segment, and a pairwise judge model.", "type": "object", "additionalProperties": false, "properties": { "refusals": { "description": "Refusal detection (the provider's refusal field, a content_filter finish, or answer text matching a pattern).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Off to leave llm.refusal_rate out." }, "patterns": { "description": "Case-insensitive regular expressions (JavaScript syntax) that replace the built-in English refusal openings.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "tasks": { "description": "Checks downstream code relies on; task.success passes an answer when every check passes.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/taskCheck" } }, "prices": { "description": "Prices per model id (USD per million tokens), for cost.per_1k_requests and the judge's cost cap.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "description": "USD per million prompt tokens.", "type": "number", "minimum": 0 }, "output": { "description": "USD per million completion tokens.", "type": "number", "minimum": 0 }, "cachedInput": { "description": "USD per million prompt tokens served from the provider's cache; defaults to input.", "type": "number", "minimum": 0 } } } }, "split": { "description": "Every metric again per prompt-token bucket and per segment.", "type": "object", "additionalProperties": false, "properties": { "promptTokens": { "description": "Upper bucket edges in prompt tokens, ascending.", "type": "array", "items": { "type": "integer", "minimum": 1 }, "default": [8e3, 32e3, 128e3] }, "segmentField": { "description": "Dot path of the record field naming the request's segment; records carrying a `segment` field are split by it when no other field is named.", "type": "string", "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$", "patternErrorMessage": "must be a dot path such as meta.tenant" }, "minPairs": { "description": "A group is judged and shown from this many pairs on.", "type": "integer", "minimum": 1, "default": 30 }, "maxSegments": { "description": "Most distinct segments a run may have; each is a group of every metric. A dataset whose sampled records carry more is refused before the replay, at the record opening one too many.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 100 } } }, "judge": { "$ref": "#/$defs/judgeModel" }, "moderation": { "description": "An OpenAI-compatible moderation endpoint (POST /moderations); its flag rate is llm.moderation_flag_rate.", "type": "object", "additionalProperties": false, "required": ["endpoint"], "properties": { "endpoint": { "description": "Base URL of the moderation API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Moderation model id, e.g. omni-moderation-latest; omitted from the request when not set.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "concurrency": { "description": "Moderation calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 3e4 } } } } }, "taskCheck": { "type": "object", "additionalProperties": false, "required": ["id"], "anyOf": [{ "required": ["assert"] }, { "required": ["schema"] }, { "required": ["regex"] }, { "required": ["command"] }], "errorMessage": "needs at least one of assert, schema, regex, command", "properties": { "id": { "description": "Names the check in reasons and the report.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+$", "patternErrorMessage": "must be a short id (letters, digits, _ . -)" }, "assert": { "description": "JSON Pointer assertions on the answer parsed as JSON.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["pointer"], "properties": { "pointer": { "description": "JSON Pointer into the parsed answer ('' is the whole answer).", "type": "string", "pattern": "^(/.*)?$", "patternErrorMessage": "must be a JSON Pointer such as /answer/0" }, "equals": { "description": "Deep-equal to this value." }, "exists": { "description": "The pointer resolves (true) or does not (false).", "type": "boolean" }, "matches": { "description": "Regular expression the string value must match.", "type": "string" }, "type": { "description": "The JSON type of the value.", "enum": ["string", "number", "integer", "boolean", "object", "array", "null"] } } } }, "schema": { "description": "Inline JSON Schema the parsed answer must satisfy.", "type": "object" }, "regex": { "description": "Regular expression the answer text must match.", "type": "string", "minLength": 1 }, "command": { "description": "argv of a command that reads the answer on stdin and exits 0 when it is usable; run in the repository root.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "timeoutMs": { "description": "Milliseconds before the command is killed and the check fails.", "type": "integer", "minimum": 1, "default": 1e4 } } }, "judgeModel": { "description": "An OpenAI-compatible judge model comparing each pair's answers against rubrics.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model", "rubrics"], "properties": { "endpoint": { "description": "Base URL of the judge's API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Judge model id; part of the cache key.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "rubrics": { "description": "What the judge compares; each rubric is a metric judge.<id>.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Short id: the metric is judge.<id>, and the cache is keyed on it.", "type": "string", "pattern": "^[a-z0-9_-]+$", "patternErrorMessage": "must be lower-case letters, digits, _ or -" }, "text": { "description": 'The property the judge looks for, e.g. "more flattering towards the user".', "type": "string", "minLength": 1 }, "badDirection": { "description": "Which way is bad: the candidate showing the property more (increase) or less (decrease).", "enum": ["increase", "decrease", "either"], "default": "increase" } } } }, "order": { "enum": ["both", "random"], "default": "both", "description": "both: each pair in both orders; random: one order drawn from the record id." }, "sample": { "description": "Which pairs are judged.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Share of pairs judged, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "max": { "description": "Upper bound on judged pairs.", "type": "integer", "minimum": 1, "default": 200 }, "seed": { "description": "Sampling seed of the judged pairs.", "type": "string" } } }, "concurrency": { "description": "Judge calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "maxCostUsd": { "description": "Stop starting judge calls once they cost this much (needs a price for the judge model).", "type": "number", "exclusiveMinimum": 0 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "cacheDir": { "description": "Folder of cached verdicts, relative to the repository root.", "type": "string", "minLength": 1, "default": ".shadowgate/judge-cache" } } }, "deployCanaryMetric": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } }, "deployCanarySegment": { "description": "A segment rung: requests carrying this header or cookie value go to the candidate (the segments of earlier rungs stay there); all other traffic stays on the stable slot.", "type": "object", "additionalProperties": false, "required": ["segment"], "properties": { "segment": { "description": "Segment name, shown in the rung verdict.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 40 }, "header": { "description": "Match a request header exactly, e.g. { name: x-user-segment, value: internal }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Header name (letters, digits and hyphens).", "type": "string", "pattern": "^[A-Za-z0-9-]+$", "maxLength": 256 }, "value": { "description": "Header value that puts a request in the segment.", "type": "string", "minLength": 1, "maxLength": 4096 } } }, "cookie": { "description": "Match a cookie value exactly, e.g. { name: segment, value: beta }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Cookie name.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "maxLength": 256 }, "value": { "description": "Cookie value that puts a request in the segment.", "type": "string", "pattern": "^[A-Za-z0-9._~-]+$", "maxLength": 1024 } } } } }, "deployCanary": { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "provider"], "allOf": [{ "if": { "properties": { "router": { "type": "object", "properties": { "kind": { "not": { "const": "replica-ratio" } } } } } }, "then": { "required": ["services"], "errorMessage": "is required for the gateway-api, istio and flagd routers: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)" } }], "properties": { "router": { "description": "The route (or feature flag) whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService; flagd: an OpenFeature flagd flag defined in a ConfigMap; replica-ratio: the live Service selects both slots' pods through a shared label and the candidate's share is its ready replicas over all ready replicas.", "enum": ["gateway-api", "istio", "flagd", "replica-ratio"] }, "name": { "description": "Name of the HTTPRoute, VirtualService or (flagd) ConfigMap, in deploy.namespace. Required except for replica-ratio, which steers deploy.service itself.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 }, "key": { "description": "flagd: the ConfigMap key holding the flag definition (the file flagd's file sync reads).", "type": "string", "pattern": "^[-._a-zA-Z0-9]+$", "default": "flags.flagd.json" }, "flag": { "description": "flagd: the flag whose targeting the ladder writes; its variants name the live Service (the default variant) and the slot Services. Default: the live Service's name.", "type": "string", "minLength": 1 }, "tolerance": { "description": "replica-ratio: percentage points a rung's share may be off the asked weight; rungs the replica counts cannot reach within it are refused at their line.", "type": "number", "minimum": 0, "maximum": 50, "default": 2 }, "readyTimeoutSeconds": { "description": "replica-ratio: how long the candidate's replicas may take to become ready before a rung is refused (and the candidate scaled back).", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "destinationRule": { "description": "istio: a DestinationRule in deploy.namespace with one subset per slot (labelled with deploy.slotKey); the route weights the live Service against those subsets of the rule's host instead of the slot Services.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service. Required except for replica-ratio, which steers deploy.service itself.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api, istio): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Segment rungs first (requests matching a header or cookie go to the candidate), then candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 99 }, { "$ref": "#/$defs/deployCanarySegment" }] }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "decisiveSamples": { "description": "From this many points per slot, a series metric is judged by Kayenta's two conditions alone; with fewer, a shift its interval neither confirms nor rules out (reaching past the threshold) makes the rung INCONCLUSIVE. Never below minSamples. Default: the fewest points at which the test can confirm a shift at all given confidence, window and stepSeconds (16 at the defaults, where a 300 s bake yields 17 points).", "type": "integer", "minimum": 3 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } } } };
var schema41 = { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } };
var schema42 = { "description": "Content ids and what a change must keep compatible: used by lock, check and the PR evaluation.", "type": "object", "additionalProperties": false, "properties": { "toolCompatibility": { "description": "Required compatibility of each tool-schema change between the base and the head: FULL (old and new calls pass both schemas: both versions serve side by side during a rollout), BACKWARD (the new schema accepts old calls), FORWARD (the old schema accepts new calls) or NONE. Read from the base branch's manifest: a pull request may raise it, and a level it lowers applies once merged.", "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"], "default": "FULL" }, "tools": { "description": "Required compatibility per tool name, overriding toolCompatibility.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] } }, "pins": { "description": "Regular expressions of model ids accepted as pinned, per protocol (openai, kserve-v2, http) or * for any, for names the built-in rules would call floating (your own deployment names, say).", "type": "object", "propertyNames": { "enum": ["openai", "kserve-v2", "http", "*"] }, "additionalProperties": { "type": "array", "items": { "type": "string", "format": "regex", "minLength": 1 } } } } };
var schema52 = { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "patternErrorMessage": "must be a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } };
var schema57 = { "type": "object", "additionalProperties": false, "required": ["open"], "properties": { "timeZone": { "description": "IANA time zone the days and hours are read in.", "type": "string", "minLength": 1, "default": "UTC" }, "open": { "description": 'Spans when traffic may move: days (mon \u2026 sun, or ranges such as mon-fri) and local hours "HH:MM-HH:MM" (end exclusive; past midnight when the end is earlier).', "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["days", "hours"], "properties": { "days": { "description": "Days the span starts on: mon, tue, wed, thu, fri, sat, sun, or a range such as mon-fri (fri-mon wraps over the weekend).", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" } }, "hours": { "description": 'Local hours "HH:MM-HH:MM", end exclusive; "22:00-02:00" runs past midnight, "00:00-24:00" is the whole day.', "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" } } } }, "waitMinutes": { "description": "Outside a window, wait up to this long for the next opening instead of refusing (0: refuse at once).", "type": "number", "minimum": 0, "default": 0 } } };
var schema58 = { "type": "object", "additionalProperties": false, "properties": { "minReplicas": { "description": "Replicas each Deployment of the old slot keeps after the rollback window (0 allowed).", "type": "integer", "minimum": 0, "default": 0 }, "rollbackWindowSeconds": { "description": "After a successful watch window, promote keeps the old slot at full size this long (a rollback then stays sub-second), then scales it down.", "type": "number", "minimum": 0, "default": 600 }, "readyTimeoutSeconds": { "description": "How long a slot scaled up (by promote or rollback) may take to become ready.", "type": "number", "exclusiveMinimum": 0, "default": 900 } } };
var schema59 = { "type": "object", "additionalProperties": false, "properties": { "timeoutSeconds": { "description": "After the flip, sessions marked on the old slot stay there at most this long; then the rest move.", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "quietSeconds": { "description": "The drain ends early once the old slot has answered no request for this long (seen through deploy.canary.provider). Longer than the usual pause between two turns of a conversation.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "markSeconds": { "description": "Sessions are marked at least this long before the flip; a conversation silent for all of it counts as new.", "type": "number", "minimum": 0, "default": 30 }, "cookieName": { "description": "Cookie the old slot's responses set (value: the slot name) and the drain rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-slot" }, "requests": { "description": "PromQL counter of the requests a slot answered ({{namespace}}, {{service}}, {{slot}}, {{window}}); default: the total of deploy.canary's request-count metric. Without one the drain ends at its timeout only.", "type": "string", "minLength": 1 } } };
var func1 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
var pattern25 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern27 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern41 = new RegExp("^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$", "u");
var pattern42 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", "u");
var pattern34 = new RegExp("^[A-Za-z0-9_-]+$", "u");
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
var schema45 = { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline` and the report is marked partial. The default (20 minutes) leaves the workflow template's 30-minute job time for checkout, set-up, metrics and the comment; retries that could not start before it are not waited for.", "type": "integer", "minimum": 1, "default": 1200 }, "retries": { "$ref": "#/$defs/retries" }, "answerBudgetMiB": { "description": "Memory for the answers held at once, all requests in flight together, in MiB: an answer costs 3\xD7 its bytes (the bytes, the decoded text and the parsed answer; 5\xD7 when not ASCII), reserved from its Content-Length before it is read, and holds them until its pair is scored; one that does not fit yet waits for room (its body left unread), and only one that could never fit (with its pair's other answers) fails as `too-large`. Bounds the run's memory whatever the concurrency and the answer size: peak RSS stays under this plus a fixed overhead.", "type": "integer", "minimum": 1, "maximum": 16384, "default": 256 }, "minSamples": { "description": "Fewer pairs with both answers than this gives an inconclusive verdict, or an error when most pairs lost an answer.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] }, "llm": { "$ref": "#/$defs/llm" } } };
var schema47 = { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } };
var schema48 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "How much worse than the baseline is still acceptable: the gate tests for harm beyond it (rates: points as a fraction, 0.01 = 1 point; continuous: a share, 0.05 = \xD71.05; agreement: a score).", "type": "number", "minimum": 0 }, "threshold": { "description": "The regression the gate is powered to find (rates: a drop as a fraction; continuous: a ratio, 1.2 = +20 %); for agreement, the reference level without the noise floor.", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } };
var pattern18 = new RegExp("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "u");
var schema49 = { "description": "LLM-specific metrics: refusals, task checks, cost, splits by prompt length and segment, and a pairwise judge model.", "type": "object", "additionalProperties": false, "properties": { "refusals": { "description": "Refusal detection (the provider's refusal field, a content_filter finish, or answer text matching a pattern).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Off to leave llm.refusal_rate out." }, "patterns": { "description": "Case-insensitive regular expressions (JavaScript syntax) that replace the built-in English refusal openings.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "tasks": { "description": "Checks downstream code relies on; task.success passes an answer when every check passes.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/taskCheck" } }, "prices": { "description": "Prices per model id (USD per million tokens), for cost.per_1k_requests and the judge's cost cap.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "description": "USD per million prompt tokens.", "type": "number", "minimum": 0 }, "output": { "description": "USD per million completion tokens.", "type": "number", "minimum": 0 }, "cachedInput": { "description": "USD per million prompt tokens served from the provider's cache; defaults to input.", "type": "number", "minimum": 0 } } } }, "split": { "description": "Every metric again per prompt-token bucket and per segment.", "type": "object", "additionalProperties": false, "properties": { "promptTokens": { "description": "Upper bucket edges in prompt tokens, ascending.", "type": "array", "items": { "type": "integer", "minimum": 1 }, "default": [8e3, 32e3, 128e3] }, "segmentField": { "description": "Dot path of the record field naming the request's segment; records carrying a `segment` field are split by it when no other field is named.", "type": "string", "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$", "patternErrorMessage": "must be a dot path such as meta.tenant" }, "minPairs": { "description": "A group is judged and shown from this many pairs on.", "type": "integer", "minimum": 1, "default": 30 }, "maxSegments": { "description": "Most distinct segments a run may have; each is a group of every metric. A dataset whose sampled records carry more is refused before the replay, at the record opening one too many.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 100 } } }, "judge": { "$ref": "#/$defs/judgeModel" }, "moderation": { "description": "An OpenAI-compatible moderation endpoint (POST /moderations); its flag rate is llm.moderation_flag_rate.", "type": "object", "additionalProperties": false, "required": ["endpoint"], "properties": { "endpoint": { "description": "Base URL of the moderation API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL" }, "model": { "description": "Moderation model id, e.g. omni-moderation-latest; omitted from the request when not set.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/$defs/auth" }, "concurrency": { "description": "Moderation calls in flight.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 }, "timeoutMs": { "description": "Per-call timeout.", "type": "integer", "minimum": 1, "default": 3e4 } } } } };
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
          if (!(key6 === "promptTokens" || key6 === "segmentField" || key6 === "minPairs" || key6 === "maxSegments")) {
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
        if (data23.maxSegments !== void 0) {
          let data28 = data23.maxSegments;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err59 = { instancePath: instancePath + "/split/maxSegments", schemaPath: "#/properties/split/properties/maxSegments/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.split.properties.maxSegments.type, parentSchema: schema49.properties.split.properties.maxSegments, data: data28 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 1e4 || isNaN(data28)) {
              const err60 = { instancePath: instancePath + "/split/maxSegments", schemaPath: "#/properties/split/properties/maxSegments/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema49.properties.split.properties.maxSegments, data: data28 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err61 = { instancePath: instancePath + "/split/maxSegments", schemaPath: "#/properties/split/properties/maxSegments/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.split.properties.maxSegments, data: data28 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/split", schemaPath: "#/properties/split/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.split.type, parentSchema: schema49.properties.split, data: data23 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
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
      let data30 = data.moderation;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.endpoint === void 0) {
          const err63 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema49.properties.moderation.required, parentSchema: schema49.properties.moderation, data: data30 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        for (const key7 in data30) {
          if (!(key7 === "endpoint" || key7 === "model" || key7 === "auth" || key7 === "concurrency" || key7 === "timeoutMs")) {
            const err64 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.moderation, data: data30 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data30.endpoint !== void 0) {
          let data31 = data30.endpoint;
          if (typeof data31 === "string") {
            if (!pattern5.test(data31)) {
              const err65 = { instancePath: instancePath + "/moderation/endpoint", schemaPath: "#/properties/moderation/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema49.properties.moderation.properties.endpoint, data: data31 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/moderation/endpoint", schemaPath: "#/properties/moderation/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.moderation.properties.endpoint.type, parentSchema: schema49.properties.moderation.properties.endpoint, data: data31 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data30.model !== void 0) {
          let data32 = data30.model;
          if (typeof data32 === "string") {
            if (func3(data32) < 1) {
              const err67 = { instancePath: instancePath + "/moderation/model", schemaPath: "#/properties/moderation/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.moderation.properties.model, data: data32 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/moderation/model", schemaPath: "#/properties/moderation/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.moderation.properties.model.type, parentSchema: schema49.properties.moderation.properties.model, data: data32 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data30.auth !== void 0) {
          if (!validate22(data30.auth, { instancePath: instancePath + "/moderation/auth", parentData: data30, parentDataProperty: "auth", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data30.concurrency !== void 0) {
          let data34 = data30.concurrency;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err69 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.moderation.properties.concurrency.type, parentSchema: schema49.properties.moderation.properties.concurrency, data: data34 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 > 64 || isNaN(data34)) {
              const err70 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema49.properties.moderation.properties.concurrency, data: data34 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data34 < 1 || isNaN(data34)) {
              const err71 = { instancePath: instancePath + "/moderation/concurrency", schemaPath: "#/properties/moderation/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.moderation.properties.concurrency, data: data34 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data30.timeoutMs !== void 0) {
          let data35 = data30.timeoutMs;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err72 = { instancePath: instancePath + "/moderation/timeoutMs", schemaPath: "#/properties/moderation/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.moderation.properties.timeoutMs.type, parentSchema: schema49.properties.moderation.properties.timeoutMs, data: data35 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 < 1 || isNaN(data35)) {
              const err73 = { instancePath: instancePath + "/moderation/timeoutMs", schemaPath: "#/properties/moderation/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.moderation.properties.timeoutMs, data: data35 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/moderation", schemaPath: "#/properties/moderation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.moderation.type, parentSchema: schema49.properties.moderation, data: data30 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
  } else {
    const err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
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
var schema54 = { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "provider"], "allOf": [{ "if": { "properties": { "router": { "type": "object", "properties": { "kind": { "not": { "const": "replica-ratio" } } } } } }, "then": { "required": ["services"], "errorMessage": "is required for the gateway-api, istio and flagd routers: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)" } }], "properties": { "router": { "description": "The route (or feature flag) whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService; flagd: an OpenFeature flagd flag defined in a ConfigMap; replica-ratio: the live Service selects both slots' pods through a shared label and the candidate's share is its ready replicas over all ready replicas.", "enum": ["gateway-api", "istio", "flagd", "replica-ratio"] }, "name": { "description": "Name of the HTTPRoute, VirtualService or (flagd) ConfigMap, in deploy.namespace. Required except for replica-ratio, which steers deploy.service itself.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 }, "key": { "description": "flagd: the ConfigMap key holding the flag definition (the file flagd's file sync reads).", "type": "string", "pattern": "^[-._a-zA-Z0-9]+$", "default": "flags.flagd.json" }, "flag": { "description": "flagd: the flag whose targeting the ladder writes; its variants name the live Service (the default variant) and the slot Services. Default: the live Service's name.", "type": "string", "minLength": 1 }, "tolerance": { "description": "replica-ratio: percentage points a rung's share may be off the asked weight; rungs the replica counts cannot reach within it are refused at their line.", "type": "number", "minimum": 0, "maximum": 50, "default": 2 }, "readyTimeoutSeconds": { "description": "replica-ratio: how long the candidate's replicas may take to become ready before a rung is refused (and the candidate scaled back).", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "destinationRule": { "description": "istio: a DestinationRule in deploy.namespace with one subset per slot (labelled with deploy.slotKey); the route weights the live Service against those subsets of the rule's host instead of the slot Services.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service. Required except for replica-ratio, which steers deploy.service itself.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api, istio): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Segment rungs first (requests matching a header or cookie go to the candidate), then candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 99 }, { "$ref": "#/$defs/deployCanarySegment" }] }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "decisiveSamples": { "description": "From this many points per slot, a series metric is judged by Kayenta's two conditions alone; with fewer, a shift its interval neither confirms nor rules out (reaching past the threshold) makes the rung INCONCLUSIVE. Never below minSamples. Default: the fewest points at which the test can confirm a shift at all given confidence, window and stepSeconds (16 at the defaults, where a 300 s bake yields 17 points).", "type": "integer", "minimum": 3 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } };
var schema55 = { "description": "A segment rung: requests carrying this header or cookie value go to the candidate (the segments of earlier rungs stay there); all other traffic stays on the stable slot.", "type": "object", "additionalProperties": false, "required": ["segment"], "properties": { "segment": { "description": "Segment name, shown in the rung verdict.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 40 }, "header": { "description": "Match a request header exactly, e.g. { name: x-user-segment, value: internal }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Header name (letters, digits and hyphens).", "type": "string", "pattern": "^[A-Za-z0-9-]+$", "maxLength": 256 }, "value": { "description": "Header value that puts a request in the segment.", "type": "string", "minLength": 1, "maxLength": 4096 } } }, "cookie": { "description": "Match a cookie value exactly, e.g. { name: segment, value: beta }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Cookie name.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "maxLength": 256 }, "value": { "description": "Cookie value that puts a request in the segment.", "type": "string", "pattern": "^[A-Za-z0-9._~-]+$", "maxLength": 1024 } } } } };
var schema56 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } };
var pattern29 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var pattern30 = new RegExp("^[-._a-zA-Z0-9]+$", "u");
var pattern36 = new RegExp("^[A-Za-z0-9-]+$", "u");
var pattern38 = new RegExp("^[A-Za-z0-9._~-]+$", "u");
var pattern39 = new RegExp("^[0-9]+(ms|s|m|h)$", "u");
var pattern40 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:-]*$", "u");
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
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router !== void 0) {
      let data0 = data.router;
      const _errs4 = errors;
      if (errors === _errs4) {
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.kind !== void 0) {
            const _errs7 = errors;
            const _errs8 = errors;
            if ("replica-ratio" !== data0.kind) {
              const err0 = {};
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var valid4 = _errs8 === errors;
            if (valid4) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              errors = _errs7;
              if (vErrors !== null) {
                if (_errs7) {
                  vErrors.length = _errs7;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
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
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.services === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema54.allOf[0].then.required, parentSchema: schema54.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs9 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema54.allOf[0].if, parentSchema: schema54.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "router" }, message: "must have required property 'router'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema54.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.router !== void 0) {
      let data2 = data.router;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.kind === void 0) {
          const err8 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema54.properties.router.required, parentSchema: schema54.properties.router, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "kind" || key1 === "name" || key1 === "rule" || key1 === "key" || key1 === "flag" || key1 === "tolerance" || key1 === "readyTimeoutSeconds" || key1 === "destinationRule")) {
            const err9 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.router, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.kind !== void 0) {
          let data3 = data2.kind;
          if (!(data3 === "gateway-api" || data3 === "istio" || data3 === "flagd" || data3 === "replica-ratio")) {
            const err10 = { instancePath: instancePath + "/router/kind", schemaPath: "#/properties/router/properties/kind/enum", keyword: "enum", params: { allowedValues: schema54.properties.router.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.router.properties.kind.enum, parentSchema: schema54.properties.router.properties.kind, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data4 = data2.name;
          if (typeof data4 === "string") {
            if (func3(data4) > 253) {
              const err11 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema54.properties.router.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern29.test(data4)) {
              const err12 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema54.properties.router.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.router.properties.name.type, parentSchema: schema54.properties.router.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.rule !== void 0) {
          let data5 = data2.rule;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err14 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.router.properties.rule.type, parentSchema: schema54.properties.router.properties.rule, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.router.properties.rule, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data2.key !== void 0) {
          let data6 = data2.key;
          if (typeof data6 === "string") {
            if (!pattern30.test(data6)) {
              const err16 = { instancePath: instancePath + "/router/key", schemaPath: "#/properties/router/properties/key/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" }, message: 'must match pattern "^[-._a-zA-Z0-9]+$"', schema: "^[-._a-zA-Z0-9]+$", parentSchema: schema54.properties.router.properties.key, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/router/key", schemaPath: "#/properties/router/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.router.properties.key.type, parentSchema: schema54.properties.router.properties.key, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.flag !== void 0) {
          let data7 = data2.flag;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err18 = { instancePath: instancePath + "/router/flag", schemaPath: "#/properties/router/properties/flag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.router.properties.flag, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/router/flag", schemaPath: "#/properties/router/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.router.properties.flag.type, parentSchema: schema54.properties.router.properties.flag, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.tolerance !== void 0) {
          let data8 = data2.tolerance;
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 50 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema54.properties.router.properties.tolerance, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err21 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.router.properties.tolerance, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.router.properties.tolerance.type, parentSchema: schema54.properties.router.properties.tolerance, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.readyTimeoutSeconds !== void 0) {
          let data9 = data2.readyTimeoutSeconds;
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 <= 0 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/router/readyTimeoutSeconds", schemaPath: "#/properties/router/properties/readyTimeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.router.properties.readyTimeoutSeconds, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/router/readyTimeoutSeconds", schemaPath: "#/properties/router/properties/readyTimeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.router.properties.readyTimeoutSeconds.type, parentSchema: schema54.properties.router.properties.readyTimeoutSeconds, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.destinationRule !== void 0) {
          let data10 = data2.destinationRule;
          if (typeof data10 === "string") {
            if (func3(data10) > 253) {
              const err25 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema54.properties.router.properties.destinationRule, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern29.test(data10)) {
              const err26 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema54.properties.router.properties.destinationRule, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.router.properties.destinationRule.type, parentSchema: schema54.properties.router.properties.destinationRule, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.router.type, parentSchema: schema54.properties.router, data: data2 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data11 = data.services;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.blue === void 0) {
          const err29 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema54.properties.services.required, parentSchema: schema54.properties.services, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data11.green === void 0) {
          const err30 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema54.properties.services.required, parentSchema: schema54.properties.services, data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "blue" || key2 === "green")) {
            const err31 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.services, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.blue !== void 0) {
          let data12 = data11.blue;
          if (typeof data12 === "string") {
            if (func3(data12) > 63) {
              const err32 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema54.properties.services.properties.blue, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern25.test(data12)) {
              const err33 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema54.properties.services.properties.blue, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.services.properties.blue.type, parentSchema: schema54.properties.services.properties.blue, data: data12 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.green !== void 0) {
          let data13 = data11.green;
          if (typeof data13 === "string") {
            if (func3(data13) > 63) {
              const err35 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema54.properties.services.properties.green, data: data13 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (!pattern25.test(data13)) {
              const err36 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema54.properties.services.properties.green, data: data13 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.services.properties.green.type, parentSchema: schema54.properties.services.properties.green, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.services.type, parentSchema: schema54.properties.services, data: data11 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.sessionAffinity !== void 0) {
      let data14 = data.sessionAffinity;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "cookieName" || key3 === "maxAgeSeconds")) {
            const err39 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.sessionAffinity, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data14.cookieName !== void 0) {
          let data15 = data14.cookieName;
          if (typeof data15 === "string") {
            if (!pattern34.test(data15)) {
              const err40 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema54.properties.sessionAffinity.properties.cookieName, data: data15 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.sessionAffinity.properties.cookieName.type, parentSchema: schema54.properties.sessionAffinity.properties.cookieName, data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data14.maxAgeSeconds !== void 0) {
          let data16 = data14.maxAgeSeconds;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err42 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.sessionAffinity.properties.maxAgeSeconds.type, parentSchema: schema54.properties.sessionAffinity.properties.maxAgeSeconds, data: data16 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err43 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.sessionAffinity.properties.maxAgeSeconds, data: data16 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.sessionAffinity.type, parentSchema: schema54.properties.sessionAffinity, data: data14 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.rungs !== void 0) {
      let data17 = data.rungs;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err45 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.rungs, data: data17 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          const _errs46 = errors;
          let valid11 = false;
          let passing0 = null;
          const _errs47 = errors;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err46 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.rungs.items.oneOf[0].type, parentSchema: schema54.properties.rungs.items.oneOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 99 || isNaN(data18)) {
              const err47 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99", schema: 99, parentSchema: schema54.properties.rungs.items.oneOf[0], data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data18 < 1 || isNaN(data18)) {
              const err48 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.rungs.items.oneOf[0], data: data18 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          var _valid1 = _errs47 === errors;
          if (_valid1) {
            valid11 = true;
            passing0 = 0;
          }
          const _errs49 = errors;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.segment === void 0) {
              const err49 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/required", keyword: "required", params: { missingProperty: "segment" }, message: "must have required property 'segment'", schema: schema55.required, parentSchema: schema55, data: data18 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key4 in data18) {
              if (!(key4 === "segment" || key4 === "header" || key4 === "cookie")) {
                const err50 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data18 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data18.segment !== void 0) {
              let data19 = data18.segment;
              if (typeof data19 === "string") {
                if (func3(data19) > 40) {
                  const err51 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema55.properties.segment, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (!pattern25.test(data19)) {
                  const err52 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema55.properties.segment, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.segment.type, parentSchema: schema55.properties.segment, data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data18.header !== void 0) {
              let data20 = data18.header;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.name === void 0) {
                  const err54 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.properties.header.required, parentSchema: schema55.properties.header, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data20.value === void 0) {
                  const err55 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema55.properties.header.required, parentSchema: schema55.properties.header, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                for (const key5 in data20) {
                  if (!(key5 === "name" || key5 === "value")) {
                    const err56 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.header, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data20.name !== void 0) {
                  let data21 = data20.name;
                  if (typeof data21 === "string") {
                    if (func3(data21) > 256) {
                      const err57 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema55.properties.header.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                    if (!pattern36.test(data21)) {
                      const err58 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: schema55.properties.header.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.header.properties.name.type, parentSchema: schema55.properties.header.properties.name, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data20.value !== void 0) {
                  let data22 = data20.value;
                  if (typeof data22 === "string") {
                    if (func3(data22) > 4096) {
                      const err60 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema55.properties.header.properties.value, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (func3(data22) < 1) {
                      const err61 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.header.properties.value, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.header.properties.value.type, parentSchema: schema55.properties.header.properties.value, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.header.type, parentSchema: schema55.properties.header, data: data20 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data18.cookie !== void 0) {
              let data23 = data18.cookie;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.name === void 0) {
                  const err64 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.properties.cookie.required, parentSchema: schema55.properties.cookie, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data23.value === void 0) {
                  const err65 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema55.properties.cookie.required, parentSchema: schema55.properties.cookie, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key6 in data23) {
                  if (!(key6 === "name" || key6 === "value")) {
                    const err66 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.cookie, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data23.name !== void 0) {
                  let data24 = data23.name;
                  if (typeof data24 === "string") {
                    if (func3(data24) > 256) {
                      const err67 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema55.properties.cookie.properties.name, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (!pattern34.test(data24)) {
                      const err68 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema55.properties.cookie.properties.name, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.cookie.properties.name.type, parentSchema: schema55.properties.cookie.properties.name, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data23.value !== void 0) {
                  let data25 = data23.value;
                  if (typeof data25 === "string") {
                    if (func3(data25) > 1024) {
                      const err70 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema55.properties.cookie.properties.value, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (!pattern38.test(data25)) {
                      const err71 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._~-]+$" }, message: 'must match pattern "^[A-Za-z0-9._~-]+$"', schema: "^[A-Za-z0-9._~-]+$", parentSchema: schema55.properties.cookie.properties.value, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.cookie.properties.value.type, parentSchema: schema55.properties.cookie.properties.value, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.cookie.type, parentSchema: schema55.properties.cookie, data: data23 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data18 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          var _valid1 = _errs49 === errors;
          if (_valid1 && valid11) {
            valid11 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid11 = true;
              passing0 = 1;
            }
          }
          if (!valid11) {
            const err75 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema54.properties.rungs.items.oneOf, parentSchema: schema54.properties.rungs.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.rungs.type, parentSchema: schema54.properties.rungs, data: data17 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.bakeSeconds !== void 0) {
      let data26 = data.bakeSeconds;
      if (typeof data26 == "number" && isFinite(data26)) {
        if (data26 <= 0 || isNaN(data26)) {
          const err77 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.bakeSeconds, data: data26 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      } else {
        const err78 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.bakeSeconds.type, parentSchema: schema54.properties.bakeSeconds, data: data26 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.minSamples !== void 0) {
      let data27 = data.minSamples;
      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
        const err79 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.minSamples.type, parentSchema: schema54.properties.minSamples, data: data27 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      if (typeof data27 == "number" && isFinite(data27)) {
        if (data27 < 3 || isNaN(data27)) {
          const err80 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3", schema: 3, parentSchema: schema54.properties.minSamples, data: data27 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      }
    }
    if (data.decisiveSamples !== void 0) {
      let data28 = data.decisiveSamples;
      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
        const err81 = { instancePath: instancePath + "/decisiveSamples", schemaPath: "#/properties/decisiveSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.decisiveSamples.type, parentSchema: schema54.properties.decisiveSamples, data: data28 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      if (typeof data28 == "number" && isFinite(data28)) {
        if (data28 < 3 || isNaN(data28)) {
          const err82 = { instancePath: instancePath + "/decisiveSamples", schemaPath: "#/properties/decisiveSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3", schema: 3, parentSchema: schema54.properties.decisiveSamples, data: data28 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      }
    }
    if (data.minRequests !== void 0) {
      let data29 = data.minRequests;
      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
        const err83 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.minRequests.type, parentSchema: schema54.properties.minRequests, data: data29 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      if (typeof data29 == "number" && isFinite(data29)) {
        if (data29 < 1 || isNaN(data29)) {
          const err84 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.minRequests, data: data29 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      }
    }
    if (data.confidence !== void 0) {
      let data30 = data.confidence;
      if (typeof data30 == "number" && isFinite(data30)) {
        if (data30 >= 1 || isNaN(data30)) {
          const err85 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema54.properties.confidence, data: data30 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data30 <= 0.5 || isNaN(data30)) {
          const err86 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema54.properties.confidence, data: data30 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      } else {
        const err87 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.confidence.type, parentSchema: schema54.properties.confidence, data: data30 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data31 = data.provider;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.kind === void 0) {
          const err88 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema54.properties.provider.required, parentSchema: schema54.properties.provider, data: data31 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data31.url === void 0) {
          const err89 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema54.properties.provider.required, parentSchema: schema54.properties.provider, data: data31 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        for (const key7 in data31) {
          if (!(key7 === "kind" || key7 === "url" || key7 === "preset" || key7 === "stepSeconds" || key7 === "window" || key7 === "timeoutSeconds")) {
            const err90 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.provider, data: data31 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data31.kind !== void 0) {
          let data32 = data31.kind;
          if (!(data32 === "prometheus")) {
            const err91 = { instancePath: instancePath + "/provider/kind", schemaPath: "#/properties/provider/properties/kind/enum", keyword: "enum", params: { allowedValues: schema54.properties.provider.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.provider.properties.kind.enum, parentSchema: schema54.properties.provider.properties.kind, data: data32 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data31.url !== void 0) {
          let data33 = data31.url;
          if (typeof data33 === "string") {
            if (!formats2(data33)) {
              const err92 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema54.properties.provider.properties.url, data: data33 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.provider.properties.url.type, parentSchema: schema54.properties.provider.properties.url, data: data33 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data31.preset !== void 0) {
          let data34 = data31.preset;
          if (!(data34 === "http" || data34 === "vllm" || data34 === "kserve")) {
            const err94 = { instancePath: instancePath + "/provider/preset", schemaPath: "#/properties/provider/properties/preset/enum", keyword: "enum", params: { allowedValues: schema54.properties.provider.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.provider.properties.preset.enum, parentSchema: schema54.properties.provider.properties.preset, data: data34 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.stepSeconds !== void 0) {
          let data35 = data31.stepSeconds;
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 <= 0 || isNaN(data35)) {
              const err95 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.provider.properties.stepSeconds, data: data35 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.provider.properties.stepSeconds.type, parentSchema: schema54.properties.provider.properties.stepSeconds, data: data35 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data31.window !== void 0) {
          let data36 = data31.window;
          if (typeof data36 === "string") {
            if (!pattern39.test(data36)) {
              const err97 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h)$"', schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema54.properties.provider.properties.window, data: data36 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.provider.properties.window.type, parentSchema: schema54.properties.provider.properties.window, data: data36 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data31.timeoutSeconds !== void 0) {
          let data37 = data31.timeoutSeconds;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 <= 0 || isNaN(data37)) {
              const err99 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.provider.properties.timeoutSeconds, data: data37 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.provider.properties.timeoutSeconds.type, parentSchema: schema54.properties.provider.properties.timeoutSeconds, data: data37 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.provider.type, parentSchema: schema54.properties.provider, data: data31 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data38 = data.metrics;
      if (Array.isArray(data38)) {
        if (data38.length < 1) {
          const err102 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54.properties.metrics, data: data38 };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        const len1 = data38.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data39 = data38[i1];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.name === void 0) {
              const err103 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema56.required, parentSchema: schema56, data: data39 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            for (const key8 in data39) {
              if (!func1.call(schema56.properties, key8)) {
                const err104 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data39 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data39.name !== void 0) {
              let data40 = data39.name;
              if (typeof data40 === "string") {
                if (!pattern40.test(data40)) {
                  const err105 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.:-]*$", parentSchema: schema56.properties.name, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.name.type, parentSchema: schema56.properties.name, data: data40 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data39.query !== void 0) {
              let data41 = data39.query;
              if (typeof data41 === "string") {
                if (func3(data41) < 1) {
                  const err107 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.query, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.query.type, parentSchema: schema56.properties.query, data: data41 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data39.failed !== void 0) {
              let data42 = data39.failed;
              if (typeof data42 === "string") {
                if (func3(data42) < 1) {
                  const err109 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.failed, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              } else {
                const err110 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.failed.type, parentSchema: schema56.properties.failed, data: data42 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data39.total !== void 0) {
              let data43 = data39.total;
              if (typeof data43 === "string") {
                if (func3(data43) < 1) {
                  const err111 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.total, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              } else {
                const err112 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.total.type, parentSchema: schema56.properties.total, data: data43 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data39.direction !== void 0) {
              let data44 = data39.direction;
              if (!(data44 === "increase" || data44 === "decrease")) {
                const err113 = { instancePath: instancePath + "/metrics/" + i1 + "/direction", schemaPath: "#/$defs/deployCanaryMetric/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.direction.enum, parentSchema: schema56.properties.direction, data: data44 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data39.scale !== void 0) {
              let data45 = data39.scale;
              if (!(data45 === "absolute" || data45 === "relative")) {
                const err114 = { instancePath: instancePath + "/metrics/" + i1 + "/scale", schemaPath: "#/$defs/deployCanaryMetric/properties/scale/enum", keyword: "enum", params: { allowedValues: schema56.properties.scale.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.scale.enum, parentSchema: schema56.properties.scale, data: data45 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data39.tolerance !== void 0) {
              let data46 = data39.tolerance;
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err115 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.tolerance, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.tolerance.type, parentSchema: schema56.properties.tolerance, data: data46 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data39.threshold !== void 0) {
              let data47 = data39.threshold;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err117 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.threshold, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              } else {
                const err118 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.threshold.type, parentSchema: schema56.properties.threshold, data: data47 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data39.critical !== void 0) {
              let data48 = data39.critical;
              if (typeof data48 !== "boolean") {
                const err119 = { instancePath: instancePath + "/metrics/" + i1 + "/critical", schemaPath: "#/$defs/deployCanaryMetric/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.critical.type, parentSchema: schema56.properties.critical, data: data48 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          } else {
            const err120 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data: data39 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
      } else {
        const err121 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.metrics.type, parentSchema: schema54.properties.metrics, data: data38 };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
  } else {
    const err122 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err122];
    } else {
      vErrors.push(err122);
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
                    if (!pattern27.test(data28)) {
                      const err59 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema52.properties.selector, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.selector.type, parentSchema: schema52.properties.selector, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data27.deployments !== void 0) {
                  let data29 = data27.deployments;
                  if (Array.isArray(data29)) {
                    if (data29.length < 1) {
                      const err61 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.deployments, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    const len1 = data29.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data30 = data29[i1];
                      if (typeof data30 === "string") {
                        if (func3(data30) < 1) {
                          const err62 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.deployments.items, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.deployments.items.type, parentSchema: schema52.properties.deployments.items, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.deployments.type, parentSchema: schema52.properties.deployments, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data27.url !== void 0) {
                  let data31 = data27.url;
                  if (typeof data31 === "string") {
                    if (!formats2(data31)) {
                      const err65 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema52.properties.url, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.url.type, parentSchema: schema52.properties.url, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data27 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data26.green !== void 0) {
              let data32 = data26.green;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.selector === void 0) {
                  const err68 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema52.required, parentSchema: schema52, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data32.deployments === void 0) {
                  const err69 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema52.required, parentSchema: schema52, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                for (const key12 in data32) {
                  if (!(key12 === "selector" || key12 === "deployments" || key12 === "url")) {
                    const err70 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data32.selector !== void 0) {
                  let data33 = data32.selector;
                  if (typeof data33 === "string") {
                    if (func3(data33) > 63) {
                      const err71 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema52.properties.selector, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (func3(data33) < 1) {
                      const err72 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.selector, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (!pattern27.test(data33)) {
                      const err73 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema52.properties.selector, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.selector.type, parentSchema: schema52.properties.selector, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data32.deployments !== void 0) {
                  let data34 = data32.deployments;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err75 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.deployments, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    const len2 = data34.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data35 = data34[i2];
                      if (typeof data35 === "string") {
                        if (func3(data35) < 1) {
                          const err76 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i2, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.deployments.items, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i2, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.deployments.items.type, parentSchema: schema52.properties.deployments.items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.deployments.type, parentSchema: schema52.properties.deployments, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data32.url !== void 0) {
                  let data36 = data32.url;
                  if (typeof data36 === "string") {
                    if (!formats2(data36)) {
                      const err79 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema52.properties.url, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.url.type, parentSchema: schema52.properties.url, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data32 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.slots.type, parentSchema: schema31.properties.deploy.properties.slots, data: data26 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data22.lease !== void 0) {
          let data37 = data22.lease;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            for (const key13 in data37) {
              if (!(key13 === "name" || key13 === "durationSeconds")) {
                const err83 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lease, data: data37 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data37.name !== void 0) {
              let data38 = data37.name;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err84 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.lease.properties.name.type, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data38 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data37.durationSeconds !== void 0) {
              let data39 = data37.durationSeconds;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                const err86 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lease.properties.durationSeconds.type, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data39 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 < 5 || isNaN(data39)) {
                  const err87 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lease.type, parentSchema: schema31.properties.deploy.properties.lease, data: data37 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data22.warmup !== void 0) {
          let data40 = data22.warmup;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (const key14 in data40) {
              if (!(key14 === "windowSize" || key14 === "marginPercent" || key14 === "maxRequests" || key14 === "maxSeconds" || key14 === "concurrency")) {
                const err89 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.warmup, data: data40 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data40.windowSize !== void 0) {
              let data41 = data40.windowSize;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err90 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.windowSize.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data41 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 2 || isNaN(data41)) {
                  const err91 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data40.marginPercent !== void 0) {
              let data42 = data40.marginPercent;
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 <= 0 || isNaN(data42)) {
                  const err92 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.marginPercent.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data42 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data40.maxRequests !== void 0) {
              let data43 = data40.maxRequests;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err94 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.maxRequests.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data43 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 0 || isNaN(data43)) {
                  const err95 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
            if (data40.maxSeconds !== void 0) {
              let data44 = data40.maxSeconds;
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 <= 0 || isNaN(data44)) {
                  const err96 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.maxSeconds.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data44 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data40.concurrency !== void 0) {
              let data45 = data40.concurrency;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err98 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.concurrency.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data45 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 1 || isNaN(data45)) {
                  const err99 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.warmup.type, parentSchema: schema31.properties.deploy.properties.warmup, data: data40 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data22.watch !== void 0) {
          let data46 = data22.watch;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key15 in data46) {
              if (!(key15 === "seconds" || key15 === "intervalSeconds" || key15 === "maxFailures")) {
                const err101 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.watch, data: data46 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data46.seconds !== void 0) {
              let data47 = data46.seconds;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err102 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.seconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data47 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data46.intervalSeconds !== void 0) {
              let data48 = data46.intervalSeconds;
              if (typeof data48 == "number" && isFinite(data48)) {
                if (data48 <= 0 || isNaN(data48)) {
                  const err104 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.intervalSeconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data48 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data46.maxFailures !== void 0) {
              let data49 = data46.maxFailures;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                const err106 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.watch.properties.maxFailures.type, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data49 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 1 || isNaN(data49)) {
                  const err107 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.watch.type, parentSchema: schema31.properties.deploy.properties.watch, data: data46 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data22.historyLimit !== void 0) {
          let data50 = data22.historyLimit;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
            const err109 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.historyLimit.type, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 > 50 || isNaN(data50)) {
              const err110 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data50 < 1 || isNaN(data50)) {
              const err111 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data50 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
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
                const err112 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lint, data: data51 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data51.minGracePeriodSeconds !== void 0) {
              let data52 = data51.minGracePeriodSeconds;
              if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                const err113 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data52 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              if (typeof data52 == "number" && isFinite(data52)) {
                if (data52 < 0 || isNaN(data52)) {
                  const err114 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            }
            if (data51.minPreStopSeconds !== void 0) {
              let data53 = data51.minPreStopSeconds;
              if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                const err115 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data53 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              if (typeof data53 == "number" && isFinite(data53)) {
                if (data53 < 0 || isNaN(data53)) {
                  const err116 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
            }
            if (data51.requireStartupProbe !== void 0) {
              let data54 = data51.requireStartupProbe;
              if (typeof data54 !== "boolean") {
                const err117 = { instancePath: instancePath + "/deploy/lint/requireStartupProbe", schemaPath: "#/properties/deploy/properties/lint/properties/requireStartupProbe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe.type, parentSchema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe, data: data54 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lint.type, parentSchema: schema31.properties.deploy.properties.lint, data: data51 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
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
        if (data22.windows !== void 0) {
          let data56 = data22.windows;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.open === void 0) {
              const err119 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'", schema: schema57.required, parentSchema: schema57, data: data56 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            for (const key17 in data56) {
              if (!(key17 === "timeZone" || key17 === "open" || key17 === "waitMinutes")) {
                const err120 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data56 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data56.timeZone !== void 0) {
              let data57 = data56.timeZone;
              if (typeof data57 === "string") {
                if (func3(data57) < 1) {
                  const err121 = { instancePath: instancePath + "/deploy/windows/timeZone", schemaPath: "#/$defs/deployWindows/properties/timeZone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.timeZone, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              } else {
                const err122 = { instancePath: instancePath + "/deploy/windows/timeZone", schemaPath: "#/$defs/deployWindows/properties/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.timeZone.type, parentSchema: schema57.properties.timeZone, data: data57 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data56.open !== void 0) {
              let data58 = data56.open;
              if (Array.isArray(data58)) {
                if (data58.length < 1) {
                  const err123 = { instancePath: instancePath + "/deploy/windows/open", schemaPath: "#/$defs/deployWindows/properties/open/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.properties.open, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                const len3 = data58.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data59 = data58[i3];
                  if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                    if (data59.days === void 0) {
                      const err124 = { instancePath: instancePath + "/deploy/windows/open/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema57.properties.open.items.required, parentSchema: schema57.properties.open.items, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (data59.hours === void 0) {
                      const err125 = { instancePath: instancePath + "/deploy/windows/open/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'", schema: schema57.properties.open.items.required, parentSchema: schema57.properties.open.items, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    for (const key18 in data59) {
                      if (!(key18 === "days" || key18 === "hours")) {
                        const err126 = { instancePath: instancePath + "/deploy/windows/open/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.open.items, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                    }
                    if (data59.days !== void 0) {
                      let data60 = data59.days;
                      if (Array.isArray(data60)) {
                        if (data60.length < 1) {
                          const err127 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/days", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.properties.open.items.properties.days, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err127];
                          } else {
                            vErrors.push(err127);
                          }
                          errors++;
                        }
                        const len4 = data60.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data61 = data60[i4];
                          if (typeof data61 === "string") {
                            if (!pattern41.test(data61)) {
                              const err128 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/days/" + i4, schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/items/pattern", keyword: "pattern", params: { pattern: "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" }, message: 'must match pattern "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$"', schema: "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$", parentSchema: schema57.properties.open.items.properties.days.items, data: data61 };
                              if (vErrors === null) {
                                vErrors = [err128];
                              } else {
                                vErrors.push(err128);
                              }
                              errors++;
                            }
                          } else {
                            const err129 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/days/" + i4, schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.open.items.properties.days.items.type, parentSchema: schema57.properties.open.items.properties.days.items, data: data61 };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err130 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/days", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.open.items.properties.days.type, parentSchema: schema57.properties.open.items.properties.days, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    if (data59.hours !== void 0) {
                      let data62 = data59.hours;
                      if (typeof data62 === "string") {
                        if (!pattern42.test(data62)) {
                          const err131 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/hours", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/hours/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema57.properties.open.items.properties.hours, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      } else {
                        const err132 = { instancePath: instancePath + "/deploy/windows/open/" + i3 + "/hours", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/hours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.open.items.properties.hours.type, parentSchema: schema57.properties.open.items.properties.hours, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err133 = { instancePath: instancePath + "/deploy/windows/open/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.open.items.type, parentSchema: schema57.properties.open.items, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
              } else {
                const err134 = { instancePath: instancePath + "/deploy/windows/open", schemaPath: "#/$defs/deployWindows/properties/open/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.open.type, parentSchema: schema57.properties.open, data: data58 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data56.waitMinutes !== void 0) {
              let data63 = data56.waitMinutes;
              if (typeof data63 == "number" && isFinite(data63)) {
                if (data63 < 0 || isNaN(data63)) {
                  const err135 = { instancePath: instancePath + "/deploy/windows/waitMinutes", schemaPath: "#/$defs/deployWindows/properties/waitMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema57.properties.waitMinutes, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              } else {
                const err136 = { instancePath: instancePath + "/deploy/windows/waitMinutes", schemaPath: "#/$defs/deployWindows/properties/waitMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.waitMinutes.type, parentSchema: schema57.properties.waitMinutes, data: data63 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data56 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data22.standby !== void 0) {
          let data64 = data22.standby;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key19 in data64) {
              if (!(key19 === "minReplicas" || key19 === "rollbackWindowSeconds" || key19 === "readyTimeoutSeconds")) {
                const err138 = { instancePath: instancePath + "/deploy/standby", schemaPath: "#/$defs/deployStandby/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data: data64 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data64.minReplicas !== void 0) {
              let data65 = data64.minReplicas;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                const err139 = { instancePath: instancePath + "/deploy/standby/minReplicas", schemaPath: "#/$defs/deployStandby/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties.minReplicas.type, parentSchema: schema58.properties.minReplicas, data: data65 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 < 0 || isNaN(data65)) {
                  const err140 = { instancePath: instancePath + "/deploy/standby/minReplicas", schemaPath: "#/$defs/deployStandby/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58.properties.minReplicas, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            }
            if (data64.rollbackWindowSeconds !== void 0) {
              let data66 = data64.rollbackWindowSeconds;
              if (typeof data66 == "number" && isFinite(data66)) {
                if (data66 < 0 || isNaN(data66)) {
                  const err141 = { instancePath: instancePath + "/deploy/standby/rollbackWindowSeconds", schemaPath: "#/$defs/deployStandby/properties/rollbackWindowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58.properties.rollbackWindowSeconds, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              } else {
                const err142 = { instancePath: instancePath + "/deploy/standby/rollbackWindowSeconds", schemaPath: "#/$defs/deployStandby/properties/rollbackWindowSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.rollbackWindowSeconds.type, parentSchema: schema58.properties.rollbackWindowSeconds, data: data66 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data64.readyTimeoutSeconds !== void 0) {
              let data67 = data64.readyTimeoutSeconds;
              if (typeof data67 == "number" && isFinite(data67)) {
                if (data67 <= 0 || isNaN(data67)) {
                  const err143 = { instancePath: instancePath + "/deploy/standby/readyTimeoutSeconds", schemaPath: "#/$defs/deployStandby/properties/readyTimeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema58.properties.readyTimeoutSeconds, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/deploy/standby/readyTimeoutSeconds", schemaPath: "#/$defs/deployStandby/properties/readyTimeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.readyTimeoutSeconds.type, parentSchema: schema58.properties.readyTimeoutSeconds, data: data67 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
          } else {
            const err145 = { instancePath: instancePath + "/deploy/standby", schemaPath: "#/$defs/deployStandby/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data: data64 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data22.drain !== void 0) {
          let data68 = data22.drain;
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            for (const key20 in data68) {
              if (!(key20 === "timeoutSeconds" || key20 === "quietSeconds" || key20 === "markSeconds" || key20 === "cookieName" || key20 === "requests")) {
                const err146 = { instancePath: instancePath + "/deploy/drain", schemaPath: "#/$defs/deployDrain/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data: data68 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data68.timeoutSeconds !== void 0) {
              let data69 = data68.timeoutSeconds;
              if (typeof data69 == "number" && isFinite(data69)) {
                if (data69 <= 0 || isNaN(data69)) {
                  const err147 = { instancePath: instancePath + "/deploy/drain/timeoutSeconds", schemaPath: "#/$defs/deployDrain/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema59.properties.timeoutSeconds, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              } else {
                const err148 = { instancePath: instancePath + "/deploy/drain/timeoutSeconds", schemaPath: "#/$defs/deployDrain/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.timeoutSeconds.type, parentSchema: schema59.properties.timeoutSeconds, data: data69 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data68.quietSeconds !== void 0) {
              let data70 = data68.quietSeconds;
              if (typeof data70 == "number" && isFinite(data70)) {
                if (data70 <= 0 || isNaN(data70)) {
                  const err149 = { instancePath: instancePath + "/deploy/drain/quietSeconds", schemaPath: "#/$defs/deployDrain/properties/quietSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema59.properties.quietSeconds, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = { instancePath: instancePath + "/deploy/drain/quietSeconds", schemaPath: "#/$defs/deployDrain/properties/quietSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.quietSeconds.type, parentSchema: schema59.properties.quietSeconds, data: data70 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data68.markSeconds !== void 0) {
              let data71 = data68.markSeconds;
              if (typeof data71 == "number" && isFinite(data71)) {
                if (data71 < 0 || isNaN(data71)) {
                  const err151 = { instancePath: instancePath + "/deploy/drain/markSeconds", schemaPath: "#/$defs/deployDrain/properties/markSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.markSeconds, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              } else {
                const err152 = { instancePath: instancePath + "/deploy/drain/markSeconds", schemaPath: "#/$defs/deployDrain/properties/markSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.markSeconds.type, parentSchema: schema59.properties.markSeconds, data: data71 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data68.cookieName !== void 0) {
              let data72 = data68.cookieName;
              if (typeof data72 === "string") {
                if (!pattern34.test(data72)) {
                  const err153 = { instancePath: instancePath + "/deploy/drain/cookieName", schemaPath: "#/$defs/deployDrain/properties/cookieName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema59.properties.cookieName, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              } else {
                const err154 = { instancePath: instancePath + "/deploy/drain/cookieName", schemaPath: "#/$defs/deployDrain/properties/cookieName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.cookieName.type, parentSchema: schema59.properties.cookieName, data: data72 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data68.requests !== void 0) {
              let data73 = data68.requests;
              if (typeof data73 === "string") {
                if (func3(data73) < 1) {
                  const err155 = { instancePath: instancePath + "/deploy/drain/requests", schemaPath: "#/$defs/deployDrain/properties/requests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.requests, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
              } else {
                const err156 = { instancePath: instancePath + "/deploy/drain/requests", schemaPath: "#/$defs/deployDrain/properties/requests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.requests.type, parentSchema: schema59.properties.requests, data: data73 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
          } else {
            const err157 = { instancePath: instancePath + "/deploy/drain", schemaPath: "#/$defs/deployDrain/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data: data68 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
      } else {
        const err158 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data22 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
  } else {
    const err159 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err159];
    } else {
      vErrors.push(err159);
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

// src/manifest/load.ts
function validate2(data) {
  const validator = manifestValidator();
  const ok = validator(data);
  return { ok, errors: validator.errors ?? [] };
}
var SECRET_KEY = /^(?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|bearer[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization)$/i;
var SECRET_HINT = "put the credential in a secret, expose it as an environment variable, and name the variable: auth: { env: OPENAI_API_KEY }";
function rejectSecrets(node, path, where) {
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
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
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, i) => {
      rejectSecrets(item, [...path, String(i)], where);
    });
  } else if ((0, import_yaml.isScalar)(node) && typeof node.value === "string" && looksLikeSecret(node.value)) {
    throw new UserError(`${formatPath(path)} looks like a literal credential; the manifest must not hold secrets`, where(node.range?.[0] ?? 0), SECRET_HINT);
  }
}
function parseManifest(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
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
      const inside = located.find((l) => !l.problem.missing && l.problem.path.length === parent.length + 1 && parent.every((p, i) => l.problem.path[i] === p));
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
    if (code === "ENOENT")
      throw new UserError(`manifest not found: ${displayName}`, { file: displayName }, "pass the path with --manifest, or create shadowgate.yaml");
    throw new UserError(`cannot read the manifest (${code ?? String(e)})`, { file: displayName });
  }
  return parseManifest(text, displayName);
}

export {
  MANIFEST_DEFAULTS,
  parseManifest,
  loadManifestFile
};
