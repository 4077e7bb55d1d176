package io.repwise.gateway.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	/** Beans, so the gateway initialises them with its Redis template and Lua script. */
	@Bean
	@Primary
	RedisRateLimiter userRateLimiter(RateLimitProperties properties) {
		return new RedisRateLimiter(properties.user().replenishRate(), properties.user().burstCapacity());
	}

	@Bean
	RedisRateLimiter authRateLimiter(RateLimitProperties properties) {
		return new RedisRateLimiter(properties.auth().replenishRate(), properties.auth().burstCapacity());
	}

	@Bean
	RateLimiters rateLimiters(RedisRateLimiter userRateLimiter, RedisRateLimiter authRateLimiter) {
		return new RateLimiters(userRateLimiter, authRateLimiter);
	}

}
