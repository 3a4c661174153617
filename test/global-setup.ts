// Builds dist/ (if stale) once before any test file runs, and again before each watch-mode rerun:
// the end-to-end tests start the compiled bot (npm start, node dist/main.js), and test files run in
// parallel, so building here keeps them from each starting a compile of their own.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}

export default function setup(project: TestProject): void {
  build();
  project.onTestsRerun(() => build());
}
