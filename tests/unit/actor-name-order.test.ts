/** The actor index by name: pinyin order under first letters, for both editions. */
import { describe, expect, it } from 'vitest';
import { inNameOrder, letterStarts, nameKey } from '../../src/lib/actors/name-order';

describe('the actor index by name', () => {
  it('files a name under the first letter of its pinyin, passing over punctuation before it', () => {
    expect(nameKey('馬杜羅').letter).toBe('M');
    expect(nameKey('習近平').letter).toBe('X');
    expect(nameKey('《華盛頓郵報》').letter).toBe('H');
    expect(nameKey('BBC全球新聞部').letter).toBe('B');
    expect(nameKey('歐陽思遠').letter).toBe('O');
    expect(nameKey('123').letter).toBe('#');
  });

  it('orders names by pinyin, Traditional characters as read', () => {
    const names = ['中國', '委內瑞拉', '俄羅斯', '普京', '馬杜羅', '《華盛頓郵報》', '習近平', '塔斯社'];
    const ordered = inNameOrder(names.map((name, index) => ({ name, id: `id-${index}` })), (item) => item.name, (item) => item.id);
    expect(ordered.map(({ item }) => item.name)).toEqual(['俄羅斯', '《華盛頓郵報》', '馬杜羅', '普京', '塔斯社', '委內瑞拉', '習近平', '中國']);
  });

  it('gives where each letter starts', () => {
    const keys = ['俄羅斯', '馬杜羅', '孟加拉', '普京'].map(nameKey);
    expect(letterStarts(keys)).toEqual([
      { letter: 'E', index: 0 },
      { letter: 'M', index: 1 },
      { letter: 'P', index: 3 },
    ]);
  });
});
