/** The local OIDC issuer (src/demo/local-issuer.ts), issuing GitHub Actions claims by default. */
import { LocalOidcIssuer } from '../../src/demo/local-issuer.js';

export const GITHUB_CLAIMS = {
  sub: 'repo:acme/shop:environment:production',
  repository: 'acme/shop',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  sha: 'abc123',
  workflow: 'migrations',
  job_workflow_ref: 'acme/shop/.github/workflows/migrations.yml@refs/heads/main',
  run_id: '4242',
  run_attempt: '1',
  actor: 'octocat',
  event_name: 'push',
  environment: 'production',
};

export class LocalIssuer extends LocalOidcIssuer {
  override claims: Record<string, unknown> = { ...GITHUB_CLAIMS };
}
