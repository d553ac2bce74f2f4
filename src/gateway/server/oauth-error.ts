/** The HTTP status of each RFC 6749 error the reference gateway answers with. */
import type { OAuthError, OAuthErrorCode } from '../../errors.js';

const STATUS: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_grant: 400,
  invalid_target: 400,
  invalid_scope: 400,
  unsupported_grant_type: 400,
  access_denied: 403,
  invalid_token: 401,
  server_error: 500,
};

export function oauthStatus(error: OAuthError): number {
  return STATUS[error.error];
}
