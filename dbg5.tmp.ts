import { readFileSync } from 'node:fs';
import { extractFacts } from './src/lib/generate/facts';
import { prepareText } from './src/lib/generate/prepare-text';
import { splitSentences } from './src/lib/generate/sentences';
import { buildCandidates } from './src/lib/generate/questions';
import { select } from './src/lib/generate/select';
const text = prepareText(readFileSync(process.argv[2], 'utf8')).text;
const sentences = splitSentences(text);
const facts = extractFacts(sentences, null);
const cands = buildCandidates(facts, sentences);
const counts = new Map<string, number>(); for (const f of facts) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
const topics = new Set(facts.filter((f) => (counts.get(f.key) ?? 0) >= 4).map((f) => f.key));
console.log([...topics]);
const kept = select(cands.filter((c) => !((c.fact.kind === 'place' || c.fact.kind === 'organisation') && topics.has(c.fact.key))), 60, topics);
const norm = (s: string) => ' ' + s.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ') + ' ';
const ans = (q: any) => q.type === 'mcq' ? q.choices[q.answer] : q.type === 'flashcard' ? q.back : String(q.answer);
const reasons = new Map<string, number>();
for (const c of cands) {
	if (kept.includes(c)) continue;
	const by = kept.find((k) => norm(k.question.prompt).includes(norm(ans(c.question))) || norm(c.question.prompt).includes(norm(ans(k.question))));
	const sameFact = kept.find((k) => k.fact === c.fact || (k.facet === 'role' && c.facet === 'role' && k.fact.key === c.fact.key));
	const r = sameFact ? 'samefact' : by ? 'shows:' + ans(by.question).slice(0, 25) + '|' + ans(c.question).slice(0,25) : kept.filter((k) => k.sentence.index === c.sentence.index).length >= 3 ? 'sentcap' : kept.some((k) => k.sentence.index === c.sentence.index && k.question.type === c.question.type) ? 'sametype' : 'other';
	reasons.set(r, (reasons.get(r) ?? 0) + 1);
}
console.log(kept.length, [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25));
for (const c of cands) if (/approximately ____/.test(c.question.prompt) && !kept.includes(c)) {
	const hit = kept.filter((k) => norm(k.question.prompt).includes(norm(ans(c.question))) || norm(c.question.prompt).includes(norm(ans(k.question))) || k.fact === c.fact || k.sentence.index === c.sentence.index);
	console.log('620', c.question.type, hit.map((k) => k.question.type + ':' + k.question.prompt.slice(0, 50) + '=>' + ans(k.question)));
}
