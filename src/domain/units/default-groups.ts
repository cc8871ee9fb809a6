import type { UnitKind } from './types.js';

/** The groups every plan names, created for each province root (DOMAIN.md, "Units as written"). */
export const DEFAULT_GROUPS: { suffix: string; name: string; aliases: string[]; memberKinds: UnitKind[] }[] = [
  {
    suffix: 'SBN',
    name: 'Các sở, ban, ngành cấp tỉnh',
    aliases: [
      'Các sở, ban, ngành',
      'Sở, ban, ngành',
      'Sở, ban, ngành cấp tỉnh',
      'Các sở, ngành',
      'Các cơ quan chuyên môn thuộc UBND tỉnh',
      'Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh',
      'Các cơ quan, đơn vị cấp tỉnh',
    ],
    memberKinds: ['department'],
  },
  {
    suffix: 'HUYEN',
    name: 'UBND cấp huyện',
    aliases: [
      'UBND các huyện, thị xã, thành phố',
      'UBND các huyện, thành phố, thị xã',
      'UBND huyện, thành phố',
      'UBND các huyện, thành phố',
      'Các huyện, thị xã, thành phố',
      'UBND các địa phương cấp huyện',
    ],
    memberKinds: ['district'],
  },
  {
    suffix: 'XA',
    name: 'UBND cấp xã',
    aliases: [
      'UBND các xã, phường, thị trấn',
      'UBND các xã, phường, đặc khu',
      'Các xã, phường, thị trấn',
      'UBND các xã, phường',
    ],
    memberKinds: ['commune'],
  },
  {
    suffix: 'ALL',
    name: 'Các cơ quan, đơn vị, địa phương',
    aliases: [
      'Các cơ quan, đơn vị',
      'Các sở, ban, ngành, địa phương',
      'Các cơ quan, địa phương',
      'Các sở, ban, ngành; UBND cấp huyện, cấp xã',
    ],
    memberKinds: ['department', 'district', 'commune'],
  },
];
