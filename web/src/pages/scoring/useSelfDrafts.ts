import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { LeafEntry } from '../../../../src/domain/scoring/types.js';
import { isApiError } from '../../api/client.js';
import { scoringKeys, selfAssessMany, type UnitScoring } from '../../api/scoring.js';

/** A criterion's self-assessment as typed, not yet saved. */
export interface SelfDraft {
  entry: LeafEntry | null;
  note: string;
}

/** Where a criterion's last save stands: shown next to it ("Đang lưu…", "Đã lưu", or the server's reason). */
export type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * The unsaved self-assessment of a sheet, and saving it: one criterion when the user leaves it (autosave), or every
 * changed criterion at once ("Lưu tất cả"), both through the batch route. Saves run one after another, each with the
 * versions of the sheet as last saved, so an autosave and "Lưu tất cả" never race each other into a version conflict.
 */
export function useSelfDrafts(sheet: UnitScoring, onSaved: (next: UnitScoring) => void, networkError: string) {
  const queryClient = useQueryClient();
  const { round, unit } = sheet;
  const [drafts, setDraftsState] = useState<Record<string, SelfDraft>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const draftsRef = useRef(drafts);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const setDrafts = useCallback((update: (all: Record<string, SelfDraft>) => Record<string, SelfDraft>) => {
    draftsRef.current = update(draftsRef.current);
    setDraftsState(draftsRef.current);
  }, []);
  const setDraft = useCallback(
    (code: string, draft: SelfDraft | null) =>
      setDrafts((all) => {
        const next = { ...all };
        if (draft) next[code] = draft;
        else delete next[code];
        return next;
      }),
    [setDrafts],
  );
  const mark = (codes: string[], state: SaveState) =>
    setStates((all) => ({ ...all, ...Object.fromEntries(codes.map((code) => [code, state])) }));

  /** Saves the drafts of `codes` (every draft when omitted); resolves to how many criteria were saved. */
  const save = (codes?: readonly string[]): Promise<number> => {
    const run = queue.current.then(async () => {
      const pending = Object.entries(draftsRef.current).filter(
        ([code, draft]) => (!codes || codes.includes(code)) && draft.entry,
      );
      if (!pending.length) return 0;
      const saving = pending.map(([code]) => code);
      mark(saving, { kind: 'saving' });
      const current = queryClient.getQueryData<UnitScoring>(scoringKeys.unit(round.id, unit.unitId)) ?? sheet;
      const version = (code: string) => current.leaves.find((leaf) => leaf.code === code)?.version ?? 0;
      try {
        const next = await selfAssessMany(round.id, unit.unitId, {
          entries: pending.map(([code, draft]) => ({
            code,
            version: version(code),
            entry: draft.entry!,
            note: draft.note.trim() || null,
          })),
        });
        onSaved(next);
        // A criterion changed again while it was being saved keeps its newer draft.
        setDrafts((all) =>
          Object.fromEntries(
            Object.entries(all).filter(([code, draft]) => !pending.some(([c, d]) => c === code && d === draft)),
          ),
        );
        mark(saving, { kind: 'saved' });
        return pending.length;
      } catch (caught) {
        mark(saving, { kind: 'failed', message: isApiError(caught) ? caught.message : networkError });
        throw caught;
      }
    });
    queue.current = run.catch(() => undefined);
    return run;
  };

  return { drafts, setDraft, save, states };
}
