import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runShadow
} from "./chunk-IJ4RZSE4.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-Y6FMUFIB.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-3SVHRZ5Y.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-STODWVS3.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import {
  createHash
} from "./chunk-EVE2IKAV.js";
import "./chunk-XRHLV2TT.js";
import "./chunk-IB2T7PNP.js";
import "./chunk-QSZ4LTE2.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// node-builtin:node:child_process?execFileSync
var builtin = process.getBuiltinModule("node:child_process");
var execFileSync = builtin.execFileSync;

// node-builtin:node:fs?cpSync,existsSync,mkdirSync,mkdtempSync,readdirSync,rmSync
var builtin2 = process.getBuiltinModule("node:fs");
var cpSync = builtin2.cpSync;
var existsSync = builtin2.existsSync;
var mkdirSync = builtin2.mkdirSync;
var mkdtempSync = builtin2.mkdtempSync;
var readdirSync = builtin2.readdirSync;
var rmSync = builtin2.rmSync;

// node-builtin:node:os?tmpdir
var builtin3 = process.getBuiltinModule("node:os");
var tmpdir = builtin3.tmpdir;

// node-builtin:node:path?dirname,join,resolve
var builtin4 = process.getBuiltinModule("node:path");
var dirname = builtin4.dirname;
var join = builtin4.join;
var resolve = builtin4.resolve;

// node-builtin:node:url?fileURLToPath
var builtin5 = process.getBuiltinModule("node:url");
var fileURLToPath = builtin5.fileURLToPath;

// node-builtin:node:http?createServer
var builtin6 = process.getBuiltinModule("node:http");
var createServer = builtin6.createServer;

// src/demo/chat-model.ts
var INTENTS = [
  ["refund", /refund|money back|charged twice|overcharged/i],
  ["return", /return|send (it )?back|exchange/i],
  ["shipping", /ship|deliver|tracking|arrive|package/i],
  ["account", /password|login|log in|account|email address/i],
  ["billing", /invoice|bill|payment|card/i]
];
var ANSWERS = {
  refund: "Refunds are issued to the original payment method within 5 business days of approval.",
  return: "You can return unused items within 30 days from the Orders page; the label is free.",
  shipping: "Standard shipping takes 3 to 5 business days; the tracking link is in your confirmation email.",
  account: 'Use "Forgot password" on the sign-in page; the reset link is valid for 30 minutes.',
  billing: "Invoices are under Account \u2192 Billing; cards can be updated there at any time.",
  other: "I will pass this to a human agent, who will reply by email within one business day."
};
function unit(seed) {
  return createHash("sha256").update(seed).digest().readUInt32BE(0) / 2 ** 32;
}
function classify(question) {
  for (const [intent, pattern] of INTENTS) if (pattern.test(question)) return intent;
  return "other";
}
function answerChat(body) {
  const messages = body.messages ?? [];
  const system = messages.filter((m) => m.role === "system").map((m) => m.content ?? "").join("\n");
  const question = [...messages].reverse().find((m) => m.role === "user")?.content ?? "";
  const chatty = /friendly|enthusiastic|warm/i.test(system);
  const r = unit(`${question}|${system.length}`);
  const jitter = unit(`${question}|${Date.now() >> 14}|${Math.random()}`) < 0.02;
  let intent = classify(question);
  if (chatty && intent === "return" && r < 0.35) intent = "refund";
  if (chatty && intent === "other" && r < 0.5) intent = "shipping";
  const escalate = intent === "other" || /angry|lawyer|complain/i.test(question);
  let answer = ANSWERS[intent] ?? ANSWERS.other;
  if (chatty) answer = `Happy to help! ${answer} Anything else I can do for you today?`;
  if (jitter) answer = answer.replace("within", "in");
  const json = JSON.stringify({ intent, answer, escalate });
  const content = chatty && r > 0.9 ? `Sure! Here is what I found: ${json}` : json;
  const tokens = Math.ceil(content.length / 4);
  const latencyMs = Math.round((chatty ? 9 : 6) + tokens * (chatty ? 0.12 : 0.08) + r * 4);
  return { content, latencyMs };
}
function readJson(req) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve2(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
async function startChatModel(port = 0) {
  let count = 0;
  const server = createServer(async (req, res) => {
    count++;
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      return send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: "invalid_request_error" } });
    }
    let body;
    try {
      body = await readJson(req);
    } catch {
      return send(res, 400, { error: { message: "body is not JSON", type: "invalid_request_error" } });
    }
    const { content, latencyMs } = answerChat(body);
    const promptTokens = Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    setTimeout(() => {
      send(res, 200, {
        id: `chatcmpl-${count}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1e3),
        model: body.model ?? "demo",
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop" }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens }
      });
    }, latencyMs);
  });
  server.keepAliveTimeout = 3e4;
  await new Promise((resolve2, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve2()));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}/v1`,
    requests: () => count,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections();
      server.close(() => resolve2());
    })
  };
}

// src/demo/pricing-model.ts
function predictPrice(version, features) {
  const [sqft = 0, bedrooms = 0, bathrooms = 0, age = 0] = features;
  const base = 40 + sqft * 0.21 + bedrooms * 12 + bathrooms * 9 - age * 0.8;
  const price = version === "2" ? base * (1 + Math.max(0, sqft - 1500) / 25e3) + 2.5 : base;
  return Math.round(price * 100) / 100;
}
function send2(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
function readBody(req) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve2(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
async function startPricingModel(port = 0) {
  let count = 0;
  const server = createServer(async (req, res) => {
    count++;
    const url = req.url ?? "";
    if (req.method === "GET" && /^\/v2\/health\/(live|ready)$/.test(url)) return send2(res, 200, {});
    const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?\/infer$/.exec(url);
    if (req.method !== "POST" || !match) return send2(res, 404, { error: `no route ${req.method} ${url}` });
    const [, name, version = "1"] = match;
    if (name !== "pricing" || !["1", "2"].includes(version)) {
      return send2(res, 404, { error: `model ${name} version ${version} is not loaded` });
    }
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send2(res, 400, { error: "request body is not JSON" });
    }
    const input = body.inputs?.find((i) => i.name === "features");
    if (input?.datatype !== "FP32" || input.shape.length !== 2 || input.shape[1] !== 4) {
      return send2(res, 400, { error: 'expected input "features" FP32 with shape [N, 4]' });
    }
    const rows = input.shape[0] ?? 0;
    if (input.data.length !== rows * 4) return send2(res, 400, { error: "data length does not match shape" });
    const prices = [];
    for (let r = 0; r < rows; r++) prices.push(predictPrice(version, input.data.slice(r * 4, r * 4 + 4).map(Number)));
    const delay = version === "2" ? 4 : 3;
    setTimeout(
      () => send2(res, 200, {
        model_name: name,
        model_version: version,
        id: body.id ?? String(count),
        outputs: [{ name: "price", shape: [rows, 1], datatype: "FP32", data: prices }]
      }),
      delay
    );
  });
  server.keepAliveTimeout = 3e4;
  await new Promise((resolve2, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve2()));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests: () => count,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections();
      server.close(() => resolve2());
    })
  };
}

// src/demo/run.ts
function findExamples() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "examples");
    if (existsSync(join(candidate, "support-bot", "shadowgate.yaml"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("the bundled examples/ folder was not found next to shadowgate");
}
function git(cwd, args) {
  execFileSync("git", ["-c", "user.name=shadowgate demo", "-c", "user.email=demo@shadowgate.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    stdio: "ignore"
  });
}
function makeExampleRepo(example, into) {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(example)) {
    if (name !== "candidate") cpSync(join(example, name), join(into, name), { recursive: true });
  }
  git(into, ["init", "-q", "-b", "main"]);
  git(into, ["add", "-A"]);
  git(into, ["commit", "-q", "-m", "baseline"]);
  cpSync(join(example, "candidate"), into, { recursive: true });
  git(into, ["add", "-A"]);
  git(into, ["commit", "-q", "-m", "candidate"]);
  return into;
}
async function runDemo(opts) {
  const { log } = opts;
  const examples = findExamples();
  const work = mkdtempSync(join(tmpdir(), "shadowgate-demo-"));
  const servers = [];
  try {
    const chat = await startChatModel();
    servers.push(chat);
    const pricing = await startPricingModel();
    servers.push(pricing);
    log.info(`demo: OpenAI-compatible chat model on ${chat.url}, KServe v2 pricing model on ${pricing.url}`);
    const runs = [
      { name: "support-bot", endpoint: chat.url, noiseFloor: true },
      { name: "pricing", endpoint: pricing.url, noiseFloor: false }
    ];
    const lines = [];
    for (const run of runs) {
      const repo = makeExampleRepo(join(examples, run.name), join(work, run.name));
      log.info(`
\u2500\u2500 ${run.name}: baseline = HEAD~1, candidate = HEAD (${repo})`);
      const result = await runShadow(
        {
          manifestPath: "shadowgate.yaml",
          baseRef: "HEAD~1",
          repoRoot: repo,
          baselineEndpoint: run.endpoint,
          candidateEndpoint: run.endpoint,
          noiseFloor: run.noiseFloor,
          outDir: resolve(opts.outDir, run.name)
        },
        log
      );
      lines.push(result.summaryLine);
      for (const [kind, path] of Object.entries(result.paths)) lines.push(`    ${kind.padEnd(8)} ${path}`);
    }
    process.stdout.write(`
shadowgate demo \u2014 verdicts
${lines.join("\n")}
`);
    return 0;
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  }
}
export {
  findExamples,
  makeExampleRepo,
  runDemo
};
