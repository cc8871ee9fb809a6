import { Command } from 'commander';
import { loadDirectory } from '../db/queries/units/load-directory.js';
import { readDirectoryFile } from '../readers/read-directory-file.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerDossierCommands } from './commands/dossiers.js';
import { registerImportCommand } from './commands/import.js';
import { registerServerCommands } from './commands/server.js';
import { registerServiceFigureCommands } from './commands/service-figures.js';
import { registerUnitCommands } from './commands/units.js';
import { registerUserCommands } from './commands/users.js';
import { withDatabase } from './context.js';
import { reportCliError } from './report-error.js';

const program = new Command()
  .name('cchc')
  .description('cchc — quản lý cải cách hành chính (CCHC): kế hoạch, báo cáo, chấm điểm')
  .showHelpAfterError();

registerServerCommands(program);
registerUnitCommands(program);
registerUserCommands(program);
registerAdminCommands(program);
registerDossierCommands(program);
registerServiceFigureCommands(program);
registerImportCommand(program, {
  directoryFromDatabase: () => withDatabase((database) => loadDirectory(database.db)),
  directoryFromFile: readDirectoryFile,
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportCliError(error);
}
