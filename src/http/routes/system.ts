import { endpoints } from '../../contracts/endpoints/index.js';
import { downloadBackup } from '../../services/system/download-backup.js';
import { handle } from '../route.js';

export const systemRoutes = [handle(endpoints.downloadBackup, (_input, ctx) => downloadBackup(ctx))];
