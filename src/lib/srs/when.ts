const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something comes due, from `now`, in words for a learner: "now", "in 9 minutes",
 * "in 3 hours", "tomorrow", "in 5 days". Pure (`now` is a parameter) and free of ts-fsrs, so
 * Home can show it without loading the scheduler.
 */
export function formatWhen(due: number, now: Date): string {
	const ms = due - now.getTime();
	if (ms < MINUTE) return 'now';
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(ms / HOUR);
	if (hours < 24) return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	const days = Math.round(ms / DAY);
	return days <= 1 ? 'tomorrow' : `in ${days} days`;
}
