import { endpoints } from '../../contracts/endpoints/index.js';
import { commitDossierImport } from '../../services/dossiers/commit-dossier-import.js';
import { getDossierFigures } from '../../services/dossiers/get-dossier-figures.js';
import { getDossierImport } from '../../services/dossiers/get-dossier-import.js';
import { getUnitDossier } from '../../services/dossiers/get-unit-dossier.js';
import { listDossierImports } from '../../services/dossiers/list-dossier-imports.js';
import { listDossierSources } from '../../services/dossiers/list-dossier-sources.js';
import { listUnitDossiers } from '../../services/dossiers/list-unit-dossiers.js';
import { rereadDossierImport } from '../../services/dossiers/reread-dossier-import.js';
import { saveDossierMapping } from '../../services/dossiers/save-dossier-mapping.js';
import { uploadDossierFile } from '../../services/dossiers/upload-dossier-file.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const dossierRoutes = [
  handle(endpoints.uploadDossierFile, async ({ query }, ctx, c) => {
    const file = await readUploadedFile(c);
    return uploadDossierFile(ctx, {
      ...file,
      sourceName: query.source,
    });
  }),
  handle(endpoints.listDossierImports, ({ query }, ctx) => listDossierImports(ctx, query)),
  handle(endpoints.rereadDossierImport, ({ params }, ctx) => rereadDossierImport(ctx, params.id)),
  handle(endpoints.listDossierSources, (_input, ctx) => listDossierSources(ctx)),
  handle(endpoints.getDossierImport, ({ params }, ctx) => getDossierImport(ctx, params.id)),
  handle(endpoints.commitDossierImport, ({ params, body }, ctx) => commitDossierImport(ctx, params.id, body)),
  handle(endpoints.saveDossierMapping, ({ params, body }, ctx) => saveDossierMapping(ctx, params.name, body.mapping)),
  handle(endpoints.listUnitDossiers, ({ params, query }, ctx) => listUnitDossiers(ctx, params.unitId, query)),
  handle(endpoints.getUnitDossier, ({ params }, ctx) => getUnitDossier(ctx, params.unitId, params.code)),
  handle(endpoints.getDossierFigures, ({ query }, ctx) => getDossierFigures(ctx, query)),
];
