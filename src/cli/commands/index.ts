import type { Command } from '../support/io.js';
import { assessCommand } from './assess.js';
import { auditCommand } from './audit.js';
import { capacityCommand } from './capacity.js';
import { catalogCommand } from './catalog.js';
import { costCommand } from './cost.js';
import { initCommand } from './init.js';
import { keysCommand } from './keys.js';
import { planCommand } from './plan.js';
import { scanCommand } from './scan.js';
import { serveCommand } from './serve.js';
import { uiCommand } from './ui.js';
import { usageCommand } from './usage.js';
import { validateCommand } from './validate.js';

/** The one place commands are registered; `switchboard --help` lists them in this order. */
export const commands: readonly Command[] = [
  assessCommand,
  validateCommand,
  initCommand,
  catalogCommand,
  capacityCommand,
  costCommand,
  planCommand,
  scanCommand,
  serveCommand,
  keysCommand,
  usageCommand,
  auditCommand,
  uiCommand,
];
