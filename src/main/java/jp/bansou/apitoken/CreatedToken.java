package jp.bansou.apitoken;

/** A token just created, with its secret: the only time the secret exists outside the caller's hands. */
public record CreatedToken(ApiToken token, TokenSecret secret) {
}
