import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { CardRecord } from './records';

const CARDS = 'cards';
const COLUMNS = 'cardColumns';
const CHANGED = 'changedCards';
/** Past this many cards in one write, naming each costs more than reading their decks again. */
const NAMED_AT_MOST = 1000;

/**
 * Keeps the statistics' card columns (card-columns.ts) answerable whatever writes to the table
 * `cards`, in the same transaction (to which the column tables are added): each card written or
 * deleted is named in `changedCards`, so the next read updates the columns with those cards. The
 * writes are blind (nothing is read first) and go out beside the card's own, so an answer costs
 * no round trip more. A write of many cards drops its decks' columns instead (or all of them, for
 * a delete, whose rows do not say their deck), and those decks are read whole again.
 */
export const cardColumnsGuard: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'cardColumns',
	create(down) {
		if (!down.schema.tables.some((t) => t.name === COLUMNS)) return down;
		return {
			...down,
			transaction(stores, mode, options) {
				const widened = mode === 'readwrite' && stores.includes(CARDS) ? [...new Set([...stores, COLUMNS, CHANGED])] : stores;
				return down.transaction(widened, mode, options);
			},
			table(name) {
				const table = down.table(name);
				return name === CARDS ? { ...table, mutate: (req) => guarded(down, table, req) } : table;
			}
		};
	}
};

async function guarded(down: DBCore, cards: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
	// A schema upgrade runs before the column tables exist; they start empty after it anyway.
	if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return cards.mutate(req);
	const [response] = await Promise.all([cards.mutate(req), note(down, req)]);
	return response;
}

function note(down: DBCore, req: DBCoreMutateRequest): Promise<unknown> {
	const { trans } = req;
	if (req.type === 'deleteRange' || (req.type === 'delete' && req.keys.length > NAMED_AT_MOST)) return dropAll(down, trans);
	if (req.type === 'delete') return down.table(CHANGED).mutate({ type: 'put', trans, values: req.keys.map((id: string) => ({ id })) });
	const values = req.values as CardRecord[];
	if (values.length > NAMED_AT_MOST) {
		const decks = [...new Set(values.map((card) => card.bankId))];
		return down.table(COLUMNS).mutate({ type: 'delete', trans, keys: decks });
	}
	return down.table(CHANGED).mutate({ type: 'put', trans, values: values.map((card) => ({ id: card.id })) });
}

function dropAll(down: DBCore, trans: DBCoreTransaction): Promise<unknown> {
	const range = { type: 3 as const, lower: down.MIN_KEY, upper: down.MAX_KEY, lowerOpen: false, upperOpen: false };
	return Promise.all([COLUMNS, CHANGED].map((name) => down.table(name).mutate({ type: 'deleteRange', trans, range })));
}
