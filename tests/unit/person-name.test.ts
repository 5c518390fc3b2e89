import { describe, it, expect } from 'vitest';
import { normalizePersonName, validatePersonName } from '../../shared/domain/person-name';

const A60 = '阿'.repeat(60);

describe('VR-05 normalizePersonName', () => {
  it.each([
    ['阿依古丽\u2022吐尔逊', '阿依古丽·吐尔逊'], // • U+2022
    ['阿依古丽\u30FB吐尔逊', '阿依古丽·吐尔逊'], // ・ U+30FB
    ['阿依古丽\uFF0E吐尔逊', '阿依古丽·吐尔逊'], // ． U+FF0E
    ['阿依古丽.吐尔逊', '阿依古丽·吐尔逊'], // ASCII full stop
    ['阿依古丽\u2027吐尔逊', '阿依古丽·吐尔逊'], // ‧ U+2027
    ['阿依古丽\uFF65吐尔逊', '阿依古丽·吐尔逊'], // ･ U+FF65
    ['阿依古丽·吐尔逊', '阿依古丽·吐尔逊'], // already U+00B7
    ['阿依古丽 • 吐尔逊', '阿依古丽·吐尔逊'], // spaces around the separator dropped
    ['  阿不都热合曼·买买提  ', '阿不都热合曼·买买提'], // trim
    ['\u3000王芳\u3000', '王芳'], // full-width spaces trimmed
    ['Ali   Hasan', 'Ali Hasan'], // spaces collapsed
    ['Ali\u3000Hasan', 'Ali Hasan'],
    ['买买提•艾力•吐尔逊', '买买提·艾力·吐尔逊'], // several separators
    ['张\u3000三', '张三'], // a two-character name padded in an office roster (lead's decision, audit4 gap 5)
    ['张 三', '张三'],
    ['欧阳  娜娜', '欧阳娜娜'],
    ['Ali 张', 'Ali 张'], // only between two Han characters
    ['\u2022买买提', '\u2022买买提'], // not between characters → left for validation
    ['买买提.', '买买提.'],
    ['', ''],
  ])('VR-05 normalizePersonName(%j) → %j', (raw, expected) => {
    expect(normalizePersonName(raw)).toBe(expected);
  });
});

describe('VR-05 validatePersonName: valid', () => {
  it.each([
    ['阿不都热合曼·买买提', '阿不都热合曼·买买提'],
    ['阿依古丽•吐尔逊', '阿依古丽·吐尔逊'],
    ['王芳', '王芳'],
    ['李', '李'], // 1 character
    [A60, A60], // 60 characters
    ['Ali Hasan', 'Ali Hasan'],
    ['ALIM·Tursun', 'ALIM·Tursun'],
    ['  努尔艾力 · 司马义  ', '努尔艾力·司马义'],
    ['𠮷田', '𠮷田'], // CJK Extension B counts as one character
    ['张 三', '张三'], // was refused until the lead's decision on audit4 gap 5: the space is dropped
    ['王\u3000五', '王五'],
  ])('VR-05 %j is valid', (raw, value) => {
    expect(validatePersonName(raw)).toStrictEqual({ ok: true, value });
  });
});

describe('VR-05 validatePersonName: errors', () => {
  it.each([
    ['', '请填写姓名'],
    ['   ', '请填写姓名'],
    [null, '请填写姓名'],
    [A60 + '阿', '姓名不能超过60个字符'],
    ['张三1', '姓名不能包含数字'],
    ['张三１', '姓名不能包含数字'], // full-width digit
    ['Ali 2', '姓名不能包含数字'],
    ['·买买提', '姓名不能以“·”开头或结尾'],
    ['买买提·', '姓名不能以“·”开头或结尾'],
    ['\u2022买买提', '姓名不能以“·”开头或结尾'],
    ['买买提.', '姓名不能以“·”开头或结尾'],
    ['阿不都··买买提', '姓名中的“·”不能连续出现'],
    ['阿不都•.买买提', '姓名中的“·”不能连续出现'],
    ['Ali 张', '姓名中的空格只能用于分隔拉丁字母拼写的单词'],
    ['张三@', '姓名包含不允许的字符“@”'],
    ['Zoë', '姓名包含不允许的字符“ë”'],
    ['张三（曾用名）', '姓名包含不允许的字符“（”'],
  ])('VR-05 %j → %j', (raw, message) => {
    expect(validatePersonName(raw)).toStrictEqual({ ok: false, message });
  });
});
