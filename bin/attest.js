#!/usr/bin/env node
// The package runs its compiled sources: `npm install` in a checkout builds them (the `prepare` script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
