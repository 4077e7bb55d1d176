package io.repwise.common.observability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One setting switches every service to JSON logs, each line carrying the service and the MDC's
 * trace and request ids as fields.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

	@Test
	void oneSettingTurnsLogLinesIntoJsonWithTraceAndRequestIds(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.properties("spring.application.name=probe-service", "logging.structured.format.console=ecs")
			.run()) {
			MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
			MDC.put("requestId", "req-123");
			try {
				LoggerFactory.getLogger("io.repwise.access").info("GET /api/v1/probe 200 3 ms");
			}
			finally {
				MDC.clear();
			}
		}
		finally {
			// Boot hands the format to Logback as a system property; later tests in this JVM log plainly again.
			System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		}
		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("GET /api/v1/probe"))
			.findFirst()
			.orElseThrow();
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.get("message").asString()).isEqualTo("GET /api/v1/probe 200 3 ms");
		assertThat(json.toString()).contains("probe-service")
			.contains("4bf92f3577b34da6a3ce929d0e0e4736")
			.contains("req-123");
	}

	@SpringBootConfiguration
	static class Empty {

	}

}
