/** Told at the answer that made a card a leech (Anki says it at the same moment). */
export const leechNotice = (lapses: number) =>
	`You have now forgotten this card ${lapses === 1 ? 'once' : `${lapses} times`}, so it is a leech: it is tagged “leech” and suspended, and will not come back in study. In Browse you can rewrite it and unsuspend it.`;

export const ANSWERED_ELSEWHERE = 'That card was just answered in another tab, so it was not counted twice. Here is the next one.';
