// An advancing run that the test kills with SIGKILL during the bake, to prove the next run resumes from
// the state recorded on the route rather than from the dead process's memory.
import { consoleLog } from '../../../src/log.ts';
import { advance } from '../../../src/delivery/ladder.ts';

const { kubeconfig, deploy, runId } = JSON.parse(process.argv[2]!) as { kubeconfig: string; deploy: unknown; runId: string };

await advance({ kubeconfig, deploy, manifestFile: 'shadowgate.yaml', runId, log: consoleLog() });
