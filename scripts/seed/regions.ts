// A plausible 疏附县 (653121): 10 townships, ~15 villages or communities each. Township names are those of the
// county; codes follow the 12-digit structure under 653121 (1xx towns, 2xx townships) but are not the official
// statistical codes. Village names are built from common Uyghur place-name parts.
import type { Rng } from './rng';

export const OFFICE = { name: '疏附县人力资源和社会保障局', countyName: '疏附县', countyCode: '653121' } as const;

const TOWNSHIPS: readonly { code: string; name: string; town: boolean }[] = [
  { code: '653121100000', name: '托克扎克镇', town: true },
  { code: '653121101000', name: '兰干镇', town: true },
  { code: '653121102000', name: '吾库萨克镇', town: true },
  { code: '653121103000', name: '乌帕尔镇', town: true },
  { code: '653121200000', name: '塔什米里克乡', town: false },
  { code: '653121201000', name: '铁日木乡', town: false },
  { code: '653121202000', name: '布拉克苏乡', town: false },
  { code: '653121203000', name: '萨依巴格乡', town: false },
  { code: '653121204000', name: '站敏乡', town: false },
  { code: '653121205000', name: '木什乡', town: false },
];

const FIRST = [
  '阿克',
  '喀拉',
  '英',
  '科克',
  '库木',
  '托万',
  '尤喀克',
  '阔纳',
  '塔什',
  '玉吉',
  '恰克',
  '艾日克',
  '苏盖特',
  '奥依',
  '巴格',
];
const SECOND = [
  '巴格',
  '艾日克',
  '吐格曼',
  '贝希',
  '亚',
  '布拉克',
  '塔木',
  '阿瓦提',
  '墩',
  '库勒',
  '兰干',
  '铁热克',
  '其兰',
  '阿热勒',
  '吾斯塘',
];
const COMMUNITIES = ['幸福路社区', '团结社区', '文化路社区', '新城社区', '光明社区'];

export interface SeedTownship {
  code: string;
  name: string;
  villages: { code: string; name: string; urbanRuralCode: string }[];
}

/** Townships with their villages; towns also get 2–3 communities (城镇 codes). */
export function countyRegions(rng: Rng): SeedTownship[] {
  return TOWNSHIPS.map((t) => {
    const names = new Set<string>();
    const villages: SeedTownship['villages'] = [];
    let seq = 1;
    if (t.town) {
      for (const name of COMMUNITIES.slice(0, rng.int(2, 3))) {
        villages.push({
          code: `${t.code.slice(0, 9)}${String(seq++).padStart(3, '0')}`,
          name,
          urbanRuralCode: seq === 2 ? '121' : '122',
        });
      }
      seq = 200; // village committees after the communities, as in the statistical code lists
    }
    const count = rng.int(12, 16);
    while (villages.length < count + (t.town ? 2 : 0)) {
      const name = `${rng.pick(FIRST)}${rng.pick(SECOND)}村`;
      if (names.has(name)) continue;
      names.add(name);
      villages.push({
        code: `${t.code.slice(0, 9)}${String(seq++).padStart(3, '0')}`,
        name,
        urbanRuralCode: rng.chance(0.15) ? '210' : '220',
      });
    }
    return { code: t.code, name: t.name, villages };
  });
}
