/**
 * Settings a migration may change (PostgreSQL SET / ALTER ROLE|DATABASE … SET / set_config, MySQL SET,
 * SQLite PRAGMA), classified per dialect: harmless ones pass, ones that switch off a safeguard are findings,
 * and any name not in these tables is `unclassified`.
 */
import type { Dialect, Operation } from './types.js';

/** Where a setting applies: this session, this transaction, every future session of a role/database, the server. */
export type SettingScope = 'session' | 'transaction' | 'role' | 'database' | 'server';

const names = (text: string) => new Set(text.trim().split(/\s+/));

const POSTGRES_HARMLESS = names(`
  statement_timeout idle_in_transaction_session_timeout idle_session_timeout transaction_timeout lock_timeout
  client_encoding standard_conforming_strings check_function_bodies xmloption xmlbinary client_min_messages
  row_security default_tablespace default_table_access_method default_toast_compression default_with_oids
  timezone datestyle intervalstyle extra_float_digits bytea_output lc_messages lc_monetary lc_numeric lc_time
  maintenance_work_mem work_mem temp_buffers hash_mem_multiplier max_parallel_workers_per_gather
  max_parallel_maintenance_workers application_name synchronous_commit constraint_exclusion jit
  default_transaction_isolation default_transaction_read_only default_transaction_deferrable transaction_isolation
  transaction_read_only transaction_deferrable transaction search_path escape_string_warning array_nulls
  backslash_quote quote_all_identifiers enable_seqscan enable_indexscan enable_bitmapscan enable_hashjoin
  enable_mergejoin enable_nestloop enable_sort enable_partitionwise_join random_page_cost effective_cache_size
  plan_cache_mode cursor_tuple_fraction from_collapse_limit join_collapse_limit gin_pending_list_limit
  vacuum_cost_delay vacuum_cost_limit default_statistics_target temp_tablespaces password_encryption
  session_preload_libraries log_min_duration_statement log_statement_sample_rate lock_timeout deadlock_timeout
`);

/** PostgreSQL settings that turn off a safeguard: triggers, foreign keys, audit, system catalogs. */
const POSTGRES_SAFEGUARDS: Record<string, string> = {
  session_replication_role: 'switches off triggers (and the foreign keys they enforce) unless set back to origin',
  role: 'runs the statements that follow as another role than the audited identity',
  session_authorization: 'runs the statements that follow as another user than the audited identity',
  allow_system_table_mods: 'allows changes to the system catalogs',
  zero_damaged_pages: 'discards damaged pages instead of failing',
  ignore_system_indexes: 'ignores the system catalog indexes',
  log_statement: "changes what the server logs (a migration should not hide its own statements)",
  fsync: 'switches off crash safety',
  full_page_writes: 'switches off crash safety',
  // A superuser may switch it off; what the gateway's check before COMMIT measures row writes with.
  track_counts: "switches off the row statistics the gateway's check before COMMIT counts a transaction's writes with",
};

const MYSQL_HARMLESS = names(`
  names charset character_set_client character_set_connection character_set_results character_set_database
  character_set_server collation_connection collation_database collation_server sql_mode foreign_key_checks
  unique_checks time_zone autocommit sql_notes sql_quote_show_create sql_safe_updates max_execution_time
  innodb_lock_wait_timeout lock_wait_timeout group_concat_max_len sql_require_primary_key transaction_isolation
  tx_isolation transaction_read_only tx_read_only sql_auto_is_null sql_big_selects sql_select_limit
  max_heap_table_size tmp_table_size sort_buffer_size join_buffer_size innodb_strict_mode explicit_defaults_for_timestamp
  default_storage_engine storage_engine sql_warnings wait_timeout net_read_timeout net_write_timeout
  max_statement_time old_passwords innodb_file_per_table innodb_large_prefix innodb_file_format long_query_time
  session_track_schema session_track_state_change div_precision_increment
`);

const MYSQL_SAFEGUARDS: Record<string, string> = {
  sql_log_bin: 'stops writing to the binary log: replicas and point-in-time recovery miss the changes',
  foreign_key_checks_global: 'switches off foreign keys for every session',
  innodb_force_recovery: 'starts InnoDB in recovery mode',
};

const SQLITE_HARMLESS = names(`
  foreign_keys legacy_alter_table defer_foreign_keys user_version application_id journal_mode synchronous
  busy_timeout encoding cache_size temp_store recursive_triggers case_sensitive_like automatic_index auto_vacuum
  page_size foreign_key_check foreign_key_list integrity_check quick_check table_info table_xinfo index_list
  index_info index_xinfo database_list compile_options optimize wal_checkpoint secure_delete cell_size_check
  query_only mmap_size locking_mode analysis_limit max_page_count reverse_unordered_selects threads
  trusted_schema_off incremental_vacuum shrink_memory soft_heap_limit hard_heap_limit collation_list function_list
  module_list pragma_list schema_version_read data_version freelist_count page_count
`);

const SQLITE_SAFEGUARDS: Record<string, string> = {
  writable_schema: 'allows direct edits of sqlite_schema, which can corrupt the database',
  ignore_check_constraints: 'switches off CHECK constraints',
  schema_version: 'overwrites the schema version counter, which can corrupt the database',
  trusted_schema: 'lets schema objects call application-defined functions with side effects',
};

/** Custom (dotted) PostgreSQL settings hold values for the application, such as `app.tenant` or `request.jwt.claims`. */
const isCustomSetting = (name: string) => name.includes('.');

/**
 * The operations a setting change stands for. `values` are the new value's parts as the server reads them
 * (for search_path: schema names); `null` for RESET, DEFAULT or a value that is not a constant.
 */
export function settingOperations(dialect: Dialect, rawName: string, values: string[] | null, scope: SettingScope): Operation[] {
  const name = rawName.toLowerCase();
  if (dialect === 'postgres') return postgresSetting(name, values, scope);
  if (dialect === 'sqlite') {
    if (SQLITE_SAFEGUARDS[name]) return [{ kind: 'disable-safeguard', detail: `PRAGMA ${name} ${SQLITE_SAFEGUARDS[name]}` }];
    return SQLITE_HARMLESS.has(name) ? [] : [{ kind: 'unclassified', what: `PRAGMA ${name}` }];
  }
  if (scope === 'server') return [{ kind: 'server-administration', detail: `SET GLOBAL ${name} changes the setting for every session on the server` }];
  if (MYSQL_SAFEGUARDS[name]) return [{ kind: 'disable-safeguard', detail: `SET ${name} ${MYSQL_SAFEGUARDS[name]}` }];
  if (name === 'lock_wait_timeout') return [{ kind: 'set-lock-timeout' }];
  return MYSQL_HARMLESS.has(name) ? [] : [{ kind: 'unclassified', what: `setting ${name}` }];
}

function postgresSetting(name: string, values: string[] | null, scope: SettingScope): Operation[] {
  const where = scope === 'role' || scope === 'database' ? ` for every future session of the ${scope}` : '';
  if (scope === 'server') return [{ kind: 'server-administration', detail: `ALTER SYSTEM changes ${name || 'settings'} for the whole server` }];
  if (name === 'session_replication_role') {
    const value = values?.[0]?.toLowerCase();
    return value === 'origin' || value === 'default' ? [] : [{ kind: 'disable-safeguard', detail: `session_replication_role ${POSTGRES_SAFEGUARDS[name]}${where}` }];
  }
  // RESET ROLE, SET ROLE NONE and the like return to the session's own identity.
  const reset = values === null || ['none', 'default'].includes(values[0]?.toLowerCase() ?? '');
  if ((name === 'role' || name === 'session_authorization') && reset && (scope === 'session' || scope === 'transaction')) return [];
  if (POSTGRES_SAFEGUARDS[name]) return [{ kind: 'disable-safeguard', detail: `${name} ${POSTGRES_SAFEGUARDS[name]}${where}` }];
  // Read-only by default for every future session of a role or database is an outage, not a session preference.
  if (where && name.startsWith('default_transaction_read_only')) return [{ kind: 'unclassified', what: `setting ${name}${where}` }];
  if (scope === 'session' || scope === 'transaction') {
    // Unqualified names resolve through search_path: track it (a SET LOCAL ends with the transaction: unknown after).
    if (name === 'search_path') return [{ kind: 'search-path', schemas: scope === 'session' ? values : null }];
    if (name === 'lock_timeout') return [{ kind: 'set-lock-timeout' }];
  }
  if (isCustomSetting(name) || POSTGRES_HARMLESS.has(name)) return [];
  return [{ kind: 'unclassified', what: `setting ${name}` }];
}

/** A search_path value as text (`'a, "B"'`, as set_config takes it): schema names with PostgreSQL's quoting rules. */
export function parseSearchPath(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (part.startsWith('"') && part.endsWith('"') ? part.slice(1, -1).replace(/""/g, '"') : part.toLowerCase()));
}
