import type { ThemeConfig } from 'antd';

/**
 * The app's one antd theme (issue 18: GB/T 37668-2019 / WCAG 2.0 AA asks 4.5:1 for text). antd's default blue, red
 * and light greys reach only 3.3–4.1:1 on white and on the grey page (links, primary buttons, the selected menu item,
 * danger links, helper text) and 1.8:1 for placeholders, so colours are set once here rather than per component:
 * - the brand and status colours one palette step darker (buttons, links, the selected menu item, danger links,
 *   success/warning text), their light backgrounds and borders kept at antd's usual shades;
 * - the preset tag colours' text one step darker (a filled tag is the shade-7 text on the shade-1 background);
 * - secondary/helper text and placeholders dark enough to read on white and on the grey page, placeholders still
 *   lighter than typed values (they carry the defaults a clerk needs); an empty table's 暂无数据 likewise.
 * Palette shades are set under both their names (green7 and 'green-7'): both become the same CSS variable.
 */
export const APP_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorPrimaryBg: '#e6f4ff',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccess: '#389e0d',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad6800',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    green7: '#237804',
    'green-7': '#237804',
    cyan7: '#006d75',
    'cyan-7': '#006d75',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    gold7: '#874d00',
    'gold-7': '#874d00',
    volcano7: '#ad2102',
    'volcano-7': '#ad2102',
    lime7: '#3f6600',
    'lime-7': '#3f6600',
    yellow7: '#876800',
    'yellow-7': '#876800',
  },
  components: {
    // Compact tables everywhere (UI.md "compact density for tables"): the small size's cell padding.
    Table: { cellPaddingBlock: 8, cellPaddingInline: 8, colorTextDisabled: 'rgba(0, 0, 0, 0.56)' },
  },
};
