/** Action entry: the runner executes dist/index.js, which only calls run(). */
import { run } from './action/main.js';

await run();
