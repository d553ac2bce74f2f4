/** Rules for statements that widen who can do what. */
import { quote, type RuleDefinition } from './rule.js';

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
    title: 'GRANT ALL',
    why: 'ALL PRIVILEGES includes destructive rights (DELETE, TRUNCATE, DROP, REFERENCES) the grantee rarely needs.',
    alternative: 'Grant only the privileges the grantee needs (for example SELECT, INSERT, UPDATE).',
    check: (op) =>
      op.kind === 'grant' && op.allPrivileges ? `Grants ALL privileges to ${op.grantees.map(quote).join(', ') || 'the grantee'}.` : null,
  },
  {
    id: 'role-superuser',
    category: 'privilege',
    severity: 'approval',
    title: 'SUPERUSER or BYPASSRLS role',
    why: 'A superuser bypasses every permission check; BYPASSRLS ignores row-level security policies.',
    alternative: 'Grant the specific privileges or predefined roles (pg_read_all_data, …) the role needs.',
    dialects: ['postgres'],
    check: (op) =>
      op.kind === 'role-attribute'
        ? `${op.create ? 'Creates' : 'Alters'} role ${quote(op.role)} with ${op.attribute.toUpperCase()}.`
        : null,
  },
];
