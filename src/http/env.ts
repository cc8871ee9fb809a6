import type { ServiceContext } from '../services/context.js';
import type { SignIn } from './sign-in.js';

export interface AppEnv {
  Variables: {
    serviceContext: ServiceContext;
    csrfToken: string | null;
    sessionTokenHash: string | null;
    requestId: string;
    signIn: SignIn;
    /** The temporary folder of a received upload, removed once the request is answered (read-body.ts). */
    uploadFolder?: string;
  };
}
