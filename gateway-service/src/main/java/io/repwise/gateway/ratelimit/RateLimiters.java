package io.repwise.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/** The two buckets the gateway limits with. */
record RateLimiters(RedisRateLimiter user, RedisRateLimiter auth) {
}
