// Released migrations never change: a database records each applied migration's checksum and refuses to open when the
// code's SQL for it differs (electron/core/db/migrate.ts). Shared pieces of migration text (REVIEW_LOCK_TRIGGERS in
// 0007, used again by 0010) must leave every executed SQL byte-identical; this pins the checksum of each released one.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { checksum } from '../../electron/core/db/migrate';

const RELEASED: [number, string, string][] = [
  [1, 'foundation', '68f5d32ad529e79e999a0f184f9451a2b5e85628c996f90eb4248aeaca21a1a4'],
  [2, 'persons', 'd7c5872a997b78adf0a81cd356141456762ef7e0b49dc0ea4f4b3a9c24a3d362'],
  [3, 'registrations', '155fe43208e40f9921601bcd8778480cd41a2c978d8ec81678f5b040d510b555'],
  [4, 'posts', '24a23e59a0550f4ec812e030150b56524dae4dd2656900a9d15757c88fd45910'],
  [5, 'internships', '5cb409f98dac992bcc9f53853b0f4aa82a995690f6024a823de8941d9d19a729'],
  [6, 'recognitions', '11f21d2ba35e0b7f4d06ba0d9ca54772fc1d867c5722595916bc5ecfb59136b4'],
  [7, 'subsidies', '6bce3fb571bbf983527e19693112f1e710ee8e4586a78f96ecd840b12b4bdeeb'],
  [8, 'accounts', 'c1b687f1adfd3642da456d9dc92dca128fd0933a7dde3834f4f697b0ed0a3939'],
  [9, 'period-locks', '88b664d0233e450c394d06addfc3d63a68b7a26e41121cab5172938a0117bf6b'],
  [10, 'training', '35ddf65ded6ff88d63e746a4c7abed06e8e7bb75af24c2d72c0aa58b977f197e'],
  [12, 'recognition-speed', 'fe3a1316ef20aee2e8546f0c87554f00b59cc5f6cfbca48ead195373de5e1e07'],
  [13, 'open-registrations', '006c06e42f4f72a0a50edab37785d5e1a2234e156da549e4574c9cc0e8416594'],
  [14, 'region-office-phone', 'bfc72f250b2d66ce313740417f4e30a7bc0acc81442f73af0b71c2607cc2afc6'],
  [15, 'household-income', '498d63116ed74f56d52150d2908497a2ae5e3d1ebfd82455d5a0257c483ca91e'],
  [16, 'cancel-income', '5a95bdce26f3b566dfbade6589b90a4e9865cc2fd6f7c0007fe0ae13282b7cc3'],
  [17, 'archive-redaction', '933e4fb293ffdae6d8c8c8a6a1c9a9eb9fdc9447bdd16561ca1f7a548127f204'],
  [18, 'placement-assessments', '09f451ccdd7a916016bdd995e0871e9d0f6bb83d6f00f87ea025a06d16550eca'],
  [19, 'flexible-subsidies', '1fe9691ce9ca93a319bb6680dc5405904681e25724deca8853f5363b7d65534c'],
  [20, 'batch-scope', 'c8000b4414141ee09f9ea941147afc096159a15127c6e0111a0c56079826b9d2'],
  [21, 'allowance-deductions', 'eebfd64bccccf0bea91f71fd13978faae2bcfd07858dd8e00b5cc6dbdc7f93bf'],
  [22, 'contact-soft-delete', '4ef2202dd4b34d4f783be55a4406e3ab6d7697dd6df9a6567eeb02dcf903a007'],
  [23, 'cancel-notice-placement-status', '95af5602167242fef73e7b72f3e901b50558320d4a8f40600670a2c275c9fc85'],
  [24, 'assessment-trainee-soft-delete', '539ce1bf3424a62fa41e29d53cb2fc0c8d7dd83ab14d6c2efef55e530145184e'],
  [25, 'registration-ledger', 'ef5d22fef72789f460fbfd3612ec29733488808b2268c5722549b77e92d08613'],
  [26, 'registration-recognition-soft-delete', '373da279597fb41a23f417f0f01efef36c331aa9ba4be33cd093ce4fc8a3bf12'],
  [27, 'internships-wage-other-type', 'dcb3bc7529010482cc3eb4dd2293f4d3bf6155487102544ce7af4ff8f674eed2'],
  [28, 'roster-payee-copies', 'ae811e57e8cd9b80049508e4619b424ccdcc8e000c650b4baf02a5c54073e63e'],
  [29, 'import-batches', '3ea683f0bb8bc8d136048cf83e4db7ff65cb4ac6b0e11ef563cf7ec60e61a09d'],
];

describe('released migrations', () => {
  it.each(RELEASED)('migration %i (%s) executes the SQL it was released with', (version, name, sum) => {
    const m = MIGRATIONS.find((x) => x.version === version);
    expect([m?.name, m && checksum(m.sql)]).toEqual([name, sum]);
  });

  it('0010 creates the review-lock triggers of 0007 again with the same text', () => {
    const sql = (v: number) => MIGRATIONS.find((x) => x.version === v)?.sql ?? '';
    const triggers = sql(7).slice(sql(7).indexOf('CREATE TRIGGER attendance_locked_update'));
    expect(triggers.length).toBeGreaterThan(1000);
    expect(sql(10)).toContain(triggers.trimEnd());
  });
});
