package io.repwise.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Reads {@link RealInfrastructure} and puts the connection properties in front of all others. */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				RealInfrastructure.class);
		return (annotation != null) ? new Customizer(annotation.postgres(), annotation.redis(), annotation.jwks()) : null;
	}

	private static final class Customizer implements ContextCustomizer {

		private final String database;

		private final boolean redis;

		private final boolean jwks;

		Customizer(String database, boolean redis, boolean jwks) {
			this.database = database;
			this.redis = redis;
			this.jwks = jwks;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new LinkedHashMap<>();
			if (!this.database.isEmpty() && !TestPostgres.namedByEnvironment()) {
				TestPostgres.Server server = TestPostgres.server();
				properties.put("spring.datasource.url", server.database(this.database));
				properties.put("spring.datasource.username", server.username());
				properties.put("spring.datasource.password", server.password());
			}
			if (this.redis && !TestRedis.namedByEnvironment()) {
				properties.put("spring.data.redis.host", TestRedis.server().host());
				properties.put("spring.data.redis.port", TestRedis.server().port());
			}
			if (this.jwks) {
				properties.put("repwise.security.jwks-uri", TestIssuer.jwksUri());
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realInfrastructure", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer that && this.database.equals(that.database) && this.redis == that.redis
					&& this.jwks == that.jwks;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.database, this.redis, this.jwks);
		}

	}

}
