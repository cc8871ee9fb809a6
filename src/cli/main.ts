import { Command } from 'commander';
import { registerAdminCommands } from './commands/admin.js';
import { registerServerCommands } from './commands/server.js';
import { registerUnitCommands } from './commands/units.js';
import { registerUserCommands } from './commands/users.js';
import { reportCliError } from './report-error.js';

const program = new Command()
  .name('cchc')
  .description('cchc — quản lý cải cách hành chính (CCHC): kế hoạch, báo cáo, chấm điểm')
  .showHelpAfterError();

registerServerCommands(program);
registerUnitCommands(program);
registerUserCommands(program);
registerAdminCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportCliError(error);
}
