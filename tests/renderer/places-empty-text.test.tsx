import { describe, expect, it } from 'vitest';
import { placesEmptyText, type Places } from '../../renderer/src/components/usePlaces';
import { region } from './fake-api';

// Issue 14: an empty place select says where the divisions are added (设置 → 行政区划), not just 暂无数据.

const town = region({ id: 't1', code: '653121101000', name: '乌帕尔镇' });
const bare = region({ id: 't2', code: '653121200000', name: '塔什米里克乡' });
const village = region({ id: 'v1', code: '653121101001', name: '乌帕尔村', parentId: 't1' });
const places = (townships = [town, bare], villages = [village]): Places => ({
  townships,
  villages,
  byId: new Map([...townships, ...villages].map((r) => [r.id, r])),
  error: null,
});

describe('placesEmptyText', () => {
  it('points to 设置 → 行政区划 on a fresh install', () => {
    for (const level of ['township', 'village', 'any'] as const) {
      expect(placesEmptyText(places([], []), level)).toBe(
        '还没有乡镇(街道)和村(社区)：请先在“设置 → 行政区划”中载入或添加',
      );
    }
  });
  it('points there for villages missing in general or under the chosen township', () => {
    expect(placesEmptyText(places([town], []), 'village')).toBe('还没有村(社区)：请先在“设置 → 行政区划”中载入或添加');
    expect(placesEmptyText(places(), 'village', 't2')).toBe(
      '该乡镇(街道)下还没有村(社区)：请先在“设置 → 行政区划”中载入或添加',
    );
  });
  it('says nothing matches once divisions exist', () => {
    expect(placesEmptyText(places(), 'township')).toBe('没有匹配的乡镇(街道)');
    expect(placesEmptyText(places(), 'village', 't1')).toBe('没有匹配的村(社区)');
    expect(placesEmptyText(places(), 'any')).toBe('没有匹配的乡镇或村');
  });
});
