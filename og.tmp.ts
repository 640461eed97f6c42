import { writeFileSync, readFileSync } from 'node:fs';
import { renderShareImage } from './src/lib/share-image';
import { chartSpec } from './src/lib/charts';
import { renderPlainSvg } from './src/lib/charts/svg';
import { DATA } from './tests/unit/data';
const model = chartSpec('cascade').draw(DATA, { state: 'all', layout: 'wide', lang: 'zh' });
const png = await renderShareImage({ kicker: '价格屠夫 · DeepSeek与中国大模型价格战', title: '五月的十六天', credit: '据界面新闻记者陈振芳、伍洋宇的报道', chart: renderPlainSvg(model, { width: 540, height: 340 }) });
writeFileSync('/tmp/og-test.png', png);
console.log(png.length);
