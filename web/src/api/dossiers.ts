import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dossierImportDetail, dossierImportSummary, dossierSource } from '../../../src/contracts/dossiers.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, upload, type UploadOptions } from './client.js';

export type DossierImport = z.infer<typeof dossierImportDetail>;
export type DossierImportSummary = z.infer<typeof dossierImportSummary>;
export type DossierSource = z.infer<typeof dossierSource>;

export const dossierKeys = {
  sources: ['dossier-sources'] as const,
  imports: ['dossier-imports'] as const,
  importList: (page: number) => ['dossier-imports', 'list', page] as const,
  import: (id: string) => ['dossier-imports', id] as const,
};

export const dossierSourcesQuery = queryOptions({
  queryKey: dossierKeys.sources,
  queryFn: () => call(endpoints.listDossierSources, {}, { notify: false }),
});

export const HISTORY_PAGE_SIZE = 10;
export const dossierImportListQuery = (page: number) =>
  queryOptions({
    queryKey: dossierKeys.importList(page),
    queryFn: () =>
      call(endpoints.listDossierImports, { query: { page, pageSize: HISTORY_PAGE_SIZE } }, { notify: false }),
  });

/** An import; asked again every half second while `polling` (its job writing it). */
export const dossierImportQuery = (id: string, polling = false) =>
  queryOptions({
    queryKey: dossierKeys.import(id),
    queryFn: () => call(endpoints.getDossierImport, { params: { id } }, { notify: false }),
    refetchInterval: polling ? 500 : false,
  });

export function uploadDossierFile(file: File, source: string, options: Pick<UploadOptions, 'onProgress'> = {}) {
  const form = new FormData();
  form.append('file', file);
  return upload(endpoints.uploadDossierFile, { query: { source } }, form, { notify: false, ...options });
}

/** Saves how the source names its columns, then reads the same uploaded file again with it. */
export async function saveMappingAndReread(importId: string, source: string, mapping: Record<string, string>) {
  await call(
    endpoints.saveDossierMapping,
    { params: { name: source }, body: { mapping: mapping as never } },
    { notify: false },
  );
  return call(endpoints.rereadDossierImport, { params: { id: importId } }, { notify: false });
}

export function commitDossierImport(importId: string, acceptValidRows: boolean) {
  return call(
    endpoints.commitDossierImport,
    { params: { id: importId }, body: { acceptValidRows } },
    { notify: false },
  );
}
