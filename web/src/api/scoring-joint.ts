import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  deductionWorkRequest,
  jointRound,
  ministryAppraisalRequest,
} from '../../../src/contracts/scoring-joint.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, endpointUrl, upload } from './client.js';

export type JointRound = z.infer<typeof jointRound>;
export type JointLeaf = JointRound['leaves'][number];

export const jointKeys = { round: (id: string) => ['scoring', 'joint', id] as const };

export const jointRoundQuery = (id: string) =>
  queryOptions({ queryKey: jointKeys.round(id), queryFn: () => call(endpoints.getJointRound, { params: { id } }) });

export const setJointAgencies = (id: string, code: string, agencyIds: string[]) =>
  call(endpoints.setJointAgencies, { params: { id }, body: { assignments: [{ code, agencyIds }] } }, { notify: false });
export const reviewJointLeaf = (
  id: string,
  code: string,
  version: number,
  decision: 'accept' | 'return',
  reason?: string,
) =>
  call(
    endpoints.reviewJointLeaf,
    { params: { id, code }, body: { version, decision, ...(reason ? { reason } : {}) } },
    { notify: false },
  );
export const lockJointRound = (id: string, version: number) =>
  call(endpoints.lockJointRound, { params: { id }, body: { version } }, { notify: false });
export const recordMinistryAppraisal = (id: string, code: string, input: z.input<typeof ministryAppraisalRequest>) =>
  call(endpoints.recordMinistryAppraisal, { params: { id, code }, body: input }, { notify: false });
export const importMinistryAppraisal = (id: string, file: File, onProgress?: (sent: number) => void) => {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.importMinistryAppraisal, { params: { id } }, form, { notify: false, onProgress });
};
export const jointExportUrl = (id: string, format: 'xlsx' | 'docx') =>
  endpointUrl(endpoints.exportJointRound, { params: { id }, query: { format } });
/** A deducted criterion turned into an assignment for its agency (one per criterion). */
export const createDeductionWork = (id: string, code: string, body: z.input<typeof deductionWorkRequest>) =>
  call(endpoints.createDeductionWork, { params: { id, code }, body }, { notify: false });
