import type { Command } from 'commander';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../../config.js';
import type { DatabaseHandle } from '../../db/client.js';
import { configuredFileStore } from '../../files/configured-file-store.js';
import { openConfiguredDatabase } from '../../db/open-configured.js';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, loadDemo } from '../../services/demo/load-demo.js';
import { loadDemoSecondProvince } from '../../services/demo/load-demo-second-province.js';
import { cliLogger, withDatabase } from '../context.js';
import { isClusterWorker, runWorkers, workerCount } from '../cluster.js';
import { startServer } from '../serve.js';
import { ensureWebBuilt } from '../web-build.js';

function printDemoLogins(url: string) {
  console.log(`\ncchc đang chạy tại ${url}\nTài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS)
    console.log(`  ${user.username.padEnd(16)} ${user.role.padEnd(12)} ${user.displayName}`);
  console.log('');
}

/** One process serves with the database it opened; several get their own connections (the first one migrated). */
async function serveWith(workers: number, config: Config, database: DatabaseHandle, logger: Logger) {
  if (workers === 1) return startServer(config, database, logger);
  await database.close();
  await runWorkers(workers, logger);
  logger.info({ url: `http://${config.host}:${config.port}`, workers }, 'cchc đang chạy');
}

export function registerServerCommands(program: Command) {
  program
    .command('start')
    .description('Dựng giao diện nếu cần, cập nhật CSDL, nạp dữ liệu mẫu nếu CSDL trống, rồi chạy máy chủ')
    .action(async () => {
      const started = performance.now();
      const config = loadConfig();
      const logger = cliLogger();
      if (isClusterWorker()) return startServer(config, await openConfiguredDatabase(config), logger);
      const workers = workerCount(config);
      await ensureWebBuilt(logger);
      const database = await openConfiguredDatabase(config);
      if (await isDatabaseEmpty(database.db)) {
        logger.info('CSDL trống: nạp dữ liệu mẫu tỉnh Quảng Trị');
        // A trial installation: the demo accounts keep the published password (CCHC_DEMO=false forces a change).
        await loadDemo(database.db, {
          files: configuredFileStore(config),
          forcePasswordChange: process.env.CCHC_DEMO === 'false',
        });
      }
      await serveWith(workers, config, database, logger);
      printDemoLogins(`http://${config.host}:${config.port}`);
      logger.info(
        { startupMs: Math.round(performance.now() - started), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) },
        'sẵn sàng',
      );
    });

  program
    .command('serve')
    .description('Chạy máy chủ (không nạp dữ liệu mẫu)')
    .option('--port <port>', 'cổng (mặc định PORT hoặc 3000)')
    .option('--host <host>', 'địa chỉ lắng nghe (mặc định HOST hoặc 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = {
        ...loadConfig(),
        ...(options.port ? { port: Number(options.port) } : {}),
        ...(options.host ? { host: options.host } : {}),
      };
      const logger = cliLogger();
      if (isClusterWorker()) return startServer(config, await openConfiguredDatabase(config), logger);
      const workers = workerCount(config);
      await ensureWebBuilt(logger);
      await serveWith(workers, config, await openConfiguredDatabase(config), logger);
    });

  program
    .command('db')
    .description('Cơ sở dữ liệu')
    .command('migrate')
    .description('Áp dụng các migration còn thiếu')
    .action(() => withDatabase(async (database) => console.log(`Đã cập nhật cấu trúc CSDL: ${database.describe}`)));

  program
    .command('demo')
    .description('Nạp dữ liệu mẫu (tỉnh Quảng Trị, tài khoản mỗi vai trò); chạy lại không tạo trùng')
    .option(
      '--second-province',
      'nạp thêm tỉnh thứ hai (Hà Tĩnh: danh mục đơn vị và ba tài khoản) và tài khoản Bộ Nội vụ xem toàn quốc vào cùng hệ thống',
    )
    .action((options: { secondProvince?: boolean }) =>
      withDatabase(async (database) => {
        // Loaded into an existing installation: the published password must be changed at first sign-in,
        // unless this is a demonstration server (CCHC_DEMO=true).
        const forcePasswordChange = process.env.CCHC_DEMO !== 'true';
        const result = await loadDemo(database.db, {
          files: configuredFileStore(loadConfig()),
          forcePasswordChange,
        });
        console.log(
          `Đã nạp ${result.units} đơn vị; tài khoản mới: ${result.users.join(', ') || 'không có (đã có sẵn)'}`,
        );
        if (result.work)
          console.log(`Đã nạp kế hoạch CCHC năm ${result.year} đang thực hiện và các đợt chấm điểm mẫu.`);
        if (options.secondProvince) {
          const second = await loadDemoSecondProvince(database.db, { forcePasswordChange });
          console.log(
            `Tỉnh thứ hai: ${second.units} đơn vị của tỉnh Hà Tĩnh; tài khoản mới: ${second.users.join(', ') || 'không có (đã có sẵn)'}`,
          );
        }
        console.log(
          `Mật khẩu tài khoản mẫu: ${DEMO_PASSWORD}${forcePasswordChange ? ' (phải đổi ở lần đăng nhập đầu tiên)' : ''}`,
        );
      }),
    );
}
