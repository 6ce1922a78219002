#!/usr/bin/env node
// The package's `switchboard` command: always runs, wherever it is installed or linked from.
import { runMain } from './main.js';

runMain();
