/**
 * Verifying the caller's OIDC token (a GitHub Actions ID token) with jose against the trusted
 * issuer's JWKS: signature (asymmetric algorithms only), iss, aud, exp, nbf, iat age.
 */
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { readFileSync } from 'node:fs';
import type { IssuerConfig } from './config.js';
import { OAuthError } from '../../errors.js';

/** No `none`, no HMAC: a public key must never double as a shared secret. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const CLOCK_TOLERANCE_SECONDS = 30;

export type KeySet = Parameters<typeof jwtVerify>[1];

export class SubjectTokenVerifier {
  private readonly keySets = new Map<string, KeySet>();

  constructor(
    private readonly issuers: IssuerConfig[],
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const issuer of issuers) {
      // Remote sets are cached and refetched when a token names an unknown kid (jose's cooldown applies).
      const keySet = issuer.jwksUrl
        ? createRemoteJWKSet(new URL(issuer.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 5_000 })
        : createLocalJWKSet(JSON.parse(readFileSync(issuer.jwksFile!, 'utf8')));
      this.keySets.set(issuer.issuer, keySet as KeySet);
    }
  }

  async verify(token: string): Promise<{ claims: JWTPayload & Record<string, unknown>; issuer: IssuerConfig }> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new OAuthError('invalid_grant', 'subject_token is not a well-formed JWT');
    }
    const issuer = this.issuers.find((i) => i.issuer === unverified.iss);
    if (!issuer) throw new OAuthError('invalid_grant', `subject_token issuer (iss) ${JSON.stringify(String(unverified.iss ?? '')).slice(0, 200)} is not trusted by this gateway`);
    try {
      const { payload } = await jwtVerify(token, this.keySets.get(issuer.issuer)!, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        maxTokenAge: `${issuer.maxTokenAge}s`,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: this.now(),
        requiredClaims: ['exp', 'iat', 'jti', 'sub'],
      });
      return { claims: payload as JWTPayload & Record<string, unknown>, issuer };
    } catch (error) {
      throw describeJoseError(error);
    }
  }
}

/** Maps jose's typed errors one-to-one to RFC 6749 errors that name the failed check. */
export function describeJoseError(error: unknown): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof errors.JWTExpired) {
    return new OAuthError('invalid_grant', error.claim === 'iat' ? 'subject_token issued-at (iat) check failed: it is older than the issuer\'s max-token-age' : 'subject_token has expired (exp)');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    const detail = claim === 'aud' ? 'audience (aud) does not match this gateway' : claim === 'iat' ? `issued-at (iat) check failed: ${error.message}` : `claim ${claim} check failed: ${error.message}`;
    return new OAuthError('invalid_grant', `subject_token ${detail}`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return new OAuthError('invalid_grant', 'subject_token signing algorithm is not allowed (asymmetric algorithms only; none and HMAC are refused)');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new OAuthError('invalid_grant', 'subject_token signature verification failed');
  if (error instanceof errors.JWKSNoMatchingKey) return new OAuthError('invalid_grant', "subject_token is signed with a key (kid) that is not in the issuer's JWKS");
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError && error.code === 'ERR_JWKS_INVALID') return new OAuthError('server_error', "the issuer's JWKS could not be fetched");
  if (error instanceof errors.JOSEError) return new OAuthError('invalid_grant', `subject_token is invalid (${error.code})`);
  return new OAuthError('server_error', `token verification failed: ${(error as Error).message}`);
}
