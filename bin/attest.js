#!/usr/bin/env node
// The package runs its compiled sources: `npm install` in a checkout builds them (the `prepare` script).
// Before anything is read: see src/heap-tuning.ts.
import '../dist/heap-tuning.js';
import { main } from '../dist/cli/main.js';

// A reader that stops early (`attest export quotes | head`) is not an error, as for any Unix tool.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);
