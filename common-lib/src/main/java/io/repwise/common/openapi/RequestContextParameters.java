package io.repwise.common.openapi;

import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;

import org.springframework.core.MethodParameter;

import io.repwise.common.request.PreferredUnits;
import io.repwise.common.request.PreferredZone;
import io.repwise.common.request.UnitSystem;

/**
 * Describes the request-context parameters every service reads the same way
 * ({@link PreferredUnits}, {@link PreferredZone}): their vocabulary, bounds and defaults.
 */
final class RequestContextParameters implements ParameterCustomizer {

	@Override
	public Parameter customize(Parameter parameter, MethodParameter method) {
		if (parameter == null || !"query".equals(parameter.getIn()) || method.getParameterType() != String.class) {
			return parameter;
		}
		if ("units".equals(parameter.getName())) {
			parameter.description("The units to read and write in; defaults to the token's `"
					+ PreferredUnits.CLAIM + "` claim (the profile's), else metric.")
				.schema(new StringSchema()._enum(List.of(UnitSystem.METRIC.apiName(), UnitSystem.IMPERIAL.apiName())));
		}
		else if ("zone".equals(parameter.getName())) {
			parameter.description("The IANA time zone days and weeks are counted in; defaults to the token's `"
					+ PreferredZone.CLAIM + "` claim (the profile's), else UTC.")
				.schema(new StringSchema().maxLength(PreferredZone.MAX_LENGTH).example("Europe/Berlin"));
		}
		return parameter;
	}

}
