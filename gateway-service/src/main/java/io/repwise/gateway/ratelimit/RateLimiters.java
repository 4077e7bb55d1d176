package io.repwise.gateway.ratelimit;

/** The two buckets the gateway limits with. */
record RateLimiters(TokenLeases user, TokenLeases auth) {
}
