import { expect, test } from 'vitest';
import { checkReferences } from '../../../src/lib/references';

test('checkReferences() names the file, the record, the field and the missing source', () => {
  const sources = [{ id: 'jiemian' }, { id: 'yaliqi' }];
  const ok = { 'content/data/corrections.json': [{ id: 'zhipu-cut', data: { sources: ['jiemian', 'yaliqi'] } }] };
  expect(() => checkReferences(sources, ok)).not.toThrow();
  const bad = {
    'content/data/corrections.json': [{ id: 'zhipu-cut', data: { sources: ['jiemian'] } }],
    'content/data/prices.json': [{ id: 'glm-3-turbo', data: { sources: ['yaliqui'] } }],
  };
  expect(() => checkReferences(sources, bad)).toThrow(
    'content/data/prices.json: "glm-3-turbo" field "sources" names "yaliqui", which is not in content/data/sources.json',
  );
});
