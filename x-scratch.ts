import { toHant, opencc } from './src/lib/hant';
for (const s of process.argv.slice(2))
  console.log(s, '|', opencc.words(s), '|', toHant(s), '|', toHant(s, 'characters'));
