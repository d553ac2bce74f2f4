/** A ready-to-paste policy exemption for a finding, with the statement digest filled in. */
import { addDays } from '../policy/dates.js';

export function exemptionSnippet(rule: string, digest: string, today: string): string {
  return [
    'exemptions:',
    '  - id: TICKET-123            # the change or ticket that justifies it',
    `    rule: ${rule}`,
    `    statement: ${digest}`,
    '    reason: "why this is safe"',
    '    owner: "@your-team"',
    `    expires: ${addDays(today, 30)}`,
  ].join('\n');
}
