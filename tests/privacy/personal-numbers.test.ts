import { describe, expect, it } from 'vitest';
import { isBankCardNumber, luhnValid } from '../../shared/privacy/bank-card.ts';
import { isResidentIdNumber } from '../../shared/privacy/id-number.ts';
import { maskNumber, maskPersonalNumbers } from '../../shared/privacy/mask.ts';
import { findMaskedNumbers, findPersonalNumbers } from '../../shared/privacy/personal-numbers.ts';
import { PEOPLE } from './people.ts';

const kinds = (text: string) => findPersonalNumbers(text, { latestBirth: '2026-11-23' }).map((h) => [h.kind, h.digits]);

describe('resident ID numbers', () => {
  it('accepts checksum-valid numbers, including the X check character and a 29 February', () => {
    for (const id of [...PEOPLE.map((p) => p.id), '11010519491231002x', '510107200002294564']) {
      expect(isResidentIdNumber(id), id).toBe(true);
    }
  });

  it('rejects a wrong check character, an impossible or future birth date, and an unknown province', () => {
    expect(isResidentIdNumber('110101199003077578')).toBe(false);
    expect(isResidentIdNumber('110101199002307571')).toBe(false); // 30 February
    expect(isResidentIdNumber('110101203001011232', '2026-11-23', false)).toBe(false); // born 2030
    expect(isResidentIdNumber('990101199003077571', '2099-12-31', false)).toBe(false); // province 99
    expect(isResidentIdNumber('110101199002307571', '2099-12-31', false)).toBe(false);
    expect(isResidentIdNumber('110101199003077578', '2099-12-31', false)).toBe(true); // shape + date only
  });
});

describe('bank cards', () => {
  it('Luhn and issuer prefix', () => {
    expect(PEOPLE.every((p) => isBankCardNumber(p.card))).toBe(true);
    expect(luhnValid('6217000010012345678')).toBe(false);
    expect(isBankCardNumber('6217000010012345678')).toBe(false);
    expect(isBankCardNumber('9111111111111111111')).toBe(false); // Luhn-valid shape, no card scheme starts with 9
  });
});

describe('finding numbers in text', () => {
  it('finds each kind once, full-width digits and separators included', () => {
    const text =
      `张三，身份证号${PEOPLE[0].id}，手机 138-0013-8000，卡号 6228 4804 0256 4890 018；李四 ＋86 ` + `15912345678`;
    expect(kinds(text)).toEqual([
      ['id-number', PEOPLE[0].id],
      ['mobile', '13800138000'],
      ['bank-card', '6228480402564890018'],
      ['mobile', '15912345678'],
    ]);
    expect(kinds('号码：１１０１０１１９９００３０７７５７１')).toEqual([['id-number', PEOPLE[0].id]]);
  });

  it('ignores numbers glued to longer codes, wrong checksums, and 12-digit runs', () => {
    expect(kinds(`索引号 A${PEOPLE[0].id}、代码 91110108MA01ABCD2X、110101199003077578、138001380001`)).toEqual([]);
  });

  it('counts masked forms as compliant, by kind', () => {
    expect(findMaskedNumbers('110***********1234 138****5678 6222 **** **** 1234 2024***').map((m) => m.kind)).toEqual([
      'id-number',
      'mobile',
      'bank-card',
    ]);
  });
});

describe('masking', () => {
  it('keeps the first 3 (cards 4) and last 4 digits', () => {
    expect(maskNumber('id-number', '110101199003077571')).toBe('110***********7571');
    expect(maskNumber('mobile', '13800138000')).toBe('138****8000');
    expect(maskNumber('bank-card', '6228480402564890018')).toBe('6228***********0018');
  });

  it('masks every number in a text in place, mistyped IDs too, without changing its length', () => {
    const text = `张三 ${PEOPLE[0].id} 138-0013-8000 误录 110101199003077578 卡 ${PEOPLE[0].card}`;
    const masked = maskPersonalNumbers(text);
    expect(masked).toBe('张三 110***********7571 138-****-8000 误录 110***********7578 卡 6228***********0018');
    expect(masked.length).toBe(text.length);
  });
});
