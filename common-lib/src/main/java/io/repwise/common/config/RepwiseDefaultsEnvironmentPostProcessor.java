package io.repwise.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds repwise-defaults.properties as the lowest-precedence property source: the operational
 * defaults every service shares (health groups, metrics, timeouts, logging), in one place, that
 * any service's own configuration or the environment can still override.
 */
public class RepwiseDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String NAME = "repwiseDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(NAME)) {
			return;
		}
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource(NAME, new ClassPathResource("repwise-defaults.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("repwise-defaults.properties is missing from common-lib", ex);
		}
	}

}
