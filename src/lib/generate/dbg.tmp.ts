import { factsOf } from './kinds/test-helpers';
const t = process.argv[2];
console.log(JSON.stringify(factsOf(t, 'person').map((f) => [f.text, f.key, f.role, f.answerStart])));
