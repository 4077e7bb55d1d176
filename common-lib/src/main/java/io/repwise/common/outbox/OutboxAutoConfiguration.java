package io.repwise.common.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The transactional outbox for services that publish events: a publisher for their transactions
 * and a relay that delivers to {@code repwise.outbox.target-url} (and to {@code more-targets} the
 * types each takes). The service's Flyway
 * migrations create the {@code outbox_event} table (see user-service's V4__outbox.sql).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, RestClient.class })
@ConditionalOnProperty("repwise.outbox.target-url")
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

	@Bean
	OutboxPublisher outboxPublisher(JdbcTemplate jdbc, JsonMapper jsonMapper, OutboxProperties properties) {
		return new OutboxPublisher(jdbc, jsonMapper, properties.moreTargets());
	}

	@Bean
	@ConditionalOnMissingBean(ServiceTokenSource.class)
	ServiceTokenSource serviceTokenSource(RestClient.Builder builder, OutboxProperties properties,
			ObjectProvider<Clock> clock) {
		return new ClientCredentialsTokenSource(builder, properties, "events:write", clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RestClient.Builder builder,
			ServiceTokenSource tokens, OutboxProperties properties, JsonMapper jsonMapper, MeterRegistry meters,
			ObjectProvider<Clock> clock) {
		return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), builder, tokens, properties, jsonMapper,
				clock.getIfAvailable(Clock::systemUTC), meters);
	}

}
