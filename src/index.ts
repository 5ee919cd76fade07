// What the runner starts (action.yml runs dist/index.js, bundled from this file).
import { run } from './main.ts';

await run();
