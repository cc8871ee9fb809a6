import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  RegisterEntryDetail,
  RegisterEntryView,
  RegisterFollowUpView,
  RegisterListQuery,
  RegisterTiles,
} from '../../../src/contracts/registers.js';
import type { RegisterKey } from '../../../src/domain/registers/index.js';
import { call, endpointUrl, upload } from './client.js';

export type { RegisterEntryDetail, RegisterEntryView, RegisterFollowUpView, RegisterTiles };
export type ListQuery = Partial<RegisterListQuery>;

export const registerKeys = {
  all: ['registers'] as const,
  tiles: (year?: number) => ['registers', 'tiles', year ?? null] as const,
  list: (register: RegisterKey, query: ListQuery) => ['registers', register, 'list', query] as const,
  entry: (register: RegisterKey, id: string) => ['registers', register, 'entry', id] as const,
  followUps: (register: RegisterKey) => ['registers', register, 'follow-ups'] as const,
};

export const registerTilesQuery = (year?: number) =>
  queryOptions({
    queryKey: registerKeys.tiles(year),
    queryFn: () => call(endpoints.getRegisterTiles, { query: { year } }, { notify: false }),
  });

export const registerListQuery = (register: RegisterKey, query: ListQuery) =>
  queryOptions({
    queryKey: registerKeys.list(register, query),
    queryFn: () =>
      call(
        endpoints.listRegisterEntries,
        { params: { register }, query: query as RegisterListQuery },
        { notify: false },
      ),
    placeholderData: keepPreviousData,
  });

export const registerExportUrl = (register: RegisterKey, query: ListQuery) =>
  endpointUrl(endpoints.exportRegisterEntries, { params: { register }, query: query as RegisterListQuery });

export const registerEntryQuery = (register: RegisterKey, id: string) =>
  queryOptions({
    queryKey: registerKeys.entry(register, id),
    queryFn: () => call(endpoints.getRegisterEntry, { params: { register, id } }, { notify: false }),
  });

export const followUpsQuery = (register: RegisterKey) =>
  queryOptions({
    queryKey: registerKeys.followUps(register),
    queryFn: () =>
      call(
        endpoints.listRegisterFollowUps,
        { params: { register }, query: { status: 'all', page: 1, pageSize: 200 } },
        { notify: false },
      ),
  });

export const createEntry = (register: RegisterKey, body: { unitId: string; fields: Record<string, unknown> }) =>
  call(endpoints.createRegisterEntry, { params: { register }, body }, { notify: false });
export const updateEntry = (
  register: RegisterKey,
  id: string,
  body: { version: number; fields: Record<string, unknown> },
) => call(endpoints.updateRegisterEntry, { params: { register, id }, body }, { notify: false });
export const cancelEntry = (register: RegisterKey, id: string, body: { version: number; reason: string }) =>
  call(endpoints.cancelRegisterEntry, { params: { register, id }, body }, { notify: false });
export const addComment = (register: RegisterKey, id: string, body: string) =>
  call(endpoints.addRegisterComment, { params: { register, id }, body: { body } }, { notify: false });
export const addFollowUp = (
  register: RegisterKey,
  id: string,
  body: { unitId: string; title: string; dueOn: string },
) => call(endpoints.addRegisterFollowUp, { params: { register, id }, body }, { notify: false });
export const acceptFollowUp = (register: RegisterKey, id: string, version: number) =>
  call(endpoints.acceptFollowUp, { params: { register, id }, body: { version } }, { notify: false });
export const returnFollowUp = (register: RegisterKey, id: string, body: { version: number; reason: string }) =>
  call(endpoints.returnFollowUp, { params: { register, id }, body }, { notify: false });
export const closeFollowUp = (register: RegisterKey, id: string, body: { version: number; result: string }) =>
  call(endpoints.closeFollowUp, { params: { register, id }, body }, { notify: false });

export function uploadEntryFile(register: RegisterKey, id: string, file: File, field?: string) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.uploadRegisterFile, { params: { register, id }, query: { field } }, form, { notify: false });
}
export function uploadFollowUpEvidence(register: RegisterKey, id: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return upload(endpoints.uploadFollowUpEvidence, { params: { register, id } }, form, { notify: false });
}
export const registerFileUrl = (register: RegisterKey, id: string) =>
  endpointUrl(endpoints.downloadRegisterFile, { params: { register, id } });
