package io.repwise.gateway.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.repwise.gateway.client.ClientAddresses;

/**
 * Rate limits every routed request: by client address ({@link ClientAddresses}) on
 * {@code /api/v1/auth/**}, by user everywhere else (the user's tokens leased from Redis a few at a
 * time, {@link TokenLeases}). A refused request gets a 429 problem with {@code Retry-After} and the
 * {@code X-RateLimit-*} headers. When Redis cannot be reached the limiter lets requests through
 * (an outage of the limiter must not become an outage of the API), counts them, and stops
 * asking it for a few seconds ({@link RedisBackoff}) so they are not slowed down either.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	static final String AUTH_PREFIX = "/api/v1/auth/";

	/** What RedisRateLimiter answers when Redis fails: allowed, nothing counted. */
	static final RateLimiter.Response UNLIMITED = new RateLimiter.Response(true,
			Map.of(RedisRateLimiter.REMAINING_HEADER, "-1"));

	private final TokenLeases userLimiter;

	private final TokenLeases authLimiter;

	private final ClientAddresses clients;

	private final Counter unlimited;

	/** {@code repwise.ratelimit.requests} by "bucket:result", looked up once rather than per request. */
	private final java.util.Map<String, Counter> decisions = new java.util.HashMap<>();

	private final RedisBackoff backoff;

	RateLimitFilter(RateLimiters limiters, ClientAddresses clients, MeterRegistry meters, Clock clock) {
		this.clients = clients;
		this.backoff = new RedisBackoff(clock);
		this.userLimiter = limiters.user();
		this.authLimiter = limiters.auth();
		this.unlimited = Counter.builder("repwise.ratelimit.unavailable")
			.description("Requests let through unlimited because Redis could not be asked")
			.register(meters);
		for (String bucket : new String[] { "user", "auth" }) {
			for (String result : new String[] { "allowed", "limited" }) {
				this.decisions.put(bucket + ":" + result,
						meters.counter("repwise.ratelimit.requests", "bucket", bucket, "result", result));
			}
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith(AUTH_PREFIX)) {
			String address = this.clients.of(exchange.getRequest());
			return limit(exchange, chain, this.authLimiter, "auth", "address:" + address);
		}
		// Not flatMap(...).switchIfEmpty(chain): the chain's Mono<Void> completes empty, so that
		// ran the rest of the chain a second time for every signed-in request.
		return exchange.getPrincipal()
			.map((principal) -> Optional.of(principal.getName()))
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> user.isPresent()
					? limit(exchange, chain, this.userLimiter, "user", "user:" + user.get()) : chain.filter(exchange));
	}

	private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, TokenLeases limiter, String bucket,
			String key) {
		return check(limiter, bucket, key).flatMap((response) -> {
			Map<String, String> headers = response.getHeaders();
			headers.forEach((name, value) -> exchange.getResponse().getHeaders().set(name, value));
			if (unlimited(response)) {
				this.unlimited.increment();
			}
			this.decisions.get(bucket + (response.isAllowed() ? ":allowed" : ":limited")).increment();
			if (response.isAllowed()) {
				return chain.filter(exchange);
			}
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(headers)));
			return Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests; slow down and retry after the time in Retry-After."));
		});
	}

	/**
	 * Redis's answer, or while it is backed off an unlimited one at once. RedisRateLimiter itself
	 * fails open: an error becomes an allowed response with {@code X-RateLimit-Remaining: -1}.
	 */
	private Mono<RateLimiter.Response> check(TokenLeases limiter, String bucket, String key) {
		if (this.backoff.skipping()) {
			return Mono.just(UNLIMITED);
		}
		return limiter.isAllowed(bucket, key).doOnNext((response) -> {
			if (unlimited(response)) {
				this.backoff.failed();
			}
		});
	}

	private static boolean unlimited(RateLimiter.Response response) {
		return "-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER));
	}

	/** Time for one token to come back at the bucket's rate, at least a second. */
	static long retryAfterSeconds(Map<String, String> headers) {
		try {
			int rate = Integer.parseInt(headers.getOrDefault(RedisRateLimiter.REPLENISH_RATE_HEADER, "1"));
			return Math.max(1, (long) Math.ceil(1.0 / Math.max(rate, 1)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@Override
	public int getOrder() {
		// Before routing and the circuit breakers: a refused request costs no downstream call.
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
