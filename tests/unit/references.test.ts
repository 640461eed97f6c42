import { expect, test } from 'vitest';
import { checkReferences } from '../../src/lib/references';

test('checkReferences() names the correction, the field and the missing source', () => {
  const sources = [{ id: 'jiemian', data: {} }];
  expect(() =>
    checkReferences({ sources, corrections: [{ id: 'zhipu-cut', data: { sources: ['jiemian'] } }] }),
  ).not.toThrow();
  expect(() =>
    checkReferences({ sources, corrections: [{ id: 'zhipu-cut', data: { sources: ['jiemian', 'yaliqui'] } }] }),
  ).toThrow(
    'content/data/corrections.json: "zhipu-cut" field "sources" names "yaliqui", which is not in content/data/sources.json',
  );
});
