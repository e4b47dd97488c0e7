const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/** One decimal place, without a trailing ".0". */
function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/**
 * A length of time as a compact label, like the intervals on Anki's answer buttons: "<1m",
 * "10m", "3h", "4d", "1.5mo", "2.1y". Minutes, hours and days are whole numbers; months and
 * years keep one decimal. Each unit is chosen after rounding, so 59.7 minutes reads "1h", not
 * "60m". A month is a twelfth of a 365-day year.
 */
export function formatInterval(ms: number): string {
	if (!(ms >= MINUTE)) return '<1m';
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.round(ms / HOUR);
	if (hours < 24) return `${hours}h`;
	const days = Math.round(ms / DAY);
	if (days < 30) return `${days}d`;
	const months = Math.round((ms / MONTH) * 10) / 10;
	if (months < 12) return `${oneDecimal(months)}mo`;
	return `${oneDecimal(ms / YEAR)}y`;
}
