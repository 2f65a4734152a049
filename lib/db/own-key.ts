import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * IndexedDB cannot index a boolean, so each stored entry carries `own` a second time as a number
 * (`ownKey`: 1 own, 0 someone else's) for the [ownKey+…] indexes the year's counts read. This
 * middleware is the one place that writes it (every add and put, whatever code wrote the row) and
 * hides it again on reads, so the rest of the code sees exactly a Contribution.
 */
export const OWN_KEY = 'ownKey';

/** The number stored in `ownKey`, and so the first part of an [ownKey+…] index key. */
export const ownKeyOf = (own: unknown): 0 | 1 => (own ? 1 : 0);

type Row = Record<string, unknown>;

const withKey = (value: Row): Row => ({ ...value, [OWN_KEY]: ownKeyOf(value.own) });

function withoutKey<T>(value: T): T {
  if (!value || typeof value !== 'object' || !(OWN_KEY in value)) return value;
  const { [OWN_KEY]: _hidden, ...rest } = value as Row;
  return rest as T;
}

function ownKeyTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) => (req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: (req.values as Row[]).map(withKey) }) : table.mutate(req)),
    get: async (req) => withoutKey(await table.get(req)),
    getMany: async (req) => (await table.getMany(req)).map(withoutKey),
    query: async (req) => {
      const res = await table.query(req);
      return req.values ? { ...res, result: res.result.map(withoutKey) } : res;
    },
  };
}

export const ownKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'OwnKey',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'contributions' ? ownKeyTable(down.table(name)) : down.table(name)),
  }),
};
