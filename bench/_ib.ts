import { insightBench } from './interactions.ts';
console.log(await insightBench(300, 3));
