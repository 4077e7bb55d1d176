package io.repwise.gateway.ratelimit;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.script.RedisScript;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	/** Beans, so the gateway initialises them with its Redis template and Lua script. */
	@Bean
	@Primary
	RedisRateLimiter userRateLimiter(RateLimitProperties properties) {
		return new RedisRateLimiter(properties.user().replenishRate(), properties.user().burstCapacity());
	}

	/** The user bucket again, asking for a whole lease of tokens at once. */
	@Bean
	RedisRateLimiter userLeaseLimiter(RateLimitProperties properties) {
		return new RedisRateLimiter(properties.user().replenishRate(), properties.user().burstCapacity(),
				properties.user().lease());
	}

	@Bean
	RedisRateLimiter authRateLimiter(RateLimitProperties properties) {
		return new RedisRateLimiter(properties.auth().replenishRate(), properties.auth().burstCapacity());
	}

	/**
	 * The gateway's Lua script, read once. Spring Cloud Gateway loads it from a classpath resource
	 * and, before every call, asks whether that resource changed, which searches the jars on the
	 * class path: 3–4 % of the gateway's CPU per request (docs/PERFORMANCE.md). It cannot change
	 * in a running gateway, so the same text is kept as a static script.
	 */
	@Bean
	static BeanPostProcessor rateLimitScriptReadOnce() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (RedisRateLimiter.REDIS_SCRIPT_NAME.equals(name) && bean instanceof RedisScript<?> script) {
					return RedisScript.of(script.getScriptAsString(), List.class);
				}
				return bean;
			}
		};
	}

	/**
	 * By qualifier, not by parameter name: the user limiter is {@code @Primary}, and a primary
	 * bean wins over a parameter name, which once gave the sign-in routes the user bucket.
	 */
	@Bean
	RateLimiters rateLimiters(RateLimitProperties properties, @Qualifier("userRateLimiter") RedisRateLimiter user,
			@Qualifier("userLeaseLimiter") RedisRateLimiter userLease, @Qualifier("authRateLimiter") RedisRateLimiter auth) {
		return new RateLimiters(TokenLeases.of(user, userLease, properties.user().lease()),
				TokenLeases.of(auth, auth, properties.auth().lease()));
	}

}
