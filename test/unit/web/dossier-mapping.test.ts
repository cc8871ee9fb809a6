import { describe, expect, it } from 'vitest';
import { missingDossierFields } from '../../../src/domain/dossiers/dossier-record.js';
import { currentChoices, mappingToSave } from '../../../web/src/dossiers/mapping.js';

/** The mapping step's arithmetic: what each field is read from now, and what is saved for the source. */
describe('dossier column mapping', () => {
  const columns = ['Mã hồ sơ', 'Kênh nộp', 'Ngày nộp', 'DonViXuLy', 'Ghi chú'];

  it('reads a field from a mapped column or one named as the field, in any Unicode form', () => {
    const saved = { ['Mã hồ sơ'.normalize('NFD')]: 'MaHoSo', 'Mã cũ': 'MaTTHC' };
    expect(currentChoices(columns, saved)).toEqual({ MaHoSo: 'Mã hồ sơ', DonViXuLy: 'DonViXuLy' });
  });

  it('saves this file’s choices and keeps what the source held for columns this file lacks', () => {
    const saved = { 'Mã hồ sơ': 'MaTTHC', 'Mã cũ': 'MaTTHC' };
    const choices = { MaHoSo: 'Mã hồ sơ', KenhThucHien: 'Kênh nộp', NgayNopHoSo: 'Ngày nộp', DonViXuLy: 'DonViXuLy' };
    const mapping = mappingToSave(columns, saved, choices);
    expect(mapping).toEqual({
      'Mã cũ': 'MaTTHC',
      'Mã hồ sơ': 'MaHoSo',
      'Kênh nộp': 'KenhThucHien',
      'Ngày nộp': 'NgayNopHoSo',
    });
    // The day of filing stands in for the day of receipt: nothing required is missing.
    expect(missingDossierFields(columns, mapping)).toEqual([]);
    expect(missingDossierFields(columns, {})).toEqual(['MaHoSo', 'KenhThucHien', 'NgayTiepNhan']);
  });
});
