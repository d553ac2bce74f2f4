/**
 * Function calls, classified per dialect. A migration's SELECT can destroy data as surely as a DELETE, so
 * every call is one of: a harmless built-in (passes), a known dangerous built-in (a finding of its own rule),
 * or anything else — which is only known when the same file defines it, and is `unclassified` otherwise.
 */
import type { Dialect, ObjectName, Operation } from './types.js';

type Danger = { kind: 'server-access' | 'server-administration' | 'disable-safeguard' | 'dynamic-sql'; effect: string };

const words = (text: string) => text.trim().split(/\s+/);

/** PostgreSQL built-ins (and those of the common extensions) that read, compute or build values. */
const POSTGRES_BUILTINS = new Set(
  words(`
  abs acos asin atan atan2 cbrt ceil ceiling cos cot degrees div exp floor ln log log10 mod pi power radians random
  random_normal round sign sin sqrt tan trunc width_bucket greatest least numeric_scale setseed gcd lcm factorial
  ascii bit_length btrim char_length character_length chr concat concat_ws convert convert_from convert_to decode
  encode format initcap left length lower lpad ltrim md5 normalize octet_length overlay parse_ident position
  quote_ident quote_literal quote_nullable regexp_count regexp_instr regexp_like regexp_match regexp_matches
  regexp_replace regexp_split_to_array regexp_split_to_table regexp_substr repeat replace reverse right rpad rtrim
  split_part starts_with string_to_array string_to_table strpos substr substring to_ascii to_hex translate trim
  unistr upper casefold sha224 sha256 sha384 sha512 crc32 crc32c get_byte set_byte get_bit set_bit
  age clock_timestamp current_date current_time current_timestamp date_add date_bin date_part date_subtract
  date_trunc extract isfinite justify_days justify_hours justify_interval localtime localtimestamp make_date
  make_interval make_time make_timestamp make_timestamptz now statement_timestamp timeofday transaction_timestamp
  to_char to_date to_number to_timestamp timezone
  array_agg array_append array_cat array_dims array_fill array_length array_lower array_ndims array_position
  array_positions array_prepend array_remove array_replace array_to_string array_upper cardinality unnest
  array_to_json array_sample array_shuffle trim_array array_reverse array_sort
  json_agg json_array_elements json_array_elements_text json_array_length json_build_array json_build_object
  json_each json_each_text json_extract_path json_extract_path_text json_object json_object_agg json_object_keys
  json_populate_record json_populate_recordset json_strip_nulls json_to_record json_to_recordset json_typeof
  jsonb_agg jsonb_array_elements jsonb_array_elements_text jsonb_array_length jsonb_build_array jsonb_build_object
  jsonb_each jsonb_each_text jsonb_extract_path jsonb_extract_path_text jsonb_insert jsonb_object jsonb_object_agg
  jsonb_object_keys jsonb_path_exists jsonb_path_match jsonb_path_query jsonb_path_query_array jsonb_path_query_first
  jsonb_populate_record jsonb_populate_recordset jsonb_pretty jsonb_set jsonb_set_lax jsonb_strip_nulls
  jsonb_to_record jsonb_to_recordset jsonb_typeof row_to_json to_json to_jsonb json_scalar json_serialize
  avg bit_and bit_or bool_and bool_or count every max min string_agg sum xmlagg stddev stddev_pop stddev_samp
  variance var_pop var_samp corr covar_pop covar_samp mode percentile_cont percentile_disc any_value
  row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value
  coalesce nullif generate_series generate_subscripts num_nulls num_nonnulls
  gen_random_uuid uuid_generate_v1 uuid_generate_v1mc uuid_generate_v3 uuid_generate_v4 uuid_generate_v5
  uuid_nil uuid_ns_dns uuid_ns_url uuid_ns_oid uuid_ns_x500 uuidv4 uuidv7 uuid_extract_timestamp uuid_extract_version
  digest hmac crypt gen_salt gen_random_bytes encrypt decrypt encrypt_iv decrypt_iv pgp_sym_encrypt pgp_sym_decrypt
  pgp_pub_encrypt pgp_pub_decrypt armor dearmor
  nextval currval lastval setval
  to_tsvector to_tsquery plainto_tsquery phraseto_tsquery websearch_to_tsquery setweight ts_rank ts_rank_cd
  ts_headline tsvector_to_array array_to_tsvector strip numnode querytree ts_rewrite tsvector_update_trigger
  similarity word_similarity strict_word_similarity show_trgm unaccent levenshtein soundex difference metaphone dmetaphone
  current_setting current_schema current_schemas current_database current_catalog current_user current_role
  session_user user inet_client_addr inet_server_addr pg_backend_pid version txid_current txid_current_if_assigned
  pg_current_xact_id pg_typeof pg_column_size pg_relation_size pg_total_relation_size pg_table_size
  pg_indexes_size pg_database_size pg_size_pretty pg_size_bytes pg_get_serial_sequence pg_get_indexdef
  pg_get_viewdef pg_get_constraintdef pg_get_functiondef pg_get_function_arguments pg_get_function_result
  pg_get_triggerdef pg_get_expr pg_get_userbyid format_type obj_description col_description shobj_description
  to_regclass to_regtype to_regproc to_regprocedure to_regrole to_regnamespace pg_table_is_visible
  pg_function_is_visible pg_type_is_visible has_table_privilege has_column_privilege has_schema_privilege
  has_database_privilege has_function_privilege has_sequence_privilege has_type_privilege has_role pg_has_role
  row_security_active pg_is_in_recovery pg_postmaster_start_time pg_encoding_to_char pg_char_to_encoding
  pg_advisory_lock pg_advisory_unlock pg_advisory_xact_lock pg_try_advisory_lock pg_try_advisory_xact_lock
  pg_advisory_lock_shared pg_advisory_unlock_shared pg_advisory_xact_lock_shared pg_try_advisory_lock_shared
  pg_try_advisory_xact_lock_shared pg_advisory_unlock_all pg_sleep pg_sleep_for pg_sleep_until pg_notify
  pg_input_is_valid pg_input_error_info
  inet host netmask network masklen broadcast abbrev family set_masklen text cidr
  int2 int4 int8 float4 float8 numeric bool date time timestamp timestamptz interval varchar bpchar char name oid regclass
  point line lseg box path polygon circle area center diameter radius height width npoints
  lower_inc upper_inc lower_inf upper_inf isempty range_merge int4range int8range numrange tsrange tstzrange daterange
  hstore akeys avals skeys svals each exist defined delete_key hstore_to_json hstore_to_jsonb
  nlevel subltree subpath text2ltree ltree2text lca index
  xmlelement xmlforest xmlconcat xmlparse xmlserialize xmlroot xpath xpath_exists xml_is_well_formed
  tablefunc crosstab normal_rand connectby
`),
);

/** MySQL and MariaDB built-ins that read, compute or build values. */
const MYSQL_BUILTINS = new Set(
  words(`
  abs acos asin atan atan2 ceil ceiling conv cos cot crc32 degrees exp floor ln log log10 log2 mod pi pow power
  radians rand round sign sin sqrt tan truncate greatest least coalesce ifnull if nullif isnull interval
  ascii bin bit_length char char_length character_length concat concat_ws elt export_set field find_in_set format
  from_base64 hex insert instr lcase left length locate lower lpad ltrim make_set mid oct octet_length ord position
  quote regexp_instr regexp_like regexp_replace regexp_substr repeat replace reverse right rpad rtrim soundex space
  strcmp substr substring substring_index to_base64 trim ucase unhex upper weight_string md5 sha sha1 sha2
  uuid uuid_short uuid_to_bin bin_to_uuid is_uuid random_bytes
  adddate addtime convert_tz curdate current_date current_time current_timestamp curtime date date_add date_format
  date_sub datediff day dayname dayofmonth dayofweek dayofyear extract from_days from_unixtime get_format hour
  last_day localtime localtimestamp makedate maketime microsecond minute month monthname now period_add period_diff
  quarter sec_to_time second str_to_date subdate subtime sysdate time time_format time_to_sec timediff timestamp
  timestampadd timestampdiff to_days to_seconds unix_timestamp utc_date utc_time utc_timestamp week weekday
  weekofyear year yearweek
  json_array json_array_append json_array_insert json_arrayagg json_contains json_contains_path json_depth
  json_extract json_insert json_keys json_length json_merge json_merge_patch json_merge_preserve json_object
  json_objectagg json_overlaps json_pretty json_quote json_remove json_replace json_search json_set json_storage_size
  json_table json_type json_unquote json_valid json_value member
  avg bit_and bit_or bit_xor count group_concat max min std stddev stddev_pop stddev_samp sum var_pop var_samp variance
  row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value
  cast convert database schema user current_user session_user system_user version connection_id found_rows
  row_count last_insert_id charset collation coercibility benchmark sleep get_lock release_lock release_all_locks
  is_free_lock is_used_lock inet_aton inet_ntoa inet6_aton inet6_ntoa values default exists not_exists
`),
);

/** SQLite built-ins that read, compute or build values. */
const SQLITE_BUILTINS = new Set(
  words(`
  abs changes char coalesce concat concat_ws format glob hex ifnull iif instr last_insert_rowid length like likely
  lower ltrim max min nullif octet_length printf quote random randomblob replace round rtrim sign soundex substr
  substring total_changes trim typeof unhex unicode unlikely upper zeroblob
  date time datetime julianday unixepoch strftime timediff
  avg count group_concat string_agg sum total
  row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value
  json json_array json_array_length json_error_position json_extract json_insert json_object json_patch json_remove
  json_replace json_set json_type json_valid json_quote json_group_array json_group_object json_each json_tree
  jsonb jsonb_array jsonb_extract jsonb_insert jsonb_object jsonb_patch jsonb_remove jsonb_replace jsonb_set
  sqlite_version current_timestamp current_date current_time exists
`),
);

const POSTGRES_DANGERS: Record<string, Danger> = {
  pg_read_file: { kind: 'server-access', effect: "reads a file on the database server" },
  pg_read_binary_file: { kind: 'server-access', effect: "reads a file on the database server" },
  pg_ls_dir: { kind: 'server-access', effect: "lists a directory on the database server" },
  pg_stat_file: { kind: 'server-access', effect: "inspects a file on the database server" },
  pg_file_write: { kind: 'server-access', effect: "writes a file on the database server" },
  pg_file_rename: { kind: 'server-access', effect: "renames a file on the database server" },
  pg_file_unlink: { kind: 'server-access', effect: "deletes a file on the database server" },
  lo_import: { kind: 'server-access', effect: "reads a server file into a large object" },
  lo_export: { kind: 'server-access', effect: "writes a large object to a server file" },
  lo_unlink: { kind: 'server-administration', effect: 'deletes a large object and its data' },
  lo_truncate: { kind: 'server-administration', effect: 'truncates a large object' },
  pg_terminate_backend: { kind: 'server-administration', effect: "kills another session's connection" },
  pg_cancel_backend: { kind: 'server-administration', effect: "cancels another session's query" },
  pg_reload_conf: { kind: 'server-administration', effect: "reloads the server's configuration" },
  pg_rotate_logfile: { kind: 'server-administration', effect: "rotates the server's log file" },
  pg_promote: { kind: 'server-administration', effect: 'promotes a standby server' },
  pg_switch_wal: { kind: 'server-administration', effect: 'forces a WAL switch' },
  pg_create_restore_point: { kind: 'server-administration', effect: 'creates a WAL restore point' },
  pg_backup_start: { kind: 'server-administration', effect: 'starts a base backup' },
  pg_backup_stop: { kind: 'server-administration', effect: 'stops a base backup' },
  pg_drop_replication_slot: { kind: 'server-administration', effect: 'drops a replication slot (a replica loses its place)' },
  pg_create_physical_replication_slot: { kind: 'server-administration', effect: 'creates a replication slot that retains WAL' },
  pg_create_logical_replication_slot: { kind: 'server-administration', effect: 'creates a replication slot that retains WAL' },
  pg_replication_origin_drop: { kind: 'server-administration', effect: 'drops a replication origin' },
  pg_stat_reset: { kind: 'server-administration', effect: 'resets the statistics counters' },
  pg_wal_replay_pause: { kind: 'server-administration', effect: 'pauses WAL replay' },
  dblink: { kind: 'dynamic-sql', effect: 'runs SQL given as a string on another connection' },
  dblink_exec: { kind: 'dynamic-sql', effect: 'runs SQL given as a string on another connection' },
  dblink_connect: { kind: 'server-access', effect: 'opens a connection from the database server to another server' },
  query_to_xml: { kind: 'dynamic-sql', effect: 'runs SQL given as a string' },
  query_to_xmlschema: { kind: 'dynamic-sql', effect: 'runs SQL given as a string' },
  query_to_xml_and_xmlschema: { kind: 'dynamic-sql', effect: 'runs SQL given as a string' },
  cursor_to_xml: { kind: 'dynamic-sql', effect: 'reads a cursor opened elsewhere' },
};

const MYSQL_DANGERS: Record<string, Danger> = {
  load_file: { kind: 'server-access', effect: 'reads a file on the database server' },
  sys_exec: { kind: 'server-access', effect: 'runs a shell command on the database server' },
  sys_eval: { kind: 'server-access', effect: 'runs a shell command on the database server' },
};

const SQLITE_DANGERS: Record<string, Danger> = {
  load_extension: { kind: 'server-access', effect: 'loads a shared library into the database process' },
  readfile: { kind: 'server-access', effect: 'reads a file' },
  writefile: { kind: 'server-access', effect: 'writes a file' },
  edit: { kind: 'server-access', effect: 'starts an editor process' },
  fts3_tokenizer: { kind: 'server-administration', effect: 'registers a tokenizer by memory address' },
};

/** Schemas whose functions are the built-ins (or those of extensions installed in their usual schema). */
const BUILTIN_SCHEMAS: Record<Dialect, ReadonlySet<string>> = {
  postgres: new Set(['pg_catalog', 'public', 'extensions']),
  mysql: new Set(),
  mariadb: new Set(),
  sqlite: new Set(),
};

function tablesFor(dialect: Dialect): { builtins: ReadonlySet<string>; dangers: Record<string, Danger> } {
  if (dialect === 'postgres') return { builtins: POSTGRES_BUILTINS, dangers: POSTGRES_DANGERS };
  if (dialect === 'sqlite') return { builtins: SQLITE_BUILTINS, dangers: SQLITE_DANGERS };
  return { builtins: MYSQL_BUILTINS, dangers: MYSQL_DANGERS };
}

/**
 * The operations a call stands for: none for a harmless built-in, the danger's own for a dangerous one, and a
 * `call` for anything else (known only when the file defines it). `executedNow` is false inside definitions
 * (views, function bodies, defaults): an unknown function there runs later, if ever, and is not a finding.
 */
export function callOperations(dialect: Dialect, name: ObjectName, executedNow: boolean): Operation[] {
  const { builtins, dangers } = tablesFor(dialect);
  const folded = dialect === 'postgres' ? name.name : name.name.toLowerCase();
  const builtinSchema = name.schema === undefined || BUILTIN_SCHEMAS[dialect].has(name.schema);
  const danger = builtinSchema ? dangers[folded] : undefined;
  if (danger) {
    const detail = `${folded}() ${danger.effect}`;
    return [danger.kind === 'dynamic-sql' ? { kind: 'dynamic-sql', detail } : { kind: danger.kind, detail }];
  }
  if (builtinSchema && builtins.has(folded)) return [];
  return executedNow ? [{ kind: 'call', name, routine: 'function' }] : [];
}
