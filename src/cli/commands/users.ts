import { eq } from 'drizzle-orm';
import type { Command } from 'commander';
import { createUserRequest } from '../../contracts/users.js';
import { units } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { insertUser } from '../../db/queries/users/insert-user.js';
import { withDatabase } from '../context.js';

export function registerUserCommands(program: Command) {
  program
    .command('users')
    .description('Tài khoản người dùng')
    .command('create')
    .description('Tạo tài khoản (mật khẩu lấy từ biến môi trường CCHC_PASSWORD)')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .requiredOption('--name <name>', 'họ tên')
    .requiredOption('--role <role>', 'admin | coordinator | reporter | leader | appraiser')
    .option('--unit <code>', 'mã đơn vị (bắt buộc với reporter)')
    .option('--email <email>', 'thư điện tử')
    .action((options: { username: string; name: string; role: string; unit?: string; email?: string }) =>
      withDatabase(async (database) => {
        const password = process.env.CCHC_PASSWORD;
        if (!password) throw new AppError('PASSWORD_REQUIRED');
        let unitId: string | null = null;
        if (options.unit) {
          const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.code, options.unit));
          if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: options.unit });
          unitId = unit.id;
        }
        const input = createUserRequest.parse({
          username: options.username,
          displayName: options.name,
          role: options.role,
          unitId,
          email: options.email ?? null,
          password,
        });
        const user = await database.db.transaction((tx) => insertUser(tx, null, input, new Date()));
        console.log(`Đã tạo tài khoản ${user.username} (${user.role}${user.unitName ? `, ${user.unitName}` : ''}).`);
      }),
    );
}
