import { createHash } from 'node:crypto';
import pg from 'pg';

/** Per connection: enough for every screen's queries, bounded so odd ones cannot grow a backend without end. */
const MAX_NAMED_PER_CONNECTION = 300;
const MAX_CACHED_TEXT = 8_000;
const READ = /^\s*(select|with)\b/i;

const nameOf = (text: string) => `cchc_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * A PostgreSQL connection that keeps each read query prepared, named by its text: planning a
 * four-table join costs more than running it for one unit's forty assignments, and the same few
 * queries serve every request. Values stay parameters; writes and one-off texts run unnamed.
 */
export class StatementCachingClient extends pg.Client {
  readonly #named = new Set<string>();

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg's query() has many overloads; the first argument is a config object when drizzle calls it.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => query(this.#withName(args[0]), ...args.slice(1))) as typeof this.query;
  }

  #withName(config: unknown): unknown {
    if (
      !config ||
      typeof config !== 'object' ||
      !('text' in config) ||
      typeof config.text !== 'string' ||
      ('name' in config && config.name)
    )
      return config;
    const text = config.text;
    if (text.length > MAX_CACHED_TEXT || !READ.test(text) || text.includes(';')) return config;
    const name = nameOf(text);
    if (!this.#named.has(name) && this.#named.size >= MAX_NAMED_PER_CONNECTION) return config;
    this.#named.add(name);
    return { ...config, name };
  }
}
