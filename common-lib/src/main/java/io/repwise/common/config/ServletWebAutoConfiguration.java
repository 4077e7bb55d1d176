package io.repwise.common.config;

import java.time.Clock;

import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.repwise.common.correlation.CorrelationIdFilter;
import io.repwise.common.event.EventConsumer;
import io.repwise.common.event.EventIntakeController;
import io.repwise.common.health.FeatureHealthController;
import io.repwise.common.observability.AccessLogFilter;
import io.repwise.common.problem.MalformedRequestFilter;
import io.repwise.common.problem.ProblemDetailsAdvice;
import io.repwise.common.problem.ProblemErrorController;
import io.repwise.common.problem.ProblemErrorReportValve;
import io.repwise.common.problem.RequestSizeLimitFilter;

/** What every servlet service gets: correlation ids, bounded bodies, problem details, feature health. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class, after = HealthEndpointAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RepwiseWebProperties.class)
public class ServletWebAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RepwiseWebProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(JsonMapper json) {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter(json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	/** Inside the server observation (highest precedence + 1), so the trace id is in the MDC. */
	@Bean
	@ConditionalOnProperty(name = "repwise.access-log.enabled", matchIfMissing = true)
	FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
		FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(new AccessLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	@ConditionalOnBean(HealthEndpoint.class)
	@ConditionalOnProperty("repwise.feature-health.path")
	FeatureHealthController featureHealthController(HealthEndpoint healthEndpoint,
			@Value("${spring.application.name}") String serviceName,
			@Value("${repwise.feature-health.group:readiness}") String group, ObjectProvider<Clock> clock) {
		return new FeatureHealthController(healthEndpoint, serviceName, group, clock.getIfAvailable(Clock::systemUTC));
	}

	/** {@code POST /internal/events}, in the services that consume events. */
	@Bean
	@ConditionalOnBean(EventConsumer.class)
	EventIntakeController eventIntakeController(EventConsumer consumer) {
		return new EventIntakeController(consumer);
	}

	/** Tomcat's own refusals (before Spring sees the request) as problems too, not its HTML page. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	static class TomcatErrorReports {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
			return (factory) -> factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

	}

}
