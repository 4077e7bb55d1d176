package io.repwise.workout.readiness;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The bounds of a soreness report's map in the OpenAPI document: springdoc reads neither a map's
 * {@code @Size} nor constraints on its values, which {@link ReadinessController} checks itself.
 */
@Component
class SorenessReportDocs implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		Schema<?> report = api.getComponents().getSchemas().get("ReportRequest");
		if (report == null) {
			return;
		}
		Schema<?> soreness = report.getProperties().get("soreness");
		soreness.setMaxProperties(ReadinessController.MUSCLES);
		if (soreness.getAdditionalProperties() instanceof Schema<?> score) {
			score.setMinimum(BigDecimal.ZERO);
			score.setMaximum(BigDecimal.valueOf(ReadinessController.MAX_SORENESS));
		}
	}

}
