import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  join
} from "./chunk-2VFAZBQK.js";
import {
  addedPinText,
  buildLock,
  candidateNote,
  checkModelPin,
  loweringText,
  parseLock,
  readLockOf,
  reviewVersions,
  serializeLock,
  verifyLock
} from "./chunk-Y6FMUFIB.js";
import {
  resolveSide
} from "./chunk-6YVPLQAN.js";
import {
  lockPathFor
} from "./chunk-3SVHRZ5Y.js";
import {
  SURFACES,
  shortId,
  surfaceIds
} from "./chunk-EVE2IKAV.js";
import {
  EXIT
} from "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// node-builtin:node:fs/promises?writeFile
var builtin = process.getBuiltinModule("node:fs/promises");
var writeFile = builtin.writeFile;

// src/commands/versioning.ts
function resolveHead(options) {
  return resolveSide({ label: "candidate", ref: options.headRef ?? "worktree", manifestPath: options.manifestPath, repoRoot: options.repoRoot, env: {} });
}
function idLine(side) {
  const ids = surfaceIds(side);
  return SURFACES.map((s) => `${s} ${shortId(ids.surfaces[s])}`).join(" \xB7 ");
}
async function runLock(options, log) {
  if (options.headRef) throw new UserError("lock writes the working tree's lock; --head-ref is for check");
  const side = await resolveHead(options);
  const file = lockPathFor(side.manifestPath);
  const text = serializeLock(buildLock(side));
  await writeFile(join(options.repoRoot, file), text, "utf8");
  log.info(`${side.manifest.service}: wrote ${file}`);
  process.stdout.write(`${file}: ${idLine(side)}
`);
  return EXIT.ok;
}
async function runCheck(options, log) {
  const head = await resolveHead(options);
  const problems = [];
  const passed = [];
  const changes = [];
  const found = await readLockOf(head, options.repoRoot);
  if (!found) {
    problems.push(
      new UserError(
        `${lockPathFor(head.manifestPath)} does not exist`,
        { file: head.manifestPath },
        "run `shadowgate lock` and commit the lock with the manifest"
      )
    );
  } else {
    const { lock, json } = await parseLock(found.text, found.file);
    try {
      verifyLock(lock, json, head);
      passed.push(`${found.file} is current (${idLine(head)})`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e);
    }
  }
  const base = options.baseRef ? await resolveSide({
    label: "baseline",
    ref: options.baseRef,
    manifestPath: options.manifestPath,
    repoRoot: options.repoRoot,
    env: {},
    fallbackRef: options.headRef ?? "worktree"
  }) : void 0;
  const review = base ? reviewVersions(base, head) : void 0;
  const pin = review?.pin ?? checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  if (pin.pinned) passed.push(`model pinned: ${pin.reason}`);
  else problems.push(new UserError(`model is not pinned: ${pin.reason}`, head.locate?.(["model", "id"]) ?? { file: head.manifestPath }, pin.hint));
  if (review?.pin.addedPatterns) log.warn(addedPinText(review.pin.addedPatterns), head.locate?.(["versioning", "pins"]) ?? { file: head.manifestPath });
  if (review) {
    for (const surface of SURFACES) {
      const ids = review.surfaces[surface];
      if (ids.before === ids.after) continue;
      const files2 = [...new Set(review.artifacts.filter((a) => a.surface === surface).map((a) => a.file))].join(", ");
      changes.push(`${surface} ${shortId(ids.before)} \u2192 ${shortId(ids.after)} (${files2})`);
    }
    if (review.pin.before !== review.pin.ref) changes.push(`model pin ${review.pin.before} \u2192 ${review.pin.ref}`);
    for (const l of review.loweredLevels ?? []) {
      const at = head.locate?.(l.setting.split(".")) ?? head.locate?.(["versioning"]) ?? { file: head.manifestPath };
      log.warn(loweringText(l), at);
    }
    const files = new Map(head.tools.map((t, i) => [t.name, head.manifest.tools?.schemas[i]]));
    for (const t of review.tools) {
      const name = t.from ? `${t.from} \u2192 ${t.tool}` : t.tool;
      if (t.ok) {
        passed.push(`tool ${name}: ${t.change}, ${t.class} (required ${t.required})`);
        continue;
      }
      const file = files.get(t.tool) ?? head.manifestPath;
      problems.push(
        new UserError(
          `tool ${name}: ${t.class} change, below the required ${t.required}${candidateNote(t)}: ${t.reason}`,
          { file },
          `migration: ${t.migration}`
        )
      );
    }
  }
  for (const line of changes) process.stdout.write(`changed: ${line}
`);
  for (const line of passed) process.stdout.write(`ok: ${line}
`);
  for (const problem of problems) log.error(`${problem.message}${problem.hint ? `
  hint: ${problem.hint}` : ""}`, problem.location);
  return problems.length > 0 ? EXIT.policy : EXIT.ok;
}

export {
  runLock,
  runCheck
};
