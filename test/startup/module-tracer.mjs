// Loaded with `node --import` in front of a bundle: records every module file the process loads, in order,
// and how many had loaded when the process first wrote to stdout/stderr and when it first sent an HTTP
// request (global fetch or node:http). Written as JSON to $STARTUP_TRACE_FILE at exit.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
const trace = { modules: loaded, beforeFirstWrite: undefined, beforeFirstRequest: undefined, firstRequest: undefined };

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) loaded.push(url);
    return nextLoad(url, context);
  },
});

for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write;
  stream.write = function (...args) {
    trace.beforeFirstWrite ??= loaded.length;
    return write.apply(this, args);
  };
}

const onRequest = (what) => {
  if (trace.beforeFirstRequest !== undefined) return;
  trace.beforeFirstRequest = loaded.length;
  trace.firstRequest = what;
};
subscribe('undici:request:create', ({ request }) => onRequest(`${request.method} ${request.origin}${request.path}`));
subscribe('http.client.request.created', ({ request }) => onRequest(`${request.method} ${request.host}${request.path}`));

process.on('exit', () => writeFileSync(process.env.STARTUP_TRACE_FILE, JSON.stringify(trace)));
