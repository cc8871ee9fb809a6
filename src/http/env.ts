import type { ServiceContext } from '../services/context.js';

export interface AppEnv {
  Variables: {
    serviceContext: ServiceContext;
    csrfToken: string | null;
    sessionTokenHash: string | null;
    requestId: string;
  };
}
