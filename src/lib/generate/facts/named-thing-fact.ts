import type { NamedThingFact, TaggedSentence } from './types';

/** The fact that `name`, at `at` in sentence `s`, is `role`: the name is what a question asks. */
export function namedThingFact(s: TaggedSentence, name: string, at: number, role: string, abbreviation = false): NamedThingFact {
	return {
		kind: 'named-thing',
		text: name,
		role,
		sentence: s.index,
		start: s.start + at,
		end: s.start + at + name.length,
		answer: name,
		answerStart: s.start + at,
		answerEnd: s.start + at + name.length,
		key: `named|${name.toLowerCase()}`,
		abbreviation
	};
}
