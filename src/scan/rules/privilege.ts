/** Rules for statements that widen who can do what. */
import { isNewTable, quote, type RuleDefinition } from './rule.js';

export const privilegeRules: RuleDefinition[] = [
  {
    id: 'grant-to-public',
    category: 'privilege',
    severity: 'approval',
    title: 'GRANT … TO PUBLIC',
    why: 'PUBLIC is every role, present and future: the grant reaches identities nobody reviewed.',
    alternative: 'Grant to a named role that only the intended users are members of.',
    check: (op) => (op.kind === 'grant' && op.toPublic ? 'Grants privileges to PUBLIC, that is to every role, including future ones.' : null),
  },
  {
    id: 'grant-all',
    category: 'privilege',
    severity: 'approval',
    title: 'GRANT ALL, or a change of owner',
    why: 'ALL PRIVILEGES includes destructive rights (DELETE, TRUNCATE, REFERENCES) the grantee rarely needs; an owner (ALTER … OWNER TO) can even DROP the object.',
    alternative: 'Grant only the privileges the grantee needs (for example SELECT, INSERT, UPDATE).',
    check: (op) => {
      if (op.kind !== 'grant' || !op.allPrivileges) return null;
      const grantees = op.grantees.map(quote).join(', ') || 'the grantee';
      return op.ownership ? `Makes ${grantees} the owner, which holds every privilege on the object (DROP included).` : `Grants ALL privileges to ${grantees}.`;
    },
  },
  {
    id: 'role-superuser',
    category: 'privilege',
    severity: 'approval',
    title: 'SUPERUSER, BYPASSRLS or REPLICATION role',
    why: 'A superuser bypasses every permission check; BYPASSRLS ignores row-level security policies; REPLICATION can stream every row of the database.',
    alternative: 'Grant the specific privileges or predefined roles (pg_read_all_data, …) the role needs.',
    dialects: ['postgres'],
    check: (op) =>
      op.kind === 'role-attribute'
        ? `${op.create ? 'Creates' : 'Alters'} role ${quote(op.role)} with ${op.attribute.toUpperCase()}.`
        : null,
  },
  {
    id: 'grant-role',
    category: 'privilege',
    severity: 'approval',
    title: 'GRANT role TO role',
    why: 'Membership in a role passes on every privilege that role has, now and later, including predefined roles such as pg_read_server_files or pg_write_all_data.',
    alternative: 'Grant the specific privileges the grantee needs; if membership is intended, name it in the review and avoid WITH ADMIN OPTION.',
    check: (op) =>
      op.kind === 'grant-role'
        ? `Makes ${op.grantees.map(quote).join(', ')} ${op.admin ? 'an administrator' : 'a member'} of ${op.roles.map(quote).join(', ')}, with every privilege ${op.roles.length > 1 ? 'they have' : 'it has'}.`
        : null,
  },
  {
    id: 'row-security-weakened',
    category: 'privilege',
    severity: 'approval',
    title: 'Row-level security weakened',
    why: 'DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY and DROP POLICY change which rows every client can read and write, at once.',
    alternative: 'Replace policies in one transaction (create the new one before dropping the old), and review the effective access of each role.',
    dialects: ['postgres'],
    check: (op, c) => {
      if (op.kind === 'row-security') return isNewTable(op.table, c) ? null : `${quote(op.table)}: ${op.change}.`;
      if (op.kind === 'drop' && op.object === 'policy') return `DROP POLICY ${op.names.map(quote).join(', ')} changes which rows the table exposes.`;
      return null;
    },
  },
  {
    id: 'server-access',
    category: 'privilege',
    severity: 'block',
    title: "Shell, files or code on the database server",
    why: "COPY … PROGRAM, server-side file reads and writes, shared libraries and untrusted languages act on the database server's operating system with its privileges, outside anything a migration review can see.",
    alternative: "Load data with COPY … FROM STDIN (psql's \\copy) or INSERT; ship extensions through the platform's provisioning, not migrations.",
    check: (op) => (op.kind === 'server-access' ? `${op.detail}.` : null),
  },
  {
    id: 'server-administration',
    category: 'privilege',
    severity: 'approval',
    title: 'Server administration',
    why: "ALTER SYSTEM, SET GLOBAL, tablespaces, subscriptions, publications, event triggers, foreign servers and functions such as pg_terminate_backend act on the whole server or other sessions, not on this migration's schema.",
    alternative: 'Make server changes through the platform (configuration management, the provider console), reviewed by whoever runs the server.',
    check: (op) => (op.kind === 'server-administration' ? `${op.detail}.` : null),
  },
  {
    id: 'disable-safeguard',
    category: 'privilege',
    severity: 'approval',
    title: 'Safeguard switched off',
    why: 'Disabling triggers, switching session_replication_role, skipping the binary log or switching identity removes checks and records (foreign keys, audit triggers, replication) that the rest of the system relies on.',
    alternative: 'Keep triggers and logging on; if a bulk load truly needs them off, do it in a reviewed one-off job and switch them back in the same transaction.',
    check: (op) => (op.kind === 'disable-safeguard' ? `${op.detail}.` : null),
  },
];
