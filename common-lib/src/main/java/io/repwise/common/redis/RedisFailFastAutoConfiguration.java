package io.repwise.common.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.ClientOptions.DisconnectedBehavior;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Redis is a cache and a rate-limit store here, and every use of it fails open. Lettuce's default,
 * while its connection is down and it reconnects, is to queue each command until the command
 * timeout (500 ms): with Redis stopped, every request that asked it waited that long first, at the
 * gateway and again in the service (searches of 1–2 s). Refused at once instead, the caller goes
 * straight to its fallback; once Lettuce has reconnected, commands flow again.
 */
@AutoConfiguration(before = DataRedisAutoConfiguration.class)
@ConditionalOnClass({ ClientOptions.class, LettuceClientOptionsBuilderCustomizer.class })
public class RedisFailFastAutoConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
		return (options) -> options.disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
	}

}
