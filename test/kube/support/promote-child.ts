// A promoting run that the test kills with SIGKILL half-way (during warm-up or during the watch window),
// to prove rollback works from what the Service recorded, not from the dead process's memory.
import { consoleLog } from '../../../src/log.ts';
import { promote } from '../../../src/delivery/blue-green.ts';

const { kubeconfig, deploy, runId, phase } = JSON.parse(process.argv[2]!) as { kubeconfig: string; deploy: unknown; runId: string; phase: 'warmup' | 'watch' };

await promote({
  kubeconfig,
  deploy,
  manifestFile: 'shadowgate.yaml',
  runId,
  runUrl: `https://github.example/runs/${runId}`,
  log: consoleLog(),
  warmupTarget: () => ({
    send: async () => {
      if (phase === 'warmup') {
        process.stdout.write('warming\n');
        await new Promise(() => {}); // hangs until killed
      }
      return 10;
    },
  }),
  smoke: async () => ({ pass: true, reason: 'ok' }),
  probe: async () => {
    process.stdout.write('watching\n');
    return { pass: true, reason: 'ok' };
  },
});
